// The aligner: a pure function from two documents (and options) to an alignment with a confidence
// per bead. Length model + anchor evidence + banded dynamic programming; see core/align/*.h.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"

#include <functional>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace tandem {

/// Every knob of the aligner, each with a default.
struct AlignOptions {
    /// Beads the caller wants kept as they are (e.g. confirmed by the translator). They must be in
    /// order and not overlap; the stretches between them are aligned independently.
    std::vector<Bead> pins;
    /// Known term pairs (source form, target form), used as anchors. Forms are matched with the
    /// name keys of core/names, so inflected target forms count.
    std::vector<std::pair<std::string, std::string>> glossary;
    // The aligner issue adds the model's knobs here (bead types, weights, band), each commented.
};

/// Called now and then with the share of work done, in [0, 1].
using AlignProgress = std::function<void(double)>;

/// Aligns source with target. Throws Cancelled when stop is requested, UsageError on inconsistent pins.
/// Never refuses documents for their size or imbalance; an empty side gives 1-0 / 0-1 beads.
Alignment align(const Document& source, const Document& target, const AlignOptions& options = {},
                const AlignProgress& progress = {}, std::stop_token stop = {});

} // namespace tandem
