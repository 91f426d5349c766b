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

/// The stretches between the pins.
std::vector<aligner::Stretch> stretchesBetween(const std::vector<Bead>& pins, std::size_t sourceSize,
                                               std::size_t targetSize) {
    std::vector<aligner::Stretch> stretches;
    std::size_t src = 0, tgt = 0;
    for (const Bead& p : pins) {
        stretches.push_back({src, p.srcBegin, tgt, p.tgtBegin});
        src = p.srcEnd;
        tgt = p.tgtEnd;
    }
    stretches.push_back({src, sourceSize, tgt, targetSize});
    return stretches;
}

/// The cells an alignment of a stretch passes through, in stretch-local coordinates.
std::vector<aligner::GuidePoint> pathOf(const Alignment& part, const aligner::Stretch& s) {
    std::vector<aligner::GuidePoint> points{{0, 0}};
    for (const Bead& b : part)
        points.push_back({b.srcEnd - s.srcBegin, b.tgtEnd - s.tgtBegin});
    return points;
}

/// One search of every stretch, with the given features; the second pass searches a narrow band
/// around the first pass's path instead of around the links.
std::vector<Alignment> alignPass(const aligner::PairFeatures& features, const std::vector<aligner::Stretch>& stretches,
                                 const std::vector<Alignment>* firstPass, bool confidences,
                                 const AlignOptions& options, const AlignProgress& progress,
                                 const std::stop_token& stop) {
    aligner::LengthModel model = aligner::estimateLengthModel(features, options);
    if (firstPass != nullptr)
        model.ratio = aligner::oneToOneRatio(features, *firstPass, model.ratio, options);
    const aligner::BeadCost cost(features, options, model);
    double totalWork = 0;
    for (const auto& s : stretches)
        totalWork += static_cast<double>(s.srcEnd - s.srcBegin + s.tgtEnd - s.tgtBegin);
    std::vector<Alignment> parts;
    double doneWork = 0;
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        const aligner::Stretch& s = stretches[k];
        const double work = static_cast<double>(s.srcEnd - s.srcBegin + s.tgtEnd - s.tgtBegin);
        auto stretchProgress = [&](double share) {
            if (progress && totalWork > 0)
                progress((doneWork + share * work) / totalWork);
        };
        aligner::SearchPlan plan;
        plan.band = options.band;
        plan.maxBand = options.maxBand;
        plan.confidences = confidences;
        if (firstPass != nullptr) {
            plan.guide = pathOf((*firstPass)[k], s);
            plan.band = plan.maxBand = options.secondPassBand;
        }
        parts.push_back(aligner::alignStretch(cost, features.links, s, options, plan, stretchProgress, stop));
        doneWork += work;
    }
    return parts;
}

/// The alignments of the stretches with the pins between them: the whole alignment.
Alignment withPins(const std::vector<Alignment>& parts, const std::vector<Bead>& pins) {
    Alignment out;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        out.insert(out.end(), parts[k].begin(), parts[k].end());
        if (k < pins.size())
            out.push_back(pins[k]);
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

    const std::vector<aligner::Stretch> stretches =
        stretchesBetween(options.pins, source.segments.size(), target.segments.size());
    aligner::FeatureExtractor extractor(source, target, options, stop);
    std::vector<Alignment> parts;
    if (options.anchors.lexicon) {
        // The first pass teaches the lexicon (its 1-1 beads show which words translate which) and
        // gives the second pass a path to search around.
        const std::vector<Alignment> first =
            alignPass(extractor.features(), stretches, nullptr, false, options, scaledProgress(progress, 0.1, 0.6), stop);
        extractor.learnLexicon(withPins(first, options.pins)); // confirmed beads teach too
        parts = alignPass(extractor.features(), stretches, &first, true, options, scaledProgress(progress, 0.6, 1.0), stop);
    } else {
        parts = alignPass(extractor.features(), stretches, nullptr, true, options, scaledProgress(progress, 0.1, 1.0), stop);
    }
    Alignment out = withPins(parts, options.pins);
    if (progress)
        progress(1.0);
    return out;
}

} // namespace tandem
