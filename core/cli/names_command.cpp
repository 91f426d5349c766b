// `tandem names`: mine name pairs from two texts (aligned on the fly, line by line, or by a given
// alignment), print a word's cross-script key, and suggest how a name is spelled in another language.
#include "core/align/aligner.h"
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/formats/alignment_io.h"
#include "core/formats/glossary_file.h"
#include "core/names/name_key.h"
#include "core/names/name_mining.h"
#include "core/names/spelling_suggester.h"
#include "core/text/import.h"

#include <boost/program_options.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

namespace tandem::cli {

namespace po = boost::program_options;

namespace {

/// Line k with line k; what one side has more becomes 1-0 / 0-1 beads.
Alignment lineByLine(std::size_t sourceSize, std::size_t targetSize) {
    Alignment alignment;
    for (std::size_t k = 0; k < std::max(sourceSize, targetSize); ++k) {
        Bead b;
        b.srcBegin = std::min(k, sourceSize);
        b.srcEnd = std::min(k + 1, sourceSize);
        b.tgtBegin = std::min(k, targetSize);
        b.tgtEnd = std::min(k + 1, targetSize);
        alignment.push_back(b);
    }
    return alignment;
}

std::string oneLine(std::string s) {
    for (char& c : s)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return s;
}

int runMine(const Args& args) {
    po::options_description visible(
        "usage: tandem names mine SRC TGT --src-lang L1 --tgt-lang L2 [options]\n"
        "Prints one line per name pair: source, target base form, score, occurrences, surface variants");
    std::string sourceLang, targetLang, alignmentFile, glossaryFile;
    visible.add_options()
        ("help,h", "show this help")
        ("src-lang", po::value(&sourceLang)->required(), "language of SRC (BCP 47, e.g. en)")
        ("tgt-lang", po::value(&targetLang)->required(), "language of TGT (BCP 47, e.g. ru)")
        ("alignment", po::value(&alignmentFile), "vecalign file aligning the segments (otherwise the aligner runs)")
        ("glossary", po::value(&glossaryFile), "known pairs (OmegaT TSV, CSV or TBX, by extension)")
        ("evidence", "add two columns: how the pair was found and the beads (numbered from 0)")
        ("no-header", "leave out the header line");
    ImportFlags import; // with --presegmented and no --alignment, line k pairs with line k
    import.addTo(visible);
    DictionaryFlags dictionary; // when the files are aligned here
    dictionary.addTo(visible);
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 2, vm, files, "expected two files, SRC and TGT"))
        return ExitOk;
    const ImportOptions importOptions = import.options();
    const bool presegmented = importOptions.format == InputFormat::Lines;
    const Document source = importDocument(files[0], sourceLang, importOptions);
    const Document target = importDocument(files[1], targetLang, importOptions);

    MiningOptions options;
    if (!glossaryFile.empty())
        options.knownPairs = termPairs(readGlossaryFile(glossaryFile).terms);
    Alignment alignment;
    if (!alignmentFile.empty()) {
        alignment = toAlignment(readVecalignFile(alignmentFile), alignmentFile);
    } else if (presegmented) {
        alignment = lineByLine(source.segments.size(), target.segments.size());
    } else {
        AlignOptions alignOptions;
        alignOptions.glossary = options.knownPairs;
        alignOptions.dictionary = dictionary.load(sourceLang, targetLang);
        alignment = align(source, target, alignOptions);
    }
    const std::vector<NameSuggestion> suggestions = mineNames(source, target, alignment, options);
    if (!vm.count("no-header"))
        std::cout << "source\ttarget\tscore\toccurrences\tvariants" << (vm.count("evidence") ? "\tmethod\tbeads" : "") << '\n';
    for (const NameSuggestion& s : suggestions) {
        char score[16];
        std::snprintf(score, sizeof score, "%.2f", s.term.score);
        std::string variants;
        for (const std::string& v : s.term.variants)
            variants += (variants.empty() ? "" : "; ") + oneLine(v);
        std::cout << oneLine(s.term.source) << '\t' << oneLine(s.term.target) << '\t' << score << '\t'
                  << s.term.occurrences << '\t' << variants;
        if (vm.count("evidence")) {
            std::string beads;
            for (const NameEvidence& e : s.evidence) {
                if (!beads.empty())
                    beads += ',';
                beads += std::to_string(e.bead);
            }
            std::cout << '\t' << toString(s.method) << '\t' << beads;
        }
        std::cout << '\n';
    }
    return ExitOk;
}

int runKey(const Args& args) {
    po::options_description visible("usage: tandem names key WORD... --lang L\n"
                                    "Prints the cross-script name key of each word or name");
    std::string language;
    visible.add_options()
        ("help,h", "show this help")
        ("lang", po::value(&language)->required(), "language the words are written in (BCP 47)");
    po::variables_map vm;
    std::vector<std::string> words;
    if (!parseCommandLine(args, visible, -1, vm, words))
        return ExitOk;
    if (words.empty())
        throw UsageError("expected a word or name");
    NameKeyer keyer;
    for (const std::string& w : words)
        std::cout << (words.size() > 1 ? w + '\t' : std::string()) << keyer.key(w, language) << '\n';
    return ExitOk;
}

int runSuggest(const Args& args) {
    po::options_description visible("usage: tandem names suggest NAME --from L1 --to L2 [--profile P]\n"
                                    "Proposes a spelling of NAME in L2 and lists the rules that produced it");
    std::string from, to, profile = "bgn";
    visible.add_options()
        ("help,h", "show this help")
        ("from", po::value(&from)->required(), "language NAME is written in")
        ("to", po::value(&to)->required(), "language to spell it in")
        ("profile", po::value(&profile)->default_value("bgn"), "bgn | gost-b | arabic-ru");
    po::variables_map vm;
    std::vector<std::string> words;
    if (!parseCommandLine(args, visible, -1, vm, words))
        return ExitOk;
    if (words.empty())
        throw UsageError("expected a name");
    std::string name;
    for (const std::string& w : words)
        name += (name.empty() ? "" : " ") + w;
    const SpellingSuggestion s = suggestSpelling(name, from, to, spellingProfileFromString(profile));
    std::cout << s.spelling << '\n';
    std::cout << "rules:";
    if (s.rules.empty())
        std::cout << " none (written as it is)";
    for (std::size_t i = 0; i < s.rules.size(); ++i)
        std::cout << (i ? "; " : " ") << s.rules[i];
    std::cout << '\n';
    return ExitOk;
}

} // namespace

int runNames(const Args& args) {
    static constexpr const char* usage = "usage: tandem names mine|key|suggest ... (tandem names <action> --help)";
    if (args.empty())
        throw UsageError(usage);
    const Args rest(args.begin() + 1, args.end());
    if (args[0] == "mine")
        return runMine(rest);
    if (args[0] == "key")
        return runKey(rest);
    if (args[0] == "suggest")
        return runSuggest(rest);
    if (args[0] == "--help" || args[0] == "-h") {
        std::cout << usage << "\n  mine     mine name pairs from a text and its translation\n"
                  << "  key      print the cross-script key of a word\n"
                  << "  suggest  propose a spelling of a name in another language\n";
        return ExitOk;
    }
    throw UsageError("unknown action '" + args[0] + "'; " + usage);
}

} // namespace tandem::cli
