// Counts over an alignment for a status bar or `tandem info`: beads by status and by shape, and a
// confidence histogram.
#pragma once

#include "core/model/alignment.h"

#include <array>
#include <cstddef>
#include <map>
#include <string>

namespace tandem {

struct AlignmentSummary {
    std::size_t beads = 0;
    std::size_t autoBeads = 0;
    std::size_t confirmed = 0;
    std::size_t needsReview = 0;
    /// Beads by shape ("1-1", "2-1", "0-1" ...), ordered by shape name.
    std::map<std::string, std::size_t> shapes;
    /// Beads by confidence in ten bins: [0, 0.1), [0.1, 0.2) ... [0.9, 1.0].
    std::array<std::size_t, 10> histogram{};
};

/// Counts beads by status, shape and confidence.
AlignmentSummary summarize(const Alignment& alignment);

} // namespace tandem
