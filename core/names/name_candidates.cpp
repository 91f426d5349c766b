// Tokens and name candidates of segments, with document-wide evidence about capitalisation.
#include "core/names/name_candidates.h"

#include "core/names/icu_strings.h"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace tandem {
namespace {

struct CodePoint {
    UChar32 c;
    std::size_t offset;
};

std::vector<CodePoint> decode(std::string_view s) {
    std::vector<CodePoint> out;
    out.reserve(s.size());
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
        const auto start = static_cast<std::size_t>(i);
        UChar32 c;
        U8_NEXT(s.data(), i, n, c);
        out.push_back({c < 0 ? 0xFFFD : c, start});
    }
    return out;
}

bool isWordChar(UChar32 c) { return u_isalnum(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK; }
bool isApostrophe(UChar32 c) { return c == u'\'' || c == 0x2019 || c == 0x02BC; }
bool isSentenceEnd(UChar32 c) { return c == u'.' || c == u'!' || c == u'?' || c == 0x2026; }
bool isOpeningQuote(UChar32 c) { return c == 0x00AB || c == 0x201E || c == 0x201C; }
bool isClosingQuote(UChar32 c) { return c == 0x00BB || c == 0x201C || c == 0x201D; }

using icu_strings::lower;
using icu_strings::isHyphen;
using icu_strings::firstLetter;

bool isLatin(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_LATIN;
}

// Lower-case articles written before a hyphen (al-Qurashi, аль-Кураши).
constexpr std::array<std::string_view, 24> kArticlePrefixes = {
    "al", "el", "ad", "ash", "as", "at", "ar", "an", "az", "ath", "adh", "ud", "ul",
    "аль", "эль", "ад", "аш", "ас", "ат", "ар", "ан", "аз", "уд", "уль"};

// Lower-case particles that join the words of one name (Abu Bakr al Baghdadi, Ludwig van Beethoven,
// University of Magallanes).
constexpr std::array<std::string_view, 28> kParticles = {
    "al",  "el",  "bin", "ibn", "bint", "van", "von", "der", "den", "de",  "del", "della", "da", "di",
    "du",  "la",  "le",  "dos", "of",   "аль", "эль", "ибн", "бин", "ван", "фон", "де",    "дер", "ди"};

// Function words that begin sentences and quotations but never a name (How Russia …, «Ты …»).
constexpr std::array<std::string_view, 86> kFunctionWords = {
    "the", "a", "an", "this", "that", "these", "those", "how", "what", "why", "when", "where", "who", "which",
    "in", "on", "at", "for", "from", "with", "by", "of", "to", "and", "but", "or", "if", "as", "after", "before",
    "during", "since", "while", "because", "its", "his", "her", "their", "our", "my", "your", "we", "they", "he",
    "she", "it", "i", "you", "there", "here", "also", "however", "all", "some", "many",
    "как", "что", "почему", "когда", "где", "кто", "в", "на", "и", "но", "а", "с", "по", "из", "за", "для",
    "при", "после", "до", "это", "этот", "эта", "все", "однако", "ты", "я", "мы", "вы", "он", "она", "они"};

// English generic words that end a place name written in lower case (the Kaluga region).
constexpr std::array<std::string_view, 14> kEnglishPlaceNouns = {
    "region", "province", "oblast", "district", "county", "river", "valley",
    "mountains", "sea", "lake", "island", "islands", "peninsula", "desert"};

/// The month and weekday names of `language` (lower case, every form ICU knows).
std::unordered_set<std::string> calendarWords(const std::string& language) {
    std::unordered_set<std::string> out;
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols symbols(icu::Locale(language.c_str()), status);
    if (U_FAILURE(status))
        return out;
    for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
        int32_t count = 0;
        const icu::UnicodeString* months = symbols.getMonths(count, context, icu::DateFormatSymbols::WIDE);
        for (int32_t i = 0; i < count; ++i) {
            std::string s;
            icu::UnicodeString(months[i]).toLower(icu::Locale::getRoot()).toUTF8String(s);
            out.insert(s);
        }
        const icu::UnicodeString* days = symbols.getWeekdays(count, context, icu::DateFormatSymbols::WIDE);
        for (int32_t i = 0; i < count; ++i) {
            std::string s;
            icu::UnicodeString(days[i]).toLower(icu::Locale::getRoot()).toUTF8String(s);
            if (!s.empty())
                out.insert(s);
        }
    }
    return out;
}

/// Finishes a token: cuts ’s and trailing lower-case hyphen parts, sets the letter-case flags.
void finishToken(NameToken& t, bool latinDocument) {
    const std::vector<CodePoint> cps = decode(t.text);
    // Possessive ’s (Russia’s) and a bare plural possessive (Taliban’).
    if (cps.size() >= 3 && isApostrophe(cps[cps.size() - 2].c) && (cps.back().c == u's' || cps.back().c == u'S')) {
        t.text.resize(cps[cps.size() - 2].offset);
        t.possessive = true;
    } else if (cps.size() >= 2 && isApostrophe(cps.back().c)) {
        t.text.resize(cps.back().offset);
        t.possessive = true;
    }
    // Parts at hyphens; trailing parts in lower case are not part of a name (ISIS-linked).
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (const CodePoint& cp : decode(t.text))
        if (isHyphen(cp.c)) {
            parts.push_back(t.text.substr(start, cp.offset - start));
            start = cp.offset + static_cast<std::size_t>(U8_LENGTH(cp.c));
        }
    parts.push_back(t.text.substr(start));
    std::size_t keep = parts.size();
    while (keep > 1 && u_islower(firstLetter(parts[keep - 1])) && !u_islower(firstLetter(parts[0])))
        --keep;
    if (keep < parts.size()) {
        std::size_t seen = 0; // cut at the keep-th hyphen (hyphens may be multi-byte)
        for (const CodePoint& cp : decode(t.text))
            if (isHyphen(cp.c) && ++seen == keep) {
                t.text.resize(cp.offset);
                break;
            }
    }
    // Capitalisation, skipping a lower-case article prefix (al-Qurashi).
    std::size_t firstPart = 0;
    if (parts.size() > 1 && std::find(kArticlePrefixes.begin(), kArticlePrefixes.end(), parts[0]) != kArticlePrefixes.end())
        firstPart = 1;
    t.capitalised = u_isupper(firstLetter(parts[firstPart])) || u_istitle(firstLetter(parts[firstPart]));
    int letters = 0;
    bool allUpper = true;
    bool latin = false, other = false;
    for (const CodePoint& cp : decode(t.text)) {
        if (!u_isalpha(cp.c))
            continue;
        ++letters;
        allUpper = allUpper && u_isupper(cp.c);
        (isLatin(cp.c) ? latin : other) = true;
    }
    t.acronym = allUpper && letters >= 2 && letters <= 6;
    t.foreignScript = letters > 0 && (latinDocument ? other && !latin : latin && !other);
}

} // namespace

std::vector<NameToken> tokenizeForNames(std::string_view segment, bool latinDocument) {
    const std::vector<CodePoint> cps = decode(segment);
    std::vector<NameToken> tokens;
    std::size_t i = 0;
    std::size_t gapStart = 0; // first code point after the previous token
    bool sentenceStart = true;
    while (i < cps.size()) {
        if (!isWordChar(cps[i].c)) {
            ++i;
            continue;
        }
        // The gap between the previous token and this one.
        bool punctuation = false, opens = false;
        for (std::size_t g = gapStart; g < i; ++g) {
            if (isSentenceEnd(cps[g].c))
                sentenceStart = true;
            if (isOpeningQuote(cps[g].c))
                opens = true;
            if (!u_isUWhiteSpace(cps[g].c))
                punctuation = true;
        }
        std::size_t j = i;
        while (j < cps.size()) {
            if (isWordChar(cps[j].c)) {
                ++j;
            } else if ((isApostrophe(cps[j].c) || isHyphen(cps[j].c)) && j + 1 < cps.size() && isWordChar(cps[j + 1].c)) {
                j += 2;
            } else if (cps[j].c == u'.' && j + 1 < cps.size() && u_isalpha(cps[j + 1].c) &&
                       (j - i == 1 || (j >= 2 && cps[j - 2].c == u'.')) && j + 2 < cps.size() && cps[j + 2].c == u'.') {
                j += 2; // U.S, then the final dot below
            } else if (cps[j].c == u'.' && j >= 2 && cps[j - 2].c == u'.' && u_isalpha(cps[j - 1].c)) {
                ++j; // the last dot of U.S.
                break;
            } else {
                break;
            }
        }
        // The abbreviated Saint of place names keeps its dot and does not end the sentence (St. Louis).
        if (j - i == 2 && j + 2 < cps.size() && cps[j].c == u'.' && cps[i].c == u'S' && cps[i + 1].c == u't' &&
            u_isUWhiteSpace(cps[j + 1].c) && u_isupper(cps[j + 2].c))
            ++j;
        NameToken t;
        t.begin = cps[i].offset;
        t.end = j < cps.size() ? cps[j].offset : segment.size();
        t.text = std::string(segment.substr(t.begin, t.end - t.begin));
        t.sentenceInitial = sentenceStart;
        t.breakBefore = !tokens.empty() && punctuation;
        t.quoteOpens = opens;
        for (std::size_t g = j; g < cps.size() && !isWordChar(cps[g].c); ++g)
            if (isClosingQuote(cps[g].c))
                t.quoteCloses = true;
        finishToken(t, latinDocument);
        tokens.push_back(std::move(t));
        sentenceStart = false;
        gapStart = j;
        i = j;
    }
    return tokens;
}

NameCandidateFinder::NameCandidateFinder(const Document& document)
    : m_document(document), m_calendarWords(calendarWords(document.language)) {
    std::size_t latin = 0, other = 0;
    for (const Segment& s : document.segments)
        for (const CodePoint& cp : decode(s.text))
            if (u_isalpha(cp.c))
                ++(isLatin(cp.c) ? latin : other);
    m_latin = latin >= other;
    m_tokens.reserve(document.segments.size());
    for (const Segment& s : document.segments) {
        m_tokens.push_back(tokenizeForNames(s.text, m_latin));
        for (const NameToken& t : m_tokens.back()) {
            if (u_islower(firstLetter(t.text)))
                m_lowercase.insert(lower(t.text));
            else if (t.capitalised && !t.sentenceInitial && !t.acronym)
                m_capitalisedInside.insert(lower(t.text));
        }
    }
}

bool NameCandidateFinder::seenLowercase(std::string_view word) const { return m_lowercase.count(lower(word)) > 0; }

bool NameCandidateFinder::isParticle(std::string_view word) const {
    return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

bool NameCandidateFinder::isNameToken(const NameToken& token) const {
    if (!(token.capitalised || token.acronym) || m_calendarWords.count(lower(token.text)) > 0)
        return false;
    return firstLetter(token.text) != 0;
}

std::vector<NameCandidate> NameCandidateFinder::candidates(std::size_t index) const {
    const std::vector<NameToken>& tokens = m_tokens.at(index);
    const std::string& text = m_document.segments.at(index).text;
    std::vector<NameCandidate> out;
    auto makeCandidate = [&](std::size_t first, std::size_t last, CandidateKind kind) {
        NameCandidate c;
        c.firstToken = first;
        c.kind = kind;
        c.sentenceInitial = tokens[first].sentenceInitial;
        c.possessive = tokens[last].possessive;
        for (std::size_t k = first; k <= last; ++k)
            c.words.push_back(tokens[k].text);
        c.text = text.substr(tokens[first].begin, tokens[last].begin + tokens[last].text.size() - tokens[first].begin);
        return c;
    };
    // A word that proves nothing at the start of a sentence: it also occurs in lower case, or is never
    // capitalised in mid-sentence.
    auto isFunctionWord = [](const NameToken& t) {
        return std::find(kFunctionWords.begin(), kFunctionWords.end(), lower(t.text)) != kFunctionWords.end();
    };
    // Before another name word, only a common or function word is dropped (Sanaullah Ghafari stays,
    // How Russia loses How); alone, it needs to be seen capitalised in mid-sentence too.
    auto weakInitial = [&](const NameToken& t, bool alone) {
        const std::string l = lower(t.text);
        if (t.acronym)
            return false;
        return isFunctionWord(t) || m_lowercase.count(l) > 0 || (alone && m_capitalisedInside.count(l) == 0);
    };

    // Quoted names: «Крокус Сити Холл», «Исламского государства».
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens[i].quoteOpens || !isNameToken(tokens[i]) || isFunctionWord(tokens[i]))
            continue;
        for (std::size_t j = i; j < tokens.size() && j < i + 5; ++j) {
            if (j > i && tokens[j].quoteOpens)
                break;
            if (tokens[j].quoteCloses) {
                out.push_back(makeCandidate(i, j, CandidateKind::Quoted));
                out.back().text = text.substr(tokens[i].begin, tokens[j].begin + tokens[j].text.size() - tokens[i].begin);
                break;
            }
        }
    }
    // Runs of foreign-script words, in any case (imago images, The New York Times in Russian text).
    for (std::size_t i = 0; i < tokens.size();) {
        if (!tokens[i].foreignScript) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < tokens.size() && tokens[j + 1].foreignScript && !tokens[j + 1].breakBefore)
            ++j;
        out.push_back(makeCandidate(i, j, CandidateKind::ForeignScript));
        i = j + 1;
    }
    // Runs of capitalised words joined by particles.
    for (std::size_t i = 0; i < tokens.size();) {
        if (!isNameToken(tokens[i]) || tokens[i].foreignScript) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < tokens.size() && !tokens[j + 1].breakBefore && !tokens[j].quoteCloses &&
               !tokens[j + 1].quoteOpens && !tokens[j].possessive) {
            if (isNameToken(tokens[j + 1]) && !tokens[j + 1].foreignScript) {
                ++j;
            } else if (isParticle(tokens[j + 1].text) && j + 2 < tokens.size() && isNameToken(tokens[j + 2]) &&
                       !tokens[j + 2].breakBefore) {
                j += 2;
            } else {
                break;
            }
        }
        const std::size_t next = j + 1;
        std::size_t first = i;
        if (tokens[first].sentenceInitial && weakInitial(tokens[first], first == j))
            ++first;
        while (first <= j && (isParticle(tokens[first].text) || isFunctionWord(tokens[first])))
            ++first;
        if (first <= j) {
            // A single word seen elsewhere in lower case is a common word (What, Hall).
            const bool single = first == j;
            if (!single || tokens[first].acronym || m_lowercase.count(lower(tokens[first].text)) == 0) {
                std::size_t last = j;
                if (m_document.language.rfind("en", 0) == 0 && last + 1 < tokens.size() && !tokens[last].possessive &&
                    !tokens[last + 1].breakBefore &&
                    std::find(kEnglishPlaceNouns.begin(), kEnglishPlaceNouns.end(), tokens[last + 1].text) !=
                        kEnglishPlaceNouns.end())
                    ++last;
                // A run inside quotes is part of the quoted name (mining looks at its parts).
                const bool quoted = std::any_of(out.begin(), out.end(), [&](const NameCandidate& q) {
                    return q.kind == CandidateKind::Quoted && first >= q.firstToken && first < q.firstToken + q.words.size();
                });
                if (!quoted)
                    out.push_back(makeCandidate(first, last, CandidateKind::Run));
            }
        }
        i = next;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const NameCandidate& a, const NameCandidate& b) { return a.firstToken < b.firstToken; });
    return out;
}

} // namespace tandem
