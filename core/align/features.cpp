// Feature extraction for the aligner: anchor keys per segment, their rarity weights, and links.
#include "core/align/features.h"

#include "core/align/word_dictionary.h"
#include "core/error.h"
#include "core/names/name_key.h"
#include "core/names/number_scale.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <map>
#include <span>
#include <string>
#include <unordered_map>

namespace tandem::aligner {
// Named (not anonymous) because FeatureExtractor::State holds them.
namespace extraction {

enum class AnchorKind : std::uint8_t { Number, Identical, Name, Cognate, Glossary, Lexicon };

/// Interns anchor keys ("n:1000", "w:nato" ...) shared by both sides.
class KeyTable {
public:
    std::uint32_t intern(AnchorKind kind, const std::string& key) {
        std::string full(1, static_cast<char>('0' + static_cast<int>(kind)));
        full += key;
        auto [it, inserted] = m_ids.try_emplace(std::move(full), static_cast<std::uint32_t>(m_kinds.size()));
        if (inserted)
            m_kinds.push_back(kind);
        return it->second;
    }
    std::size_t size() const { return m_kinds.size(); }
    AnchorKind kind(std::uint32_t id) const { return m_kinds[id]; }

private:
    std::unordered_map<std::string, std::uint32_t> m_ids;
    std::vector<AnchorKind> m_kinds;
};

struct RawSide {
    std::vector<TokenizedSegment> segments;
    std::vector<std::vector<std::uint32_t>> keys; ///< per segment, raw key ids (repeats kept)
    std::vector<std::vector<std::uint32_t>> numbers;
    /// Per segment, its distinct word stems (folded, cut to lexiconStem letters) as ids (CSR).
    std::vector<std::uint32_t> stemStart;
    std::vector<std::uint32_t> stemIds;
    std::size_t stemCount = 0;
    std::unordered_map<std::string, std::uint32_t> stemIdsByText; ///< filled when a dictionary is given
};

} // namespace extraction

using extraction::AnchorKind;
using extraction::KeyTable;
using extraction::RawSide;

namespace {

constexpr std::uint32_t kNoId = UINT32_MAX;

/// What the aligner takes from a word type on one side.
struct WordType {
    std::uint32_t cognate = kNoId; ///< target side: its cognate key (if long enough); source side: its folded form's id
    std::uint32_t stem = kNoId;    ///< its lexicon stem
};

/// Glossary forms as sequences of word keys (name keys: case endings cut, so inflected forms
/// meet their base form), indexed by their first key.
class GlossaryIndex {
public:
    void add(std::uint32_t entry, const std::string& form, const std::string& language, NameKeyer& keyer) {
        std::vector<std::string> stems;
        for (const Token& t : tokenize(form).tokens)
            stems.push_back(t.kind == TokenKind::Word ? keyer.key(t.text, language) : t.text);
        if (stems.empty())
            return;
        m_byFirst[stems.front()].push_back({entry, std::move(stems)});
    }
    /// Entries whose form occurs in the stem sequence of a segment.
    void find(const std::vector<std::string>& stems, std::vector<std::uint32_t>& out) const {
        for (std::size_t i = 0; i < stems.size(); ++i) {
            const auto it = m_byFirst.find(stems[i]);
            if (it == m_byFirst.end())
                continue;
            for (const auto& [entry, form] : it->second)
                if (i + form.size() <= stems.size() && std::equal(form.begin(), form.end(), stems.begin() + static_cast<std::ptrdiff_t>(i)))
                    out.push_back(entry);
        }
    }
    bool empty() const { return m_byFirst.empty(); }

private:
    struct Form {
        std::uint32_t entry;
        std::vector<std::string> stems;
    };
    std::unordered_map<std::string, std::vector<Form>> m_byFirst;
};

/// Most target words a source word is taken to be a cognate of (ties at the best ratio beyond this
/// are dropped: they would only blur the evidence and cost memory).
constexpr std::size_t kMaxCognates = 2;

/// Cognate keys for same-script pairs: each target word type is its own class; a source word type
/// joins the classes of the (at most kMaxCognates) target types most similar to it by normalised LCS (at or above the
/// threshold). Candidates share their first two letters.
std::unordered_map<std::string, std::vector<std::string>> cognateClasses(
    const std::vector<std::string>& sourceTypes, const std::vector<std::string>& targetTypes,
    const AlignOptions& options) {
    // Letter counts (by code point modulo 32): their overlap bounds the LCS from above, so most
    // candidates are ruled out without computing it.
    using Histogram = std::array<std::uint8_t, 32>;
    auto histogram = [](const std::u32string& w) {
        Histogram h{};
        for (char32_t c : w)
            h[c % 32] = static_cast<std::uint8_t>(std::min(255, h[c % 32] + 1));
        return h;
    };
    struct Entry {
        const std::string* word;
        std::u32string letters;
        Histogram counts;
    };
    auto bucketKey = [](const std::u32string& w) { return std::u32string(w.substr(0, 2)); };
    std::unordered_map<std::u32string, std::vector<Entry>> targetBuckets;
    for (const std::string& t : targetTypes) {
        std::u32string w = toUtf32(t);
        if (w.size() >= options.cognateMinLength) {
            const Histogram counts = histogram(w);
            targetBuckets[bucketKey(w)].push_back({&t, std::move(w), counts});
        }
    }
    std::unordered_map<std::string, std::vector<std::string>> classes;
    for (const std::string& s : sourceTypes) {
        const std::u32string w = toUtf32(s);
        if (w.size() < options.cognateMinLength)
            continue;
        const auto bucket = targetBuckets.find(bucketKey(w));
        if (bucket == targetBuckets.end())
            continue;
        double best = options.cognateThreshold;
        std::vector<std::string> bestWords;
        const Histogram counts = histogram(w);
        for (const Entry& e : bucket->second) {
            const std::size_t longer = std::max(w.size(), e.letters.size());
            // The LCS cannot exceed the shorter word: skip pairs that cannot reach the best ratio.
            if (static_cast<double>(std::min(w.size(), e.letters.size())) / static_cast<double>(longer) < best - 1e-9)
                continue;
            std::size_t overlap = 0;
            for (std::size_t b = 0; b < counts.size(); ++b)
                overlap += std::min(counts[b], e.counts[b]);
            if (static_cast<double>(overlap) / static_cast<double>(longer) < best - 1e-9)
                continue;
            const double ratio = static_cast<double>(longestCommonSubsequence(w, e.letters)) / static_cast<double>(longer);
            if (ratio > best + 1e-9) {
                best = ratio;
                bestWords.assign(1, *e.word);
            } else if (ratio >= best - 1e-9 && bestWords.size() < kMaxCognates) {
                bestWords.push_back(*e.word);
            }
        }
        if (!bestWords.empty())
            classes.emplace(s, std::move(bestWords));
    }
    return classes;
}

SideFeatures buildSide(const RawSide& raw, const Document& doc, const std::vector<std::uint8_t>& shared,
                       const std::vector<float>& weight) {
    SideFeatures side;
    const std::size_t n = raw.segments.size();
    side.length.resize(n);
    side.lengthPrefix.assign(n + 1, 0);
    side.anchorStart.assign(n + 1, 0);
    side.anchorTotalPrefix.assign(n + 1, 0.0);
    side.numberStart.assign(n + 1, 0);
    side.punctuation.resize(n);
    side.endsParagraph.resize(n);
    side.endsSentence.resize(n);
    // A heading stands out from the body. Where most lines end without punctuation (Thai, subtitles,
    // a list of terms), such an end says nothing about a line, and that side marks no headings.
    std::size_t unterminated = 0;
    for (const TokenizedSegment& segment : raw.segments)
        unterminated += segment.punctuation[kHeadingClass];
    const bool marksHeadings = 2 * unterminated <= n;
    for (std::size_t i = 0; i < n; ++i) {
        side.length[i] = raw.segments[i].length;
        side.lengthPrefix[i + 1] = side.lengthPrefix[i] + raw.segments[i].length;
        // The segment's shared anchors are sorted in place at the end of anchorIds.
        const auto first = static_cast<std::ptrdiff_t>(side.anchorIds.size());
        for (std::uint32_t id : raw.keys[i])
            if (shared[id])
                side.anchorIds.push_back(id);
        std::sort(side.anchorIds.begin() + first, side.anchorIds.end());
        side.anchorStart[i + 1] = static_cast<std::uint32_t>(side.anchorIds.size());
        float total = 0;
        for (std::uint32_t id : side.anchors(i))
            total += weight[id];
        side.anchorTotalPrefix[i + 1] = side.anchorTotalPrefix[i] + total;
        const auto firstNumber = static_cast<std::ptrdiff_t>(side.numberIds.size());
        side.numberIds.insert(side.numberIds.end(), raw.numbers[i].begin(), raw.numbers[i].end());
        std::sort(side.numberIds.begin() + firstNumber, side.numberIds.end());
        side.numberIds.erase(std::unique(side.numberIds.begin() + firstNumber, side.numberIds.end()),
                             side.numberIds.end());
        side.numberStart[i + 1] = static_cast<std::uint32_t>(side.numberIds.size());
        side.punctuation[i] = raw.segments[i].punctuation;
        if (!marksHeadings)
            side.punctuation[i][kHeadingClass] = 0;
        side.endsParagraph[i] = doc.endsParagraph(i) ? 1 : 0;
        const bool nextContinues = i + 1 < n && raw.segments[i + 1].startsLower;
        side.endsSentence[i] = raw.segments[i].endsTerminal && !nextContinues ? 1 : 0;
    }
    const auto sentenceEnds = std::count(side.endsSentence.begin(), side.endsSentence.end(), 1);
    side.marksSentenceEnds = 2 * static_cast<std::size_t>(sentenceEnds) >= n;
    // A run of two is a segment's anchors merged with the next one's; a run of three, a run of two
    // merged with the segment after it.
    for (std::size_t width = 2; width <= 3; ++width) {
        auto& start = side.runStart[width - 2];
        auto& ids = side.runIds[width - 2];
        start.assign(n + 1, 0);
        ids.reserve(width * side.anchorIds.size());
        for (std::size_t i = 0; i < n; ++i) {
            const auto head = side.anchors(i, width - 1);
            const auto last = i + width - 1 < n ? side.anchors(i + width - 1) : std::span<const std::uint32_t>{};
            std::merge(head.begin(), head.end(), last.begin(), last.end(), std::back_inserter(ids));
            start[i + 1] = static_cast<std::uint32_t>(ids.size());
        }
    }
    return side;
}

} // namespace

void checkStop(const std::stop_token& stop) {
    if (stop.stop_requested())
        throw Cancelled();
}

struct FeatureExtractor::State {
    const Document& source;
    const Document& target;
    const AlignOptions& options;
    bool sameScript = true;
    KeyTable keys;
    RawSide raw[2];
};

FeatureExtractor::FeatureExtractor(const Document& source, const Document& target, const AlignOptions& options,
                                   std::stop_token stop)
    : m_state(std::make_unique<State>(State{source, target, options, true, {}, {}})) {
    const AnchorKinds& kinds = options.anchors;
    KeyTable& keys = m_state->keys;
    RawSide* raw = m_state->raw;

    std::vector<std::string_view> sourceTexts, targetTexts;
    for (const Segment& s : source.segments)
        sourceTexts.push_back(s.text);
    for (const Segment& s : target.segments)
        targetTexts.push_back(s.text);
    const bool sameScript = dominantScript(sourceTexts) == dominantScript(targetTexts);
    m_state->sameScript = sameScript;

    // One pass over the tokens: lengths, punctuation and sentence shape per segment, anchor keys, and
    // the word types cognates need. Tokens are not kept (a book's tokens would dwarf everything
    // else): a source word's cognate keys need the target's word types, so the pass keeps only the
    // source words' folded forms (as ids) and adds their cognate keys afterwards.
    const Document* docs[2] = {&source, &target};
    NameKeyer keyer;
    const bool wantCognates = kinds.cognates && sameScript;
    std::vector<std::string> types[2];
    std::unordered_map<std::string, std::uint32_t> sourceFoldedIds;
    std::vector<const std::string*> sourceFolded;              ///< by id (keys of sourceFoldedIds)
    std::vector<std::vector<std::uint32_t>> sourceWords;        ///< per source segment, folded ids

    GlossaryIndex glossary[2];
    if (kinds.glossary)
        for (std::size_t e = 0; e < options.glossary.size(); ++e) {
            glossary[0].add(static_cast<std::uint32_t>(e), options.glossary[e].first, source.language, keyer);
            glossary[1].add(static_cast<std::uint32_t>(e), options.glossary[e].second, target.language, keyer);
        }

    for (int side = 0; side < 2; ++side) {
        RawSide& r = raw[side];
        const std::size_t count = docs[side]->segments.size();
        r.segments.reserve(count);
        r.keys.resize(count);
        r.numbers.resize(count);
        r.stemStart.assign(1, 0);
        if (side == 0 && wantCognates)
            sourceWords.resize(count);
        std::unordered_map<std::string, WordType> words; // by lower-case form
        std::unordered_map<std::string, std::uint32_t> stemIds;
        // A word type's keys, worked out the first time this side has it (folding is ICU
        // normalisation: too slow to run per token on a book).
        auto describe = [&](const std::string& lower) {
            WordType type;
            const std::string folded = foldWord(lower);
            if (wantCognates) {
                types[side].push_back(folded);
                if (side == 1) {
                    if (codePointCount(folded) >= options.cognateMinLength) // folded text is valid UTF-8
                        type.cognate = keys.intern(AnchorKind::Cognate, folded);
                } else {
                    const auto [it, added] =
                        sourceFoldedIds.try_emplace(folded, static_cast<std::uint32_t>(sourceFolded.size()));
                    if (added)
                        sourceFolded.push_back(&it->first);
                    type.cognate = it->second;
                }
            }
            if (kinds.lexicon) {
                type.stem = stemIds.try_emplace(firstCodePoints(folded, options.lexiconStem),
                                                static_cast<std::uint32_t>(stemIds.size())).first->second;
            }
            return type;
        };
        // A segment's keys and source words are collected here and copied out at their final size
        // (growing each segment's own vectors would allocate several times per segment).
        std::vector<std::uint32_t> segKeys, segWords;
        for (std::size_t i = 0; i < count; ++i) {
            if (i % 256 == 0)
                checkStop(stop);
            TokenizedSegment tokenized = tokenize(docs[side]->segments[i].text);
            segKeys.clear();
            segWords.clear();
            std::vector<std::string> glossaryKeys; // the segment's words as name keys
            const std::size_t stemsBefore = r.stemIds.size();
            for (std::size_t k = 0; k < tokenized.tokens.size(); ++k) {
                const Token& t = tokenized.tokens[k];
                switch (t.kind) {
                case TokenKind::Number: {
                    const std::uint32_t id = keys.intern(AnchorKind::Number, t.text);
                    r.numbers[i].push_back(id);
                    // "20 тыс." and "20,000" do not contradict each other: the scaled value joins the
                    // numbers a bead's sides are compared by (not the anchors: "20" still matches "20").
                    if (k + 1 < tokenized.tokens.size() && tokenized.tokens[k + 1].kind == TokenKind::Word) {
                        const std::string scaled = scaledNumber(t.text, tokenized.tokens[k + 1].text);
                        if (!scaled.empty())
                            r.numbers[i].push_back(keys.intern(AnchorKind::Number, scaled));
                    }
                    if (kinds.numbers)
                        segKeys.push_back(id);
                    if (!glossary[side].empty())
                        glossaryKeys.push_back(t.text);
                    break;
                }
                case TokenKind::Url:
                    if (kinds.identical)
                        segKeys.push_back(keys.intern(AnchorKind::Identical, t.text));
                    if (!glossary[side].empty())
                        glossaryKeys.push_back(t.text);
                    break;
                case TokenKind::Word: {
                    if (kinds.identical) {
                        // Across scripts any shared spelling is evidence (Latin words in Cyrillic text);
                        // within one script only acronyms and capitalised words inside the sentence.
                        const bool distinctive = !sameScript || t.acronym || (t.capitalised && !t.sentenceInitial);
                        if (distinctive)
                            segKeys.push_back(keys.intern(AnchorKind::Identical, t.text));
                    }
                    if (kinds.names && !sameScript && (t.capitalised || t.acronym)) {
                        const std::string key = keyer.key(t.surface, docs[side]->language);
                        if (key.size() >= 3)
                            segKeys.push_back(keys.intern(AnchorKind::Name, key));
                    }
                    if (wantCognates || kinds.lexicon) {
                        auto [it, added] = words.try_emplace(t.text);
                        WordType& type = it->second;
                        if (added)
                            type = describe(t.text);
                        if (wantCognates && side == 1 && type.cognate != kNoId)
                            segKeys.push_back(type.cognate);
                        if (wantCognates && side == 0)
                            segWords.push_back(type.cognate);
                        if (kinds.lexicon)
                            r.stemIds.push_back(type.stem);
                    }
                    if (!glossary[side].empty())
                        glossaryKeys.push_back(keyer.key(t.text, docs[side]->language));
                    break;
                }
                }
            }
            std::sort(r.stemIds.begin() + static_cast<std::ptrdiff_t>(stemsBefore), r.stemIds.end());
            r.stemIds.erase(std::unique(r.stemIds.begin() + static_cast<std::ptrdiff_t>(stemsBefore), r.stemIds.end()),
                            r.stemIds.end());
            r.stemStart.push_back(static_cast<std::uint32_t>(r.stemIds.size()));
            if (!glossary[side].empty()) {
                std::vector<std::uint32_t> entries;
                glossary[side].find(glossaryKeys, entries);
                for (std::uint32_t e : entries)
                    segKeys.push_back(keys.intern(AnchorKind::Glossary, std::to_string(e)));
            }
            r.keys[i].assign(segKeys.begin(), segKeys.end());
            if (side == 0 && wantCognates)
                sourceWords[i].assign(segWords.begin(), segWords.end());
            std::vector<Token>().swap(tokenized.tokens); // keep no capacity: a book has millions of tokens
            r.segments.push_back(std::move(tokenized));
        }
        r.stemCount = stemIds.size();
        if (options.dictionary)
            r.stemIdsByText = std::move(stemIds);
    }

    // Cognate classes need the word types of both sides first; then each source word gets the keys
    // of its class (looked up once per folded form).
    if (wantCognates) {
        for (auto& t : types) {
            std::sort(t.begin(), t.end());
            t.erase(std::unique(t.begin(), t.end()), t.end());
        }
        checkStop(stop);
        const std::unordered_map<std::string, std::vector<std::string>> cognates =
            cognateClasses(types[0], types[1], options);
        std::vector<std::vector<std::uint32_t>> classKeys(sourceFolded.size());
        for (std::size_t w = 0; w < sourceFolded.size(); ++w)
            if (const auto it = cognates.find(*sourceFolded[w]); it != cognates.end())
                for (const std::string& c : it->second)
                    classKeys[w].push_back(keys.intern(AnchorKind::Cognate, c));
        for (std::size_t i = 0; i < sourceWords.size(); ++i) {
            for (std::uint32_t w : sourceWords[i])
                raw[0].keys[i].insert(raw[0].keys[i].end(), classKeys[w].begin(), classKeys[w].end());
            std::vector<std::uint32_t>().swap(sourceWords[i]);
        }
    }
}

FeatureExtractor::~FeatureExtractor() = default;

namespace {

std::span<const std::uint32_t> stemsOfSegment(const RawSide& side, std::size_t segment) {
    return {side.stemIds.data() + side.stemStart[segment], side.stemStart[segment + 1] - side.stemStart[segment]};
}

/// The stem pairs the dictionary knows that meet in at least one of the 1-1 beads, between stems the
/// lexicon left unpaired: those meeting most often first, each stem in one pair at most. A short text
/// repeats few words, so without the dictionary most of these pairs would never be learned.
std::size_t learnDictionaryPairs(const WordDictionary::StemTable& dictionary, const RawSide raw[2],
                                 const std::vector<std::pair<std::size_t, std::size_t>>& beads,
                                 std::vector<std::uint32_t> keyOf[2], KeyTable& keys) {
    // The target stems of this text that translate each of its source stems.
    std::vector<std::vector<std::uint32_t>> translations(raw[0].stemCount);
    for (const auto& [text, sourceStem] : raw[0].stemIdsByText) {
        const auto entry = dictionary.find(text);
        if (entry == dictionary.end() || keyOf[0][sourceStem] != kNoId)
            continue;
        for (const std::string& targetText : entry->second)
            if (const auto target = raw[1].stemIdsByText.find(targetText);
                target != raw[1].stemIdsByText.end() && keyOf[1][target->second] == kNoId)
                translations[sourceStem].push_back(target->second);
    }
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> meetings;
    for (const auto& [sourceSegment, targetSegment] : beads) {
        const auto targetStems = stemsOfSegment(raw[1], targetSegment); // sorted
        for (const std::uint32_t s : stemsOfSegment(raw[0], sourceSegment))
            for (const std::uint32_t t : translations[s])
                if (std::binary_search(targetStems.begin(), targetStems.end(), t))
                    ++meetings[{s, t}];
    }
    std::vector<std::pair<std::uint32_t, std::pair<std::uint32_t, std::uint32_t>>> byCount;
    for (const auto& [pair, count] : meetings)
        byCount.push_back({count, pair});
    std::stable_sort(byCount.begin(), byCount.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    std::size_t learned = 0;
    for (const auto& [count, pair] : byCount) {
        const auto [s, t] = pair;
        if (keyOf[0][s] != kNoId || keyOf[1][t] != kNoId)
            continue;
        const std::uint32_t key = keys.intern(AnchorKind::Lexicon, std::to_string(s));
        keyOf[0][s] = key;
        keyOf[1][t] = key;
        ++learned;
    }
    return learned;
}

} // namespace

std::size_t FeatureExtractor::learnLexicon(const Alignment& alignment) {
    const AlignOptions& options = m_state->options;
    RawSide* raw = m_state->raw;
    // The 1-1 beads teach (a merged bead pairs every word of one sentence with words of a sentence it
    // does not translate, which blurs the counts more than it adds); a book's worth of them teaches
    // no more than a sample spread evenly over it. A 1-1 bead's stems are its two segments'.
    std::vector<const Bead*> oneToOne;
    for (const Bead& b : alignment)
        if (b.srcCount() == 1 && b.tgtCount() == 1)
            oneToOne.push_back(&b);
    const std::size_t stride = std::max<std::size_t>(1, (oneToOne.size() + options.lexiconSample - 1) /
                                                            std::max<std::size_t>(1, options.lexiconSample));
    std::vector<std::pair<std::size_t, std::size_t>> beads; // (source segment, target segment)
    for (std::size_t k = 0; k < oneToOne.size(); k += stride)
        beads.push_back({oneToOne[k]->srcBegin, oneToOne[k]->tgtBegin});
    auto stemsOf = [&](int side, std::size_t segment) { return stemsOfSegment(raw[side], segment); };
    // Bead frequencies of the stems (a segment's stems are distinct).
    std::vector<std::uint32_t> frequency[2] = {std::vector<std::uint32_t>(raw[0].stemCount, 0),
                                               std::vector<std::uint32_t>(raw[1].stemCount, 0)};
    for (const auto& [sourceSegment, targetSegment] : beads) {
        for (std::uint32_t stem : stemsOf(0, sourceSegment))
            ++frequency[0][stem];
        for (std::uint32_t stem : stemsOf(1, targetSegment))
            ++frequency[1][stem];
    }
    // Co-occurrence counts of stems seen at least twice and in at most lexiconMaxShare of the beads
    // (the most frequent words pair with everything).
    const double most = std::max(2.0, options.lexiconMaxShare * static_cast<double>(beads.size()));
    auto countable = [&](int side, std::uint32_t stem) {
        return frequency[side][stem] >= options.lexiconMinPairs && frequency[side][stem] <= most;
    };
    // Dice is at most 2 min(f, g) / (f + g): pairs whose bead counts differ too much cannot reach
    // the threshold however often they meet, and are not counted.
    auto couldReachDice = [&](std::uint32_t f, std::uint32_t g) {
        return 2.0 * std::min(f, g) >= options.lexiconMinDice * (f + g);
    };
    std::unordered_map<std::uint64_t, std::uint32_t> together;
    std::vector<std::uint32_t> sourceStems, targetStems;
    for (const auto& [sourceSegment, targetSegment] : beads) {
        sourceStems.clear();
        targetStems.clear();
        for (std::uint32_t stem : stemsOf(0, sourceSegment))
            if (countable(0, stem))
                sourceStems.push_back(stem);
        for (std::uint32_t stem : stemsOf(1, targetSegment))
            if (countable(1, stem))
                targetStems.push_back(stem);
        for (std::uint32_t s : sourceStems)
            for (std::uint32_t t : targetStems)
                if (couldReachDice(frequency[0][s], frequency[1][t]))
                    ++together[(static_cast<std::uint64_t>(s) << 32) | t];
    }
    // Each source stem's best target stem and the reverse, by Dice coefficient; mutual best pairs
    // above the threshold are kept.
    struct Best {
        double dice = 0;
        std::uint32_t partner = kNoId;
    };
    std::vector<Best> bestOf[2] = {std::vector<Best>(raw[0].stemCount), std::vector<Best>(raw[1].stemCount)};
    for (const auto& [key, count] : together) {
        if (count < options.lexiconMinPairs)
            continue;
        const auto s = static_cast<std::uint32_t>(key >> 32), t = static_cast<std::uint32_t>(key & 0xFFFFFFFFU);
        const double dice = 2.0 * count / (frequency[0][s] + frequency[1][t]);
        if (dice > bestOf[0][s].dice || (dice == bestOf[0][s].dice && t < bestOf[0][s].partner))
            bestOf[0][s] = {dice, t};
        if (dice > bestOf[1][t].dice || (dice == bestOf[1][t].dice && s < bestOf[1][t].partner))
            bestOf[1][t] = {dice, s};
    }
    std::vector<std::uint32_t> keyOf[2] = {std::vector<std::uint32_t>(raw[0].stemCount, kNoId),
                                           std::vector<std::uint32_t>(raw[1].stemCount, kNoId)};
    std::size_t learned = 0;
    for (std::uint32_t s = 0; s < raw[0].stemCount; ++s) {
        const Best& b = bestOf[0][s];
        if (b.partner == kNoId || b.dice < options.lexiconMinDice || bestOf[1][b.partner].partner != s)
            continue;
        const std::uint32_t key = m_state->keys.intern(AnchorKind::Lexicon, std::to_string(s));
        keyOf[0][s] = key;
        keyOf[1][b.partner] = key;
        ++learned;
    }
    if (options.dictionary)
        learned += learnDictionaryPairs(options.dictionary->stems(options.lexiconStem), raw, beads, keyOf,
                                        m_state->keys);
    for (int side = 0; side < 2; ++side)
        for (std::size_t x = 0; x < raw[side].keys.size(); ++x)
            for (std::uint32_t stem : stemsOf(side, x))
                if (const std::uint32_t key = keyOf[side][stem]; key != kNoId)
                    raw[side].keys[x].push_back(key);
    return learned;
}

PairFeatures FeatureExtractor::features() const {
    const AlignOptions& options = m_state->options;
    const KeyTable& keys = m_state->keys;
    const RawSide* raw = m_state->raw;
    PairFeatures out;
    out.sameScript = m_state->sameScript;

    // Document frequencies per side; an anchor counts only when both sides have it.
    const std::size_t keyCount = keys.size();
    std::vector<std::uint32_t> df[2] = {std::vector<std::uint32_t>(keyCount, 0), std::vector<std::uint32_t>(keyCount, 0)};
    std::vector<std::uint32_t> lastSeen(keyCount, UINT32_MAX);
    for (int side = 0; side < 2; ++side) {
        std::fill(lastSeen.begin(), lastSeen.end(), UINT32_MAX);
        for (std::size_t i = 0; i < raw[side].keys.size(); ++i)
            for (std::uint32_t id : raw[side].keys[i])
                if (lastSeen[id] != i) {
                    lastSeen[id] = static_cast<std::uint32_t>(i);
                    ++df[side][id];
                }
    }
    const double segments = static_cast<double>(m_state->source.segments.size() + m_state->target.segments.size());
    std::vector<std::uint8_t> shared(keyCount, 0);
    out.anchorWeight.assign(keyCount, 0.0F);
    for (std::uint32_t id = 0; id < keyCount; ++id) {
        if (df[0][id] == 0 || df[1][id] == 0)
            continue;
        shared[id] = 1;
        double kindWeight = 1.0;
        switch (keys.kind(id)) {
        case AnchorKind::Number: kindWeight = options.numberWeight; break;
        case AnchorKind::Identical: kindWeight = options.identicalWeight; break;
        case AnchorKind::Name: kindWeight = options.nameWeight; break;
        case AnchorKind::Cognate: kindWeight = options.cognateWeight; break;
        case AnchorKind::Glossary: kindWeight = options.glossaryWeight; break;
        case AnchorKind::Lexicon: kindWeight = options.lexiconWeight; break;
        }
        const double rarity = std::log(segments / static_cast<double>(df[0][id] + df[1][id]));
        out.anchorWeight[id] = static_cast<float>(kindWeight * std::clamp(rarity, 0.0, options.anchorCap));
    }

    out.source = buildSide(raw[0], m_state->source, shared, out.anchorWeight);
    out.target = buildSide(raw[1], m_state->target, shared, out.anchorWeight);

    // Links: anchors found in exactly one segment on each side.
    std::vector<std::uint32_t> where[2] = {std::vector<std::uint32_t>(keyCount, 0), std::vector<std::uint32_t>(keyCount, 0)};
    for (int side = 0; side < 2; ++side)
        for (std::size_t i = 0; i < raw[side].keys.size(); ++i)
            for (std::uint32_t id : raw[side].keys[i])
                where[side][id] = static_cast<std::uint32_t>(i);
    std::unordered_map<std::uint64_t, float> linkWeight;
    for (std::uint32_t id = 0; id < keyCount; ++id)
        if (df[0][id] == 1 && df[1][id] == 1 && out.anchorWeight[id] > 0)
            linkWeight[(static_cast<std::uint64_t>(where[0][id]) << 32) | where[1][id]] += out.anchorWeight[id];
    out.links.reserve(linkWeight.size());
    for (const auto& [key, w] : linkWeight)
        out.links.push_back({static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key & 0xFFFFFFFFU), w});
    std::sort(out.links.begin(), out.links.end(), [](const Link& a, const Link& b) {
        return a.source != b.source ? a.source < b.source : a.target < b.target;
    });
    return out;
}

std::vector<Link> chainLinks(const std::vector<Link>& links, const Stretch& st) {
    const std::size_t columns = st.tgtEnd - st.tgtBegin;
    std::vector<Link> inside;
    for (const Link& l : links)
        if (l.source >= st.srcBegin && l.source < st.srcEnd && l.target >= st.tgtBegin && l.target < st.tgtEnd)
            inside.push_back(l);
    // Heaviest chain strictly increasing in both coordinates: links sorted by source, then by target
    // descending within one source, and a Fenwick tree of (best weight, link) over target positions.
    std::sort(inside.begin(), inside.end(), [](const Link& a, const Link& b) {
        return a.source != b.source ? a.source < b.source : a.target > b.target;
    });
    std::vector<std::pair<double, std::int64_t>> tree(columns + 1, {0.0, -1});
    std::vector<double> chainWeight(inside.size(), 0);
    std::vector<std::int64_t> previous(inside.size(), -1);
    for (std::size_t k = 0; k < inside.size(); ++k) {
        const std::size_t t = inside[k].target - st.tgtBegin; // best chain ending at targets < t
        std::pair<double, std::int64_t> bestBefore{0.0, -1};
        for (std::size_t x = t; x > 0; x -= x & (~x + 1))
            bestBefore = std::max(bestBefore, tree[x]);
        chainWeight[k] = bestBefore.first + inside[k].weight;
        previous[k] = bestBefore.second;
        const std::pair<double, std::int64_t> entry{chainWeight[k], static_cast<std::int64_t>(k)};
        for (std::size_t x = t + 1; x <= columns; x += x & (~x + 1))
            tree[x] = std::max(tree[x], entry);
    }
    std::vector<Link> chain;
    if (inside.empty())
        return chain;
    auto k = static_cast<std::int64_t>(std::max_element(chainWeight.begin(), chainWeight.end()) - chainWeight.begin());
    for (; k >= 0; k = previous[static_cast<std::size_t>(k)])
        chain.push_back(inside[static_cast<std::size_t>(k)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

} // namespace tandem::aligner
