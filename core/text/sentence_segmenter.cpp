// Sentence segmentation: ICU's sentence breaks, minus the breaks our exception lists veto.
#include "core/text/sentence_segmenter.h"

#include "core/error.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace tandem {
namespace {

/// Longer words are never abbreviations or sentence starters (an entry is a few letters).
constexpr std::size_t kMaxWordBytes = 64;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Opening punctuation that may stand before an abbreviation: "(U.S.", "«т. е.".
bool isOpening(UChar32 c) {
    const int8_t type = u_charType(c);
    return type == U_START_PUNCTUATION || type == U_INITIAL_PUNCTUATION || c == '"' || c == '\'';
}

std::string_view stripOpening(std::string_view word) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
    const auto length = static_cast<int32_t>(word.size());
    int32_t i = 0;
    while (i < length) {
        int32_t next = i;
        UChar32 c;
        U8_NEXT(bytes, next, length, c);
        if (c < 0 || !isOpening(c))
            break;
        i = next;
    }
    return word.substr(static_cast<std::size_t>(i));
}

/// "В.", "A.", "А.С.", "J.R.R.": capital letters each followed by a full stop.
bool isInitials(std::string_view word) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
    const auto length = static_cast<int32_t>(word.size());
    int32_t i = 0;
    if (length == 0)
        return false;
    while (i < length) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !(u_isupper(c) || u_istitle(c)) || i >= length || bytes[i] != '.')
            return false;
        ++i;
    }
    return true;
}

/// "3.", "20.": a number with a full stop, an ordinal in German ("am 3. Oktober").
bool isOrdinal(std::string_view word) {
    if (word.size() < 2 || word.size() > 5 || word.back() != '.')
        return false;
    for (char c : word.substr(0, word.size() - 1))
        if (c < '0' || c > '9')
            return false;
    return true;
}

/// A closing quote or bracket: "»", "”", ")", '"'.
bool isClosing(UChar32 c) {
    const int8_t type = u_charType(c);
    return type == U_END_PUNCTUATION || type == U_FINAL_PUNCTUATION || c == '"';
}

/// A list marker standing alone before the item: "1.", "12)", "a)", "(3)", "IV.".
bool isListMarker(std::string_view head) {
    if (head.size() < 2 || head.size() > 6)
        return false;
    std::string_view body = head;
    if (body.front() == '(' && body.back() == ')')
        body = body.substr(1, body.size() - 2);
    else if (body.back() == '.' || body.back() == ')')
        body.remove_suffix(1);
    else
        return false;
    if (body.empty())
        return false;
    bool digits = true, roman = true;
    for (char c : body) {
        digits = digits && c >= '0' && c <= '9';
        roman = roman && std::string_view("IVXLC").find(c) != std::string_view::npos;
    }
    const bool letter = body.size() == 1 && ((body[0] >= 'a' && body[0] <= 'z') || (body[0] >= 'A' && body[0] <= 'Z'));
    return digits || (roman && head.back() == '.') || (letter && head.back() == ')');
}

std::unique_ptr<icu::BreakIterator> makeBreakIterator(const std::string& language) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(language, status);
    if (U_FAILURE(status) || locale.isBogus())
        throw UsageError("'" + language + "' is not a BCP 47 language tag");
    std::unique_ptr<icu::BreakIterator> breaks(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !breaks)
        throw IcuError("cannot create ICU's sentence break iterator for '" + language + "': " + u_errorName(status));
    return breaks;
}

} // namespace

SentenceSegmenter::SentenceSegmenter(const std::string& language) : m_breaks(makeBreakIterator(language)) {
    if (std::optional<ExceptionList> list = bundledExceptionList(language)) {
        m_exceptions = std::move(*list);
        m_hasList = true;
    }
}

SentenceSegmenter::SentenceSegmenter(const std::string& language, ExceptionList exceptions)
    : m_breaks(makeBreakIterator(language)), m_exceptions(std::move(exceptions)), m_hasList(true) {}

SentenceSegmenter::~SentenceSegmenter() = default;
SentenceSegmenter::SentenceSegmenter(SentenceSegmenter&&) noexcept = default;
SentenceSegmenter& SentenceSegmenter::operator=(SentenceSegmenter&&) noexcept = default;

bool SentenceSegmenter::isAbbreviationAt(std::string_view paragraph, std::size_t sentenceBegin, std::size_t end,
                                         bool digitFollows) const {
    // The last one, two, ... words before `end`, each tried against the list.
    // No entry is longer than kMaxWordBytes a word, so a long run without spaces is no abbreviation
    // (and scanning it at every break would make segmentation quadratic).
    std::size_t wordBegin = end;
    for (std::size_t words = 1; words <= m_exceptions.maxWords && wordBegin > sentenceBegin; ++words) {
        if (words > 1)
            --wordBegin; // step over the space that ended the previous word
        const std::size_t limit = wordBegin - std::min(wordBegin - sentenceBegin, kMaxWordBytes);
        while (wordBegin > limit && !isSpace(paragraph[wordBegin - 1]))
            --wordBegin;
        if (wordBegin > sentenceBegin && !isSpace(paragraph[wordBegin - 1]))
            return false;
        const std::string_view candidate = stripOpening(paragraph.substr(wordBegin, end - wordBegin));
        if (words == 1 && m_exceptions.initials && isInitials(candidate))
            return true;
        if (words == 1 && m_exceptions.ordinals && isOrdinal(candidate))
            return true;
        const std::size_t candidateBegin = end - candidate.size();
        if (m_exceptions.multiWordEntryAt(paragraph.substr(candidateBegin), end - candidateBegin))
            return true; // the break would cut "z. B." after "z."
        if (m_exceptions.contains(candidate, digitFollows))
            return true;
        if (wordBegin > sentenceBegin && paragraph[wordBegin - 1] != ' ')
            break; // not single-space separated: multi-word entries are stored with one space
    }
    return false;
}

bool SentenceSegmenter::suppressBreak(std::string_view paragraph, std::size_t sentenceBegin,
                                      std::size_t breakAt) const {
    std::size_t end = breakAt;
    while (end > sentenceBegin && isSpace(paragraph[end - 1]))
        --end;
    if (isListMarker(paragraph.substr(sentenceBegin, end - sentenceBegin)))
        return true;
    if (end == sentenceBegin)
        return false;

    // '?' or '!' (perhaps inside closing quotes) followed by a lower-case word: one sentence.
    const auto* bytes = reinterpret_cast<const uint8_t*>(paragraph.data());
    auto last = static_cast<int32_t>(end);
    UChar32 before = 0;
    while (last > static_cast<int32_t>(sentenceBegin)) {
        U8_PREV(bytes, static_cast<int32_t>(sentenceBegin), last, before);
        if (!isClosing(before) && before != '\'' && before != ' ')
            break; // French sets closing quotes off with a space: "? »"
    }
    if (before == '?' || before == '!') {
        int32_t next = static_cast<int32_t>(breakAt);
        UChar32 after = 0;
        U8_NEXT(bytes, next, static_cast<int32_t>(paragraph.size()), after);
        return after > 0 && u_islower(after);
    }

    if (paragraph[end - 1] != '.')
        return false;
    // A word that starts sentences ("The", "Он") after the abbreviation keeps the break.
    std::size_t nextEnd = breakAt;
    while (nextEnd < paragraph.size() && nextEnd - breakAt <= kMaxWordBytes && !isSpace(paragraph[nextEnd]))
        ++nextEnd;
    if (m_exceptions.starters.count(std::string(paragraph.substr(breakAt, nextEnd - breakAt))) != 0)
        return false;
    const bool digitFollows = breakAt < paragraph.size() && paragraph[breakAt] >= '0' && paragraph[breakAt] <= '9';
    return isAbbreviationAt(paragraph, sentenceBegin, end, digitFollows);
}

void SentenceSegmenter::addNumberBreaks(std::string_view paragraph, TextRange sentence,
                                        std::vector<TextRange>& out) const {
    std::size_t begin = sentence.begin;
    const std::string_view text = paragraph.substr(0, sentence.end); // never search past the sentence
    for (std::size_t dot = text.find(". ", begin); dot != std::string_view::npos && dot + 2 < sentence.end;
         dot = text.find(". ", dot + 1)) {
        const std::size_t next = dot + 2;
        if (paragraph[next] < '0' || paragraph[next] > '9' || dot <= begin)
            continue;
        // The word before the full stop: letters only, two or more, not an abbreviation.
        std::size_t wordBegin = dot;
        while (wordBegin > begin && !isSpace(paragraph[wordBegin - 1]))
            --wordBegin;
        const std::string_view word = paragraph.substr(wordBegin, dot - wordBegin);
        const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
        int32_t i = 0, letters = 0;
        bool allLetters = true;
        while (i < static_cast<int32_t>(word.size()) && allLetters) {
            UChar32 c;
            U8_NEXT(bytes, i, static_cast<int32_t>(word.size()), c);
            allLetters = c > 0 && u_isalpha(c);
            ++letters;
        }
        if (!allLetters || letters < 2 || isAbbreviationAt(paragraph, begin, dot + 1, true))
            continue;
        out.push_back({begin, dot + 1});
        begin = next;
    }
    out.push_back({begin, sentence.end});
}

std::vector<TextRange> SentenceSegmenter::split(std::string_view paragraph) {
    std::vector<TextRange> sentences;
    if (paragraph.empty())
        return sentences;
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
    if (U_FAILURE(status))
        throw IcuError(std::string("cannot open text for sentence breaking: ") + u_errorName(status));
    m_breaks->setText(text, status);
    if (U_FAILURE(status)) {
        utext_close(text);
        throw IcuError(std::string("cannot set text for sentence breaking: ") + u_errorName(status));
    }
    std::size_t begin = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(paragraph.data());
    const auto length = static_cast<int32_t>(paragraph.size());
    for (int32_t at = m_breaks->next(); at != icu::BreakIterator::DONE; at = m_breaks->next()) {
        // Closing quotes set off by a space (French "« Viens-tu ? » demanda-t-il") belong to the
        // sentence before the break, not to the next one.
        int32_t after = at;
        while (after < length) {
            int32_t next = after;
            UChar32 c;
            U8_NEXT(bytes, next, length, c);
            if (c < 0 || !isClosing(c))
                break;
            after = next;
        }
        if (after > at && (after == length || isSpace(paragraph[static_cast<std::size_t>(after)]))) {
            while (after < length && isSpace(paragraph[static_cast<std::size_t>(after)]))
                ++after;
            at = after;
        }
        const auto breakAt = static_cast<std::size_t>(at);
        if (breakAt < paragraph.size() && m_hasList && suppressBreak(paragraph, begin, breakAt))
            continue;
        std::size_t b = begin, e = breakAt;
        while (b < e && isSpace(paragraph[b]))
            ++b;
        while (e > b && isSpace(paragraph[e - 1]))
            --e;
        if (e > b) {
            if (m_hasList)
                addNumberBreaks(paragraph, {b, e}, sentences);
            else
                sentences.push_back({b, e});
        }
        begin = breakAt;
    }
    utext_close(text);
    return sentences;
}

std::vector<std::string> SentenceSegmenter::segment(std::string_view paragraph) {
    std::vector<std::string> out;
    for (const TextRange& r : split(paragraph))
        out.emplace_back(paragraph.substr(r.begin, r.end - r.begin));
    return out;
}

} // namespace tandem
