// `tandem align`: aligns two files (raw text through import and segmentation, or one segment per
// line) and writes the beads as vecalign lines, a hunalign ladder, TSV or JSON.
#include "core/align/aligner.h"
#include "core/batch/pair_output.h"
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/formats/alignment_io.h"
#include "core/formats/glossary_file.h"
#include "core/text/import.h"

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <unistd.h>

namespace tandem::cli {

namespace po = boost::program_options;

namespace {

/// Segments a document needs before a progress bar is worth drawing.
constexpr std::size_t kProgressBarSegments = 2000;

Document readDocument(const std::string& path, const std::string& language, const ImportOptions& options) {
    if (path == "-") {
        const std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
        return importDocumentFromBytes(bytes, "<stdin>", language, options);
    }
    return importDocument(path, language, options);
}

void writeTsv(std::ostream& out, const Alignment& alignment, const Document& source, const Document& target) {
    for (const Bead& b : alignment) {
        char confidence[16];
        std::snprintf(confidence, sizeof confidence, "%.3f", b.confidence);
        out << joinSegments(source, b.srcBegin, b.srcEnd) << '\t' << joinSegments(target, b.tgtBegin, b.tgtEnd)
            << '\t' << confidence << '\n';
    }
}

void writeJson(std::ostream& out, const Alignment& alignment, const Document& source, const Document& target) {
    nlohmann::json beads = nlohmann::json::array();
    for (const Bead& b : alignment) {
        nlohmann::json src = nlohmann::json::array(), tgt = nlohmann::json::array();
        for (std::size_t k = b.srcBegin; k < b.srcEnd; ++k)
            src.push_back(k);
        for (std::size_t k = b.tgtBegin; k < b.tgtEnd; ++k)
            tgt.push_back(k);
        beads.push_back({{"source", src}, {"target", tgt}, {"shape", b.shape()}, {"confidence", b.confidence}});
    }
    const nlohmann::json doc = {
        {"source", {{"language", source.language}, {"segments", source.segments.size()}}},
        {"target", {{"language", target.language}, {"segments", target.segments.size()}}},
        {"beads", beads}};
    out << doc.dump(1) << '\n';
}

/// A bar on stderr, redrawn when the percentage changes.
class ProgressBar {
public:
    void operator()(double share) {
        const int percent = static_cast<int>(share * 100);
        if (percent == m_shown)
            return;
        m_shown = percent;
        const int filled = percent * 40 / 100;
        std::cerr << "\raligning [" << std::string(static_cast<std::size_t>(filled), '#')
                  << std::string(static_cast<std::size_t>(40 - filled), ' ') << "] " << percent << "%" << std::flush;
    }
    ~ProgressBar() {
        if (m_shown >= 0)
            std::cerr << "\r" << std::string(60, ' ') << "\r" << std::flush;
    }

private:
    int m_shown = -1;
};

} // namespace

int runAlign(const Args& args) {
    po::options_description visible("usage: tandem align SRC TGT --src-lang L1 --tgt-lang L2 [options]\n"
                                    "SRC or TGT may be '-' for standard input");
    std::string sourceLang, targetLang, format = "vecalign", output, glossary;
    ImportFlags import;
    DictionaryFlags dictionary;
    visible.add_options()
        ("help,h", "show this help")
        ("src-lang", po::value(&sourceLang)->required(), "language of SRC (BCP 47, e.g. en)")
        ("tgt-lang", po::value(&targetLang)->required(), "language of TGT (BCP 47, e.g. ru)")
        ("format", po::value(&format)->default_value("vecalign"), "vecalign | ladder | tsv | json")
        ("output,o", po::value(&output), "write here instead of standard output")
        ("glossary", po::value(&glossary), "glossary whose term pairs are anchors (OmegaT TSV, CSV or TBX, by extension)")
        ("length-only", "use sentence length alone (no anchors): for comparison");
    import.addTo(visible);
    dictionary.addTo(visible);
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 2, vm, files, "expected two files, SRC and TGT"))
        return ExitOk;
    if (files[0] == "-" && files[1] == "-")
        throw UsageError("only one of SRC and TGT can be standard input");
    if (format != "vecalign" && format != "ladder" && format != "tsv" && format != "json")
        throw UsageError("unknown --format '" + format + "' (vecalign, ladder, tsv or json)");

    const ImportOptions importOptions = import.options();
    const Document source = readDocument(files[0], sourceLang, importOptions);
    const Document target = readDocument(files[1], targetLang, importOptions);
    AlignOptions options;
    if (!glossary.empty())
        options.glossary = termPairs(readGlossaryFile(glossary).terms);
    options.dictionary = dictionary.load(sourceLang, targetLang);
    if (vm.count("length-only"))
        options.anchors = AnchorKinds::none();

    const bool bar = isatty(STDERR_FILENO) && source.segments.size() + target.segments.size() >= kProgressBarSegments;
    Alignment alignment;
    {
        ProgressBar progressBar;
        alignment = align(source, target, options, bar ? AlignProgress(std::ref(progressBar)) : AlignProgress{});
    }

    std::ostringstream text;
    if (format == "vecalign")
        writeVecalign(text, alignment, true);
    else if (format == "ladder")
        writeLadder(text, alignment);
    else if (format == "tsv")
        writeTsv(text, alignment, source, target);
    else
        writeJson(text, alignment, source, target);
    if (output.empty()) {
        std::cout << text.str() << std::flush;
    } else {
        std::ofstream out(output, std::ios::binary);
        if (!(out << text.str()) || !out.flush())
            throw IoError(output + ": cannot write the alignment");
    }
    return ExitOk;
}

} // namespace tandem::cli
