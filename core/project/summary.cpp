// Counting beads by status, shape and confidence.
#include "core/project/summary.h"

#include <algorithm>
#include <utility>

namespace tandem {

AlignmentSummary summarize(const Alignment& alignment) {
    AlignmentSummary summary;
    summary.beads = alignment.size();
    // Shapes are counted by their two sizes and named once at the end (a status bar recounts a
    // 100,000-bead book after every edit).
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> shapes;
    for (const Bead& bead : alignment) {
        switch (bead.status) {
        case BeadStatus::Auto: ++summary.autoBeads; break;
        case BeadStatus::Confirmed: ++summary.confirmed; break;
        case BeadStatus::NeedsReview: ++summary.needsReview; break;
        }
        ++shapes[{bead.srcCount(), bead.tgtCount()}];
        const double confidence = std::clamp(bead.confidence, 0.0, 1.0);
        ++summary.histogram[std::min<std::size_t>(9, static_cast<std::size_t>(confidence * 10.0))];
    }
    for (const auto& [sizes, count] : shapes)
        summary.shapes[Bead{0, sizes.first, 0, sizes.second}.shape()] += count;
    return summary;
}

} // namespace tandem
