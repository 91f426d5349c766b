// Tokens the aligner looks at: words, numbers (normalised), URLs and punctuation classes of a
// segment, plus the dominant script of a document. Cheap per-code-point scanning with ICU's uchar.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::aligner {

enum class TokenKind { Word, Number, Url };

struct Token {
    TokenKind kind = TokenKind::Word;
    std::string text;          ///< words: lower case; numbers: normalised ("1000", "3.5"); URLs: lower case
    bool capitalised = false;  ///< words: the first letter is upper case
    bool acronym = false;      ///< words: two or more letters, all upper case
    bool sentenceInitial = false; ///< the first word of the segment
    std::string_view surface;  ///< words: the form as written (a view into the tokenised text)
};

/// Classes counted for the punctuation profile: ? ! : ; quotes, parentheses, dashes (class 7 stays
/// empty, so that the punctuation classes fill eight bytes), then the two marks of page structure:
/// list bullets, and headings (a segment of at most kLongestHeading characters that ends in a letter
/// or digit: a heading, menu line or teaser).
inline constexpr std::size_t kFirstStructureClass = 8;
inline constexpr std::size_t kBulletClass = 8;
inline constexpr std::size_t kHeadingClass = 9;
inline constexpr std::size_t kPunctuationClasses = 10;
inline constexpr std::uint32_t kLongestHeading = 150; ///< code points that are not white space
using PunctuationProfile = std::array<std::uint8_t, kPunctuationClasses>;

struct TokenizedSegment {
    std::vector<Token> tokens;
    PunctuationProfile punctuation{};
    std::uint32_t length = 0; ///< code points that are not white space
    bool startsLower = false;  ///< the first letter or digit is a lower-case letter (a continuation)
    /// Ends with . ! ? … or a counterpart in another script (。 ؟ ।), closing quotes and brackets aside.
    bool endsTerminal = false;
};

/// Splits one segment. Invalid UTF-8 bytes count as one character each and never end up in a token.
/// Words' surface forms point into `text`, which must outlive the tokens.
TokenizedSegment tokenize(std::string_view text);

/// The normalised form of the number written in text (digits with thousands separators ',' '.'
/// or spaces, decimal comma or point): "1,000" / "1 000" -> "1000", "3,5" -> "3.5". Exposed for tests.
std::string normaliseNumber(std::string_view text);

/// Lower case without diacritics (NFD, combining marks dropped): "Élève" -> "eleve".
std::string foldWord(std::string_view word);

/// The first `count` code points of a UTF-8 string (the whole string when it is shorter).
std::string firstCodePoints(std::string_view text, std::size_t count);

/// ICU script code (UScriptCode) of most letters in the texts; USCRIPT_COMMON when there are none.
int dominantScript(const std::vector<std::string_view>& texts);

/// Length of the longest common subsequence of two code-point strings.
std::size_t longestCommonSubsequence(const std::u32string& a, const std::u32string& b);

/// Number of code points of valid UTF-8 text (its bytes that do not continue a sequence).
std::size_t codePointCount(std::string_view utf8);

/// UTF-8 to UTF-32, invalid bytes dropped.
std::u32string toUtf32(std::string_view text);
/// UTF-32 to UTF-8 (code points that are not valid scalar values are dropped).
std::string toUtf8(const std::u32string& text);

} // namespace tandem::aligner
