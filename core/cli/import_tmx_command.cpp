// `tandem import-tmx`: turns a TMX translation memory into a new project, one bead per unit, so
// that it can be reviewed.
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/formats/tmx_reader.h"
#include "core/project/project.h"

#include <boost/program_options.hpp>

#include <iostream>

namespace tandem::cli {

namespace po = boost::program_options;

int runImportTmx(const Args& args) {
    po::options_description visible("usage: tandem import-tmx FILE.tmx PROJECT.tandem [--src-lang L1] [--tgt-lang L2]");
    TmxReadOptions options;
    visible.add_options()
        ("help,h", "show this help")
        ("src-lang", po::value(&options.sourceLanguage), "source language (default: the header's srclang)")
        ("tgt-lang", po::value(&options.targetLanguage), "target language (default: the first other language)");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 2, vm, files, "expected FILE.tmx and PROJECT.tandem"))
        return ExitOk;

    TmxMemory memory = readTmxFile(files[0], options);
    const std::size_t skipped = memory.skippedUnits;
    const Project project =
        Project::create(files[1], std::move(memory.source), std::move(memory.target), std::move(memory.alignment));
    std::cout << files[1] << ": " << project.beadCount() << " units (" << project.source().language << " - "
              << project.target().language << ")";
    if (skipped)
        std::cout << ", " << skipped << " units in neither language skipped";
    std::cout << '\n';
    return ExitOk;
}

} // namespace tandem::cli
