// `tandem info`: what a project holds: languages, segments, beads by status and shape, a confidence
// histogram, the glossary and the journal.
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/project/project.h"
#include "core/project/summary.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace tandem::cli {

namespace po = boost::program_options;

namespace {

std::string percent(std::size_t part, std::size_t whole) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%5.1f%%", whole ? 100.0 * double(part) / double(whole) : 0.0);
    return buffer;
}

} // namespace

int runInfo(const Args& args) {
    po::options_description visible("usage: tandem info PROJECT.tandem");
    visible.add_options()("help,h", "show this help");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 1, vm, files, "expected PROJECT.tandem"))
        return ExitOk;

    const Project project = Project::open(files[0]);
    const AlignmentSummary s = summarize(project.alignment());
    std::cout << "project   " << files[0] << '\n'
              << "source    " << project.source().language << ", " << project.source().segments.size()
              << " segments\n"
              << "target    " << project.target().language << ", " << project.target().segments.size()
              << " segments\n"
              << "beads     " << s.beads << '\n'
              << "\nstatus\n"
              << "  confirmed     " << s.confirmed << '\t' << percent(s.confirmed, s.beads) << '\n'
              << "  auto          " << s.autoBeads << '\t' << percent(s.autoBeads, s.beads) << '\n'
              << "  needs-review  " << s.needsReview << '\t' << percent(s.needsReview, s.beads) << '\n'
              << "\nshape\n";
    for (const auto& [shape, count] : s.shapes)
        std::cout << "  " << shape << std::string(shape.size() < 12 ? 12 - shape.size() : 1, ' ') << count << '\t'
                  << percent(count, s.beads) << '\n';
    std::cout << "\nconfidence\n";
    const std::size_t widest = std::max<std::size_t>(1, *std::max_element(s.histogram.begin(), s.histogram.end()));
    for (std::size_t bin = 0; bin < s.histogram.size(); ++bin) {
        char range[32];
        std::snprintf(range, sizeof range, "  [%.1f, %.1f%s ", double(bin) / 10, double(bin + 1) / 10,
                      bin == 9 ? "]" : ")");
        std::cout << range << std::string(s.histogram[bin] * 40 / widest, '#') << ' ' << s.histogram[bin] << '\n';
    }
    std::size_t confirmedTerms = 0;
    for (const Term& t : project.terms())
        confirmedTerms += t.status == TermStatus::Confirmed;
    const auto journal = project.journal();
    const auto applied = std::count_if(journal.begin(), journal.end(), [](const JournalEntry& e) { return e.applied; });
    std::cout << "\nglossary  " << project.terms().size() << " terms, " << confirmedTerms << " confirmed\n"
              << "journal   " << journal.size() << " edits, " << applied << " applied";
    if (project.canUndo())
        std::cout << "; undo: " << project.undoDescription();
    if (project.canRedo())
        std::cout << "; redo: " << project.redoDescription();
    std::cout << '\n';
    return ExitOk;
}

} // namespace tandem::cli
