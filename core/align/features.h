// What the aligner knows about each segment of a document pair: length, anchors (shared evidence
// with a rarity weight), numbers, punctuation profile, paragraph ends; and the rare anchors that
// link one source segment to one target segment (the skeleton the search band follows).
#pragma once

#include "core/align/aligner.h"
#include "core/align/tokens.h"

#include <cstdint>
#include <memory>
#include <span>
#include <stop_token>
#include <vector>

namespace tandem::aligner {

/// Throws Cancelled when `stop` has been requested (the aligner's loops call it now and then).
void checkStop(const std::stop_token& stop);

/// Per-segment features of one side, stored flat (CSR) so that a 100k-segment book stays compact.
struct SideFeatures {
    std::vector<std::uint32_t> length;       ///< non-space code points per segment
    std::vector<std::uint64_t> lengthPrefix; ///< lengthPrefix[i] = sum of length[0, i)
    std::vector<std::uint32_t> anchorStart;  ///< anchors of segment i: anchorIds[anchorStart[i], anchorStart[i+1])
    std::vector<std::uint32_t> anchorIds;    ///< sorted within a segment; repeated ids = repeated occurrences
    std::vector<double> anchorTotalPrefix;   ///< sum of the weights of the anchors of segments [0, i)
    std::vector<std::uint32_t> numberStart;  ///< numbers of segment i (all of them, shared or not)
    std::vector<std::uint32_t> numberIds;
    std::vector<PunctuationProfile> punctuation;
    std::vector<std::uint8_t> endsParagraph;
    std::vector<std::uint8_t> endsSentence; ///< ends with . ! ? and the next segment does not start in lower case
    /// Most segments end a sentence: the side marks its sentence ends (Thai or subtitles do not).
    bool marksSentenceEnds = true;

    std::size_t size() const { return length.size(); }
    /// Merged, sorted anchors of runs of two and three segments starting at i (precomputed so that a
    /// bead's anchors are one lookup).
    std::vector<std::uint32_t> runStart[2];
    std::vector<std::uint32_t> runIds[2];

    std::span<const std::uint32_t> anchors(std::size_t i) const {
        return {anchorIds.data() + anchorStart[i], anchorStart[i + 1] - anchorStart[i]};
    }
    /// Sorted anchors of segments [i, i + count), count in 1..3.
    std::span<const std::uint32_t> anchors(std::size_t i, std::size_t count) const {
        if (count <= 1)
            return anchors(i);
        const auto& start = runStart[count - 2];
        return {runIds[count - 2].data() + start[i], start[i + 1] - start[i]};
    }
    std::span<const std::uint32_t> numbers(std::size_t i) const {
        return {numberIds.data() + numberStart[i], numberStart[i + 1] - numberStart[i]};
    }
    std::uint64_t lengthOf(std::size_t begin, std::size_t end) const {
        return lengthPrefix[end] - lengthPrefix[begin];
    }
};

/// A source segment and a target segment sharing anchors found exactly once on each side.
struct Link {
    std::uint32_t source = 0;
    std::uint32_t target = 0;
    float weight = 0;
};

struct PairFeatures {
    SideFeatures source;
    SideFeatures target;
    std::vector<float> anchorWeight; ///< per anchor id: rarity weight times the kind's weight, capped
    std::vector<Link> links;         ///< sorted by source, then target
    bool sameScript = true;
};

/// A rectangle of the pair to align on its own: source [srcBegin, srcEnd) x target [tgtBegin, tgtEnd).
struct Stretch {
    std::size_t srcBegin = 0;
    std::size_t srcEnd = 0;
    std::size_t tgtBegin = 0;
    std::size_t tgtEnd = 0;
};

/// Extracts the features of a document pair and keeps every segment's anchor keys, so that anchors
/// learned from a first alignment (a lexicon of word stems) can join them before a second pass.
class FeatureExtractor {
public:
    /// Tokenises both documents. Checks stop between segments (throws Cancelled).
    FeatureExtractor(const Document& source, const Document& target, const AlignOptions& options,
                     std::stop_token stop);
    ~FeatureExtractor();
    FeatureExtractor(const FeatureExtractor&) = delete;
    FeatureExtractor& operator=(const FeatureExtractor&) = delete;

    /// The features from the anchors found so far.
    PairFeatures features() const;
    /// Learns pairs of word stems that keep meeting in the 1-1 beads of `alignment` (each the other's
    /// best partner by Dice coefficient) and adds them as anchors. Returns the pairs learned.
    std::size_t learnLexicon(const Alignment& alignment);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// The heaviest chain of links inside the stretch that increases on both sides: the links that agree
/// with each other on the order of the two documents (spurious ones rarely do).
std::vector<Link> chainLinks(const std::vector<Link>& links, const Stretch& stretch);

} // namespace tandem::aligner
