// Name candidates: the words and multi-word names of a segment that may be proper names, judged
// with evidence from the whole document (a capitalised word that also occurs in lower case is a
// common word; a sentence-initial capital alone proves nothing).
//
// Vocabulary: a *token* is a word of a segment (letters, digits, inner apostrophes, hyphens and
// the dots of U.S.); a *candidate* is a run of name tokens joined by particles (al-, bin, ibn, van,
// de, аль, ибн …), a «quoted» name, or a run of foreign-script words (Latin inside Russian text).
#pragma once

#include "core/model/document.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tandem {

/// One word of a segment.
struct NameToken {
    std::string text;          ///< the word; a possessive ’s and trailing lower-case hyphen parts cut
    std::size_t begin = 0;     ///< byte offset in the segment
    std::size_t end = 0;       ///< byte offset after the word as written
    bool capitalised = false;  ///< first letter (after an article prefix like al-) is upper case
    bool acronym = false;      ///< 2–6 letters, all upper case (FSB, ИГИЛ-К, U.S.)
    bool foreignScript = false;///< letters of another script than the document's (Latin in Russian)
    bool sentenceInitial = false;
    bool possessive = false;   ///< ’s was cut (Russia’s)
    bool breakBefore = false;  ///< punctuation other than a space separates it from the previous word
    bool quoteOpens = false;   ///< an opening « „ immediately precedes it
    bool quoteCloses = false;  ///< a closing » “ immediately follows it
};

/// Splits a segment into tokens. `latinDocument` tells which script is foreign.
std::vector<NameToken> tokenizeForNames(std::string_view segment, bool latinDocument);

enum class CandidateKind { Run, Quoted, ForeignScript };

/// A possible name in one segment.
struct NameCandidate {
    std::vector<std::string> words; ///< the tokens' texts, particles included
    std::string text;               ///< words joined by single spaces
    std::size_t firstToken = 0;     ///< index of its first token in the segment's tokens
    CandidateKind kind = CandidateKind::Run;
    bool sentenceInitial = false;   ///< starts at the beginning of a sentence
    bool possessive = false;        ///< the last word carried ’s
};

/// Finds candidates in the segments of one document. Build once per document: the constructor
/// collects which words occur in lower case and which occur capitalised in mid-sentence.
class NameCandidateFinder {
public:
    explicit NameCandidateFinder(const Document& document);

    /// Candidates of segment `index` (in token order; quoted and foreign-script ones as well as runs).
    std::vector<NameCandidate> candidates(std::size_t index) const;
    /// The tokens of segment `index` (as tokenizeForNames gives them).
    const std::vector<NameToken>& tokens(std::size_t index) const { return m_tokens.at(index); }
    /// True when `word` (any case) was seen in lower case somewhere in the document.
    bool seenLowercase(std::string_view word) const;
    /// True when the document's letters are mostly Latin.
    bool latinDocument() const { return m_latin; }

private:
    bool isNameToken(const NameToken& token) const;
    bool isParticle(std::string_view word) const;

    const Document& m_document;
    bool m_latin = true;
    std::vector<std::vector<NameToken>> m_tokens;
    std::unordered_set<std::string> m_lowercase;         ///< lower-cased forms seen in lower case
    std::unordered_set<std::string> m_capitalisedInside; ///< lower-cased forms seen capitalised mid-sentence
    std::unordered_set<std::string> m_calendarWords;     ///< month and weekday names of the language
};

} // namespace tandem
