// The account of a batch run: pairs aligned, resumed and failed, beads by shape, a confidence
// histogram and every failure with its reason, as a machine-readable JSON document.
#pragma once

#include "core/model/alignment.h"

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace tandem {

/// A pair that could not be aligned, and why.
struct PairFailure {
    std::size_t line = 0; ///< manifest line
    std::string id;       ///< empty when the manifest line itself was malformed
    std::string reason;   ///< one line naming the file and the problem
};

/// Totals of a batch run. Beads, segments and the histogram count the pairs aligned by this run;
/// pairs whose output a previous run completed are only counted as resumed.
struct BatchSummary {
    static constexpr std::size_t kHistogramBins = 10; ///< confidence bins [0, 0.1), ..., [0.9, 1]

    std::size_t pairsAligned = 0;
    std::size_t pairsResumed = 0;
    std::size_t sourceSegments = 0;
    std::size_t targetSegments = 0;
    std::size_t beads = 0;
    std::size_t beadsWritten = 0; ///< beads that made it into the output (confidence, format filters)
    std::map<std::string, std::size_t> beadsByShape;
    std::array<std::size_t, kHistogramBins> confidenceHistogram{};
    std::vector<PairFailure> failures;
    double seconds = 0.0;
    unsigned jobs = 0;

    /// Every pair of the manifest this run has accounted for.
    std::size_t pairs() const { return pairsAligned + pairsResumed + failures.size(); }

    /// Adds an aligned pair's beads and segment counts.
    void addAligned(const Alignment& alignment, std::size_t sourceSegments, std::size_t targetSegments,
                    std::size_t beadsWritten);

    /// The summary as JSON text (2-space indent):
    /// {"pairs": {"total", "aligned", "resumed", "failed"}, "segments": {"source", "target"},
    ///  "beads": {"total", "written", "by_shape": {"1-1": n, ...}},
    ///  "confidence_histogram": [{"from": 0.0, "to": 0.1, "beads": n}, ...],
    ///  "failures": [{"line", "id", "reason"}, ...], "seconds", "jobs"}
    std::string toJson() const;
};

} // namespace tandem
