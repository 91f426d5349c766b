// align(): features, length model, then each stretch between pinned beads searched on its own.
#include "core/align/aligner.h"

#include "core/align/bead_cost.h"
#include "core/align/features.h"
#include "core/align/search.h"
#include "core/error.h"

#include <string>

namespace tandem {
namespace {

void checkPins(const std::vector<Bead>& pins, std::size_t sourceSize, std::size_t targetSize) {
    std::size_t src = 0, tgt = 0;
    for (std::size_t k = 0; k < pins.size(); ++k) {
        const Bead& p = pins[k];
        const std::string where = "pinned bead " + std::to_string(k + 1) + " (source " + std::to_string(p.srcBegin) +
                                  "-" + std::to_string(p.srcEnd) + ", target " + std::to_string(p.tgtBegin) + "-" +
                                  std::to_string(p.tgtEnd) + ")";
        if (p.srcEnd < p.srcBegin || p.tgtEnd < p.tgtBegin || (p.srcCount() == 0 && p.tgtCount() == 0))
            throw UsageError(where + " is empty or reversed");
        if (p.srcEnd > sourceSize || p.tgtEnd > targetSize)
            throw UsageError(where + " lies beyond the documents (" + std::to_string(sourceSize) + " source, " +
                             std::to_string(targetSize) + " target segments)");
        if (p.srcBegin < src || p.tgtBegin < tgt)
            throw UsageError(where + " overlaps or precedes the pinned bead before it");
        src = p.srcEnd;
        tgt = p.tgtEnd;
    }
}

/// progress mapped to the part [from, to] of the whole.
AlignProgress scaledProgress(const AlignProgress& progress, double from, double to) {
    if (!progress)
        return {};
    return [progress, from, to](double share) { progress(from + (to - from) * share); };
}

/// One search over the stretches between the pins, with the given features.
Alignment alignPass(const aligner::PairFeatures& features, const Document& source, const Document& target,
                    const AlignOptions& options, const AlignProgress& progress, const std::stop_token& stop) {
    const aligner::BeadCost cost(features, options, aligner::estimateLengthModel(features, options));
    std::vector<aligner::Stretch> stretches;
    std::size_t src = 0, tgt = 0;
    for (const Bead& p : options.pins) {
        stretches.push_back({src, p.srcBegin, tgt, p.tgtBegin});
        src = p.srcEnd;
        tgt = p.tgtEnd;
    }
    stretches.push_back({src, source.segments.size(), tgt, target.segments.size()});
    double totalWork = 0;
    for (const auto& s : stretches)
        totalWork += static_cast<double>(s.srcEnd - s.srcBegin + s.tgtEnd - s.tgtBegin);

    Alignment out;
    double doneWork = 0;
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        const aligner::Stretch& s = stretches[k];
        const double work = static_cast<double>(s.srcEnd - s.srcBegin + s.tgtEnd - s.tgtBegin);
        auto stretchProgress = [&](double share) {
            if (progress && totalWork > 0)
                progress((doneWork + share * work) / totalWork);
        };
        const Alignment part = aligner::alignStretch(cost, features.links, s, options, stretchProgress, stop);
        out.insert(out.end(), part.begin(), part.end());
        doneWork += work;
        if (k < options.pins.size())
            out.push_back(options.pins[k]);
    }
    return out;
}

} // namespace

Alignment align(const Document& source, const Document& target, const AlignOptions& options,
                const AlignProgress& progress, std::stop_token stop) {
    checkPins(options.pins, source.segments.size(), target.segments.size());
    if (stop.stop_requested())
        throw Cancelled();
    if (progress)
        progress(0.0);

    aligner::FeatureExtractor extractor(source, target, options, stop);
    // With a lexicon the first pass only teaches it: its beads show which words translate which.
    const bool twoPasses = options.anchors.lexicon;
    Alignment out = alignPass(extractor.features(), source, target, options,
                              scaledProgress(progress, 0.1, twoPasses ? 0.5 : 1.0), stop);
    if (twoPasses && extractor.learnLexicon(out) > 0)
        out = alignPass(extractor.features(), source, target, options, scaledProgress(progress, 0.5, 1.0), stop);
    if (progress)
        progress(1.0);
    return out;
}

} // namespace tandem
