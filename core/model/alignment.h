// Beads and alignments: how the segments of a source and a target document correspond.
//
// Vocabulary: a *bead* pairs a run of m source segments with a run of n target segments (1-1, 2-1,
// 1-0 ...). An *alignment* is the ordered list of beads covering both documents exactly once,
// monotonically. A *confirmed* (pinned) bead is one the translator accepted; re-alignment keeps it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tandem {

enum class BeadStatus { Auto, Confirmed, NeedsReview };

/// One alignment unit: source segments [srcBegin, srcEnd) with target segments [tgtBegin, tgtEnd).
struct Bead {
    std::size_t srcBegin = 0;
    std::size_t srcEnd = 0;
    std::size_t tgtBegin = 0;
    std::size_t tgtEnd = 0;
    double confidence = 0.0; ///< in [0, 1]: how sure the aligner is that this bead is right
    BeadStatus status = BeadStatus::Auto;

    std::size_t srcCount() const { return srcEnd - srcBegin; }
    std::size_t tgtCount() const { return tgtEnd - tgtBegin; }
    /// "m-n", e.g. "2-1".
    std::string shape() const;

    friend bool operator==(const Bead&, const Bead&) = default;
};

using Alignment = std::vector<Bead>;

/// True when the beads cover source [0, sourceSize) and target [0, targetSize) exactly once, in order,
/// and no bead is empty on both sides.
bool coversExactly(const Alignment& alignment, std::size_t sourceSize, std::size_t targetSize);

/// "auto", "confirmed", "needs-review".
std::string toString(BeadStatus status);
/// Inverse of toString; throws ParseError on an unknown name.
BeadStatus beadStatusFromString(const std::string& name);

} // namespace tandem
