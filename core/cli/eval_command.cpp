// `tandem eval` (score test alignments against gold, the metric of vecalign's score.py) and
// `tandem eval-set` (align every pair of a gold folder, score it, report time and confidence bands).
#include "core/align/aligner.h"
#include "core/align/evaluation.h"
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/formats/alignment_io.h"
#include "core/text/import.h"

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace tandem::cli {

namespace po = boost::program_options;

namespace {

std::string fixed3(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

/// The table score.py prints.
void printTable(std::ostream& out, const EvalScores& s) {
    out << " ---------------------------------\n"
        << "|             |  Strict |    Lax  |\n"
        << "| Precision   |   " << fixed3(s.precisionStrict) << " |   " << fixed3(s.precisionLax) << " |\n"
        << "| Recall      |   " << fixed3(s.recallStrict) << " |   " << fixed3(s.recallLax) << " |\n"
        << "| F1          |   " << fixed3(s.f1Strict) << " |   " << fixed3(s.f1Lax) << " |\n"
        << " ---------------------------------\n";
}

nlohmann::json toJson(const EvalScores& s) {
    const EvalCounts& c = s.counts;
    return {{"recall_strict", s.recallStrict}, {"recall_lax", s.recallLax},
            {"precision_strict", s.precisionStrict}, {"precision_lax", s.precisionLax},
            {"f1_strict", s.f1Strict}, {"f1_lax", s.f1Lax},
            {"counts", {{"precision_tp_strict", c.precisionTpStrict}, {"precision_fp_strict", c.precisionFpStrict},
                        {"precision_tp_lax", c.precisionTpLax}, {"precision_fp_lax", c.precisionFpLax},
                        {"recall_tp_strict", c.recallTpStrict}, {"recall_fn_strict", c.recallFnStrict},
                        {"recall_tp_lax", c.recallTpLax}, {"recall_fn_lax", c.recallFnLax}}}};
}

std::string perFileLine(const std::string& test, const std::string& gold, const EvalScores& s) {
    return test + "  vs  " + gold + "   P " + fixed3(s.precisionStrict) + "/" + fixed3(s.precisionLax) + "  R " +
           fixed3(s.recallStrict) + "/" + fixed3(s.recallLax) + "  F1 " + fixed3(s.f1Strict) + "/" +
           fixed3(s.f1Lax) + "  (strict/lax)";
}

} // namespace

int runEval(const Args& args) {
    po::options_description options("usage: tandem eval --test T... --gold G... [--per-file] [--json]\n"
                                    "test and gold files are paired by position (vecalign form)");
    std::vector<std::string> tests, golds;
    options.add_options()
        ("help,h", "show this help")
        ("test,t", po::value(&tests)->multitoken()->required(), "test alignment files")
        ("gold,g", po::value(&golds)->multitoken()->required(), "gold alignment files")
        ("per-file", "also print the scores of every file pair")
        ("json", "print JSON (score.py's keys) instead of the table");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, options, 0, vm, files))
        return ExitOk;
    if (tests.size() != golds.size())
        throw UsageError("number of gold/test files must be the same (" + std::to_string(tests.size()) + " test, " +
                         std::to_string(golds.size()) + " gold)");
    std::vector<std::vector<AlignmentLine>> goldLines, testLines;
    for (const auto& g : golds)
        goldLines.push_back(readVecalignFile(g));
    for (const auto& t : tests)
        testLines.push_back(readVecalignFile(t));
    const EvalScores total = evaluate(goldLines, testLines);
    const bool perFile = vm.count("per-file") > 0;
    if (vm.count("json")) {
        nlohmann::json out = toJson(total);
        out["n_files"] = golds.size();
        if (perFile) {
            nlohmann::json files = nlohmann::json::array();
            for (std::size_t k = 0; k < golds.size(); ++k) {
                nlohmann::json f = toJson(scoresFromCounts(countHits(goldLines[k], testLines[k])));
                f["test"] = tests[k];
                f["gold"] = golds[k];
                files.push_back(f);
            }
            out["per_file"] = files;
        }
        std::cout << out.dump(1) << '\n';
        return ExitOk;
    }
    if (perFile)
        for (std::size_t k = 0; k < golds.size(); ++k)
            std::cout << perFileLine(tests[k], golds[k], scoresFromCounts(countHits(goldLines[k], testLines[k]))) << '\n';
    std::cout << golds.size() << " file pair(s)\n";
    printTable(std::cout, total);
    return ExitOk;
}

int runEvalSet(const Args& args) {
    po::options_description visible("usage: tandem eval-set DIR --src-lang L1 --tgt-lang L2 [options]\n"
                                    "aligns every NAME.L1 / NAME.L2 in DIR that has a gold file NAME<gold-suffix>");
    std::string sourceLang, targetLang, goldSuffix = ".gold";
    visible.add_options()
        ("help,h", "show this help")
        ("src-lang", po::value(&sourceLang)->required(), "language of the source files (file suffix)")
        ("tgt-lang", po::value(&targetLang)->required(), "language of the target files (file suffix)")
        ("gold-suffix", po::value(&goldSuffix)->default_value(".gold"), "suffix of the gold files (.gold, .gold.orig)")
        ("length-only", "use sentence length alone (no anchors): for comparison")
        ("per-file", "also print the scores of every pair");
    DictionaryFlags dictionary;
    dictionary.addTo(visible);
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 1, vm, files, "expected DIR"))
        return ExitOk;
    const std::string& dir = files[0];
    namespace fs = std::filesystem;
    if (!fs::is_directory(dir))
        throw IoError(dir + ": not a directory");

    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string file = entry.path().filename().string();
        if (file.size() <= goldSuffix.size() || !file.ends_with(goldSuffix))
            continue;
        const std::string name = file.substr(0, file.size() - goldSuffix.size());
        const fs::path base = fs::path(dir) / name;
        if (fs::exists(base.string() + "." + sourceLang) && fs::exists(base.string() + "." + targetLang))
            names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    if (names.empty())
        throw UsageError(dir + ": no NAME." + sourceLang + " / NAME." + targetLang + " pair with NAME" + goldSuffix);

    AlignOptions options;
    options.dictionary = dictionary.load(sourceLang, targetLang);
    if (vm.count("length-only"))
        options.anchors = AnchorKinds::none();
    ImportOptions lines;
    lines.format = InputFormat::Lines;
    std::vector<std::vector<AlignmentLine>> goldLines, testLines;
    ConfidenceBands bands;
    double alignSeconds = 0;
    for (const std::string& name : names) {
        const fs::path base = fs::path(dir) / name;
        const Document source = importDocument(base.string() + "." + sourceLang, sourceLang, lines);
        const Document target = importDocument(base.string() + "." + targetLang, targetLang, lines);
        goldLines.push_back(readVecalignFile(base.string() + goldSuffix));
        const auto start = std::chrono::steady_clock::now();
        const Alignment alignment = align(source, target, options);
        alignSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        testLines.push_back(toLines(alignment));
        bands += confidenceBands(goldLines.back(), testLines.back());
        if (vm.count("per-file"))
            std::cout << perFileLine(name, name + goldSuffix, scoresFromCounts(countHits(goldLines.back(), testLines.back())))
                      << '\n';
    }
    std::cout << names.size() << " file pair(s) in " << dir << ", aligned in " << fixed3(alignSeconds) << " s\n";
    printTable(std::cout, evaluate(goldLines, testLines));
    std::cout << "confidence   beads   precision (strict)\n";
    for (std::size_t k = 0; k < 3; ++k)
        std::cout << ">= " << fixed3(ConfidenceBands::kThresholds[k]) << "   " << bands.atLeast[k] << "   "
                  << (bands.atLeast[k] ? fixed3(static_cast<double>(bands.correct[k]) / static_cast<double>(bands.atLeast[k])) : std::string("-"))
                  << '\n';
    std::cout << "beads per band: [0.9, 1] " << bands.perBand[0] << ", [0.7, 0.9) " << bands.perBand[1] << ", [0.5, 0.7) "
              << bands.perBand[2] << ", [0, 0.5) " << bands.perBand[3] << '\n';
    return ExitOk;
}

} // namespace tandem::cli
