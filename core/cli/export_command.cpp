// `tandem export`: writes a project's alignment as TMX 1.4, tab-separated bitext, or two parallel
// files (OUT.<source language> and OUT.<target language>).
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/formats/bitext_writer.h"
#include "core/formats/tmx_writer.h"
#include "core/project/project.h"
#include "core/version.h"

#include <boost/program_options.hpp>

#include <iostream>

namespace tandem::cli {

namespace po = boost::program_options;

int runExport(const Args& args) {
    po::options_description visible(
        "usage: tandem export PROJECT.tandem (--tmx | --tsv | --bitext) OUT [--confirmed-only] [--min-confidence X]\n"
        "--bitext writes OUT.<source language> and OUT.<target language>, one line per bead each");
    double minConfidence = 0.0;
    visible.add_options()
        ("help,h", "show this help")
        ("tmx", "TMX 1.4 translation memory")
        ("tsv", "tab-separated bitext: source<TAB>target")
        ("bitext", "two parallel files")
        ("confirmed-only", "only beads the translator confirmed")
        ("min-confidence", po::value(&minConfidence), "only beads with at least this confidence (0-1)");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 2, vm, files, "expected PROJECT.tandem and OUT"))
        return ExitOk;
    if (vm.count("tmx") + vm.count("tsv") + vm.count("bitext") != 1)
        throw UsageError("choose one of --tmx, --tsv and --bitext");
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0))
        throw UsageError("--min-confidence must lie in [0, 1]");

    const Project project = Project::open(files[0]);
    const ExportSelection selection{vm.count("confirmed-only") > 0, minConfidence};
    const std::string& out = files[1];
    std::size_t written = 0;
    if (vm.count("tmx")) {
        TmxOptions options;
        options.selection = selection;
        options.creationToolVersion = std::string(version());
        written = writeTmxFile(out, project.source(), project.target(), project.alignment(), options);
    } else if (vm.count("tsv")) {
        written = writeTsvBitextFile(out, project.source(), project.target(), project.alignment(), selection);
    } else {
        written = writeBitextPairFiles(out + "." + project.source().language, out + "." + project.target().language,
                                       project.source(), project.target(), project.alignment(), selection);
    }
    std::cout << "exported " << written << " of " << project.beadCount() << " beads\n";
    return ExitOk;
}

} // namespace tandem::cli
