// The search: a guide path through chained anchor links, a band around it, the cheapest path of
// beads inside the band (dynamic programming), and bead posteriors (confidences) summed over all
// paths near the best one. Time and memory grow with segments times band width, not their product.
#pragma once

#include "core/align/bead_cost.h"
#include "core/align/features.h"
#include "core/model/alignment.h"

#include <cstdint>
#include <functional>
#include <stop_token>
#include <vector>

namespace tandem::aligner {

/// The cells (i, j), 0 <= i <= rows-1, lo(i) <= j <= hi(i), that the dynamic programming visits.
/// lo and hi never decrease from one row to the next, so every monotone path inside stays inside.
class Band {
public:
    Band(std::vector<std::uint32_t> lo, std::vector<std::uint32_t> hi);
    std::size_t rows() const { return m_lo.size(); }
    std::uint32_t lo(std::size_t i) const { return m_lo[i]; }
    std::uint32_t hi(std::size_t i) const { return m_hi[i]; }
    bool contains(std::size_t i, std::size_t j) const { return i < rows() && j >= m_lo[i] && j <= m_hi[i]; }
    std::size_t index(std::size_t i, std::size_t j) const { return m_offset[i] + (j - m_lo[i]); }
    std::size_t cells() const { return m_offset.back(); }

private:
    std::vector<std::uint32_t> m_lo, m_hi;
    std::vector<std::size_t> m_offset; ///< rows() + 1 entries
};

/// A point of a guide path, in stretch-local coordinates.
struct GuidePoint {
    std::size_t source = 0;
    std::size_t target = 0;
};

/// The band of half width `width` around the polyline through points (which must start at (0, 0),
/// end at (rows - 1, columns - 1) and never decrease).
Band bandAroundPath(const std::vector<GuidePoint>& points, std::size_t rows, std::size_t columns, std::size_t width);

/// The guide path of a stretch (stretch-local): its corners and, between them, the cells before and
/// after each chained link.
std::vector<GuidePoint> guidePath(const std::vector<Link>& links, const Stretch& stretch);

/// The guide path with a point on every source boundary between consecutive points, placed where the
/// target's running length (in characters) keeps pace with the source's: a path that follows sentence
/// lengths instead of a straight line where no links pin it down (long texts without anchors).
std::vector<GuidePoint> followLengths(const std::vector<GuidePoint>& points, const SideFeatures& source,
                                      const SideFeatures& target, const Stretch& stretch);

/// How one stretch is searched.
struct SearchPlan {
    /// The path the band follows (stretch-local, from (0, 0) to the far corner), e.g. an earlier
    /// pass's beads; empty: the chained links, and the running lengths between them.
    std::vector<GuidePoint> guide;
    /// Half width of the first band.
    std::size_t band = 32;
    /// Largest band: the band doubles up to it while the best path runs along its edge.
    std::size_t maxBand = 256;
    /// Whether to compute the beads' posteriors; without them every confidence is 0.
    bool confidences = true;
};

/// Aligns one stretch. progress gets the share of the stretch done, in [0, 1]. Throws Cancelled.
Alignment alignStretch(const BeadCost& cost, const std::vector<Link>& links, const Stretch& stretch,
                       const AlignOptions& options, const SearchPlan& plan,
                       const std::function<void(double)>& progress, std::stop_token stop);

} // namespace tandem::aligner
