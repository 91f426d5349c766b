// Strict / lax precision and recall of alignments, as vecalign's score.py computes them.
#include "core/align/evaluation.h"

#include "core/error.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace tandem {
namespace {

using Key = std::pair<std::vector<std::size_t>, std::vector<std::size_t>>;

std::set<Key> asSet(const std::vector<AlignmentLine>& lines, bool dropEmptySide) {
    std::set<Key> out;
    for (const AlignmentLine& l : lines) {
        if (l.source.empty() && l.target.empty())
            continue;
        if (dropEmptySide && (l.source.empty() || l.target.empty()))
            continue;
        out.emplace(l.source, l.target);
    }
    return out;
}

struct PrecisionCounts {
    std::size_t tpStrict = 0, fpStrict = 0, tpLax = 0, fpLax = 0;
};

/// score.py's _precision(goldalign, testalign).
PrecisionCounts precision(const std::set<Key>& gold, const std::set<Key>& test) {
    std::unordered_map<std::size_t, std::unordered_set<std::size_t>> goldTargets;
    for (const auto& [src, tgt] : gold)
        for (std::size_t s : src)
            goldTargets[s].insert(tgt.begin(), tgt.end());
    PrecisionCounts c;
    for (const Key& bead : test) {
        if (gold.contains(bead)) {
            ++c.tpStrict;
            ++c.tpLax;
            continue;
        }
        ++c.fpStrict;
        bool lax = false;
        for (std::size_t s : bead.first) {
            const auto it = goldTargets.find(s);
            if (it == goldTargets.end())
                continue;
            for (std::size_t t : bead.second)
                if (it->second.contains(t)) {
                    lax = true;
                    break;
                }
            if (lax)
                break;
        }
        ++(lax ? c.tpLax : c.fpLax);
    }
    return c;
}

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }
double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

} // namespace

EvalCounts& EvalCounts::operator+=(const EvalCounts& o) {
    precisionTpStrict += o.precisionTpStrict;
    precisionFpStrict += o.precisionFpStrict;
    precisionTpLax += o.precisionTpLax;
    precisionFpLax += o.precisionFpLax;
    recallTpStrict += o.recallTpStrict;
    recallFnStrict += o.recallFnStrict;
    recallTpLax += o.recallTpLax;
    recallFnLax += o.recallFnLax;
    return *this;
}

EvalCounts countHits(const std::vector<AlignmentLine>& gold, const std::vector<AlignmentLine>& test) {
    const PrecisionCounts p = precision(asSet(gold, false), asSet(test, false));
    // Recall: the roles swapped, beads with an empty side removed from both.
    const PrecisionCounts r = precision(asSet(test, true), asSet(gold, true));
    EvalCounts c;
    c.precisionTpStrict = p.tpStrict;
    c.precisionFpStrict = p.fpStrict;
    c.precisionTpLax = p.tpLax;
    c.precisionFpLax = p.fpLax;
    c.recallTpStrict = r.tpStrict;
    c.recallFnStrict = r.fpStrict;
    c.recallTpLax = r.tpLax;
    c.recallFnLax = r.fpLax;
    return c;
}

EvalScores scoresFromCounts(const EvalCounts& c) {
    EvalScores s;
    s.counts = c;
    s.precisionStrict = ratio(c.precisionTpStrict, c.precisionTpStrict + c.precisionFpStrict);
    s.precisionLax = ratio(c.precisionTpLax, c.precisionTpLax + c.precisionFpLax);
    s.recallStrict = ratio(c.recallTpStrict, c.recallTpStrict + c.recallFnStrict);
    s.recallLax = ratio(c.recallTpLax, c.recallTpLax + c.recallFnLax);
    s.f1Strict = f1(s.precisionStrict, s.recallStrict);
    s.f1Lax = f1(s.precisionLax, s.recallLax);
    return s;
}

EvalScores evaluate(const std::vector<std::vector<AlignmentLine>>& gold,
                    const std::vector<std::vector<AlignmentLine>>& test) {
    if (gold.size() != test.size())
        throw UsageError("number of gold and test alignments must be the same (" + std::to_string(test.size()) +
                         " test, " + std::to_string(gold.size()) + " gold)");
    EvalCounts total;
    for (std::size_t k = 0; k < gold.size(); ++k)
        total += countHits(gold[k], test[k]);
    return scoresFromCounts(total);
}

ConfidenceBands& ConfidenceBands::operator+=(const ConfidenceBands& o) {
    for (std::size_t k = 0; k < 3; ++k) {
        atLeast[k] += o.atLeast[k];
        correct[k] += o.correct[k];
    }
    for (std::size_t k = 0; k < 4; ++k)
        perBand[k] += o.perBand[k];
    return *this;
}

ConfidenceBands confidenceBands(const std::vector<AlignmentLine>& gold, const std::vector<AlignmentLine>& test) {
    const std::set<Key> goldSet = asSet(gold, false);
    ConfidenceBands bands;
    for (const AlignmentLine& l : test) {
        if (l.source.empty() && l.target.empty())
            continue;
        const double c = l.confidence.value_or(0.0);
        const bool hit = goldSet.contains(Key(l.source, l.target));
        std::size_t band = 3;
        for (std::size_t k = 0; k < 3; ++k)
            if (c >= ConfidenceBands::kThresholds[k]) {
                ++bands.atLeast[k];
                bands.correct[k] += hit ? 1 : 0;
                band = std::min(band, k);
            }
        ++bands.perBand[band];
    }
    return bands;
}

} // namespace tandem
