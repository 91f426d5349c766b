// Batch summary accounting and its JSON form.
#include "core/batch/batch_summary.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace tandem {

void BatchSummary::addAligned(const Alignment& alignment, std::size_t sourceCount, std::size_t targetCount,
                              std::size_t written) {
    ++pairsAligned;
    sourceSegments += sourceCount;
    targetSegments += targetCount;
    beads += alignment.size();
    beadsWritten += written;
    for (const Bead& bead : alignment) {
        ++beadsByShape[bead.shape()];
        const double clamped = std::clamp(bead.confidence, 0.0, 1.0);
        const auto bin = std::min(kHistogramBins - 1, static_cast<std::size_t>(std::floor(clamped * kHistogramBins)));
        ++confidenceHistogram[bin];
    }
}

std::string BatchSummary::toJson() const {
    nlohmann::ordered_json json;
    json["pairs"] = {{"total", pairs()},
                     {"aligned", pairsAligned},
                     {"resumed", pairsResumed},
                     {"failed", failures.size()}};
    json["segments"] = {{"source", sourceSegments}, {"target", targetSegments}};
    nlohmann::ordered_json shapes = nlohmann::ordered_json::object();
    for (const auto& [shape, count] : beadsByShape)
        shapes[shape] = count;
    json["beads"] = {{"total", beads}, {"written", beadsWritten}, {"by_shape", shapes}};
    auto histogram = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < kHistogramBins; ++i)
        histogram.push_back({{"from", static_cast<double>(i) / kHistogramBins},
                             {"to", static_cast<double>(i + 1) / kHistogramBins},
                             {"beads", confidenceHistogram[i]}});
    json["confidence_histogram"] = histogram;
    auto failed = nlohmann::ordered_json::array();
    for (const PairFailure& f : failures)
        failed.push_back({{"line", f.line}, {"id", f.id}, {"reason", f.reason}});
    json["failures"] = failed;
    json["seconds"] = std::round(seconds * 1000.0) / 1000.0;
    json["jobs"] = jobs;
    return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace tandem
