// The aligner: a pure function from two documents (and options) to an alignment with a confidence
// per bead. Length model + anchor evidence + banded dynamic programming; see core/align/*.h.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace tandem {

class WordDictionary;

/// Which bead shapes the search may use. 1-0 and 0-1 are used regardless when one side of a stretch
/// is empty or when the enabled shapes cannot cover the two sides.
struct BeadShapes {
    bool oneOne = true;     ///< 1-1
    bool oneZero = true;    ///< 1-0: a source segment with no translation
    bool zeroOne = true;    ///< 0-1: a target segment with no original
    bool oneTwo = true;     ///< 1-2
    bool twoOne = true;     ///< 2-1
    bool twoTwo = true;     ///< 2-2
    bool oneThree = true;   ///< 1-3
    bool threeOne = true;   ///< 3-1
};

/// Which kinds of anchor evidence the bead cost uses. All off gives a pure length (Gale-Church) aligner.
struct AnchorKinds {
    bool numbers = true;      ///< numbers, normalised (1,000 / 1 000 / 1000; 3,5 / 3.5)
    bool identical = true;    ///< tokens written identically on both sides: acronyms, URLs, foreign words
    bool names = true;        ///< capitalised words matched across scripts through name keys
    bool cognates = true;     ///< same-script pairs: similar words by normalised longest common subsequence
    bool glossary = true;     ///< AlignOptions::glossary pairs
    bool punctuation = true;  ///< profile of ? ! : ; quotes, parentheses, bullets and dashes
    bool paragraphs = true;   ///< beads prefer to end where paragraphs end on both sides
    bool sentenceEnds = true; ///< beads prefer to end mid-sentence (";", lower-case next) on both sides or neither
    /// word pairs learned from a first alignment of the pair itself (a second pass uses them)
    bool lexicon = true;

    /// Every kind off: a pure length aligner (for comparison).
    static AnchorKinds none() { return {false, false, false, false, false, false, false, false, false}; }
};

/// Every knob of the aligner, each with a default.
struct AlignOptions {
    /// Beads the caller wants kept as they are (e.g. confirmed by the translator). They must be in
    /// order and not overlap; the stretches between them are aligned independently.
    std::vector<Bead> pins;
    /// Known term pairs (source form, target form), used as anchors. Forms are matched with the
    /// name keys of core/names, so inflected target forms count.
    std::vector<std::pair<std::string, std::string>> glossary;
    /// Word translations (e.g. installedDictionary()): a pair it knows is learned for the second
    /// pass when it meets once in the first pass's 1-1 beads, not twice. Null: the text alone teaches.
    std::shared_ptr<const WordDictionary> dictionary;

    /// Bead shapes the search may use.
    BeadShapes shapes;
    /// Anchor evidence the bead cost uses.
    AnchorKinds anchors;

    /// Flat cost of a 1-0 or 0-1 bead (no length term: deleting a sentence must be dearer than
    /// wrongly merging it). 3.9 is best on Text+Berg dev; lower costs detach more one-sided asides
    /// (news pages) but cut OCR-damaged and reordered passages into runs of deletions.
    double deletionCost = 3.9;
    /// Cost of a 1-0 or 0-1 bead that follows one of the same shape: a passage only one side has is
    /// one event, so its length matters less than its existence.
    double deletionExtendCost = 3.0;
    /// Segments shorter than this many (source) characters cost proportionally less to leave
    /// unpaired (at least a tenth of deletionCost); 0 makes the deletion cost flat.
    double shortSegment = 10.0;
    /// Prior cost (-log probability) of a 1-2 or 2-1 bead, added to its length cost.
    double mergeCost = 2.3;
    /// Prior cost of a 2-2 bead.
    double twoTwoCost = 4.6;
    /// Prior cost of a 1-3 or 3-1 bead.
    double threeCost = 4.7;
    /// Multiplier of the Gale-Church length cost (-log of the two-sided tail probability).
    double lengthWeight = 1.0;
    /// Prior variance of the length difference per non-space character (Gale-Church's s^2); the
    /// variance used is this blended with the one measured on the pair's linked sentence pairs.
    double defaultVariance = 4.7;
    /// Weight of defaultVariance in that blend, in linked sentence pairs.
    double varianceWeight = 25.0;
    /// Chained anchor links (sentence pairs sharing rare anchors) needed before they are used to
    /// estimate the length ratio and variance.
    std::size_t minLinksForRatio = 3;
    /// The length ratio comes from the whole documents unless the linked sentence pairs disagree
    /// with it by more than this factor (a sign that one side has text the other lacks).
    double ratioTolerance = 1.3;

    /// With the lexicon's second pass, the length ratio is re-estimated from the first pass's 1-1
    /// beads; the first estimate counts as this many of them.
    double ratioWeight = 5.0;

    /// Multiplier of the shared anchor weight (a bonus: lowers the bead cost).
    double anchorWeight = 0.5;
    /// Largest weight of one anchor occurrence (anchors are weighted by rarity, ln(N / df)).
    double anchorCap = 9.6;
    /// Share of an anchor's weight charged when it appears on one side of a bead but not the other.
    double unmatchedPenalty = 0.75;
    /// Relative weights of the anchor kinds (multiplied with the rarity weight).
    double numberWeight = 0.8;
    double identicalWeight = 1.6;
    double nameWeight = 0.8;
    double cognateWeight = 0.1;
    double glossaryWeight = 1.5;
    /// Cost when both sides of a bead carry numbers and none of them agrees.
    double numberContradictionCost = 2.4;
    /// Cost per unit of difference in the punctuation profile (capped per class).
    double punctuationWeight = 0.6;
    /// Cost per list bullet, and per heading (a short segment ending in a letter or digit: a heading,
    /// menu line, teaser), that a bead has on one side more than on the other.
    double structureMismatchCost = 1.35;
    /// Cost when a bead ends a paragraph on one side but not on the other.
    double paragraphCost = 1.5;
    /// Cost when a bead ends a sentence on one side but stops inside one on the other.
    double sentenceEndCost = 1.0;
    /// Weight of a learned lexicon pair (multiplied with the rarity weight).
    double lexiconWeight = 0.5;
    /// Letters a word is cut to for the lexicon (a crude stem: inflected forms share it).
    std::size_t lexiconStem = 5;
    /// Fewest beads two stems must share to be learned as a pair.
    std::uint32_t lexiconMinPairs = 2;
    /// Smallest Dice coefficient of a learned pair (shared beads over the mean of their bead counts).
    double lexiconMinDice = 0.5;
    /// Stems in more than this share of the beads are not learned (function words meet everything).
    double lexiconMaxShare = 0.2;
    /// Most 1-1 beads the lexicon is learned from (every k-th of a longer text's): keeps learning
    /// time flat on whole books.
    std::size_t lexiconSample = 5000;
    /// Shortest word (in letters) considered for cognates.
    std::size_t cognateMinLength = 4;
    /// Smallest normalised longest-common-subsequence ratio for two words to count as cognates.
    double cognateThreshold = 0.75;

    /// Half width (in segments) of the search band around the guide path (chained anchor links, and
    /// between them the running lengths). A band that proves too narrow doubles and the search starts
    /// over, so starting at 32 spares long texts without anchors a wasted pass at 16 (with the
    /// default anchors the eval sets align the same at 8, 16 and 32; without anchors 32 does better).
    std::size_t band = 32;
    /// Half width of the second pass's band (with the lexicon) around the first pass's path: the
    /// learned pairs move beads locally, so the band stays this narrow (it does not double).
    std::size_t secondPassBand = 8;
    /// Largest band tried when the best path runs along the band's edge (the band doubles up to it).
    std::size_t maxBand = 256;
    /// Half width of the band around the best path in which bead posteriors (confidences) are summed.
    /// 4 and 6 give the same confidence bands on every eval set (6 costs 7% more time in all).
    std::size_t confidenceBand = 4;
    /// Temperature of the posterior: costs are divided by it before exponentiation. Higher values
    /// spread probability over more alternatives and lower the confidences.
    double confidenceTemperature = 1.0;
};

/// Called now and then with the share of work done, in [0, 1].
using AlignProgress = std::function<void(double)>;

/// Aligns source with target. Throws Cancelled when stop is requested, UsageError on inconsistent pins.
/// Never refuses documents for their size or imbalance; an empty side gives 1-0 / 0-1 beads.
Alignment align(const Document& source, const Document& target, const AlignOptions& options = {},
                const AlignProgress& progress = {}, std::stop_token stop = {});

} // namespace tandem
