// `tandem new`: imports, segments and aligns two files and stores them as a new project.
#include "core/align/aligner.h"
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/project/project.h"
#include "core/project/summary.h"
#include "core/text/import.h"

#include <boost/program_options.hpp>

#include <iostream>

namespace tandem::cli {

namespace po = boost::program_options;

int runNew(const Args& args) {
    po::options_description visible("usage: tandem new PROJECT.tandem SRC TGT --src-lang L1 --tgt-lang L2 [options]");
    std::string sourceLang, targetLang;
    ImportFlags import;
    DictionaryFlags dictionary;
    visible.add_options()
        ("help,h", "show this help")
        ("src-lang", po::value(&sourceLang)->required(), "language of SRC (BCP 47, e.g. en)")
        ("tgt-lang", po::value(&targetLang)->required(), "language of TGT (BCP 47, e.g. ru)");
    import.addTo(visible);
    dictionary.addTo(visible);
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 3, vm, files, "expected PROJECT.tandem SRC TGT"))
        return ExitOk;

    const ImportOptions options = import.options();
    Document source = importDocument(files[1], sourceLang, options);
    Document target = importDocument(files[2], targetLang, options);
    AlignOptions alignOptions;
    alignOptions.dictionary = dictionary.load(sourceLang, targetLang);
    Alignment alignment = align(source, target, alignOptions);
    const Project project = Project::create(files[0], std::move(source), std::move(target), std::move(alignment));
    const AlignmentSummary summary = summarize(project.alignment());
    std::cout << files[0] << ": " << project.source().segments.size() << " source and "
              << project.target().segments.size() << " target segments in " << summary.beads << " beads\n";
    return ExitOk;
}

} // namespace tandem::cli
