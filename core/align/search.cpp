// Banded dynamic programming over beads, guided by chained anchor links, with bead posteriors.
#include "core/align/search.h"

#include "core/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tandem::aligner {
namespace {

struct Shape {
    std::uint8_t a;
    std::uint8_t b;
};

std::vector<Shape> enabledShapes(const BeadShapes& s, bool forceDeletions) {
    std::vector<Shape> out;
    if (s.oneOne) out.push_back({1, 1});
    if (s.oneZero || forceDeletions) out.push_back({1, 0});
    if (s.zeroOne || forceDeletions) out.push_back({0, 1});
    if (s.oneTwo) out.push_back({1, 2});
    if (s.twoOne) out.push_back({2, 1});
    if (s.twoTwo) out.push_back({2, 2});
    if (s.oneThree) out.push_back({1, 3});
    if (s.threeOne) out.push_back({3, 1});
    return out;
}

constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr std::size_t kMaxShapes = 8; ///< every shape of BeadShapes
constexpr std::uint8_t kNone = 0xFF;

/// What the last bead into a cell was: deletions are tracked so that a run of them (a passage only
/// one side has) pays the opening cost once and the cheaper extension cost after that.
enum State : std::uint8_t { Paired = 0, SourceGap = 1, TargetGap = 2 };
constexpr std::size_t kStates = 3;

State stateAfter(const Shape& s) { return s.b == 0 ? SourceGap : (s.a == 0 ? TargetGap : Paired); }

/// Costs of the bead of shape s ending at stretch-local (i, j), by the state of the cell it leaves.
struct EntryCosts {
    double fromState[kStates];
};

/// The costs of the 1-0 and 0-1 beads of a stretch. Such a bead's cost depends only on the segment
/// it leaves unpaired, so it is computed once per row or column, not once per cell.
class GapCosts {
public:
    GapCosts(const BeadCost& cost, const Stretch& st) {
        for (std::size_t i = st.srcBegin; i < st.srcEnd; ++i)
            m_source.push_back(entry(cost, i, st.tgtBegin, 1, 0));
        for (std::size_t j = st.tgtBegin; j < st.tgtEnd; ++j)
            m_target.push_back(entry(cost, st.srcBegin, j, 0, 1));
    }
    /// The bead of shape s (1-0 or 0-1) ending at stretch-local (i, j).
    const EntryCosts& at(std::size_t i, std::size_t j, const Shape& s) const {
        return s.b == 0 ? m_source[i - 1] : m_target[j - 1];
    }

private:
    static EntryCosts entry(const BeadCost& cost, std::size_t si, std::size_t tj, std::size_t a,
                            std::size_t b) {
        const double c = cost(si, tj, a, b);
        EntryCosts out{{c, c, c}};
        out.fromState[a == 0 ? TargetGap : SourceGap] = c - cost.runDiscount(si, tj, a, b);
        return out;
    }

    std::vector<EntryCosts> m_source, m_target;
};

EntryCosts beadCosts(const BeadCost& cost, const GapCosts& gaps, const Stretch& st, std::size_t i,
                     std::size_t j, const Shape& s) {
    if (stateAfter(s) != Paired)
        return gaps.at(i, j, s);
    const double c = cost(st.srcBegin + i - s.a, st.tgtBegin + j - s.b, s.a, s.b);
    return EntryCosts{{c, c, c}};
}

/// For one row i of a band and each shape: the cells of the row its beads reach from the band's row
/// i - a, and for paired shapes the beads' PairedStart there, computed for the whole row at once.
class RowStarts {
public:
    RowStarts(const Band& band, const std::vector<Shape>& shapes) : m_shapes(shapes) {
        for (std::size_t i = 0; i < band.rows(); ++i)
            m_width = std::max<std::size_t>(m_width, band.hi(i) - band.lo(i) + 1);
        m_starts.resize(m_width * shapes.size());
    }
    void compute(const BeadCost& cost, const Stretch& st, const Band& band, std::size_t i) {
        cost.markSourceRuns(st.srcBegin + i, st.srcBegin, m_runs);
        for (std::size_t k = 0; k < m_shapes.size(); ++k) {
            const Shape& s = m_shapes[k];
            m_first[k] = 1;
            m_last[k] = 0;
            if (s.a > i)
                continue;
            m_first[k] = std::max<std::size_t>(band.lo(i), band.lo(i - s.a) + s.b);
            m_last[k] = std::min<std::size_t>(band.hi(i), band.hi(i - s.a) + s.b);
            if (s.a > 0 && s.b > 0 && m_first[k] <= m_last[k])
                cost.pairedStarts(st.srcBegin + i - s.a, s.a, st.tgtBegin + m_first[k] - s.b,
                                  st.tgtBegin + m_last[k] + 1 - s.b, s.b, &m_starts[k * m_width]);
        }
    }
    bool reaches(std::size_t k, std::size_t j) const { return j >= m_first[k] && j <= m_last[k]; }
    /// The reach of shape k in the row: [first(k), last(k)], empty when first(k) > last(k).
    std::size_t first(std::size_t k) const { return m_first[k]; }
    std::size_t last(std::size_t k) const { return m_last[k]; }
    const BeadCost::PairedStart& start(std::size_t k, std::size_t j) const {
        return m_starts[k * m_width + j - m_first[k]];
    }
    const SourceRuns& sourceRuns() const { return m_runs; }

private:
    const std::vector<Shape>& m_shapes;
    std::size_t m_width = 0;
    std::size_t m_first[kMaxShapes] = {}, m_last[kMaxShapes] = {};
    std::vector<BeadCost::PairedStart> m_starts;
    SourceRuns m_runs;
};

struct Path {
    std::vector<GuidePoint> cells;   ///< (0, 0) ... (n, m)
    std::vector<std::uint8_t> shape; ///< shape index of the bead ending at cells[k + 1]
    bool touchesEdge = false;        ///< runs along the band's edge somewhere inside the document
};

/// The values of the last four rows (a bead spans at most three), per cell and state.
class RecentRows {
public:
    /// empty: the value of a cell no path reaches
    RecentRows(const Band& band, double empty) : m_band(band), m_empty(empty) {}
    void start(std::size_t i) {
        auto& slot = m_slots[i % 4];
        slot.assign((m_band.hi(i) - m_band.lo(i) + 1) * kStates, m_empty);
    }
    double* at(std::size_t i, std::size_t j) { return &m_slots[i % 4][(j - m_band.lo(i)) * kStates]; }
    double* row(std::size_t i) { return m_slots[i % 4].data(); } ///< cell (i, lo(i)) and the rest of row i

private:
    const Band& m_band;
    double m_empty;
    std::vector<double> m_slots[4];
};

/// Viterbi over the band; returns an empty path when (n, m) is unreachable. Memory: three bytes of
/// back pointers per cell, costs for four rows only.
Path bestPath(const BeadCost& cost, const GapCosts& gaps, const Stretch& st, const Band& band,
              const std::vector<Shape>& shapes, const std::function<void(double)>& progress,
              const std::stop_token& stop) {
    const std::size_t rows = band.rows();
    const std::size_t columns = st.tgtEnd - st.tgtBegin;
    RecentRows recent(band, kInfinity);
    RowStarts starts(band, shapes);
    std::vector<std::uint8_t> back(band.cells() * kStates, kNone); // shape index | previous state << 4
    const std::size_t progressEvery = std::max<std::size_t>(1, rows / 100);
    for (std::size_t i = 0; i < rows; ++i) {
        if (i % 64 == 0)
            checkStop(stop);
        if (progress && i % progressEvery == 0)
            progress(static_cast<double>(i) / static_cast<double>(rows));
        recent.start(i);
        if (i == 0)
            recent.at(0, 0)[Paired] = 0;
        starts.compute(cost, st, band, i);
        double* hereRow = recent.row(i);
        std::uint8_t* backRow = &back[band.index(i, band.lo(i)) * kStates];
        // Shape by shape along the row, each cell still seeing the beads into each of its states in
        // the order of shapes (of equal totals the first one found stays). The 0-1 bead starts in
        // this row, at a cell that must be complete, so it comes last; it is the only bead into its
        // state, so that order is kept.
        for (std::size_t n = 0; n < 2 * shapes.size(); ++n) {
            const std::size_t k = n % shapes.size();
            const Shape shape = shapes[k];
            if (shape.a > i || (shape.a == 0) != (n >= shapes.size()) || starts.first(k) > starts.last(k))
                continue;
            const State to = stateAfter(shape);
            // From the first cell the shape reaches in the row on: the cell its bead starts from, the
            // cell it ends in and that cell's back pointers.
            const std::size_t first = starts.first(k);
            const double* from = recent.row(i - shape.a) + (first - shape.b - band.lo(i - shape.a)) * kStates;
            double* here = hereRow + (first - band.lo(i)) * kStates;
            std::uint8_t* back = backRow + (first - band.lo(i)) * kStates;
            for (std::size_t j = first; j <= starts.last(k); ++j, from += kStates, here += kStates, back += kStates) {
                if (from[Paired] == kInfinity && from[SourceGap] == kInfinity && from[TargetGap] == kInfinity)
                    continue;
                if (to == Paired) {
                    const double cheapest = std::min({from[Paired], from[SourceGap], from[TargetGap]});
                    const double limit = here[Paired] - cheapest;
                    const double paired =
                        cost.pairedCost(st.srcBegin + i - shape.a, st.tgtBegin + j - shape.b, shape.a,
                                        shape.b, limit, starts.start(k, j), &starts.sourceRuns());
                    if (paired >= limit)
                        continue; // cannot beat the best bead into this cell
                    // The bead costs the same from every state: the first of the cheapest totals is the
                    // one a state-by-state comparison would keep.
                    std::size_t best = 0;
                    double total = from[0] + paired;
                    for (std::size_t p = 1; p < kStates; ++p)
                        if (from[p] + paired < total) {
                            total = from[p] + paired;
                            best = p;
                        }
                    if (total < here[Paired]) {
                        here[Paired] = total;
                        back[Paired] = static_cast<std::uint8_t>(k | (best << 4));
                    }
                    continue;
                }
                const EntryCosts& c = gaps.at(i, j, shape);
                for (std::size_t p = 0; p < kStates; ++p) {
                    const double total = from[p] + c.fromState[p];
                    if (total < here[to]) {
                        here[to] = total;
                        back[to] = static_cast<std::uint8_t>(k | (p << 4));
                    }
                }
            }
        }
    }
    Path path;
    std::size_t i = rows - 1, j = columns;
    if (!band.contains(i, j))
        return path;
    const double* last = recent.at(i, j);
    std::size_t state = static_cast<std::size_t>(std::min_element(last, last + kStates) - last);
    if (last[state] == kInfinity)
        return path;
    path.cells.push_back({i, j});
    while (i > 0 || j > 0) {
        const std::uint8_t entry = back[band.index(i, j) * kStates + state];
        if ((j == band.lo(i) && band.lo(i) > 0) || (j == band.hi(i) && band.hi(i) < columns))
            path.touchesEdge = true;
        const std::size_t k = entry & 0x0F;
        path.shape.push_back(static_cast<std::uint8_t>(k));
        i -= shapes[k].a;
        j -= shapes[k].b;
        state = entry >> 4;
        path.cells.push_back({i, j});
    }
    std::reverse(path.cells.begin(), path.cells.end());
    std::reverse(path.shape.begin(), path.shape.end());
    return path;
}

/// How far (in nats) a term may fall below the largest of a log-sum before it is left out: e^-36
/// is below a double's precision next to 1, so leaving it out changes nothing that can be printed.
constexpr double kNegligible = 36.0;

/// log(sum(exp(term))) over the terms added: one exponential per term and one logarithm in all.
class LogSum {
public:
    void add(double term) {
        if (term > m_max) {
            m_max = term;
            m_largest = m_count;
        }
        m_terms[m_count++] = term;
    }
    bool empty() const { return m_count == 0; }
    double largest() const { return m_max; } ///< -infinity while empty
    double value() const {
        double sum = 0;
        for (std::size_t k = 0; k < m_count; ++k) {
            const double below = m_terms[k] - m_max;
            if (k == m_largest)
                sum += 1.0; // exp(0) needs no call
            else if (below > -kNegligible)
                sum += std::exp(below);
        }
        return m_max + std::log(sum);
    }

private:
    static constexpr std::size_t kMaxTerms = 8 * kStates; // every shape, from every state
    double m_terms[kMaxTerms];
    std::size_t m_count = 0;
    std::size_t m_largest = 0;
    double m_max = -kInfinity;
};

double logAdd(double x, double y) {
    if (x == -kInfinity)
        return y;
    if (y == -kInfinity)
        return x;
    const double hi = std::max(x, y);
    return hi + std::log1p(std::exp(-std::abs(x - y)));
}

/// Posterior probability of each bead of the path, summed over all paths in a narrow band around it.
std::vector<double> posteriors(const BeadCost& cost, const GapCosts& gaps, const Stretch& st,
                               const Path& path, const std::vector<Shape>& shapes,
                               const AlignOptions& options, const std::stop_token& stop) {
    const std::size_t rows = st.srcEnd - st.srcBegin + 1;
    const std::size_t columns = st.tgtEnd - st.tgtBegin;
    const Band band = bandAroundPath(path.cells, rows, columns + 1, options.confidenceBand);
    const double temperature = std::max(1e-6, options.confidenceTemperature);
    std::vector<double> forward(band.cells() * kStates, -kInfinity);
    // Per cell, log(sum(exp(forward))) over its three states: a paired bead costs the same from any
    // state, so it adds one term from this total instead of one per state.
    std::vector<double> forwardTotal(band.cells(), -kInfinity);
    // The costs (divided by the temperature) of the paired beads into each cell, computed by the
    // forward pass for the backward pass; 1-0 and 0-1 beads cost the same in every row or column.
    std::size_t pairedIndex[kMaxShapes] = {}, pairedShapes = 0;
    for (std::size_t k = 0; k < shapes.size(); ++k)
        if (stateAfter(shapes[k]) == Paired)
            pairedIndex[k] = pairedShapes++;
    std::vector<float> scaled(band.cells() * pairedShapes);
    RowStarts starts(band, shapes);
    forward[band.index(0, 0) * kStates + Paired] = 0;
    forwardTotal[band.index(0, 0)] = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        if (i % 64 == 0)
            checkStop(stop);
        starts.compute(cost, st, band, i);
        // Per shape, band.index(i - a, j - b) - j: where its beads start, by the column they end in.
        std::ptrdiff_t fromBase[kMaxShapes] = {};
        for (std::size_t k = 0; k < shapes.size(); ++k)
            if (shapes[k].a <= i) {
                const std::size_t r = i - shapes[k].a;
                fromBase[k] = static_cast<std::ptrdiff_t>(band.index(r, band.lo(r))) -
                              static_cast<std::ptrdiff_t>(band.lo(r) + shapes[k].b);
            }
        for (std::size_t j = band.lo(i); j <= band.hi(i); ++j) {
            const std::size_t at = band.index(i, j);
            LogSum sum[kStates];
            for (std::size_t k = 0; k < shapes.size(); ++k) {
                const Shape& shape = shapes[k];
                if (!starts.reaches(k, j))
                    continue;
                const auto fromAt = static_cast<std::size_t>(fromBase[k] + static_cast<std::ptrdiff_t>(j));
                const State to = stateAfter(shape);
                if (to == Paired) {
                    const double fromTotal = forwardTotal[fromAt];
                    if (fromTotal == -kInfinity)
                        continue;
                    // A bead whose term would fall kNegligible below the largest so far is not costed
                    // in full; its posterior is below e^-36 and the backward pass skips it too.
                    const double limit = temperature * (fromTotal - sum[Paired].largest() + kNegligible);
                    const double c = cost.pairedCost(st.srcBegin + i - shape.a, st.tgtBegin + j - shape.b,
                                                     shape.a, shape.b, limit, starts.start(k, j),
                                                     &starts.sourceRuns());
                    const bool negligible = c >= limit;
                    scaled[at * pairedShapes + pairedIndex[k]] =
                        negligible ? std::numeric_limits<float>::infinity() : static_cast<float>(c / temperature);
                    if (!negligible)
                        sum[Paired].add(fromTotal - c / temperature);
                    continue;
                }
                const double* from = &forward[fromAt * kStates];
                const EntryCosts& c = gaps.at(i, j, shape);
                for (std::size_t p = 0; p < kStates; ++p)
                    if (from[p] != -kInfinity)
                        sum[to].add(from[p] - c.fromState[p] / temperature);
            }
            double* here = &forward[at * kStates];
            LogSum total;
            for (std::size_t q = 0; q < kStates; ++q)
                if (!sum[q].empty()) {
                    here[q] = sum[q].value();
                    total.add(here[q]);
                }
            if (!total.empty())
                forwardTotal[at] = total.value();
        }
    }
    const double* finals = &forward[band.index(rows - 1, columns) * kStates];
    double total = -kInfinity;
    for (std::size_t p = 0; p < kStates; ++p)
        total = logAdd(total, finals[p]);
    // The backward pass keeps four rows: a bead's posterior is taken as soon as the row it ends in
    // is complete.
    RecentRows backward(band, -kInfinity);
    std::vector<double> out(path.shape.size(), 0.0);
    std::size_t pending = path.shape.size(); // beads [0, pending) have no posterior yet
    for (std::size_t i = rows; i-- > 0;) {
        if (i % 64 == 0)
            checkStop(stop);
        backward.start(i);
        if (i == rows - 1) {
            double* end = backward.at(rows - 1, columns);
            std::fill(end, end + kStates, 0.0);
        }
        // Per shape, the row its beads from row i end in: its extent, its values and where its
        // kept costs start.
        struct End {
            std::size_t lo = 1, hi = 0; ///< columns j + b in the band (none when lo > hi)
            const double* values = nullptr;
            std::size_t at = 0; ///< band.index(i + a, lo)
        };
        End ends[kMaxShapes];
        for (std::size_t k = 0; k < shapes.size(); ++k)
            if (i + shapes[k].a < rows) {
                const std::size_t r = i + shapes[k].a;
                ends[k] = End{band.lo(r), band.hi(r), backward.row(r), band.index(r, band.lo(r))};
            }
        for (std::size_t j = band.hi(i) + 1; j-- > band.lo(i);) {
            const double* reached = &forward[band.index(i, j) * kStates];
            if ((i == rows - 1 && j == columns) ||
                (reached[Paired] == -kInfinity && reached[SourceGap] == -kInfinity && reached[TargetGap] == -kInfinity))
                continue;
            // Every bead that starts here, into the cell where it ends (costs as the forward pass
            // kept them): the paired ones cost the same from every state, so they are summed once
            // for all three.
            LogSum paired, sum[kStates];
            for (std::size_t k = 0; k < shapes.size(); ++k) {
                const Shape& shape = shapes[k];
                const End& e = ends[k];
                if (j + shape.b < e.lo || j + shape.b > e.hi)
                    continue;
                const State to = stateAfter(shape);
                const std::size_t column = j + shape.b - e.lo;
                const double after = e.values[column * kStates + to];
                if (after == -kInfinity)
                    continue;
                if (to == Paired) {
                    const float scaledCost = scaled[(e.at + column) * pairedShapes + pairedIndex[k]];
                    if (scaledCost != std::numeric_limits<float>::infinity())
                        paired.add(after - scaledCost);
                    continue;
                }
                const EntryCosts& c = gaps.at(i + shape.a, j + shape.b, shape);
                for (std::size_t p = 0; p < kStates; ++p)
                    if (reached[p] != -kInfinity)
                        sum[p].add(after - static_cast<float>(c.fromState[p] / temperature));
            }
            const double pairedSum = paired.empty() ? -kInfinity : paired.value();
            double* here = backward.at(i, j);
            for (std::size_t p = 0; p < kStates; ++p)
                if (reached[p] != -kInfinity && (!sum[p].empty() || !paired.empty())) {
                    if (!paired.empty())
                        sum[p].add(pairedSum);
                    here[p] = sum[p].value();
                }
        }
        for (; pending > 0 && path.cells[pending].source == i; --pending) {
            const std::size_t k = pending - 1;
            const GuidePoint from = path.cells[k], to = path.cells[k + 1];
            const Shape& shape = shapes[path.shape[k]];
            const double after = backward.at(to.source, to.target)[stateAfter(shape)];
            const double* before = &forward[band.index(from.source, from.target) * kStates];
            const EntryCosts c = beadCosts(cost, gaps, st, to.source, to.target, shape);
            double logP = -kInfinity;
            for (std::size_t p = 0; p < kStates; ++p)
                if (before[p] != -kInfinity)
                    logP = logAdd(logP, before[p] - c.fromState[p] / temperature + after - total);
            out[k] = std::clamp(std::exp(logP), 0.0, 1.0);
        }
    }
    return out;
}

} // namespace

Band::Band(std::vector<std::uint32_t> lo, std::vector<std::uint32_t> hi) : m_lo(std::move(lo)), m_hi(std::move(hi)) {
    m_offset.resize(m_lo.size() + 1, 0);
    for (std::size_t i = 0; i < m_lo.size(); ++i)
        m_offset[i + 1] = m_offset[i] + (m_hi[i] - m_lo[i] + 1);
}

Band bandAroundPath(const std::vector<GuidePoint>& points, std::size_t rows, std::size_t columns, std::size_t width) {
    const std::uint32_t lastColumn = static_cast<std::uint32_t>(columns - 1);
    std::vector<std::uint32_t> lo(rows, lastColumn), hi(rows, 0);
    auto cover = [&](std::size_t i, double jl, double jh) {
        const auto l = static_cast<std::uint32_t>(std::max(0.0, std::floor(jl)));
        const auto h = static_cast<std::uint32_t>(std::min<double>(lastColumn, std::ceil(jh)));
        lo[i] = std::min(lo[i], l);
        hi[i] = std::max(hi[i], h);
    };
    for (std::size_t p = 0; p + 1 < points.size(); ++p) {
        const GuidePoint from = points[p], to = points[p + 1];
        if (to.source == from.source) {
            cover(from.source, static_cast<double>(from.target), static_cast<double>(to.target));
            continue;
        }
        const double slope = static_cast<double>(to.target - from.target) / static_cast<double>(to.source - from.source);
        for (std::size_t i = from.source; i <= to.source; ++i) {
            const double before = static_cast<double>(std::max(i, from.source + 1) - 1 - from.source);
            const double after = static_cast<double>(std::min(i + 1, to.source) - from.source);
            cover(i, static_cast<double>(from.target) + slope * before, static_cast<double>(from.target) + slope * after);
        }
    }
    const auto w = static_cast<std::uint32_t>(width);
    for (std::size_t i = 0; i < rows; ++i) {
        if (lo[i] > hi[i]) { // a row no piece covered (cannot happen with a proper polyline)
            lo[i] = 0;
            hi[i] = lastColumn;
        }
        lo[i] = lo[i] > w ? lo[i] - w : 0;
        hi[i] = std::min(lastColumn, hi[i] + w);
    }
    // Widen along the source axis too, then make both edges monotone so every path stays connected.
    std::vector<std::uint32_t> loWide(lo), hiWide(hi);
    for (std::size_t i = 0; i < rows; ++i) {
        const std::size_t ahead = std::min(rows - 1, i + width);
        loWide[i] = std::min(loWide[i], lo[ahead]);
        const std::size_t behind = i >= width ? i - width : 0;
        hiWide[i] = std::max(hiWide[i], hi[behind]);
    }
    for (std::size_t i = rows - 1; i-- > 0;)
        loWide[i] = std::min(loWide[i], loWide[i + 1]);
    for (std::size_t i = 1; i < rows; ++i)
        hiWide[i] = std::max(hiWide[i], hiWide[i - 1]);
    loWide[0] = 0;
    hiWide[rows - 1] = lastColumn;
    return Band(std::move(loWide), std::move(hiWide));
}

std::vector<GuidePoint> guidePath(const std::vector<Link>& links, const Stretch& st) {
    std::vector<GuidePoint> points;
    points.push_back({0, 0});
    for (const Link& l : chainLinks(links, st)) {
        // A link pairs two segments: the path passes through the cells before and after the pair.
        points.push_back({l.source - st.srcBegin, l.target - st.tgtBegin});
        points.push_back({l.source - st.srcBegin + 1, l.target - st.tgtBegin + 1});
    }
    points.push_back({st.srcEnd - st.srcBegin, st.tgtEnd - st.tgtBegin});
    return points;
}

std::vector<GuidePoint> followLengths(const std::vector<GuidePoint>& points, const SideFeatures& source,
                                      const SideFeatures& target, const Stretch& st) {
    // Between two points the path is taken to consume both sides' text at an even pace: for each
    // source boundary, the target boundary whose running length is nearest the proportional one.
    std::vector<GuidePoint> out;
    out.reserve(points.size());
    for (std::size_t p = 0; p + 1 < points.size(); ++p) {
        const GuidePoint from = points[p], to = points[p + 1];
        out.push_back(from);
        const std::size_t s0 = st.srcBegin + from.source, t0 = st.tgtBegin + from.target;
        const double sourceLength = static_cast<double>(source.lengthOf(s0, st.srcBegin + to.source));
        const double targetLength = static_cast<double>(target.lengthOf(t0, st.tgtBegin + to.target));
        if (to.source <= from.source + 1 || to.target <= from.target || sourceLength <= 0 || targetLength <= 0)
            continue;
        std::size_t j = from.target;
        for (std::size_t i = from.source + 1; i < to.source; ++i) {
            const double wanted = static_cast<double>(source.lengthOf(s0, st.srcBegin + i)) * targetLength / sourceLength;
            while (j < to.target && static_cast<double>(target.lengthOf(t0, st.tgtBegin + j + 1)) <= wanted)
                ++j;
            if (j < to.target &&
                static_cast<double>(target.lengthOf(t0, st.tgtBegin + j + 1)) - wanted <
                    wanted - static_cast<double>(target.lengthOf(t0, st.tgtBegin + j)))
                out.push_back({i, j + 1});
            else
                out.push_back({i, j});
        }
    }
    out.push_back(points.back());
    return out;
}

Alignment alignStretch(const BeadCost& cost, const std::vector<Link>& links, const Stretch& st,
                       const AlignOptions& options, const SearchPlan& plan,
                       const std::function<void(double)>& progress, std::stop_token stop) {
    const std::size_t n = st.srcEnd - st.srcBegin, m = st.tgtEnd - st.tgtBegin;
    Alignment out;
    if (n == 0 || m == 0) {
        for (std::size_t i = st.srcBegin; i < st.srcEnd; ++i)
            out.push_back(Bead{i, i + 1, st.tgtBegin, st.tgtBegin, 1.0, BeadStatus::Auto});
        for (std::size_t j = st.tgtBegin; j < st.tgtEnd; ++j)
            out.push_back(Bead{st.srcEnd, st.srcEnd, j, j + 1, 1.0, BeadStatus::Auto});
        return out;
    }
    const std::vector<GuidePoint> guide =
        plan.guide.empty() ? followLengths(guidePath(links, st), cost.features().source, cost.features().target, st)
                           : plan.guide;
    // Cells we allow the band to grow to: linear in the stretch, with room for small stretches.
    const std::size_t budget = std::max<std::size_t>(1u << 20, 48 * (n + m + 2));
    std::vector<Shape> shapes = enabledShapes(options.shapes, false);
    std::size_t width = std::max<std::size_t>(1, plan.band);
    const GapCosts gaps(cost, st);
    Path path;
    for (;;) {
        const Band band = bandAroundPath(guide, n + 1, m + 1, width);
        path = bestPath(cost, gaps, st, band, shapes,
                        [&](double share) { if (progress) progress(0.85 * share); }, stop);
        if (path.cells.empty()) {
            if (shapes.size() == enabledShapes(options.shapes, true).size())
                throw Error("the aligner found no path through the band (internal error)");
            shapes = enabledShapes(options.shapes, true); // the enabled shapes cannot cover the sides
            continue;
        }
        const std::size_t wider = width * 2;
        if (!path.touchesEdge || wider > plan.maxBand ||
            bandAroundPath(guide, n + 1, m + 1, wider).cells() > budget)
            break;
        width = wider;
    }
    if (progress)
        progress(0.85);
    const std::vector<double> confidence = plan.confidences ? posteriors(cost, gaps, st, path, shapes, options, stop)
                                                            : std::vector<double>(path.shape.size(), 0.0);
    out.reserve(path.shape.size());
    for (std::size_t k = 0; k < path.shape.size(); ++k) {
        const GuidePoint from = path.cells[k], to = path.cells[k + 1];
        out.push_back(Bead{st.srcBegin + from.source, st.srcBegin + to.source, st.tgtBegin + from.target,
                           st.tgtBegin + to.target, confidence[k], BeadStatus::Auto});
    }
    if (progress)
        progress(1.0);
    return out;
}

} // namespace tandem::aligner
