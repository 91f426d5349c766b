// The evaluation metric: strict and lax precision, recall and F1 of a test alignment against gold,
// exactly as ../shared/eval/score.py (vecalign's score.py) computes them, micro-averaged over files.
#pragma once

#include "core/formats/alignment_io.h"

#include <vector>

namespace tandem {

/// Hit counts of one or more file pairs (summed before the ratios are taken).
struct EvalCounts {
    std::size_t precisionTpStrict = 0;
    std::size_t precisionFpStrict = 0;
    std::size_t precisionTpLax = 0;
    std::size_t precisionFpLax = 0;
    std::size_t recallTpStrict = 0;
    std::size_t recallFnStrict = 0;
    std::size_t recallTpLax = 0;
    std::size_t recallFnLax = 0;

    EvalCounts& operator+=(const EvalCounts& other);
    friend bool operator==(const EvalCounts&, const EvalCounts&) = default;
};

struct EvalScores {
    double precisionStrict = 0;
    double precisionLax = 0;
    double recallStrict = 0;
    double recallLax = 0;
    double f1Strict = 0;
    double f1Lax = 0;
    EvalCounts counts;
};

/// Counts of one file pair. Beads are compared as sets (duplicates once, beads empty on both sides
/// dropped); precision over all test beads, recall over beads with both sides non-empty.
EvalCounts countHits(const std::vector<AlignmentLine>& gold, const std::vector<AlignmentLine>& test);

/// Ratios from summed counts; 0/0 gives 0.
EvalScores scoresFromCounts(const EvalCounts& counts);

/// Scores of several file pairs, paired by position; UsageError when the lists differ in length.
EvalScores evaluate(const std::vector<std::vector<AlignmentLine>>& gold,
                    const std::vector<std::vector<AlignmentLine>>& test);

/// How well confidence predicts correctness: for each threshold, the beads at or above it and how
/// many of them are in the gold (strict hits); and how many beads fall in each band between them.
struct ConfidenceBands {
    static constexpr double kThresholds[3] = {0.9, 0.7, 0.5};
    std::size_t atLeast[3] = {0, 0, 0};  ///< beads with confidence >= kThresholds[k]
    std::size_t correct[3] = {0, 0, 0};  ///< of those, strict hits
    std::size_t perBand[4] = {0, 0, 0, 0}; ///< [0.9, 1], [0.7, 0.9), [0.5, 0.7), [0, 0.5)

    ConfidenceBands& operator+=(const ConfidenceBands& other);
};

/// Confidence bands of the test beads (their confidence; 0 when absent) against gold.
ConfidenceBands confidenceBands(const std::vector<AlignmentLine>& gold, const std::vector<AlignmentLine>& test);

} // namespace tandem
