// The aligner on the bundled pairs: aligning the hand-segmented texts must reach a fixed strict F1
// against the hand-made gold alignment (the metric of ../shared/eval/score.py).
#include "core/align/aligner.h"
#include "core/align/evaluation.h"
#include "core/align/word_dictionary.h"
#include "core/formats/alignment_io.h"
#include "core/model/document.h"
#include "core/text/import.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

using namespace tandem;

namespace {

/// One bundled pair and the strict F1 the aligner must reach on it.
struct QualitySpec {
    const char* name;   ///< folder under data/
    double minStrictF1; ///< against gold.vecalign, at least
    double dictionaryGain; ///< how much the dictionary must add to the strict F1 of the text alone
};

void PrintTo(const QualitySpec& spec, std::ostream* out) { *out << spec.name << " (strict F1 >= " << spec.minStrictF1 << ")"; }

class BundledPairQuality : public ::testing::TestWithParam<QualitySpec> {};

TEST_P(BundledPairQuality, AlignerReachesItsStrictF1OnTheGold) {
    const std::filesystem::path dir = std::filesystem::path(TANDEM_DATA_DIR) / GetParam().name;
    ImportOptions lines;
    lines.format = InputFormat::Lines;
    const Document source = importDocument(dir / "en.lines", "en", lines);
    const Document target = importDocument(dir / "ru.lines", "ru", lines);
    const std::vector<AlignmentLine> gold = readVecalignFile(dir / "gold.vecalign");

    AlignOptions options; // as the main job aligns: with the dictionary installed for English-Russian
    options.dictionary = installedDictionary("en", "ru");
    ASSERT_NE(options.dictionary, nullptr) << "mueller7-dict is not installed";
    const EvalScores scores = evaluate({gold}, {toLines(align(source, target, options))});
    AlignOptions textAlone;
    const EvalScores withoutDictionary = evaluate({gold}, {toLines(align(source, target, textAlone))});

    RecordProperty("f1_strict", std::to_string(scores.f1Strict));
    RecordProperty("f1_lax", std::to_string(scores.f1Lax));
    EXPECT_GE(scores.f1Strict, GetParam().minStrictF1)
        << "strict F1 " << scores.f1Strict << " (P " << scores.precisionStrict << ", R " << scores.recallStrict
        << "), lax F1 " << scores.f1Lax;
    EXPECT_GE(scores.f1Strict, withoutDictionary.f1Strict + GetParam().dictionaryGain);
}

// The goals are 0.95 for meduza and 0.93 for climate; the thresholds sit just under what the
// aligner measures today (meduza 0.972, 0.943 without the dictionary; climate 0.973 either way), so
// that a regression fails.
INSTANTIATE_TEST_SUITE_P(Bundled, BundledPairQuality,
                         ::testing::Values(QualitySpec{"meduza", 0.965, 0.02},
                                           QualitySpec{"climate", 0.965, 0.0}),
                         [](const ::testing::TestParamInfo<QualitySpec>& info) { return std::string(info.param.name); });

} // namespace
