// The evaluation metric: hand-checked cases, and the same counts as ../shared/eval/score.py on real
// files, including the imperfect (unsorted, gapped, non-monotone) Text+Berg gold.
#include "core/align/evaluation.h"

#include "core/error.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>

using namespace tandem;

namespace {

std::vector<AlignmentLine> parse(const std::string& text) {
    std::istringstream in(text);
    return readVecalign(in, "inline");
}

const std::filesystem::path kEval = TANDEM_EVAL_DIR;

/// score.py --json on the given pairs (through Debian's python3).
nlohmann::json scorePy(const std::vector<std::filesystem::path>& tests, const std::vector<std::filesystem::path>& golds) {
    std::string command = "/usr/bin/python3 '" + (kEval / "score.py").string() + "' --json -t";
    for (const auto& t : tests)
        command += " '" + t.string() + "'";
    command += " -g";
    for (const auto& g : golds)
        command += " '" + g.string() + "'";
    std::FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    std::string out;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        out.append(buffer, n);
    if (pclose(pipe) != 0)
        throw std::runtime_error("score.py failed: " + command);
    return nlohmann::json::parse(out);
}

} // namespace

TEST(Evaluation, PerfectAlignmentScoresOne) {
    const auto gold = parse("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n");
    const EvalScores s = evaluate({gold}, {gold});
    EXPECT_DOUBLE_EQ(s.f1Strict, 1.0);
    EXPECT_DOUBLE_EQ(s.f1Lax, 1.0);
    EXPECT_EQ(s.counts.precisionTpStrict, 4u);
    EXPECT_EQ(s.counts.recallTpStrict, 2u); // beads with an empty side never count for recall
}

TEST(Evaluation, LaxHitsAndInsertions) {
    const auto gold = parse("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    const auto test = parse("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n");
    const EvalCounts c = countHits(gold, test);
    // [1, 2]:[1] is a lax hit (1 -> 1 in gold); []:[2] can only be a strict hit, and is not.
    EXPECT_EQ(c.precisionTpStrict, 1u);
    EXPECT_EQ(c.precisionFpStrict, 2u);
    EXPECT_EQ(c.precisionTpLax, 2u);
    EXPECT_EQ(c.precisionFpLax, 1u);
    // Recall: gold [0]:[0] strict; [1]:[1] lax via test [1, 2]:[1]; [2]:[2] missed (its test bead is dropped).
    EXPECT_EQ(c.recallTpStrict, 1u);
    EXPECT_EQ(c.recallFnStrict, 2u);
    EXPECT_EQ(c.recallTpLax, 2u);
    EXPECT_EQ(c.recallFnLax, 1u);
}

TEST(Evaluation, DuplicatesCountOnceAndEmptyBeadsAreDropped) {
    const auto gold = parse("[0]:[0]\n");
    const auto test = parse("[0]:[0]\n[0]:[0]\n[]:[]\n");
    const EvalCounts c = countHits(gold, test);
    EXPECT_EQ(c.precisionTpStrict, 1u);
    EXPECT_EQ(c.precisionFpStrict, 0u);
}

TEST(Evaluation, ZeroOverZeroIsZero) {
    const EvalScores s = evaluate({{}}, {{}});
    EXPECT_EQ(s.precisionStrict, 0.0);
    EXPECT_EQ(s.f1Lax, 0.0);
    EXPECT_THROW(evaluate({{}}, {}), UsageError);
}

TEST(Evaluation, ConfidenceBandsCountHitsAboveEachThreshold) {
    const auto gold = parse("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n");
    const auto test = parse("[0]:[0]:0.95\n[1]:[1]:0.8\n[2, 3]:[2]:0.6\n[]:[3]:0.1\n");
    const ConfidenceBands b = confidenceBands(gold, test);
    EXPECT_EQ(b.atLeast[0], 1u);
    EXPECT_EQ(b.correct[0], 1u);
    EXPECT_EQ(b.atLeast[1], 2u);
    EXPECT_EQ(b.correct[1], 2u);
    EXPECT_EQ(b.atLeast[2], 3u);
    EXPECT_EQ(b.correct[2], 2u);
    EXPECT_EQ(b.perBand[0] + b.perBand[1] + b.perBand[2] + b.perBand[3], 4u);
    EXPECT_EQ(b.perBand[3], 1u);
}

TEST(Evaluation, SameCountsAsScorePyOnRealFiles) {
    // Several pairings: the published Text+Berg gold against its monotone repair (unsorted and
    // gapped beads), wmt21-hard gold against the clean wmt21 gold, bible verse beads against the
    // running-text gold.
    const std::vector<std::filesystem::path> tests = {
        kEval / "de-fr/textberg/dev.gold", kEval / "de-fr/textberg/test1.gold.orig",
        kEval / "en-ru/wmt21-hard/enru-abcnews_420184.gold", kEval / "en-ru/wmt21-hard/ruen-izvestiya_520934.gold",
        kEval / "en-ru/bible/Genesis_01.gold"};
    const std::vector<std::filesystem::path> golds = {
        kEval / "de-fr/textberg/dev.gold.orig", kEval / "de-fr/textberg/test1.gold",
        kEval / "en-ru/wmt21/enru-abcnews_420184.gold", kEval / "en-ru/wmt21/ruen-izvestiya_520934.gold",
        kEval / "en-ru/bible-running/Genesis_01.gold"};
    const nlohmann::json expected = scorePy(tests, golds);
    std::vector<std::vector<AlignmentLine>> testLines, goldLines;
    for (const auto& t : tests)
        testLines.push_back(readVecalignFile(t));
    for (const auto& g : golds)
        goldLines.push_back(readVecalignFile(g));
    const EvalScores ours = evaluate(goldLines, testLines);
    const auto& c = expected["counts"];
    EXPECT_EQ(ours.counts.precisionTpStrict, c["precision_tp_strict"].get<std::size_t>());
    EXPECT_EQ(ours.counts.precisionFpStrict, c["precision_fp_strict"].get<std::size_t>());
    EXPECT_EQ(ours.counts.precisionTpLax, c["precision_tp_lax"].get<std::size_t>());
    EXPECT_EQ(ours.counts.precisionFpLax, c["precision_fp_lax"].get<std::size_t>());
    EXPECT_EQ(ours.counts.recallTpStrict, c["recall_tp_strict"].get<std::size_t>());
    EXPECT_EQ(ours.counts.recallFnStrict, c["recall_fn_strict"].get<std::size_t>());
    EXPECT_EQ(ours.counts.recallTpLax, c["recall_tp_lax"].get<std::size_t>());
    EXPECT_EQ(ours.counts.recallFnLax, c["recall_fn_lax"].get<std::size_t>());
    EXPECT_DOUBLE_EQ(ours.f1Strict, expected["f1_strict"].get<double>());
    EXPECT_DOUBLE_EQ(ours.f1Lax, expected["f1_lax"].get<double>());
    EXPECT_LT(ours.f1Strict, 1.0); // the pairs really differ
    // And file by file.
    for (std::size_t k = 0; k < tests.size(); ++k) {
        const nlohmann::json one = scorePy({tests[k]}, {golds[k]});
        const EvalScores s = evaluate({goldLines[k]}, {testLines[k]});
        EXPECT_DOUBLE_EQ(s.f1Strict, one["f1_strict"].get<double>()) << tests[k];
        EXPECT_DOUBLE_EQ(s.recallLax, one["recall_lax"].get<double>()) << tests[k];
    }
}
