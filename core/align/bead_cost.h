// The cost of one bead: Gale-Church length cost with a ratio and variance estimated from the pair,
// a prior per shape, shared anchor weight as a bonus, unmatched anchors, contradicting numbers,
// punctuation and paragraph ends as penalties. Lower is better.
#pragma once

#include "core/align/aligner.h"
#include "core/align/features.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tandem::aligner {

/// How target length relates to source length in this pair (estimated, not fixed).
struct LengthModel {
    double ratio = 1.0;    ///< expected target characters per source character
    double variance = 6.8; ///< variance of the difference per character (Gale-Church's s^2)
};

/// Estimates the ratio and variance from the links' segment pairs when there are enough of them,
/// otherwise the ratio from the totals and options.defaultVariance.
LengthModel estimateLengthModel(const PairFeatures& features, const AlignOptions& options);

/// The length ratio of the 1-1 beads of an earlier pass (the pairs most likely to be one sentence
/// and its translation, unlike the totals, which count text only one side has), blended with
/// `fallback` (options.ratioWeight beads' worth); `fallback` when there are fewer than
/// options.minLinksForRatio of them.
double oneToOneRatio(const PairFeatures& features, const std::vector<Alignment>& parts, double fallback,
                     const AlignOptions& options);

/// -log of the two-sided tail probability of the length difference (0 when lengths fit exactly).
double lengthCost(double sourceLength, double targetLength, const LengthModel& model);

/// The source runs [i, i + a), a = 1..3, that one row of a search pairs with its target runs, each
/// with its anchors in a small hash table by id (BeadCost::markSourceRuns): the row's beads then
/// look their target anchors up instead of merging two sorted lists per bead. One per search.
class SourceRuns {
private:
    friend class BeadCost;
    static constexpr std::size_t kSlots = 256;
    static constexpr std::size_t kNoRun = SIZE_MAX;
    /// An anchor id of the run and how often it occurs there (0: an empty slot).
    struct Slot {
        std::uint32_t id = 0;
        std::uint32_t count = 0;
    };
    /// One run: it starts at a segment and grows by a segment per row.
    struct Table {
        std::size_t start = kNoRun; ///< kNoRun: no run, or too many anchors for the table (its beads merge lists)
        std::array<Slot, kSlots> slots{};
        std::array<std::uint8_t, kSlots / 2> used{}; ///< the slots taken (the first usedCount)
        std::size_t usedCount = 0;
    };
    std::array<Table, 3> m_tables;
    std::array<std::size_t, 3> m_byLength{0, 1, 2}; ///< the table of the run of each length
    std::size_t m_end = kNoRun;                     ///< one past the runs' last segment
};

/// Evaluates bead costs over a pair's features (at most three segments per side). Thread-safe.
class BeadCost {
public:
    BeadCost(const PairFeatures& features, const AlignOptions& options, LengthModel model);

    /// Cost of the bead source [i, i + a) with target [j, j + b), a + b > 0 (a 1-0 or 0-1 bead that
    /// opens a run of them).
    double operator()(std::size_t i, std::size_t j, std::size_t a, std::size_t b) const;
    /// operator()(i, j, a, b) for a, b > 0 when it is below limit; otherwise some value >= limit,
    /// found early (lets the search skip beads that cannot beat the best one found so far).
    double pairedCost(std::size_t i, std::size_t j, std::size_t a, std::size_t b, double limit) const;
    /// What pairedCost finds first about a bead, for a row of cells at once (pairedStarts).
    struct PairedStart {
        double cost;           ///< the length term plus the shape's cost
        double anchorsOnSides; ///< the weight of the anchors of both sides
        double bound;          ///< the cost with every anchor of the smaller side matched: a lower bound
    };
    /// The PairedStart of the beads source [i, i + a) with target [j, j + b) for every j in
    /// [jBegin, jEnd), into out[j - jBegin]: a whole row in one loop, so that the divisions and
    /// square roots of neighbouring cells overlap instead of waiting for each other.
    void pairedStarts(std::size_t i, std::size_t a, std::size_t jBegin, std::size_t jEnd, std::size_t b,
                      PairedStart* out) const;
    /// Marks the source runs of row i of a search, [i - a, i) for a = 1..min(3, i - first), in runs;
    /// first is the first source segment the search covers. Cheapest row after row.
    void markSourceRuns(std::size_t i, std::size_t first, SourceRuns& runs) const;
    /// pairedCost(i, j, a, b, limit) from the bead's PairedStart, with runs marked for the bead's row
    /// (or nullptr).
    double pairedCost(std::size_t i, std::size_t j, std::size_t a, std::size_t b, double limit,
                      const PairedStart& start, const SourceRuns* runs) const {
        // Every term after the anchor term is non-negative: most beads stop here.
        if (start.bound >= limit)
            return limit;
        return restOfPairedCost(i, j, a, b, limit, start.cost, start.anchorsOnSides, runs);
    }
    /// How much cheaper a 1-0 or 0-1 bead is when it continues a run of the same shape.
    double runDiscount(std::size_t i, std::size_t j, std::size_t a, std::size_t b) const;

    const LengthModel& lengthModel() const { return m_model; }
    const PairFeatures& features() const { return m_features; }

private:
    double shapeCost(std::size_t a, std::size_t b) const; ///< prior cost of a bead shape (a, b > 0)
    /// lengthCost() from a table, given also targetLength / ratio.
    double fastLengthCost(double sourceLength, double targetLength, double targetInSource) const;
    double deletionScale(std::size_t i, std::size_t j, std::size_t a, std::size_t b) const;
    double matchedWeight(std::size_t i, std::size_t j, std::size_t a, std::size_t b, const SourceRuns* runs) const;
    /// pairedCost's terms after the length, the shape and the bound on the anchors.
    double restOfPairedCost(std::size_t i, std::size_t j, std::size_t a, std::size_t b, double limit,
                            double cost, double anchorsOnSides, const SourceRuns* runs) const;
    bool numbersContradict(std::size_t i, std::size_t j, std::size_t a, std::size_t b) const;

    const PairFeatures& m_features;
    const AlignOptions& m_options;
    LengthModel m_model;
    std::vector<double> m_tail; ///< -log(erfc(x)) at steps of 1/128 up to 8
    /// Per run of target segments [j, j + count), count 1..3, at [count - 1][j]: its length divided by
    /// the ratio (one division less per bead).
    std::array<std::vector<double>, 3> m_targetInSource;
    double m_shapeCost[4][4] = {}; ///< shapeCost(a, b), a, b in 1..3
    double m_unmatchedWeight = 0;  ///< anchorWeight * unmatchedPenalty
    double m_matchedBonus = 0; ///< anchorWeight * (1 + 2 * unmatchedPenalty): what matching an anchor saves
    /// A run's punctuation profile padded with zeros to sixteen classes, so that comparing two is a
    /// few vector instructions.
    using RunPunctuation = std::array<std::uint8_t, 16>;
    static_assert(kPunctuationClasses <= 16);
    /// Per run of segments [i, i + count), count 1..3, at [count - 1][i]: its punctuation profile,
    /// counts saturating at 255 as in a segment's.
    std::array<std::vector<RunPunctuation>, 3> m_sourcePunctuation, m_targetPunctuation;
    /// Per run of segments [i, i + count), count 1..3, at [count - 1][i]: one bit of 256 per anchor id
    /// (hashed). Runs whose bits do not meet share no anchor, which is most pairs the search tries,
    /// so their anchor lists need no merge.
    using Signature = std::array<std::uint64_t, 4>;
    std::array<std::vector<Signature>, 3> m_sourceSignature, m_targetSignature;
    /// Per run of segments [i, i + count), count 1..3, at [count - 1][i]: one bit of 64 per number
    /// (hashed), for the same test on numbers; 0 exactly when the run has no number.
    std::array<std::vector<std::uint64_t>, 3> m_sourceNumberSignature, m_targetNumberSignature;
};

} // namespace tandem::aligner
