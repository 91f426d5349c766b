// Counting beads by status, shape and confidence.
#include "core/project/summary.h"

#include <algorithm>

namespace tandem {

AlignmentSummary summarize(const Alignment& alignment) {
    AlignmentSummary summary;
    summary.beads = alignment.size();
    for (const Bead& bead : alignment) {
        switch (bead.status) {
        case BeadStatus::Auto: ++summary.autoBeads; break;
        case BeadStatus::Confirmed: ++summary.confirmed; break;
        case BeadStatus::NeedsReview: ++summary.needsReview; break;
        }
        ++summary.shapes[bead.shape()];
        const double confidence = std::clamp(bead.confidence, 0.0, 1.0);
        ++summary.histogram[std::min<std::size_t>(9, static_cast<std::size_t>(confidence * 10.0))];
    }
    return summary;
}

} // namespace tandem
