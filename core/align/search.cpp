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
constexpr std::uint8_t kNoShape = 0xFF;

void checkStop(const std::stop_token& stop) {
    if (stop.stop_requested())
        throw Cancelled();
}

struct Path {
    std::vector<GuidePoint> cells;   ///< (0, 0) ... (n, m)
    std::vector<std::uint8_t> shape; ///< shape index of the bead ending at cells[k + 1]
    bool touchesEdge = false;        ///< runs along the band's edge somewhere inside the document
};

/// Viterbi over the band; returns an empty path when (n, m) is unreachable.
Path bestPath(const BeadCost& cost, const Stretch& st, const Band& band, const std::vector<Shape>& shapes,
              const std::function<void(double)>& progress, const std::stop_token& stop) {
    const std::size_t rows = band.rows();
    const std::size_t columns = st.tgtEnd - st.tgtBegin;
    std::vector<double> best(band.cells(), kInfinity);
    std::vector<std::uint8_t> back(band.cells(), kNoShape);
    best[band.index(0, 0)] = 0;
    const std::size_t progressEvery = std::max<std::size_t>(1, rows / 100);
    for (std::size_t i = 0; i < rows; ++i) {
        if (i % 64 == 0)
            checkStop(stop);
        if (progress && i % progressEvery == 0)
            progress(static_cast<double>(i) / static_cast<double>(rows));
        for (std::size_t j = band.lo(i); j <= band.hi(i); ++j) {
            const std::size_t here = band.index(i, j);
            double bestHere = best[here];
            std::uint8_t backHere = back[here];
            for (std::size_t k = 0; k < shapes.size(); ++k) {
                const std::size_t a = shapes[k].a, b = shapes[k].b;
                if (a > i || b > j || !band.contains(i - a, j - b))
                    continue;
                const double from = best[band.index(i - a, j - b)];
                if (from == kInfinity)
                    continue;
                const double c = from + cost(st.srcBegin + i - a, st.tgtBegin + j - b, a, b);
                if (c < bestHere) {
                    bestHere = c;
                    backHere = static_cast<std::uint8_t>(k);
                }
            }
            best[here] = bestHere;
            back[here] = backHere;
        }
    }
    Path path;
    std::size_t i = rows - 1, j = columns;
    if (!band.contains(i, j) || best[band.index(i, j)] == kInfinity)
        return path;
    path.cells.push_back({i, j});
    while (i > 0 || j > 0) {
        const std::uint8_t k = back[band.index(i, j)];
        if ((j == band.lo(i) && band.lo(i) > 0) || (j == band.hi(i) && band.hi(i) < columns))
            path.touchesEdge = true;
        path.shape.push_back(k);
        i -= shapes[k].a;
        j -= shapes[k].b;
        path.cells.push_back({i, j});
    }
    std::reverse(path.cells.begin(), path.cells.end());
    std::reverse(path.shape.begin(), path.shape.end());
    return path;
}

double logAdd(double x, double y) {
    if (x == -kInfinity)
        return y;
    if (y == -kInfinity)
        return x;
    const double hi = std::max(x, y);
    return hi + std::log1p(std::exp(-std::abs(x - y)));
}

/// Posterior probability of each bead of the path, summed over all paths in a narrow band around it.
std::vector<double> posteriors(const BeadCost& cost, const Stretch& st, const Path& path,
                               const std::vector<Shape>& shapes, const AlignOptions& options,
                               const std::stop_token& stop) {
    const std::size_t rows = st.srcEnd - st.srcBegin + 1;
    const std::size_t columns = st.tgtEnd - st.tgtBegin;
    const Band band = bandAroundPath(path.cells, rows, columns + 1, options.confidenceBand);
    const double temperature = std::max(1e-6, options.confidenceTemperature);
    const std::size_t cells = band.cells();
    std::vector<float> beadCost(cells * shapes.size(), std::numeric_limits<float>::infinity());
    std::vector<double> forward(cells, -kInfinity), backward(cells, -kInfinity);
    forward[band.index(0, 0)] = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        if (i % 64 == 0)
            checkStop(stop);
        for (std::size_t j = band.lo(i); j <= band.hi(i); ++j) {
            const std::size_t here = band.index(i, j);
            double sum = forward[here];
            for (std::size_t k = 0; k < shapes.size(); ++k) {
                const std::size_t a = shapes[k].a, b = shapes[k].b;
                if (a > i || b > j || !band.contains(i - a, j - b))
                    continue;
                const double from = forward[band.index(i - a, j - b)];
                if (from == -kInfinity)
                    continue;
                const double c = cost(st.srcBegin + i - a, st.tgtBegin + j - b, a, b) / temperature;
                beadCost[here * shapes.size() + k] = static_cast<float>(c);
                sum = logAdd(sum, from - c);
            }
            forward[here] = sum;
        }
    }
    backward[band.index(rows - 1, columns)] = 0;
    for (std::size_t i = rows; i-- > 0;) {
        if (i % 64 == 0)
            checkStop(stop);
        for (std::size_t j = band.hi(i) + 1; j-- > band.lo(i);) {
            const std::size_t here = band.index(i, j);
            if (backward[here] == -kInfinity)
                continue;
            for (std::size_t k = 0; k < shapes.size(); ++k) {
                const float c = beadCost[here * shapes.size() + k];
                if (c == std::numeric_limits<float>::infinity())
                    continue;
                const std::size_t from = band.index(i - shapes[k].a, j - shapes[k].b);
                backward[from] = logAdd(backward[from], backward[here] - c);
            }
        }
    }
    const double total = forward[band.index(rows - 1, columns)];
    std::vector<double> out(path.shape.size(), 0.0);
    for (std::size_t k = 0; k < path.shape.size(); ++k) {
        const GuidePoint from = path.cells[k], to = path.cells[k + 1];
        const float c = beadCost[band.index(to.source, to.target) * shapes.size() + path.shape[k]];
        const double logP = forward[band.index(from.source, from.target)] - c +
                            backward[band.index(to.source, to.target)] - total;
        out[k] = std::clamp(std::exp(logP), 0.0, 1.0);
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

std::vector<GuidePoint> chainLinks(const std::vector<Link>& links, const Stretch& st) {
    const std::size_t rows = st.srcEnd - st.srcBegin, columns = st.tgtEnd - st.tgtBegin;
    std::vector<Link> inside;
    for (const Link& l : links)
        if (l.source >= st.srcBegin && l.source < st.srcEnd && l.target >= st.tgtBegin && l.target < st.tgtEnd)
            inside.push_back(l);
    // Heaviest chain strictly increasing in both coordinates: links sorted by source, then by target
    // descending within one source, and a Fenwick tree of (best weight, link) over target positions.
    std::sort(inside.begin(), inside.end(), [](const Link& a, const Link& b) {
        return a.source != b.source ? a.source < b.source : a.target > b.target;
    });
    std::vector<std::pair<double, std::int64_t>> tree(columns + 1, {0.0, -1});
    std::vector<double> chainWeight(inside.size(), 0);
    std::vector<std::int64_t> previous(inside.size(), -1);
    for (std::size_t k = 0; k < inside.size(); ++k) {
        const std::size_t t = inside[k].target - st.tgtBegin; // query targets < t
        std::pair<double, std::int64_t> bestBefore{0.0, -1};
        for (std::size_t x = t; x > 0; x -= x & (~x + 1))
            bestBefore = std::max(bestBefore, tree[x]);
        chainWeight[k] = bestBefore.first + inside[k].weight;
        previous[k] = bestBefore.second;
        const std::pair<double, std::int64_t> entry{chainWeight[k], static_cast<std::int64_t>(k)};
        for (std::size_t x = t + 1; x <= columns; x += x & (~x + 1))
            tree[x] = std::max(tree[x], entry);
    }
    std::vector<GuidePoint> points;
    points.push_back({rows, columns});
    if (!inside.empty()) {
        auto k = static_cast<std::int64_t>(std::max_element(chainWeight.begin(), chainWeight.end()) - chainWeight.begin());
        for (; k >= 0; k = previous[static_cast<std::size_t>(k)]) {
            const Link& l = inside[static_cast<std::size_t>(k)];
            // A link pairs segments; the path passes through the cell before and after the pair.
            points.push_back({l.source - st.srcBegin + 1, l.target - st.tgtBegin + 1});
            points.push_back({l.source - st.srcBegin, l.target - st.tgtBegin});
        }
    }
    points.push_back({0, 0});
    std::reverse(points.begin(), points.end());
    return points;
}

Alignment alignStretch(const BeadCost& cost, const std::vector<Link>& links, const Stretch& st,
                       const AlignOptions& options, const std::function<void(double)>& progress,
                       std::stop_token stop) {
    const std::size_t n = st.srcEnd - st.srcBegin, m = st.tgtEnd - st.tgtBegin;
    Alignment out;
    if (n == 0 || m == 0) {
        for (std::size_t i = st.srcBegin; i < st.srcEnd; ++i)
            out.push_back(Bead{i, i + 1, st.tgtBegin, st.tgtBegin, 1.0, BeadStatus::Auto});
        for (std::size_t j = st.tgtBegin; j < st.tgtEnd; ++j)
            out.push_back(Bead{st.srcEnd, st.srcEnd, j, j + 1, 1.0, BeadStatus::Auto});
        return out;
    }
    const std::vector<GuidePoint> guide = chainLinks(links, st);
    // Cells we allow the band to grow to: linear in the stretch, with room for small stretches.
    const std::size_t budget = std::max<std::size_t>(1u << 22, 200 * (n + m + 2));
    std::vector<Shape> shapes = enabledShapes(options.shapes, false);
    std::size_t width = std::max<std::size_t>(1, options.band);
    Path path;
    for (;;) {
        const Band band = bandAroundPath(guide, n + 1, m + 1, width);
        path = bestPath(cost, st, band, shapes,
                        [&](double share) { if (progress) progress(0.85 * share); }, stop);
        if (path.cells.empty()) {
            if (shapes.size() == enabledShapes(options.shapes, true).size())
                throw Error("the aligner found no path through the band (internal error)");
            shapes = enabledShapes(options.shapes, true); // the enabled shapes cannot cover the sides
            continue;
        }
        const std::size_t wider = width * 2;
        if (!path.touchesEdge || wider > options.maxBand ||
            bandAroundPath(guide, n + 1, m + 1, wider).cells() > budget)
            break;
        width = wider;
    }
    if (progress)
        progress(0.85);
    const std::vector<double> confidence = posteriors(cost, st, path, shapes, options, stop);
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
