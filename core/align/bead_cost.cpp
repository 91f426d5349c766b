// Bead cost: length model estimation and the cost of one bead.
#include "core/align/bead_cost.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace tandem::aligner {
namespace {

/// -log(erfc(x)) for x >= 0 (the tail cost of a standard normal deviation x * sqrt 2).
double tailCost(double x) {
    if (x < 20)
        return -std::log(std::erfc(x));
    return x * x + std::log(x * std::sqrt(std::numbers::pi)); // asymptotic form where erfc underflows
}

constexpr double kTableStep = 1.0 / 128;
constexpr double kTableEnd = 8.0;

/// Sum over ids of weight * min(occurrences in a, occurrences in b); both sorted.
double intersectionWeight(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b,
                          const std::vector<float>& weight) {
    // Branch-free merge: the comparisons decide which side advances (both on a match).
    double sum = 0;
    std::size_t x = 0, y = 0;
    while (x < a.size() && y < b.size()) {
        const std::uint32_t u = a[x], v = b[y];
        sum += u == v ? static_cast<double>(weight[u]) : 0.0;
        x += u <= v ? 1 : 0;
        y += v <= u ? 1 : 0;
    }
    return sum;
}

/// A hash of an anchor id in [0, 256): its bit in a signature and its first slot in SourceRuns
/// (Fibonacci hashing spreads consecutive ids).
std::size_t anchorHash(std::uint32_t id) { return (id * 0x9E3779B97F4A7C15ULL) >> 56; }

/// Per run of one, two and three segments of a side, a bit of 256 for each of its anchor ids.
std::array<std::vector<std::array<std::uint64_t, 4>>, 3> signatures(const SideFeatures& side) {
    std::array<std::vector<std::array<std::uint64_t, 4>>, 3> out;
    out[0].assign(side.size(), {});
    for (std::size_t x = 0; x < side.size(); ++x)
        for (const std::uint32_t id : side.anchors(x)) {
            const std::size_t bit = anchorHash(id);
            out[0][x][bit >> 6] |= std::uint64_t{1} << (bit & 63);
        }
    for (std::size_t count = 2; count <= 3; ++count) {
        out[count - 1].assign(side.size(), {});
        for (std::size_t x = 0; x + count <= side.size(); ++x)
            for (std::size_t w = 0; w < 4; ++w)
                out[count - 1][x][w] = out[count - 2][x][w] | out[0][x + count - 1][w];
    }
    return out;
}

} // namespace

LengthModel estimateLengthModel(const PairFeatures& features, const AlignOptions& options) {
    LengthModel model;
    model.variance = options.defaultVariance;
    const double sourceTotal = static_cast<double>(features.source.lengthOf(0, features.source.size()));
    const double targetTotal = static_cast<double>(features.target.lengthOf(0, features.target.size()));
    if (sourceTotal > 0 && targetTotal > 0)
        model.ratio = targetTotal / sourceTotal;
    // Chained links are mostly 1-1 translations, so their length ratio is immune to a chapter only
    // one side has; the totals are the steadier estimate when the two agree.
    const std::vector<Link> chain =
        chainLinks(features.links, Stretch{0, features.source.size(), 0, features.target.size()});
    if (chain.size() < options.minLinksForRatio)
        return model;
    double linkedSource = 0, linkedTarget = 0;
    for (const Link& l : chain) {
        linkedSource += features.source.length[l.source];
        linkedTarget += features.target.length[l.target];
    }
    if (linkedSource <= 0 || linkedTarget <= 0)
        return model;
    const double linkedRatio = linkedTarget / linkedSource;
    if (std::abs(std::log(linkedRatio / model.ratio)) > std::log(options.ratioTolerance))
        model.ratio = linkedRatio;
    // The median squared deviation per character (robust to links inside 2-1 beads), blended with
    // the default as varianceWeight pseudo-observations.
    std::vector<double> deviations;
    deviations.reserve(chain.size());
    for (const Link& l : chain) {
        const double ls = features.source.length[l.source];
        const double lt = features.target.length[l.target];
        const double mean = std::max(1.0, (ls + lt / model.ratio) / 2);
        const double d = lt - model.ratio * ls;
        deviations.push_back(d * d / mean);
    }
    const auto middle = deviations.begin() + static_cast<std::ptrdiff_t>(deviations.size() / 2);
    std::nth_element(deviations.begin(), middle, deviations.end());
    // The median of a chi-square variable with one degree of freedom is 0.455.
    const double measured = *middle / 0.455;
    const double n = static_cast<double>(chain.size());
    model.variance = (options.varianceWeight * options.defaultVariance + n * measured) / (options.varianceWeight + n);
    return model;
}

double oneToOneRatio(const PairFeatures& features, const std::vector<Alignment>& parts, double fallback,
                     const AlignOptions& options) {
    double sourceLength = 0, targetLength = 0;
    std::size_t pairs = 0;
    for (const Alignment& part : parts)
        for (const Bead& b : part)
            if (b.srcCount() == 1 && b.tgtCount() == 1) {
                sourceLength += features.source.length[b.srcBegin];
                targetLength += features.target.length[b.tgtBegin];
                ++pairs;
            }
    if (pairs < options.minLinksForRatio || sourceLength <= 0 || targetLength <= 0)
        return fallback;
    // A geometric mean weighted by counts: a short text's few 1-1 beads move the ratio only so far.
    const double k = options.ratioWeight, n = static_cast<double>(pairs);
    return std::exp((k * std::log(fallback) + n * std::log(targetLength / sourceLength)) / (k + n));
}

double lengthCost(double sourceLength, double targetLength, const LengthModel& model) {
    if (sourceLength + targetLength <= 0)
        return 0;
    const double mean = std::max(1.0, (sourceLength + targetLength / model.ratio) / 2);
    const double delta = (targetLength - model.ratio * sourceLength) / std::sqrt(model.variance * mean);
    // -log(2 (1 - Phi(|delta|))) = -log(erfc(|delta| / sqrt 2)).
    return tailCost(std::abs(delta) / std::numbers::sqrt2);
}

BeadCost::BeadCost(const PairFeatures& features, const AlignOptions& options, LengthModel model)
    : m_features(features), m_options(options), m_model(model) {
    m_tail.resize(static_cast<std::size_t>(kTableEnd / kTableStep) + 2);
    for (std::size_t k = 0; k < m_tail.size(); ++k)
        m_tail[k] = tailCost(static_cast<double>(k) * kTableStep);
    auto runs = [](const SideFeatures& side) {
        std::array<std::vector<RunPunctuation>, 3> out;
        for (std::size_t count = 1; count <= 3; ++count) {
            out[count - 1].assign(side.size(), RunPunctuation{});
            for (std::size_t x = 0; x + count <= side.size(); ++x)
                for (std::size_t c = 0; c < kPunctuationClasses; ++c) {
                    unsigned sum = 0;
                    for (std::size_t y = x; y < x + count; ++y)
                        sum += side.punctuation[y][c];
                    out[count - 1][x][c] = static_cast<std::uint8_t>(std::min(255u, sum));
                }
        }
        return out;
    };
    m_sourcePunctuation = runs(features.source);
    m_targetPunctuation = runs(features.target);
    for (std::size_t count = 1; count <= 3; ++count) {
        const SideFeatures& t = features.target;
        m_targetInSource[count - 1].assign(t.size(), 0.0);
        for (std::size_t j = 0; j + count <= t.size(); ++j)
            m_targetInSource[count - 1][j] = static_cast<double>(t.lengthOf(j, j + count)) / m_model.ratio;
    }
    for (std::size_t a = 1; a <= 3; ++a)
        for (std::size_t b = 1; b <= 3; ++b)
            m_shapeCost[a][b] = shapeCost(a, b);
    m_unmatchedWeight = options.anchorWeight * options.unmatchedPenalty;
    m_matchedBonus = options.anchorWeight * (1 + 2 * options.unmatchedPenalty);
    auto numberSignatures = [](const SideFeatures& side) {
        std::array<std::vector<std::uint64_t>, 3> out;
        out[0].assign(side.size(), 0);
        for (std::size_t x = 0; x < side.size(); ++x)
            for (const std::uint32_t n : side.numbers(x))
                out[0][x] |= std::uint64_t{1} << ((n * 0x9E3779B97F4A7C15ULL) >> 58);
        for (std::size_t count = 2; count <= 3; ++count) {
            out[count - 1].assign(side.size(), 0);
            for (std::size_t x = 0; x + count <= side.size(); ++x)
                out[count - 1][x] = out[count - 2][x] | out[0][x + count - 1];
        }
        return out;
    };
    m_sourceNumberSignature = numberSignatures(features.source);
    m_targetNumberSignature = numberSignatures(features.target);
    m_sourceSignature = signatures(features.source);
    m_targetSignature = signatures(features.target);
}

double BeadCost::fastLengthCost(double sourceLength, double targetLength, double targetInSource) const {
    const double mean = std::max(1.0, (sourceLength + targetInSource) / 2);
    const double x = std::abs(targetLength - m_model.ratio * sourceLength) /
                     std::sqrt(2 * m_model.variance * mean);
    if (x >= kTableEnd)
        return tailCost(x);
    const double position = x / kTableStep;
    const auto k = static_cast<std::size_t>(position);
    const double fraction = position - static_cast<double>(k);
    return m_tail[k] + fraction * (m_tail[k + 1] - m_tail[k]);
}

double BeadCost::shapeCost(std::size_t a, std::size_t b) const {
    if (a + b == 3)
        return m_options.mergeCost;
    if (a == 2 && b == 2)
        return m_options.twoTwoCost;
    if (a + b == 4)
        return m_options.threeCost;
    if (a + b > 4)
        return m_options.threeCost + m_options.mergeCost * static_cast<double>(a + b - 4);
    return 0.0;
}

double BeadCost::runDiscount(std::size_t i, std::size_t j, std::size_t a, std::size_t b) const {
    return (m_options.deletionCost - m_options.deletionExtendCost) * deletionScale(i, j, a, b);
}

double BeadCost::deletionScale(std::size_t i, std::size_t j, std::size_t a, std::size_t b) const {
    // Short segments (page furniture, OCR debris, "* * *") cost less to leave unpaired.
    if (m_options.shortSegment <= 0)
        return static_cast<double>(a + b);
    const double length = a > 0 ? static_cast<double>(m_features.source.lengthOf(i, i + a))
                                : static_cast<double>(m_features.target.lengthOf(j, j + b)) / m_model.ratio;
    return std::clamp(length / m_options.shortSegment, 0.1, 1.0) * static_cast<double>(a + b);
}

void BeadCost::markSourceRuns(std::size_t i, std::size_t first, SourceRuns& runs) const {
    // A segment joins the runs: the longest one's table is emptied for a new run of one, and every
    // run takes the segment's anchors.
    auto addSegment = [&](std::size_t segment) {
        SourceRuns::Table& fresh = runs.m_tables[runs.m_byLength[2]];
        for (std::size_t k = 0; k < fresh.usedCount; ++k)
            fresh.slots[fresh.used[k]] = {};
        fresh.usedCount = 0;
        fresh.start = segment;
        runs.m_byLength = {runs.m_byLength[2], runs.m_byLength[0], runs.m_byLength[1]};
        for (SourceRuns::Table& table : runs.m_tables) {
            if (table.start == SourceRuns::kNoRun)
                continue;
            for (const std::uint32_t id : m_features.source.anchors(segment)) {
                std::size_t slot = anchorHash(id);
                while (table.slots[slot].count != 0 && table.slots[slot].id != id)
                    slot = (slot + 1) % SourceRuns::kSlots;
                if (table.slots[slot].count == 0) {
                    if (table.usedCount == table.used.size()) { // half full: lookups would slow down
                        table.start = SourceRuns::kNoRun;
                        break;
                    }
                    table.slots[slot].id = id;
                    table.used[table.usedCount++] = static_cast<std::uint8_t>(slot);
                }
                ++table.slots[slot].count;
            }
        }
    };
    // Row i's runs end at segment i - 1: after row i - 1 that segment is the only one to add.
    if (runs.m_end == SourceRuns::kNoRun || runs.m_end + 1 != i) {
        for (SourceRuns::Table& table : runs.m_tables)
            table.start = SourceRuns::kNoRun;
        runs.m_end = std::max(first, i >= 3 ? i - 3 : 0);
    }
    for (; runs.m_end < i; ++runs.m_end)
        addSegment(runs.m_end);
}

double BeadCost::matchedWeight(std::size_t i, std::size_t j, std::size_t a, std::size_t b,
                               const SourceRuns* runs) const {
    const Signature& u = m_sourceSignature[a - 1][i];
    const Signature& v = m_targetSignature[b - 1][j];
    if (((u[0] & v[0]) | (u[1] & v[1]) | (u[2] & v[2]) | (u[3] & v[3])) == 0)
        return 0.0; // no anchor in common
    const auto targetAnchors = m_features.target.anchors(j, b);
    if (runs == nullptr || runs->m_end != i + a || runs->m_tables[runs->m_byLength[a - 1]].start != i)
        return intersectionWeight(m_features.source.anchors(i, a), targetAnchors, m_features.anchorWeight);
    // Each target anchor looked up in the source run's table; the weights are added in ascending
    // id order, one per matched occurrence, as intersectionWeight adds them.
    const auto& slots = runs->m_tables[runs->m_byLength[a - 1]].slots;
    double sum = 0;
    for (std::size_t y = 0; y < targetAnchors.size();) {
        const std::uint32_t id = targetAnchors[y];
        std::size_t slot = anchorHash(id);
        while (slots[slot].count != 0 && slots[slot].id != id)
            slot = (slot + 1) % SourceRuns::kSlots;
        if (slots[slot].count == 0) {
            ++y;
            continue;
        }
        std::size_t inTarget = 1;
        while (y + inTarget < targetAnchors.size() && targetAnchors[y + inTarget] == id)
            ++inTarget;
        for (std::size_t n = std::min<std::size_t>(slots[slot].count, inTarget); n > 0; --n)
            sum += static_cast<double>(m_features.anchorWeight[id]);
        y += inTarget;
    }
    return sum;
}

bool BeadCost::numbersContradict(std::size_t i, std::size_t j, std::size_t a, std::size_t b) const {
    const std::uint64_t sourceBits = m_sourceNumberSignature[a - 1][i];
    const std::uint64_t targetBits = m_targetNumberSignature[b - 1][j];
    if (sourceBits == 0 || targetBits == 0)
        return false; // a side without numbers contradicts nothing
    if ((sourceBits & targetBits) == 0)
        return true; // no number in common
    const SideFeatures& s = m_features.source;
    const SideFeatures& t = m_features.target;
    for (std::size_t x = i; x < i + a; ++x)
        for (std::uint32_t n : s.numbers(x))
            for (std::size_t y = j; y < j + b; ++y) {
                const auto tn = t.numbers(y);
                if (std::binary_search(tn.begin(), tn.end(), n))
                    return false;
            }
    return true;
}

double BeadCost::operator()(std::size_t i, std::size_t j, std::size_t a, std::size_t b) const {
    if (a == 0 || b == 0) {
        const SideFeatures& s = m_features.source;
        const SideFeatures& t = m_features.target;
        const double anchorsOnSides =
            s.anchorTotalPrefix[i + a] - s.anchorTotalPrefix[i] + t.anchorTotalPrefix[j + b] - t.anchorTotalPrefix[j];
        return m_options.deletionCost * deletionScale(i, j, a, b) +
               m_options.anchorWeight * m_options.unmatchedPenalty * anchorsOnSides;
    }
    return pairedCost(i, j, a, b, std::numeric_limits<double>::infinity());
}

void BeadCost::pairedStarts(std::size_t i, std::size_t a, std::size_t jBegin, std::size_t jEnd, std::size_t b,
                            PairedStart* out) const {
    const double sourceLength = static_cast<double>(m_features.source.lengthOf(i, i + a));
    const std::uint64_t* targetLength = m_features.target.lengthPrefix.data();
    const double* inSource = m_targetInSource[b - 1].data();
    const double sourceAnchors =
        m_features.source.anchorTotalPrefix[i + a] - m_features.source.anchorTotalPrefix[i];
    const double* targetAnchors = m_features.target.anchorTotalPrefix.data();
    const double shape = m_shapeCost[a][b];
    for (std::size_t j = jBegin; j < jEnd; ++j) {
        PairedStart& s = out[j - jBegin];
        const double length = static_cast<double>(targetLength[j + b] - targetLength[j]);
        s.cost = m_options.lengthWeight * fastLengthCost(sourceLength, length, inSource[j]);
        s.cost += shape;
        const double anchors = targetAnchors[j + b] - targetAnchors[j];
        s.anchorsOnSides = sourceAnchors + anchors;
        s.bound =
            s.cost + m_unmatchedWeight * s.anchorsOnSides - m_matchedBonus * std::min(sourceAnchors, anchors);
    }
}

double BeadCost::pairedCost(std::size_t i, std::size_t j, std::size_t a, std::size_t b, double limit) const {
    PairedStart start{};
    pairedStarts(i, a, j, j + 1, b, &start);
    return pairedCost(i, j, a, b, limit, start, nullptr);
}

double BeadCost::restOfPairedCost(std::size_t i, std::size_t j, std::size_t a, std::size_t b, double limit,
                                  double cost, double anchorsOnSides, const SourceRuns* runs) const {
    const SideFeatures& s = m_features.source;
    const SideFeatures& t = m_features.target;
    const AlignOptions& o = m_options;
    if (anchorsOnSides > 0) {
        const double matched = matchedWeight(i, j, a, b, runs);
        cost -= o.anchorWeight * matched;
        cost += m_unmatchedWeight * (anchorsOnSides - 2 * matched);
        if (cost >= limit)
            return limit;
    }
    if (o.anchors.numbers && o.numberContradictionCost > 0 && numbersContradict(i, j, a, b))
        cost += o.numberContradictionCost;
    if (o.anchors.punctuation && o.punctuationWeight > 0) {
        const RunPunctuation& ps = m_sourcePunctuation[a - 1][i];
        const RunPunctuation& pt = m_targetPunctuation[b - 1][j];
        // Byte arithmetic throughout (a class adds at most 2) lets the compiler use vector instructions.
        std::uint8_t difference = 0;
        for (std::size_t c = 0; c < kFirstStructureClass; ++c)
            difference += std::min<std::uint8_t>(std::max(ps[c], pt[c]) - std::min(ps[c], pt[c]), 2);
        cost += o.punctuationWeight * difference;
        // Bullets and headings stay in translation: each one more on a side costs in full.
        for (std::size_t c = kFirstStructureClass; c < kPunctuationClasses; ++c)
            cost += o.structureMismatchCost * std::abs(int(ps[c]) - int(pt[c]));
    }
    if (o.anchors.paragraphs && s.endsParagraph[i + a - 1] != t.endsParagraph[j + b - 1])
        cost += o.paragraphCost;
    if (o.anchors.sentenceEnds && s.marksSentenceEnds && t.marksSentenceEnds &&
        s.endsSentence[i + a - 1] != t.endsSentence[j + b - 1])
        cost += o.sentenceEndCost;
    return cost;
}

} // namespace tandem::aligner
