// `tandem pipeline`: the main job in one command. Imports and segments two files, aligns them, stores
// the result as a project, mines name pairs into its glossary, writes TMX, bitext, TBX and TSV into an
// output folder and prints a summary (beads by shape, confidence histogram, names against a gold list).
#include "core/align/aligner.h"
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/formats/bitext_writer.h"
#include "core/formats/glossary_file.h"
#include "core/formats/tmx_writer.h"
#include "core/names/glossary_evaluation.h"
#include "core/names/name_mining.h"
#include "core/project/project.h"
#include "core/project/summary.h"
#include "core/text/import.h"

#include <boost/program_options.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace tandem::cli {

namespace po = boost::program_options;

namespace {

void writeTextFile(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    if (!(out << text) || !out.flush())
        throw IoError(file.string() + ": cannot write");
}

void printSummary(std::ostream& out, const AlignmentSummary& summary) {
    out << "beads: " << summary.beads << " (";
    bool first = true;
    for (const auto& [shape, count] : summary.shapes) {
        out << (first ? "" : ", ") << shape << " " << count;
        first = false;
    }
    out << ")\nconfidence:\n";
    std::size_t largest = 1;
    for (std::size_t n : summary.histogram)
        largest = std::max(largest, n);
    for (std::size_t bin = 0; bin < summary.histogram.size(); ++bin) {
        const std::size_t n = summary.histogram[bin];
        out << "  " << std::fixed << std::setprecision(1) << bin / 10.0 << "-" << (bin + 1) / 10.0 << "  "
            << std::setw(5) << n << "  " << std::string((n * 40 + largest - 1) / largest, '#') << '\n';
    }
}

} // namespace

int runPipeline(const Args& args) {
    po::options_description visible(
        "usage: tandem pipeline SRC TGT --src-lang L1 --tgt-lang L2 -o OUTDIR [options]");
    std::string sourceLang, targetLang, outDir, goldGlossary, name;
    ImportFlags import;
    DictionaryFlags dictionary;
    visible.add_options()
        ("help,h", "show this help")
        ("src-lang", po::value(&sourceLang)->required(), "language of SRC (BCP 47, e.g. en)")
        ("tgt-lang", po::value(&targetLang)->required(), "language of TGT (BCP 47, e.g. ru)")
        ("output,o", po::value(&outDir)->required(), "folder for the project and the exports (created)")
        ("name", po::value(&name), "base name of the files written (default: SRC's file name without extension)")
        ("gold-glossary", po::value(&goldGlossary),
         "a gold glossary (TSV: source, target, type, note; header row) to score the mined names against");
    import.addTo(visible);
    dictionary.addTo(visible);
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 2, vm, files, "expected SRC and TGT"))
        return ExitOk;
    const auto started = std::chrono::steady_clock::now();

    const ImportOptions options = import.options();
    ImportResult source = importFile(files[0], sourceLang, options);
    ImportResult target = importFile(files[1], targetLang, options);
    for (const ImportResult* side : {&source, &target})
        for (const std::string& notice : side->notices)
            std::cerr << "tandem: " << notice << '\n';
    std::cout << files[0] << ": " << source.document.segments.size() << " segments in "
              << source.paragraphs.size() << " paragraphs (" << toString(source.format) << ", " << source.encoding
              << ")\n"
              << files[1] << ": " << target.document.segments.size() << " segments in "
              << target.paragraphs.size() << " paragraphs (" << toString(target.format) << ", " << target.encoding
              << ")\n";

    AlignOptions alignOptions;
    alignOptions.dictionary = dictionary.load(sourceLang, targetLang);
    Alignment alignment = align(source.document, target.document, alignOptions);

    const std::filesystem::path dir(outDir);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw IoError(outDir + ": cannot create the folder (" + ec.message() + ")");
    if (name.empty())
        name = std::filesystem::path(files[0]).stem().stem().string();
    const std::filesystem::path projectFile = dir / (name + ".tandem");
    // The project is the job's result and a fresh run replaces it; nothing else is ever removed.
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(projectFile.string() + suffix, ec);
    Project project = Project::create(projectFile.string(), std::move(source.document), std::move(target.document),
                                      std::move(alignment));

    std::vector<Term> mined;
    for (NameSuggestion& suggestion : mineNames(project.source(), project.target(), project.alignment()))
        mined.push_back(std::move(suggestion.term));
    if (!mined.empty())
        project.apply(AddTerms{mined});

    const std::size_t units = writeTmxFile(dir / (name + ".tmx"), project.source(), project.target(),
                                           project.alignment());
    writeTsvBitextFile(dir / (name + ".bitext.tsv"), project.source(), project.target(), project.alignment());
    const GlossaryLanguages languages{sourceLang, targetLang};
    std::ostringstream tbx, tbx2008, omegat, csv;
    writeGlossary(tbx, project.terms(), languages, GlossaryFormat::Tbx);
    writeGlossary(tbx2008, project.terms(), languages, GlossaryFormat::Tbx2008);
    writeGlossary(omegat, project.terms(), languages, GlossaryFormat::OmegaTTsv);
    writeGlossary(csv, project.terms(), languages, GlossaryFormat::Csv);
    writeTextFile(dir / (name + ".glossary.tbx"), tbx.str());
    writeTextFile(dir / (name + ".glossary-2008.tbx"), tbx2008.str());
    writeTextFile(dir / (name + ".glossary.tsv"), omegat.str());
    writeTextFile(dir / (name + ".glossary.csv"), csv.str());

    printSummary(std::cout, summarize(project.alignment()));
    std::cout << "names: " << project.terms().size() << " pairs mined\n";
    if (!goldGlossary.empty()) {
        const GlossaryScore score = scoreGlossary(project.terms(), readGoldGlossary(goldGlossary), targetLang);
        std::cout << "names against " << goldGlossary << ": " << score.correct << " of " << project.terms().size()
                  << " right (precision " << std::fixed << std::setprecision(2) << score.precision() << "), "
                  << score.recalled << " of " << score.gold << " gold pairs found (recall " << score.recall()
                  << ")\n";
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "wrote " << projectFile.string() << ", " << name << ".tmx (" << units << " units), " << name
              << ".bitext.tsv, " << name << ".glossary.{tbx,-2008.tbx,tsv,csv} into " << outDir << " in "
              << std::setprecision(2) << seconds << " s\n";
    return ExitOk;
}

} // namespace tandem::cli
