// `tandem check`: a project's beads checked against its confirmed glossary and for numbers and
// spellings; one finding per line, exit code 1 when there is any (like a linter).
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/names/consistency_check.h"
#include "core/project/project.h"

#include <boost/program_options.hpp>

#include <iostream>
#include <set>

namespace tandem::cli {

namespace po = boost::program_options;

int runCheck(const Args& args) {
    po::options_description visible(
        "usage: tandem check PROJECT.tandem [--only KIND]...\n"
        "Prints 'row<TAB>kind<TAB>message' per finding (rows from 1); exits 1 when something is found.\n"
        "Kinds: missing-name (a confirmed name on one side only), number-mismatch, two-renderings");
    std::vector<std::string> only;
    visible.add_options()
        ("help,h", "show this help")
        ("only", po::value(&only), "report only this kind (repeatable)");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 1, vm, files, "expected PROJECT.tandem"))
        return ExitOk;
    std::set<std::string> kinds(only.begin(), only.end());
    for (const std::string& k : kinds)
        if (k != toString(FindingKind::MissingName) && k != toString(FindingKind::NumberMismatch) &&
            k != toString(FindingKind::TwoRenderings))
            throw UsageError("unknown kind '" + k + "' (missing-name, number-mismatch or two-renderings)");

    const Project project = Project::open(files[0]);
    std::size_t shown = 0;
    for (const CheckFinding& f : checkConsistency(project.source(), project.target(), project.alignment(), project.terms())) {
        if (!kinds.empty() && !kinds.count(toString(f.kind)))
            continue;
        std::cout << f.bead + 1 << '\t' << toString(f.kind) << '\t' << f.message << '\n';
        ++shown;
    }
    return shown > 0 ? ExitFailure : ExitOk;
}

} // namespace tandem::cli
