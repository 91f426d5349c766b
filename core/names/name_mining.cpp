// The name miner: per-bead pairing (identical, known, transliteration), co-occurrence over the
// text, leftovers, then one term per source form with its target base form and evidence.
#include "core/names/name_mining.h"

#include "core/error.h"
#include "core/names/exonyms.h"
#include "core/names/icu_strings.h"
#include "core/names/inflection.h"
#include "core/names/lemmatizer.h"
#include "core/names/name_candidates.h"
#include "core/names/name_key.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace tandem {

std::string toString(PairingMethod method) {
    switch (method) {
    case PairingMethod::Identical: return "identical";
    case PairingMethod::Known: return "known";
    case PairingMethod::Transliteration: return "transliteration";
    case PairingMethod::Cooccurrence: return "co-occurrence";
    case PairingMethod::Leftover: return "leftover";
    }
    return "transliteration";
}

namespace {

/// One word of a candidate, hyphenated names split (State-Khorasan → State, Khorasan).
struct Word {
    std::string text;
    std::size_t begin = 0; ///< byte offsets in the segment
    std::size_t end = 0;
};

/// A full candidate of one side of a bead.
struct Candidate {
    std::size_t segment = 0;
    std::vector<Word> words;
    std::string text;
    CandidateKind kind = CandidateKind::Run;
    bool lowercase = false; ///< a lower-case target word, usable for transliteration only
    bool acronym = false;
    std::size_t nextToken = 0; ///< index of the token after the candidate (for extensions)
    bool extendable = true;    ///< the candidate ends at nextToken (not a stretch cut out of one)
};

/// A contiguous part of a candidate: words [from, to).
struct SpanRef {
    std::size_t candidate = 0;
    std::size_t from = 0;
    std::size_t to = 0;
};

struct Proposal {
    PairingMethod method;
    double score;
    SpanRef source;
    SpanRef target;
    std::string knownSource; ///< the known pair's source form when it differs from the text (Central Asian)
};

/// A pair accepted in one bead.
struct Pairing {
    std::size_t bead;
    PairingMethod method;
    double score;
    std::string sourceId, targetId;
    std::string sourceText, targetText;
    std::vector<std::string> sourceWords, targetWords;
    std::size_t targetSegment;
};

using icu_strings::lower;
using icu_strings::firstLetter;

bool isCyrillicWord(std::string_view s) {
    const UChar32 c = firstLetter(s);
    return c >= 0x0400 && c <= 0x04FF;
}

bool isArticleWord(std::string_view w) {
    static constexpr std::array<std::string_view, 9> kArticles = {"al", "Al", "AL", "el", "El", "аль", "Аль", "эль", "Эль"};
    return std::find(kArticles.begin(), kArticles.end(), w) != kArticles.end();
}

/// Words left out when names are compared word by word: standalone articles and English "of"
/// (University of Magallanes ↔ Университет Магальянеса).
bool isLinkWord(std::string_view w) { return isArticleWord(w) || w == "of"; }

/// Lower case, dots dropped, single spaces: the form known pairs are looked up by (U.S. = US).
std::string lookupForm(std::string_view s) {
    std::string out;
    for (char c : lower(s)) {
        if (c == '.')
            continue;
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out.push_back(c);
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

/// Splits a token into words: at hyphens between capitalised parts of three letters or more.
void appendWords(const NameToken& token, std::vector<Word>& out) {
    std::vector<std::pair<std::size_t, std::size_t>> parts; // offsets in token.text
    std::size_t start = 0;
    const std::string& t = token.text;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] == '-') {
            parts.emplace_back(start, i);
            start = i + 1;
        }
    parts.emplace_back(start, t.size());
    bool split = parts.size() > 1 && !token.acronym && !isArticleWord(t.substr(parts[0].first, parts[0].second));
    for (const auto& [b, e] : parts) {
        const std::string part = t.substr(b, e - b);
        const UChar32 f = firstLetter(part);
        int letters = 0;
        for (int32_t i = 0, n = static_cast<int32_t>(part.size()); i < n;) {
            UChar32 c;
            U8_NEXT(part.data(), i, n, c);
            letters += c >= 0 && u_isalpha(c) ? 1 : 0;
        }
        split = split && u_isupper(f) && letters >= 3;
    }
    if (!split) {
        out.push_back({t, token.begin, token.begin + t.size()});
        return;
    }
    for (const auto& [b, e] : parts)
        out.push_back({t.substr(b, e - b), token.begin + b, token.begin + e});
}

/// The words of a span without standalone articles (al, аль), for comparing word by word.
std::vector<std::string> comparableWords(const Candidate& c, std::size_t from, std::size_t to) {
    std::vector<std::string> out;
    for (std::size_t i = from; i < to; ++i)
        if (!isLinkWord(c.words[i].text))
            out.push_back(c.words[i].text);
    return out;
}

class Miner {
public:
    Miner(const Document& source, const Document& target, const Alignment& alignment, const MiningOptions& options)
        : m_source(source), m_target(target), m_alignment(alignment), m_options(options), m_sourceFinder(source),
          m_targetFinder(target) {
        if (options.useExonyms)
            for (const Exonym& e : exonyms(source.language, target.language))
                for (const std::string& s : e.source)
                    for (const std::string& t : e.target)
                        addKnown(s, t);
        for (const auto& [s, t] : options.knownPairs)
            addKnown(s, t);
    }

    std::vector<NameSuggestion> run() {
        for (std::size_t b = 0; b < m_alignment.size(); ++b)
            pairWithinBead(b);
        linkByCooccurrence();
        if (m_options.pairLeftovers)
            for (std::size_t b = 0; b < m_alignment.size(); ++b)
                pairLeftovers(b);
        return suggestions();
    }

private:
    struct BeadSides {
        std::vector<Candidate> source, target;
        std::vector<std::set<std::size_t>> sourceUsed, targetUsed; ///< used word indices per candidate
    };

    void addKnown(const std::string& source, const std::string& target) {
        auto& list = m_known[lookupForm(source)];
        if (std::find_if(list.begin(), list.end(), [&](const auto& p) { return p.second == target; }) == list.end())
            list.emplace_back(source, target);
    }

    const std::vector<std::string>& formKeys(const std::string& word, bool targetSide) {
        auto& cache = targetSide ? m_targetKeys : m_sourceKeys;
        if (auto it = cache.find(word); it != cache.end())
            return it->second;
        const std::string& language = targetSide ? m_target.language : m_source.language;
        std::vector<std::string> keys;
        auto add = [&](const std::string& form) {
            std::string k = m_keyer.key(form, language);
            if (!k.empty() && std::find(keys.begin(), keys.end(), k) == keys.end())
                keys.push_back(std::move(k));
        };
        add(word);
        // The abbreviated Saint (St. Petersburg ↔ Санкт-Петербург, St. Louis ↔ Сент-Луис).
        if (!targetSide && word == "St.")
            for (const char* saint : {"Saint", "Sankt", "Sent"})
                add(saint);
        if (inflectsNames(language) && isCyrillicWord(word)) {
            for (const std::string& candidate : baseFormCandidates(word))
                add(candidate);
        } else if (word.size() > 3 && !u_isupper(static_cast<UChar32>(static_cast<unsigned char>(word.back())))) {
            // English-like plurals: Pashtuns → Pashtun.
            if (word.back() == 's' && word[word.size() - 2] != 's')
                add(word.substr(0, word.size() - 1));
        }
        return cache.emplace(word, std::move(keys)).first->second;
    }

    double wordSimilarity(const std::string& a, const std::string& b) {
        std::string pair = a;
        pair.push_back('\x1f');
        pair += b;
        if (auto it = m_similarities.find(pair); it != m_similarities.end())
            return it->second;
        double best = 0.0;
        for (const std::string& x : formKeys(a, false))
            for (const std::string& y : formKeys(b, true))
                best = std::max(best, keySimilarity(x, y));
        if (m_similarities.size() >= (1u << 20))
            m_similarities.clear(); // bounded memory on very long texts
        m_similarities.emplace(std::move(pair), best);
        return best;
    }

    /// Mean and least word similarity of two word lists of equal length (nullopt otherwise).
    std::optional<std::pair<double, double>> similarity(const std::vector<std::string>& a,
                                                        const std::vector<std::string>& b) {
        if (a.empty() || a.size() != b.size())
            return std::nullopt;
        double sum = 0.0, least = 1.0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const double s = wordSimilarity(a[i], b[i]);
            sum += s;
            least = std::min(least, s);
        }
        return std::make_pair(sum / static_cast<double>(a.size()), least);
    }

    /// Like similarity() for the best order of the target words, less a small penalty. The lists have
    /// the same, non-zero length.
    std::pair<double, double> permutedSimilarity(const std::vector<std::string>& a,
                                                 std::vector<std::string> b) {
        std::sort(b.begin(), b.end());
        std::pair<double, double> best{-1.0, 0.0};
        do {
            const auto s = similarity(a, b);
            if (s && s->first > best.first)
                best = *s;
        } while (std::next_permutation(b.begin(), b.end()));
        best.first -= 0.05;
        return best;
    }

    /// Every word is a common word of the source language (its dictionary knows it in lower case).
    bool allCommonSource(const std::vector<std::string>& words) {
        Lemmatizer* sourceLemmatizer = dictionary(m_sourceLemmatizer, m_source.language);
        if (!sourceLemmatizer)
            return false;
        for (const std::string& w : words) {
            auto it = m_sourceCommon.find(w);
            if (it == m_sourceCommon.end()) {
                const auto l = sourceLemmatizer->lemma(lower(w));
                it = m_sourceCommon.emplace(w, l && l->common).first;
            }
            if (!it->second)
                return false;
        }
        return !words.empty();
    }

    std::vector<Candidate> sideCandidates(const NameCandidateFinder& finder, std::size_t begin,
                                          std::size_t end, bool targetSide) const {
        std::vector<Candidate> out;
        for (std::size_t s = begin; s < end; ++s) {
            const std::vector<NameToken>& tokens = finder.tokens(s);
            std::vector<bool> inCandidate(tokens.size(), false);
            for (const NameCandidate& nc : finder.candidates(s)) {
                Candidate c;
                c.segment = s;
                c.kind = nc.kind;
                c.text = nc.text;
                c.acronym = nc.words.size() == 1 && tokens[nc.firstToken].acronym;
                for (std::size_t k = nc.firstToken; k < nc.firstToken + nc.words.size(); ++k) {
                    appendWords(tokens[k], c.words);
                    inCandidate[k] = true;
                }
                c.nextToken = nc.firstToken + nc.words.size();
                out.push_back(std::move(c));
            }
            if (!targetSide)
                continue;
            for (std::size_t k = 0; k < tokens.size(); ++k) {
                const NameToken& t = tokens[k];
                if (inCandidate[k] || t.capitalised || t.foreignScript || !u_islower(firstLetter(t.text)) ||
                    t.text.size() < 8) // four Cyrillic letters at least
                    continue;
                Candidate c;
                c.segment = s;
                c.text = t.text;
                c.lowercase = true;
                c.words.push_back({t.text, t.begin, t.begin + t.text.size()});
                c.nextToken = k + 1;
                out.push_back(std::move(c));
            }
        }
        return out;
    }

    std::string spanText(const Document& doc, const Candidate& c, std::size_t from, std::size_t to) const {
        if (from == 0 && to == c.words.size())
            return c.text;
        const std::string& seg = doc.segments[c.segment].text;
        return seg.substr(c.words[from].begin, c.words[to - 1].end - c.words[from].begin);
    }

    void pairWithinBead(std::size_t b) {
        const Bead& bead = m_alignment[b];
        if (bead.srcEnd > m_source.segments.size() || bead.tgtEnd > m_target.segments.size())
            throw UsageError("bead " + std::to_string(b) + " points past the end of the documents (" +
                             std::to_string(m_source.segments.size()) + " source and " +
                             std::to_string(m_target.segments.size()) + " target segments)");
        BeadSides sides;
        sides.source = sideCandidates(m_sourceFinder, bead.srcBegin, bead.srcEnd, false);
        sides.target = sideCandidates(m_targetFinder, bead.tgtBegin, bead.tgtEnd, true);
        sides.sourceUsed.resize(sides.source.size());
        sides.targetUsed.resize(sides.target.size());

        std::vector<Proposal> proposals;
        // 1. Identical foreign-script text found in the source as written.
        for (std::size_t t = 0; t < sides.target.size(); ++t) {
            const Candidate& tc = sides.target[t];
            if (tc.kind != CandidateKind::ForeignScript)
                continue;
            for (std::size_t s = 0; s < sides.source.size(); ++s)
                for (std::size_t from = 0; from < sides.source[s].words.size(); ++from)
                    for (std::size_t to = from + 1; to <= sides.source[s].words.size(); ++to)
                        if (spanText(m_source, sides.source[s], from, to) == tc.text)
                            proposals.push_back({PairingMethod::Identical, 1.0, {s, from, to}, {t, 0, tc.words.size()}, {}});
            if (std::none_of(proposals.begin(), proposals.end(), [&](const Proposal& p) { return p.target.candidate == t; }))
                addIdenticalLowercase(sides, t, proposals);
        }
        // 2 and 3. Known pairs and transliteration, over all sub-spans.
        for (std::size_t s = 0; s < sides.source.size(); ++s) {
            const Candidate& sc = sides.source[s];
            for (std::size_t from = 0; from < sc.words.size(); ++from)
                for (std::size_t to = from + 1; to <= sc.words.size() && to - from <= 6; ++to) {
                    if (isLinkWord(sc.words[from].text) || isLinkWord(sc.words[to - 1].text) ||
                        (sc.kind == CandidateKind::Run && allLowercase(sc, from, to)))
                        continue;
                    const std::vector<std::string> sw = comparableWords(sc, from, to);
                    const std::string sText = spanText(m_source, sc, from, to);
                    for (std::size_t t = 0; t < sides.target.size(); ++t)
                        proposeForTarget(sides, {s, from, to}, sw, sText, t, proposals);
                }
        }
        // Strongest first: identical text, then score with a bonus for longer spans and for spans
        // that are whole candidates (Crocus City Hall over Crocus City).
        auto weight = [&](const Proposal& p) {
            const bool wholeSource = p.source.from == 0 && p.source.to == sides.source[p.source.candidate].words.size();
            const bool wholeTarget = p.target.from == 0 && p.target.to == sides.target[p.target.candidate].words.size();
            return p.score + 0.05 * static_cast<double>(p.source.to - p.source.from) + (wholeSource ? 0.1 : 0.0) +
                   (wholeTarget ? 0.1 : 0.0);
        };
        std::stable_sort(proposals.begin(), proposals.end(), [&](const Proposal& a, const Proposal& b) {
            if (a.method != b.method && (a.method == PairingMethod::Identical || b.method == PairingMethod::Identical))
                return a.method == PairingMethod::Identical;
            return weight(a) > weight(b);
        });
        for (const Proposal& p : proposals) {
            if (overlaps(sides.sourceUsed[p.source.candidate], p.source) ||
                overlaps(sides.targetUsed[p.target.candidate], p.target))
                continue;
            use(sides.sourceUsed[p.source.candidate], p.source);
            use(sides.targetUsed[p.target.candidate], p.target);
            record(b, p.method, p.score, sides, p.source, p.target, p.knownSource);
            if (p.method == PairingMethod::Transliteration)
                recordNameInside(b, p, sides);
        }
        m_beads.push_back(std::move(sides));
    }

    /// A transliterated name that holds common words (Alfred Wegener Institute ↔ Институт Альфреда
    /// Вегенера, University of Magallanes) also gives the pair of the proper name inside it.
    void recordNameInside(std::size_t b, const Proposal& p, const BeadSides& sides) {
        const Candidate& sc = sides.source[p.source.candidate];
        const Candidate& tc = sides.target[p.target.candidate];
        std::size_t from = p.source.to, to = p.source.from; // the proper words' extent
        for (std::size_t i = p.source.from; i < p.source.to; ++i)
            if (!isLinkWord(sc.words[i].text) && !allCommonSource({sc.words[i].text})) {
                from = std::min(from, i);
                to = std::max(to, i + 1);
            }
        if (from >= to || (from == p.source.from && to == p.source.to))
            return;
        for (std::size_t i = from; i < to; ++i)
            if (allCommonSource({sc.words[i].text}))
                return; // common words between the proper ones: no single name inside
        // The target words closest to the proper source words, which must lie side by side.
        std::size_t tFrom = p.target.to, tTo = p.target.from;
        for (std::size_t i = from; i < to; ++i) {
            if (isLinkWord(sc.words[i].text))
                continue;
            std::size_t best = p.target.to;
            double bestSimilarity = m_options.minWordSimilarity;
            for (std::size_t k = p.target.from; k < p.target.to; ++k) {
                const double sim = wordSimilarity(sc.words[i].text, tc.words[k].text);
                if (sim >= bestSimilarity) {
                    bestSimilarity = sim;
                    best = k;
                }
            }
            if (best == p.target.to)
                return;
            tFrom = std::min(tFrom, best);
            tTo = std::max(tTo, best + 1);
        }
        if (tTo - tFrom != comparableWords(sc, from, to).size())
            return;
        // The rest must be common words on the target side too (институт, not Аренас of Punta Arenas).
        for (std::size_t k = p.target.from; k < p.target.to; ++k)
            if ((k < tFrom || k >= tTo) && !allCommon(tc, k, k + 1))
                return;
        record(b, PairingMethod::Transliteration, p.score, sides, {p.source.candidate, from, to},
               {p.target.candidate, tFrom, tTo}, {});
    }

    /// A foreign-script run in the target (imago images) found in the source bead's text even where
    /// the source has no candidate there (lower case): adds a source candidate for it.
    void addIdenticalLowercase(BeadSides& sides, std::size_t t, std::vector<Proposal>& proposals) {
        const Candidate& tc = sides.target[t];
        const Bead& bead = m_alignment[m_beads.size()]; // the bead being paired (not yet in m_beads)
        for (std::size_t seg = bead.srcBegin; seg < bead.srcEnd; ++seg) {
            const std::vector<NameToken>& tokens = m_sourceFinder.tokens(seg);
            for (std::size_t k = 0; k + tc.words.size() <= tokens.size(); ++k) {
                bool same = true;
                for (std::size_t w = 0; w < tc.words.size() && same; ++w)
                    same = tokens[k + w].text == tc.words[w].text;
                if (!same)
                    continue;
                Candidate c;
                c.segment = seg;
                c.kind = CandidateKind::ForeignScript;
                for (std::size_t w = 0; w < tc.words.size(); ++w)
                    c.words.push_back({tokens[k + w].text, tokens[k + w].begin, tokens[k + w].begin + tokens[k + w].text.size()});
                c.text = m_source.segments[seg].text.substr(c.words.front().begin, c.words.back().end - c.words.front().begin);
                if (c.text != tc.text)
                    continue;
                c.nextToken = k + tc.words.size();
                sides.source.push_back(std::move(c));
                sides.sourceUsed.emplace_back();
                proposals.push_back({PairingMethod::Identical, 1.0, {sides.source.size() - 1, 0, tc.words.size()},
                                     {t, 0, tc.words.size()}, {}});
                return;
            }
        }
    }

    void proposeForTarget(const BeadSides& sides, SpanRef source, const std::vector<std::string>& sw,
                          const std::string& sText, std::size_t t, std::vector<Proposal>& proposals) {
        const Candidate& tc = sides.target[t];
        // Known pairs: the source span is a known name (or a demonym of one: Central Asian).
        const std::string form = lookupForm(sText);
        std::vector<std::string> forms{form};
        if (form.size() > 4 && form.compare(form.size() - 2, 2, "an") == 0)
            forms.push_back(form.substr(0, form.size() - 1));
        for (const std::string& f : forms) {
            auto known = m_known.find(f);
            if (known == m_known.end() || tc.lowercase)
                continue;
            for (const auto& [knownSource, knownTarget] : known->second) {
                const std::vector<std::string> kw = splitWords(knownTarget);
                for (std::size_t from = 0; from + kw.size() <= tc.words.size(); ++from) {
                    bool all = true;
                    for (std::size_t i = 0; i < kw.size() && all; ++i)
                        all = targetWordsMatch(kw[i], tc.words[from + i].text);
                    if (all)
                        proposals.push_back({PairingMethod::Known, 1.0, source, {t, from, from + kw.size()},
                                             f == form ? std::string() : knownSource});
                }
            }
        }
        // Transliteration.
        if (tc.lowercase && sw.size() != 1)
            return;
        for (std::size_t from = 0; from < tc.words.size(); ++from)
            for (std::size_t to = from + 1; to <= tc.words.size() && to - from <= sw.size() + 2; ++to) {
                if (isArticleWord(tc.words[from].text) || isArticleWord(tc.words[to - 1].text))
                    continue;
                const std::vector<std::string> tw = comparableWords(tc, from, to);
                auto sim = similarity(sw, tw);
                if (!sim)
                    continue;
                const double needed = tc.lowercase ? m_options.minLowercaseSimilarity : m_options.minSimilarity;
                if ((sim->first < needed || sim->second < m_options.minWordSimilarity) && sw.size() >= 2 && sw.size() <= 4)
                    sim = permutedSimilarity(sw, tw); // Alfred Wegener Institute ↔ Институт Альфреда Вегенера
                if (sim->first < needed || sim->second < m_options.minWordSimilarity)
                    continue;
                // Common words on both sides (Climate ↔ климат, Institute ↔ институт) are cognates.
                if (allCommonSource(sw) && allCommon(tc, from, to))
                    continue;
                // A part of a longer name that is a common word of the target (Institute ↔ институт) or an
                // adjective alone (Islamic ↔ Исламского) is a cognate, not a name pair.
                const bool partOfName = source.to - source.from < sides.source[source.candidate].words.size();
                if ((partOfName && allCommon(tc, from, to)) || allAdjectives(tc, from, to))
                    continue;
                proposals.push_back({PairingMethod::Transliteration, sim->first, source, {t, from, to}, {}});
            }
    }

    /// A Hunspell dictionary, opened on first use (loading one takes a few hundred milliseconds).
    Lemmatizer* dictionary(std::optional<std::optional<Lemmatizer>>& slot, const std::string& language) {
        if (!slot)
            slot.emplace(m_options.dictionaryDirectory.empty()
                             ? std::nullopt
                             : Lemmatizer::open(m_options.dictionaryDirectory, language));
        return *slot ? &**slot : nullptr;
    }
    Lemmatizer* targetDictionary() { return dictionary(m_lemmatizer, m_target.language); }

    const std::optional<Lemma>& lemmaOf(const std::string& word) {
        auto it = m_lemmas.find(word);
        if (it == m_lemmas.end())
            it = m_lemmas.emplace(word, targetDictionary() ? targetDictionary()->lemma(word) : std::nullopt).first;
        return it->second;
    }

    bool allCommon(const Candidate& c, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const auto& l = lemmaOf(c.words[i].text);
            if (!l || !l->common)
                return false;
        }
        return true;
    }

    bool allAdjectives(const Candidate& c, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            const auto& l = lemmaOf(c.words[i].text);
            if (!l || !l->adjective || !l->common)
                return false;
        }
        return true;
    }

    static bool allLowercase(const Candidate& c, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            if (!u_islower(firstLetter(c.words[i].text)))
                return false;
        return true;
    }

    /// Two target-language words are forms of one word: equal keys of some base-form candidates.
    bool targetWordsMatch(const std::string& a, const std::string& b) {
        const auto& ka = formKeys(a, true);
        const auto& kb = formKeys(b, true);
        for (const std::string& x : ka)
            for (const std::string& y : kb)
                if (keySimilarity(x, y) >= 0.8)
                    return true;
        return false;
    }

    static std::vector<std::string> splitWords(const std::string& s) {
        std::vector<std::string> out;
        std::size_t start = 0;
        while (start < s.size()) {
            std::size_t end = s.find(' ', start);
            if (end == std::string::npos)
                end = s.size();
            if (end > start)
                out.push_back(s.substr(start, end - start));
            start = end + 1;
        }
        return out;
    }

    static bool overlaps(const std::set<std::size_t>& used, SpanRef span) {
        for (std::size_t i = span.from; i < span.to; ++i)
            if (used.count(i) > 0)
                return true;
        return false;
    }
    static void use(std::set<std::size_t>& used, SpanRef span) {
        for (std::size_t i = span.from; i < span.to; ++i)
            used.insert(i);
    }

    void record(std::size_t b, PairingMethod method, double score, const BeadSides& sides, SpanRef s, SpanRef t,
                const std::string& knownSource) {
        const Candidate& sc = sides.source[s.candidate];
        const Candidate& tc = sides.target[t.candidate];
        Pairing p;
        p.bead = b;
        p.method = method;
        p.score = score;
        p.sourceText = knownSource.empty() ? spanText(m_source, sc, s.from, s.to) : knownSource;
        p.targetText = spanText(m_target, tc, t.from, t.to);
        p.sourceId = p.sourceText;
        p.targetId = m_keyer.key(p.targetText, m_target.language);
        if (p.targetId.empty())
            p.targetId = p.targetText;
        for (std::size_t i = s.from; i < s.to; ++i)
            p.sourceWords.push_back(sc.words[i].text);
        for (std::size_t i = t.from; i < t.to; ++i)
            p.targetWords.push_back(tc.words[i].text);
        p.targetSegment = tc.segment;
        m_linkedSources.insert(p.sourceId);
        m_linkedTargets.insert(p.targetId);
        m_pairings.push_back(std::move(p));
    }

    std::string targetId(const Candidate& c) {
        std::string k = m_keyer.key(c.text, m_target.language);
        return k.empty() ? c.text : k;
    }

    void linkByCooccurrence() {
        std::map<std::string, int> sourceCount, targetCount;
        std::map<std::pair<std::string, std::string>, int> together;
        std::vector<std::pair<std::set<std::string>, std::set<std::string>>> perBead(m_beads.size());
        for (std::size_t b = 0; b < m_beads.size(); ++b) {
            BeadSides& sides = m_beads[b];
            for (std::size_t i = 0; i < sides.source.size(); ++i)
                if (sides.sourceUsed[i].size() < sides.source[i].words.size() && !m_linkedSources.count(sides.source[i].text))
                    perBead[b].first.insert(sides.source[i].text);
            for (std::size_t i = 0; i < sides.target.size(); ++i)
                if (!sides.target[i].lowercase && sides.targetUsed[i].size() < sides.target[i].words.size()) {
                    const std::string id = targetId(sides.target[i]);
                    if (!m_linkedTargets.count(id))
                        perBead[b].second.insert(id);
                }
            for (const auto& s : perBead[b].first)
                ++sourceCount[s];
            for (const auto& t : perBead[b].second)
                ++targetCount[t];
            for (const auto& s : perBead[b].first)
                for (const auto& t : perBead[b].second)
                    ++together[{s, t}];
        }
        struct Link {
            double dice;
            int count;
            std::string source, target;
        };
        std::vector<Link> links;
        for (const auto& [pair, count] : together) {
            const double dice = 2.0 * count / static_cast<double>(sourceCount[pair.first] + targetCount[pair.second]);
            if (count >= m_options.minCooccurrences && dice >= m_options.minDice)
                links.push_back({dice, count, pair.first, pair.second});
        }
        std::stable_sort(links.begin(), links.end(), [](const Link& a, const Link& b) {
            return a.dice != b.dice ? a.dice > b.dice : a.count > b.count;
        });
        std::set<std::string> linkedS, linkedT;
        for (const Link& l : links) {
            if (linkedS.count(l.source) || linkedT.count(l.target))
                continue;
            linkedS.insert(l.source);
            linkedT.insert(l.target);
            for (std::size_t b = 0; b < m_beads.size(); ++b) {
                if (!perBead[b].first.count(l.source) || !perBead[b].second.count(l.target))
                    continue;
                BeadSides& sides = m_beads[b];
                const auto s = findCandidate(sides.source, [&](const Candidate& c) { return c.text == l.source; });
                const auto t = findCandidate(sides.target, [&](const Candidate& c) {
                    return !c.lowercase && targetId(c) == l.target;
                });
                const SpanRef sr{s, 0, sides.source[s].words.size()}, whole{t, 0, sides.target[t].words.size()};
                use(sides.sourceUsed[s], sr);
                use(sides.targetUsed[t], whole);
                // A name whose other words are in lower case (Калужской области for Kaluga region).
                const Candidate wider = extended(sides.target[t], comparableWords(sides.source[s], 0, sr.to).size());
                if (allAdjectives(wider, 0, wider.words.size()))
                    continue;
                sides.target.push_back(wider);
                sides.targetUsed.emplace_back();
                const SpanRef tr{sides.target.size() - 1, 0, wider.words.size()};
                use(sides.targetUsed.back(), tr);
                record(b, PairingMethod::Cooccurrence, 0.5 + 0.4 * l.dice, sides, sr, tr, {});
            }
        }
    }

    template <typename Pred>
    static std::size_t findCandidate(const std::vector<Candidate>& list, Pred pred) {
        return static_cast<std::size_t>(std::find_if(list.begin(), list.end(), pred) - list.begin());
    }

    /// The unused stretches of a side's candidates, as candidates of their own (what is left of
    /// «Ближнему Востоку Руслан Сулейманов» once the person is paired).
    std::vector<std::pair<std::size_t, Candidate>> remainders(const Document& doc, const std::vector<Candidate>& list,
                                                             const std::vector<std::set<std::size_t>>& used) const {
        std::vector<std::pair<std::size_t, Candidate>> out;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Candidate& c = list[i];
            if (c.lowercase)
                continue;
            for (std::size_t from = 0; from < c.words.size();) {
                if (used[i].count(from)) {
                    ++from;
                    continue;
                }
                std::size_t to = from;
                while (to < c.words.size() && !used[i].count(to))
                    ++to;
                std::size_t first = from, last = to;
                while (first < last && isArticleWord(c.words[first].text))
                    ++first;
                while (last > first && isArticleWord(c.words[last - 1].text))
                    --last;
                if (first < last && !(c.kind == CandidateKind::Run && allLowercase(c, first, last))) {
                    Candidate r = c;
                    r.words.assign(c.words.begin() + static_cast<std::ptrdiff_t>(first),
                                   c.words.begin() + static_cast<std::ptrdiff_t>(last));
                    r.text = spanText(doc, c, first, last);
                    r.extendable = c.extendable && last == c.words.size();
                    out.emplace_back(i, std::move(r));
                }
                from = to;
            }
        }
        return out;
    }

    /// Names translated word by word (Norwegian Polar Institute ↔ Норвежского полярного института):
    /// when a bead has one unpaired target phrase of n words (n ≥ 2) that opens with a capitalised
    /// adjective followed by lower-case words, it pairs with the unpaired source name of n words, or
    /// among several, with the one clearly closest to its place in the bead.
    void pairTranslatedPhrases(std::size_t b) {
        BeadSides& sides = m_beads[b];
        auto s = remainders(m_source, sides.source, sides.sourceUsed);
        auto t = remainders(m_target, sides.target, sides.targetUsed);
        std::erase_if(s, [&](const auto& r) { return m_linkedSources.count(r.second.text) > 0; });
        std::erase_if(t, [&](const auto& r) { return m_linkedTargets.count(targetId(r.second)) > 0; });
        std::map<std::size_t, std::vector<std::size_t>> sourcesByLength; // word count → indices into s
        for (std::size_t i = 0; i < s.size(); ++i) {
            const Candidate& sc = s[i].second;
            const std::size_t n = comparableWords(sc, 0, sc.words.size()).size();
            if (sc.kind == CandidateKind::Run && !sc.acronym && n >= 2)
                sourcesByLength[n].push_back(i);
        }
        for (const auto& [n, sources] : sourcesByLength) {
            const std::vector<Candidate> phrases = adjectivePhrases(b, n);
            if (phrases.size() != 1)
                continue;
            // Several source names of n words: the one at the phrase's place in the bead, if clearly so.
            const double place = relativePlace(m_target, m_alignment[b].tgtBegin, m_alignment[b].tgtEnd,
                                               phrases.front().segment, phrases.front().words.front().begin);
            std::vector<std::pair<double, std::size_t>> distances;
            for (std::size_t i : sources) {
                const Candidate& c = s[i].second;
                distances.emplace_back(
                    std::abs(relativePlace(m_source, m_alignment[b].srcBegin, m_alignment[b].srcEnd,
                                           c.segment, c.words.front().begin) -
                             place),
                    i);
            }
            std::sort(distances.begin(), distances.end());
            if (distances.size() > 1 &&
                (distances[0].first > 0.15 || distances[1].first - distances[0].first < 0.2))
                continue;
            const auto& [si, sc] = s[distances.front().second];
            // The capitalised adjective may have been a candidate of its own: mark it used.
            for (std::size_t j = 0; j < sides.target.size(); ++j)
                for (std::size_t w = 0; w < sides.target[j].words.size(); ++w)
                    if (sides.target[j].segment == phrases.front().segment &&
                        sides.target[j].words[w].begin < phrases.front().words.back().end &&
                        sides.target[j].words[w].end > phrases.front().words.front().begin)
                        sides.targetUsed[j].insert(w);
            sides.source.push_back(sc);
            sides.sourceUsed.emplace_back();
            sides.target.push_back(phrases.front());
            sides.targetUsed.emplace_back();
            const SpanRef sr{sides.source.size() - 1, 0, sc.words.size()};
            const SpanRef tr{sides.target.size() - 1, 0, phrases.front().words.size()};
            use(sides.sourceUsed[si], {si, 0, sides.source[si].words.size()});
            use(sides.sourceUsed[sr.candidate], sr);
            use(sides.targetUsed[tr.candidate], tr);
            record(b, PairingMethod::Leftover, 0.4, sides, sr, tr, {});
        }
    }

    /// A bead left with one unpaired one-word name on each side besides longer ones pairs them
    /// (Beijing ↔ Пекине next to a station named differently). Names whose known rendering is not
    /// in the bead (China's ↔ китайской) do not count.
    void pairSingleWords(std::size_t b) {
        BeadSides& sides = m_beads[b];
        auto s = remainders(m_source, sides.source, sides.sourceUsed);
        auto t = remainders(m_target, sides.target, sides.targetUsed);
        std::erase_if(s, [&](const auto& r) {
            return m_linkedSources.count(r.second.text) > 0 || m_known.count(lookupForm(r.second.text)) > 0;
        });
        std::erase_if(t, [&](const auto& r) { return m_linkedTargets.count(targetId(r.second)) > 0; });
        std::vector<std::size_t> singleSources, singleTargets; // one-word names: one on each side pair
        for (std::size_t i = 0; i < s.size(); ++i)
            if (s[i].second.kind == CandidateKind::Run && !s[i].second.acronym &&
                s[i].second.words.size() == 1)
                singleSources.push_back(i);
        for (std::size_t j = 0; j < t.size(); ++j)
            if (t[j].second.kind == CandidateKind::Run && !t[j].second.acronym &&
                t[j].second.words.size() == 1 && !allAdjectives(t[j].second, 0, 1))
                singleTargets.push_back(j);
        if (singleSources.size() != 1 || singleTargets.size() != 1 || s.size() < 2)
            return;
        const auto& [si, sc] = s[singleSources.front()];
        const auto& [tj, tc] = t[singleTargets.front()];
        sides.source.push_back(sc);
        sides.sourceUsed.emplace_back();
        sides.target.push_back(tc);
        sides.targetUsed.emplace_back();
        const SpanRef sr{sides.source.size() - 1, 0, 1}, tr{sides.target.size() - 1, 0, 1};
        use(sides.sourceUsed[si], {si, 0, sides.source[si].words.size()});
        use(sides.targetUsed[tj], {tj, 0, sides.target[tj].words.size()});
        use(sides.sourceUsed[sr.candidate], sr);
        use(sides.targetUsed[tr.candidate], tr);
        record(b, PairingMethod::Leftover, 0.4, sides, sr, tr, {});
    }

    /// Where a byte offset of a segment lies in the text of segments [begin, end), from 0 to 1.
    static double relativePlace(const Document& doc, std::size_t begin, std::size_t end, std::size_t segment,
                                std::size_t offset) {
        std::size_t before = 0, total = 0;
        for (std::size_t k = begin; k < end; ++k) {
            if (k < segment)
                before += doc.segments[k].text.size();
            total += doc.segments[k].text.size();
        }
        return total == 0 ? 0.0 : static_cast<double>(before + offset) / static_cast<double>(total);
    }

    /// The bead's unused target phrases of n words: a capitalised adjective inside a sentence (a
    /// name candidate or not: Норвежского is also written норвежского) and the lower-case words
    /// after it, ending in a common noun.
    std::vector<Candidate> adjectivePhrases(std::size_t b, std::size_t n) {
        const Bead& bead = m_alignment[b];
        const BeadSides& sides = m_beads[b];
        auto isUsed = [&](std::size_t segment, const Word& w) {
            for (std::size_t j = 0; j < sides.target.size(); ++j)
                if (sides.target[j].segment == segment && !sides.target[j].lowercase)
                    for (std::size_t i : sides.targetUsed[j])
                        if (sides.target[j].words[i].begin < w.end && sides.target[j].words[i].end > w.begin)
                            return true;
            return false;
        };
        std::vector<Candidate> out;
        for (std::size_t seg = bead.tgtBegin; seg < bead.tgtEnd; ++seg) {
            const std::vector<NameToken>& tokens = m_targetFinder.tokens(seg);
            for (std::size_t k = 0; k < tokens.size(); ++k) {
                const NameToken& token = tokens[k];
                if (!token.capitalised || token.sentenceInitial || token.acronym || token.foreignScript ||
                    token.quoteOpens)
                    continue;
                const auto& first = lemmaOf(token.text);
                if (!first || !first->adjective || !first->common)
                    continue;
                Candidate c;
                c.segment = seg;
                c.words.push_back({token.text, token.begin, token.begin + token.text.size()});
                c.text = token.text;
                c.nextToken = k + 1;
                const Candidate wider = extended(c, n);
                if (wider.words.size() != n || comparableWords(wider, 0, n).size() != n)
                    continue;
                const auto& last = lemmaOf(wider.words.back().text);
                if (!last || !last->common || last->adjective ||
                    std::any_of(wider.words.begin(), wider.words.end(),
                                [&](const Word& w) { return isUsed(seg, w); }))
                    continue;
                out.push_back(wider);
            }
        }
        return out;
    }

    void pairLeftovers(std::size_t b) {
        pairTranslatedPhrases(b);
        pairSingleWords(b);
        BeadSides& sides = m_beads[b];
        auto s = remainders(m_source, sides.source, sides.sourceUsed);
        auto t = remainders(m_target, sides.target, sides.targetUsed);
        std::erase_if(s, [&](const auto& r) { return m_linkedSources.count(r.second.text) > 0; });
        std::erase_if(t, [&](const auto& r) { return m_linkedTargets.count(targetId(r.second)) > 0; });
        if (s.size() != 1 || t.size() > 1)
            return;
        const Candidate& sc = s.front().second;
        const std::size_t n = comparableWords(sc, 0, sc.words.size()).size();
        std::optional<Candidate> target;
        if (t.size() == 1)
            target = extended(t.front().second, n);
        const bool fits = target && comparableWords(*target, 0, target->words.size()).size() == n && target->acronym == sc.acronym;
        double spelledAlike = 0.0; // the key similarity of a one-word name found opening the sentence
        if (t.empty() && n == 1 && !sc.acronym) {
            // Nothing left: a one-word name may begin the target sentence if it is spelled alike (Арктика).
            const Bead& bead = m_alignment[b];
            for (std::size_t seg = bead.tgtBegin; seg < bead.tgtEnd && !target; ++seg) {
                const auto& tokens = m_targetFinder.tokens(seg);
                if (tokens.empty() || !tokens.front().capitalised || tokens.front().acronym)
                    continue;
                spelledAlike = wordSimilarity(sc.words.front().text, tokens.front().text);
                if (spelledAlike >= m_options.minSimilarity) {
                    Candidate c;
                    c.segment = seg;
                    c.words.push_back({tokens.front().text, tokens.front().begin,
                                       tokens.front().begin + tokens.front().text.size()});
                    c.text = tokens.front().text;
                    c.nextToken = 1;
                    target = c;
                }
            }
        }
        if (!fits && n >= 2 && sc.text.find(' ') != std::string::npos) {
            target.reset();
            t.clear(); // the one left over (an acronym, a single word) is not this name's rendering
            // Nothing else left: a multi-word name may begin the target sentence (Федеральная служба …).
            const Bead& bead = m_alignment[b];
            for (std::size_t seg = bead.tgtBegin; seg < bead.tgtEnd && !target; ++seg) {
                const auto& tokens = m_targetFinder.tokens(seg);
                if (!tokens.empty() && tokens.front().capitalised && !tokens.front().acronym &&
                    !tokens.front().foreignScript && tokens.front().text.find('-') == std::string::npos) {
                    Candidate c;
                    c.segment = seg;
                    c.words.push_back({tokens.front().text, tokens.front().begin, tokens.front().begin + tokens.front().text.size()});
                    c.text = tokens.front().text;
                    c.nextToken = 1;
                    target = extended(c, n);
                }
            }
        }
        // A phrase that ends in an adjective lacks its noun (Арктического и антарктического …).
        if (!target || comparableWords(*target, 0, target->words.size()).size() != n || target->acronym != sc.acronym ||
            allAdjectives(*target, 0, target->words.size()) ||
            (target->words.size() > 1 && allAdjectives(*target, target->words.size() - 1, target->words.size())))
            return;
        sides.source.push_back(sc);
        sides.sourceUsed.emplace_back();
        sides.target.push_back(*target);
        sides.targetUsed.emplace_back();
        const SpanRef sr{sides.source.size() - 1, 0, sc.words.size()}, tr{sides.target.size() - 1, 0, target->words.size()};
        use(sides.sourceUsed[s.front().first], {s.front().first, 0, sides.source[s.front().first].words.size()});
        use(sides.targetUsed[sr.candidate], tr);
        if (t.size() == 1)
            use(sides.targetUsed[t.front().first], {t.front().first, 0, sides.target[t.front().first].words.size()});
        use(sides.sourceUsed[sr.candidate], sr);
        if (spelledAlike >= m_options.minSimilarity)
            record(b, PairingMethod::Transliteration, spelledAlike, sides, sr, tr, {});
        else
            record(b, PairingMethod::Leftover, 0.4, sides, sr, tr, {});
    }

    /// The candidate extended by following lower-case words (no punctuation between) to n words,
    /// when it ends in an adjective that needs its noun (Калужской → Калужской области).
    Candidate extended(Candidate c, std::size_t n) {
        const auto& tokens = m_targetFinder.tokens(c.segment);
        std::size_t k = c.nextToken;
        const bool endsInAdjective = !c.words.empty() && lemmaOf(c.words.back().text) && lemmaOf(c.words.back().text)->adjective;
        while (endsInAdjective && c.extendable && c.words.size() < n && k < tokens.size() && !tokens[k].breakBefore &&
               u_islower(firstLetter(tokens[k].text)) && c.kind == CandidateKind::Run) {
            c.words.push_back({tokens[k].text, tokens[k].begin, tokens[k].begin + tokens[k].text.size()});
            ++k;
        }
        c.nextToken = k;
        c.text = m_target.segments[c.segment].text.substr(c.words.front().begin, c.words.back().end - c.words.front().begin);
        return c;
    }

    // ---- Turning pairings into suggestions -------------------------------------------------------

    std::vector<NameSuggestion> suggestions() {
        std::map<std::string, std::map<std::string, std::vector<const Pairing*>>> groups;
        for (const Pairing& p : m_pairings)
            groups[p.sourceId][p.targetId].push_back(&p);
        std::vector<NameSuggestion> out;
        for (const auto& [sourceId, targets] : groups) {
            const std::vector<const Pairing*>* best = nullptr;
            double bestWeight = -1.0;
            for (const auto& [targetId, pairings] : targets) {
                double weight = 0.0;
                std::set<std::size_t> beads;
                for (const Pairing* p : pairings)
                    if (beads.insert(p->bead).second)
                        weight += p->score;
                if (weight > bestWeight) {
                    bestWeight = weight;
                    best = &pairings;
                }
            }
            out.push_back(makeSuggestion(*best));
        }
        std::stable_sort(out.begin(), out.end(), [](const NameSuggestion& a, const NameSuggestion& b) {
            if (a.term.occurrences != b.term.occurrences)
                return a.term.occurrences > b.term.occurrences;
            if (a.term.score != b.term.score)
                return a.term.score > b.term.score;
            return a.term.source < b.term.source;
        });
        return out;
    }

    NameSuggestion makeSuggestion(const std::vector<const Pairing*>& pairings) {
        NameSuggestion s;
        std::map<std::string, int> sourceForms, targetForms;
        std::set<std::size_t> beads;
        double scoreSum = 0.0;
        s.method = PairingMethod::Leftover;
        const Pairing* representative = pairings.front();
        for (const Pairing* p : pairings) {
            s.evidence.push_back({p->bead, p->sourceText, p->targetText});
            ++sourceForms[p->sourceText];
            ++targetForms[p->targetText];
            if (beads.insert(p->bead).second)
                scoreSum += p->score;
            if (static_cast<int>(p->method) < static_cast<int>(s.method))
                s.method = p->method;
        }
        auto mostFrequent = [](const std::map<std::string, int>& forms) {
            return std::max_element(forms.begin(), forms.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;
        };
        s.term.source = mostFrequent(sourceForms);
        const std::string surface = mostFrequent(targetForms);
        for (const Pairing* p : pairings)
            if (p->targetText == surface && p->sourceText == s.term.source) {
                representative = p;
                break;
            }
        for (const auto& [form, count] : targetForms)
            s.term.variants.push_back(form);
        std::stable_sort(s.term.variants.begin(), s.term.variants.end(),
                         [&](const std::string& a, const std::string& b) { return targetForms[a] > targetForms[b]; });
        s.term.target = baseForm(*representative, s.method);
        s.term.occurrences = static_cast<int>(beads.size());
        s.term.score = scoreSum / static_cast<double>(beads.size());
        s.term.status = TermStatus::Suggested;
        s.term.type = s.method == PairingMethod::Known && m_known.count(lookupForm(s.term.source)) ? TermType::Place
                                                                                                 : TermType::Other;
        std::stable_sort(s.evidence.begin(), s.evidence.end(),
                         [](const NameEvidence& a, const NameEvidence& b) { return a.bead < b.bead; });
        return s;
    }

    /// The target's base form: dictionary lemmas up to the head noun with adjectives agreeing,
    /// transliterated names by the endings table (the candidate closest to the source's spelling),
    /// nominative plural for an English plural (Pashtuns ↔ пуштуны).
    std::string baseForm(const Pairing& p, PairingMethod method) {
        const std::string& surface = p.targetText;
        if (method == PairingMethod::Identical || !inflectsNames(m_target.language))
            return surface;
        std::vector<std::string> words = splitWords(surface);
        // Keep separators (hyphen-split words came from one token): rebuild from the surface text.
        if (words.size() != p.targetWords.size())
            words = p.targetWords;
        std::vector<std::string> base(words.size());
        std::vector<std::optional<Lemma>> lemmas(words.size());
        std::optional<std::size_t> head;
        for (std::size_t i = 0; i < words.size(); ++i) {
            base[i] = words[i];
            if (!isCyrillicWord(words[i]) || head)
                continue;
            const icu::UnicodeString u = icu::UnicodeString::fromUTF8(words[i]);
            if (u.length() > 1 && icu::UnicodeString(u).toUpper(icu::Locale::getRoot()) == u)
                continue; // acronyms do not decline
            lemmas[i] = lemmaOf(words[i]);
            // A transliterated word in its source word's place (Ангелы for Angela) is a name, not a head.
            const bool parallelName = method == PairingMethod::Transliteration && p.sourceWords.size() == words.size() &&
                                      wordSimilarity(p.sourceWords[i], words[i]) >= m_options.minWordSimilarity;
            if (lemmas[i] && lemmas[i]->common && !lemmas[i]->adjective && i + 1 < words.size() && !parallelName) {
                base[i] = lemmas[i]->form;
                head = i; // words after a common head noun are its modifiers (служба безопасности)
            } else if (lemmas[i] && method != PairingMethod::Transliteration) {
                base[i] = lemmas[i]->form;
            } else if (method == PairingMethod::Transliteration || method == PairingMethod::Known) {
                base[i] = closestCandidate(words[i], p.sourceWords.size() == words.size() ? p.sourceWords[i] : p.sourceText,
                                           lemmas[i]);
            }
        }
        // Adjectives before the head noun agree with it (Калужский → Калужская область).
        const std::size_t last = head ? *head : words.size() - 1;
        for (std::size_t i = 0; i < last; ++i)
            if (lemmas[i] && lemmas[i]->adjective && method != PairingMethod::Transliteration)
                base[i] = agreeAdjective(base[i], words[i], base[last]);
        // An English plural: the nominative plural (пуштунов → пуштуны).
        if (words.size() == 1 && p.sourceWords.size() == 1 && isPluralMatch(p.sourceWords.front(), words[0]))
            base[0] = nominativePlural(words[0]);
        // Join as the surface joined them (hyphen-split words, dashes inside quotes).
        std::string out = surface;
        std::size_t pos = 0;
        for (std::size_t i = 0; i < words.size(); ++i) {
            const std::size_t at = out.find(words[i], pos);
            if (at == std::string::npos)
                return surface;
            out.replace(at, words[i].size(), base[i]);
            pos = at + base[i].size();
        }
        return out;
    }

    /// The source word is an English-like plural (-s after a lower-case letter) and the target word
    /// is in a plural case (-ов, -ев, -ей, -ам, -ами, -ах, or nominative -ы, -и).
    static bool isPluralMatch(const std::string& sourceWord, const std::string& targetWord) {
        if (sourceWord.size() <= 3 || sourceWord.back() != 's' || sourceWord[sourceWord.size() - 2] == 's' ||
            !u_islower(static_cast<UChar32>(static_cast<unsigned char>(sourceWord[sourceWord.size() - 2]))))
            return false;
        const std::string t = lower(targetWord);
        for (const char* ending : {"ов", "ев", "ей", "ам", "ям", "ами", "ями", "ах", "ях", "ы", "и"}) {
            const std::size_t n = std::char_traits<char>::length(ending);
            if (t.size() > n && t.compare(t.size() - n, n, ending) == 0)
                return true;
        }
        return false;
    }

    /// Among the base-form candidates of a transliterated word, the one spelled closest to the source
    /// (shorter forms win near-ties). A proper name the dictionary knows (Москвой → Москва) is taken
    /// unless another candidate is clearly closer; a common word's lemma (ангел for Ангелы) competes
    /// like any candidate.
    std::string closestCandidate(const std::string& word, const std::string& sourceWord, const std::optional<Lemma>& lemma) {
        const std::string sourceSkeleton = m_keyer.skeleton(sourceWord, m_source.language);
        const std::size_t wordLength = word.size();
        auto score = [&](const std::string& candidate) {
            const double lengthPenalty = 0.01 * static_cast<double>(candidate.size() > wordLength ? candidate.size() - wordLength : 0);
            return keySimilarity(m_keyer.skeleton(candidate, m_target.language), sourceSkeleton) - lengthPenalty;
        };
        std::string best = word;
        double bestScore = score(word);
        for (const std::string& candidate : baseFormCandidates(word)) {
            const double s = score(candidate);
            if (s > bestScore + 1e-9) {
                bestScore = s;
                best = candidate;
            }
        }
        if (lemma) {
            const double s = score(lemma->form) + (lemma->common ? 0.0 : 0.25);
            if (s > bestScore + 1e-9)
                best = lemma->form;
        }
        return best;
    }

    const Document& m_source;
    const Document& m_target;
    const Alignment& m_alignment;
    const MiningOptions& m_options;
    NameCandidateFinder m_sourceFinder;
    NameCandidateFinder m_targetFinder;
    NameKeyer m_keyer;
    std::optional<std::optional<Lemmatizer>> m_lemmatizer, m_sourceLemmatizer; ///< outer: tried to open yet
    std::unordered_map<std::string, bool> m_sourceCommon;
    std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> m_known;
    std::unordered_map<std::string, std::vector<std::string>> m_sourceKeys, m_targetKeys;
    std::unordered_map<std::string, std::optional<Lemma>> m_lemmas;
    std::unordered_map<std::string, double> m_similarities; ///< source word '\x1f' target word → similarity
    std::vector<BeadSides> m_beads;
    std::vector<Pairing> m_pairings;
    std::set<std::string> m_linkedSources, m_linkedTargets;
};

} // namespace

std::vector<NameSuggestion> mineNames(const Document& source, const Document& target, const Alignment& alignment,
                                      const MiningOptions& options) {
    return Miner(source, target, alignment, options).run();
}

} // namespace tandem
