// The consistency checks: name presence by key sequences, numbers paired by value, spelling clusters.
#include "core/names/consistency_check.h"

#include "core/error.h"
#include "core/names/inflection.h"
#include "core/names/name_candidates.h"
#include "core/names/icu_strings.h"
#include "core/names/name_key.h"
#include "core/names/number_scale.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace tandem {
namespace {

bool decimalPoint(const std::string& language) {
    const std::string primary = language.substr(0, language.find_first_of("-_"));
    return primary == "en" || primary == "zh" || primary == "ja" || primary == "ko" || primary == "he" ||
           primary == "th" || primary == "hi";
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/// Length of a thousands separator at text[i] (0 when none): a no-break or thin space anywhere,
/// a comma (decimal-point languages) or a point or plain space (decimal-comma languages).
std::size_t groupSeparator(const std::string& text, std::size_t i, bool point) {
    if (text.compare(i, 2, "\xC2\xA0") == 0)
        return 2;
    if (text.compare(i, 3, "\xE2\x80\xAF") == 0 || text.compare(i, 3, "\xE2\x80\x89") == 0)
        return 3;
    if (i < text.size() && ((point && text[i] == ',') || (!point && (text[i] == '.' || text[i] == ' '))))
        return 1;
    return 0;
}

/// Keys of the words of a text, names split into their parts (State-Khorasan → stat, gorasan).
std::vector<std::string> wordKeys(NameKeyer& keyer, const std::vector<NameToken>& tokens, const std::string& language) {
    std::vector<std::string> out;
    for (const NameToken& t : tokens) {
        const std::string key = keyer.key(t.text, language);
        std::size_t start = 0;
        while (start < key.size()) {
            std::size_t end = key.find(' ', start);
            if (end == std::string::npos)
                end = key.size();
            out.push_back(key.substr(start, end - start));
            start = end + 1;
        }
    }
    return out;
}

std::vector<std::string> splitKey(const std::string& key) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < key.size()) {
        std::size_t end = key.find(' ', start);
        if (end == std::string::npos)
            end = key.size();
        if (end > start)
            out.push_back(key.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

/// `word` is the key of an adjective made from the name with key `name`: a Slavic -sk- adjective
/// (российскими for Россия) or an English demonym (Russian, Iraqi).
bool isDerivedAdjective(const std::string& word, const std::string& name) {
    if (name.size() < 3 || word.size() <= name.size() || word.compare(0, name.size(), name) != 0)
        return false;
    const std::string suffix = word.substr(name.size());
    const bool slavic = suffix.size() <= 6 && suffix.size() >= 2 && suffix.compare(suffix.size() - 2, 2, "sk") == 0;
    return slavic || suffix == "ian" || suffix == "an" || suffix == "n" || suffix == "i";
}

/// The needle's keys appear in a row; the last one may begin a longer key (Россия in российскими,
/// Russia in Russian), since a derived adjective still renders the name.
bool containsSequence(const std::vector<std::string>& haystack, const std::vector<std::string>& needle) {
    if (needle.empty() || haystack.size() < needle.size())
        return false;
    for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        bool match = true;
        for (std::size_t k = 0; k < needle.size() && match; ++k) {
            const std::string& h = haystack[i + k];
            const std::string& n = needle[k];
            match = h == n || (k + 1 == needle.size() && isDerivedAdjective(h, n));
        }
        if (match)
            return true;
    }
    return false;
}

/// Bead index of each segment of one side.
std::vector<std::size_t> beadOfSegment(const Alignment& alignment, std::size_t segments, bool source) {
    std::vector<std::size_t> out(segments, 0);
    for (std::size_t b = 0; b < alignment.size(); ++b) {
        const std::size_t begin = source ? alignment[b].srcBegin : alignment[b].tgtBegin;
        const std::size_t end = source ? alignment[b].srcEnd : alignment[b].tgtEnd;
        for (std::size_t s = begin; s < end && s < segments; ++s)
            out[s] = b;
    }
    return out;
}

/// The base forms a word may have: its case-stem candidates, or itself.
std::set<std::string> baseSet(const std::string& word, const std::string& language) {
    std::set<std::string> out;
    if (inflectsNames(language)) {
        for (const std::string& c : baseFormCandidates(word))
            out.insert(c);
    } else {
        out.insert(word);
        if (word.size() > 3 && word.back() == 's')
            out.insert(word.substr(0, word.size() - 1));
    }
    return out;
}

UChar32 firstCodePoint(const std::string& s) {
    int32_t i = 0;
    UChar32 c = 0;
    if (!s.empty())
        U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    return c < 0 ? 0 : c;
}

/// One name spelled two ways within one document.
void findTwoRenderings(const Document& doc, const NameCandidateFinder& finder, const Alignment& alignment, bool source,
                       NameKeyer& keyer, std::vector<CheckFinding>& findings) {
    const std::vector<std::size_t> beads = beadOfSegment(alignment, doc.segments.size(), source);
    struct Seen {
        int count = 0;
        std::size_t firstBead = 0;
    };
    // Capitalised name words of one script, by key (Meduza and Медуза are two scripts, not two spellings).
    std::map<std::pair<std::string, bool>, std::map<std::string, Seen>> byKey;
    for (std::size_t s = 0; s < doc.segments.size(); ++s)
        for (const NameCandidate& c : finder.candidates(s))
            for (const std::string& word : c.words) {
                const std::string key = keyer.key(word, doc.language);
                const UChar32 first = firstCodePoint(word);
                if (key.size() < 4 || key.find(' ') != std::string::npos || !u_isupper(first))
                    continue;
                UErrorCode status = U_ZERO_ERROR;
                Seen& seen = byKey[{key, uscript_getScript(first, &status) == USCRIPT_LATIN}][word];
                if (seen.count++ == 0)
                    seen.firstBead = beads[s];
            }
    for (const auto& [key, surfaces] : byKey) {
        if (surfaces.size() < 2)
            continue;
        // Cluster the surfaces: two belong together when their base forms meet (Гафари, Гафарию).
        std::vector<std::pair<std::set<std::string>, std::vector<std::string>>> clusters;
        for (const auto& [surface, seen] : surfaces) {
            const std::set<std::string> bases = baseSet(surface, doc.language);
            auto it = std::find_if(clusters.begin(), clusters.end(), [&](const auto& cluster) {
                return std::any_of(bases.begin(), bases.end(), [&](const std::string& b) { return cluster.first.count(b) > 0; });
            });
            if (it == clusters.end()) {
                clusters.push_back({bases, {surface}});
            } else {
                it->first.insert(bases.begin(), bases.end());
                it->second.push_back(surface);
            }
        }
        if (clusters.size() < 2)
            continue;
        CheckFinding f;
        f.kind = FindingKind::TwoRenderings;
        std::size_t latest = 0;
        std::string listed;
        for (const auto& cluster : clusters) {
            const std::string& representative = *std::max_element(
                cluster.second.begin(), cluster.second.end(),
                [&](const std::string& a, const std::string& b) { return surfaces.at(a).count < surfaces.at(b).count; });
            f.forms.push_back(representative);
            int count = 0;
            std::size_t first = alignment.size();
            for (const std::string& s : cluster.second) {
                count += surfaces.at(s).count;
                first = std::min(first, surfaces.at(s).firstBead);
            }
            latest = std::max(latest, first);
            listed += (listed.empty() ? "" : " and ") + ("'" + representative + "' (" + std::to_string(count) + "x)");
        }
        f.bead = latest; // where the second spelling first shows
        f.message = std::string(source ? "source" : "target") + " spells one name two ways: " + listed;
        findings.push_back(std::move(f));
    }
}

/// The values of the numbers of each side that the other side does not have, sorted. Equal values
/// pair first; then a number with a scale word pairs by its value too ("20,000" with "20 тыс.").
void unmatchedNumbers(const std::vector<WrittenNumber>& source, const std::vector<WrittenNumber>& target,
                      std::vector<std::string>& onlySource, std::vector<std::string>& onlyTarget) {
    std::vector<bool> sourcePaired(source.size()), targetPaired(target.size());
    auto pairUp = [&](auto same) {
        for (std::size_t s = 0; s < source.size(); ++s)
            for (std::size_t t = 0; t < target.size() && !sourcePaired[s]; ++t)
                if (!targetPaired[t] && same(source[s], target[t]))
                    sourcePaired[s] = targetPaired[t] = true;
    };
    pairUp([](const WrittenNumber& a, const WrittenNumber& b) { return a.value == b.value; });
    pairUp([](const WrittenNumber& a, const WrittenNumber& b) {
        return (!a.scaled.empty() && (a.scaled == b.value || a.scaled == b.scaled)) ||
               (!b.scaled.empty() && b.scaled == a.value);
    });
    for (std::size_t s = 0; s < source.size(); ++s)
        if (!sourcePaired[s])
            onlySource.push_back(source[s].value);
    for (std::size_t t = 0; t < target.size(); ++t)
        if (!targetPaired[t])
            onlyTarget.push_back(target[t].value);
    std::sort(onlySource.begin(), onlySource.end());
    std::sort(onlyTarget.begin(), onlyTarget.end());
}

} // namespace

std::string toString(FindingKind kind) {
    switch (kind) {
    case FindingKind::MissingName: return "missing-name";
    case FindingKind::NumberMismatch: return "number-mismatch";
    case FindingKind::TwoRenderings: return "two-renderings";
    }
    return "missing-name";
}

std::vector<WrittenNumber> numbersIn(const std::string& text, const std::string& language) {
    const bool point = decimalPoint(language);
    std::vector<WrittenNumber> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i]) || (i > 0 && (std::isalpha(static_cast<unsigned char>(text[i - 1])) || isDigit(text[i - 1])))) {
            ++i;
            continue;
        }
        std::string number;
        while (i < text.size() && isDigit(text[i]))
            number.push_back(text[i++]);
        for (;;) {
            const std::size_t sep = groupSeparator(text, i, point);
            if (sep > 0 && i + sep + 3 <= text.size() && isDigit(text[i + sep]) && isDigit(text[i + sep + 1]) &&
                isDigit(text[i + sep + 2]) && (i + sep + 3 == text.size() || !isDigit(text[i + sep + 3]))) {
                number.append(text, i + sep, 3);
                i += sep + 3;
                continue;
            }
            break;
        }
        const char decimal = point ? '.' : ',';
        if (i + 1 < text.size() && text[i] == decimal && isDigit(text[i + 1])) {
            number.push_back('.');
            ++i;
            while (i < text.size() && isDigit(text[i]))
                number.push_back(text[i++]);
        }
        std::size_t zeros = 0; // 07 and 7 are one number
        while (zeros + 1 < number.size() && number[zeros] == '0' && number[zeros + 1] != '.')
            ++zeros;
        WrittenNumber written{number.substr(zeros), {}};
        // The word after it, past spaces (a no-break space too): "20 тыс.", "2000万".
        std::size_t word = i;
        while (word < text.size() && (text[word] == ' ' || text.compare(word, 2, "\u00A0") == 0))
            word += text[word] == ' ' ? 1 : 2;
        std::size_t end = word;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) >= 0x80 ||
                                     std::isalpha(static_cast<unsigned char>(text[end]))))
            ++end;
        if (end > word) {
            const std::string after = icu_strings::lower(std::string_view(text).substr(word, end - word));
            written.scaled = scaledNumber(written.value, after);
        }
        out.push_back(std::move(written));
    }
    return out;
}

std::vector<CheckFinding> checkConsistency(const Document& source, const Document& target, const Alignment& alignment,
                                           const std::vector<Term>& terms) {
    NameKeyer keyer;
    const NameCandidateFinder sourceFinder(source), targetFinder(target);
    struct Wanted {
        const Term* term;
        std::vector<std::string> source;
        std::vector<std::vector<std::string>> target; ///< base form and variants
    };
    std::vector<Wanted> wanted;
    for (const Term& t : terms) {
        if (t.status != TermStatus::Confirmed)
            continue;
        Wanted w{&t, splitKey(keyer.key(t.source, source.language)), {splitKey(keyer.key(t.target, target.language))}};
        for (const std::string& v : t.variants)
            w.target.push_back(splitKey(keyer.key(v, target.language)));
        if (!w.source.empty() && !w.target.front().empty())
            wanted.push_back(std::move(w));
    }
    const bool wantKeys = !wanted.empty(); // word keys are only needed to look for confirmed names
    std::vector<CheckFinding> findings;
    for (std::size_t b = 0; b < alignment.size(); ++b) {
        const Bead& bead = alignment[b];
        if (bead.srcEnd > source.segments.size() || bead.tgtEnd > target.segments.size())
            throw UsageError("bead " + std::to_string(b) + " points past the end of the documents");
        if (bead.srcCount() == 0 || bead.tgtCount() == 0)
            continue;
        std::vector<std::string> sourceKeys, targetKeys;
        std::vector<WrittenNumber> sourceNumbers, targetNumbers;
        for (std::size_t s = bead.srcBegin; s < bead.srcEnd; ++s) {
            if (wantKeys) {
                const auto keys = wordKeys(keyer, sourceFinder.tokens(s), source.language);
                sourceKeys.insert(sourceKeys.end(), keys.begin(), keys.end());
            }
            const auto numbers = numbersIn(source.segments[s].text, source.language);
            sourceNumbers.insert(sourceNumbers.end(), numbers.begin(), numbers.end());
        }
        for (std::size_t s = bead.tgtBegin; s < bead.tgtEnd; ++s) {
            if (wantKeys) {
                const auto keys = wordKeys(keyer, targetFinder.tokens(s), target.language);
                targetKeys.insert(targetKeys.end(), keys.begin(), keys.end());
            }
            const auto numbers = numbersIn(target.segments[s].text, target.language);
            targetNumbers.insert(targetNumbers.end(), numbers.begin(), numbers.end());
        }
        for (const Wanted& w : wanted) {
            const bool inSource = containsSequence(sourceKeys, w.source);
            const bool inTarget = std::any_of(w.target.begin(), w.target.end(),
                                              [&](const auto& k) { return containsSequence(targetKeys, k); });
            if (inSource == inTarget)
                continue;
            CheckFinding f;
            f.kind = FindingKind::MissingName;
            f.bead = b;
            f.forms = {w.term->source, w.term->target};
            f.message = inSource ? "'" + w.term->source + "' is in the source but no form of '" + w.term->target +
                                       "' is in the target"
                                 : "a form of '" + w.term->target + "' is in the target but '" + w.term->source +
                                       "' is not in the source";
            findings.push_back(std::move(f));
        }
        std::vector<std::string> onlySource, onlyTarget;
        unmatchedNumbers(sourceNumbers, targetNumbers, onlySource, onlyTarget);
        if (!onlySource.empty() || !onlyTarget.empty()) {
            auto join = [](const std::vector<std::string>& v) {
                std::string s;
                for (const std::string& x : v)
                    s += (s.empty() ? "" : ", ") + x;
                return s.empty() ? std::string("none") : s;
            };
            CheckFinding f;
            f.kind = FindingKind::NumberMismatch;
            f.bead = b;
            f.forms = onlySource;
            f.forms.insert(f.forms.end(), onlyTarget.begin(), onlyTarget.end());
            f.sourceOnly = onlySource.size();
            f.message = "numbers differ: only in the source " + join(onlySource) + "; only in the target " + join(onlyTarget);
            findings.push_back(std::move(f));
        }
    }
    // The finders built above serve here too: a finder holds every token of its document, which on
    // a whole book is hundreds of megabytes.
    findTwoRenderings(source, sourceFinder, alignment, true, keyer, findings);
    findTwoRenderings(target, targetFinder, alignment, false, keyer, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const CheckFinding& x, const CheckFinding& y) {
        return x.bead != y.bead ? x.bead < y.bead : static_cast<int>(x.kind) < static_cast<int>(y.kind);
    });
    return findings;
}

} // namespace tandem
