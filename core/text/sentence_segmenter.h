// Sentence segmentation of one paragraph: ICU's sentence BreakIterator for the language, with our
// exception lists (abbreviations, initials) and list markers ("1.", "a)") applied on top.
//
// ICU's rules are kept except where they are known to go wrong: no break after a listed
// abbreviation or an initial unless a sentence-starting word follows, none after a bare list
// marker, none after '?' or '!' when the next word is lower case ("Who art thou? that we may ...");
// and, for languages with a list, a break that ICU misses after a full stop before a number
// ("... in Kargil. 26 July ...", which ICU's rule SB8 joins because a lower-case word follows).
#pragma once

#include "core/text/exception_list.h"

#include <unicode/uversion.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace tandem {

/// A byte range [begin, end) of a paragraph.
struct TextRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

/// Splits paragraphs of one language into sentences. Not thread-safe: one per thread.
class SentenceSegmenter {
public:
    /// ICU's rules for the language plus its bundled exception list, if there is one.
    explicit SentenceSegmenter(const std::string& language);
    /// ICU's rules for the language plus the given exceptions (for tests and custom lists).
    SentenceSegmenter(const std::string& language, ExceptionList exceptions);
    ~SentenceSegmenter();
    SentenceSegmenter(SentenceSegmenter&&) noexcept;
    SentenceSegmenter& operator=(SentenceSegmenter&&) noexcept;

    /// False when the language has no bundled list and only ICU's default rules apply.
    bool hasExceptionList() const { return m_hasList; }

    /// The sentences of a paragraph as byte ranges, in order, without surrounding whitespace.
    /// The paragraph is UTF-8, ideally normalised (see NormalizedText); empty input gives none.
    std::vector<TextRange> split(std::string_view paragraph);

    /// The sentences themselves (split() copied out).
    std::vector<std::string> segment(std::string_view paragraph);

private:
    bool suppressBreak(std::string_view paragraph, std::size_t sentenceBegin, std::size_t breakAt) const;
    bool isAbbreviationAt(std::string_view paragraph, std::size_t sentenceBegin, std::size_t end, bool digitFollows) const;
    void addNumberBreaks(std::string_view paragraph, TextRange sentence, std::vector<TextRange>& out) const;

    std::unique_ptr<icu::BreakIterator> m_breaks;
    ExceptionList m_exceptions;
    bool m_hasList = false;
};

} // namespace tandem
