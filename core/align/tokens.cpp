// Tokenisation for the aligner: words, normalised numbers, URLs, punctuation profile, scripts.
#include "core/align/tokens.h"

#include "core/error.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>

namespace tandem::aligner {
namespace {

struct CodePoint {
    UChar32 c;
    std::uint32_t begin; ///< byte offset in the segment (decode reads at most INT32_MAX bytes)
    std::uint32_t end;
};

// ASCII fast paths: most text the aligner sees is ASCII, and ICU's property lookups cost far more
// than these comparisons (they agree with ICU on every ASCII code point).
bool isAscii(UChar32 c) { return c >= 0 && c < 0x80; }
bool isAsciiLetter(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isUpper(UChar32 c) { return isAscii(c) ? c >= 'A' && c <= 'Z' : u_isupper(c) != 0; }
bool isAlpha(UChar32 c) { return isAscii(c) ? isAsciiLetter(c) : u_isalpha(c) != 0; }
bool isWhiteSpace(UChar32 c) { return isAscii(c) ? c == ' ' || (c >= 0x09 && c <= 0x0D) : u_isUWhiteSpace(c) != 0; }
UChar32 toLower(UChar32 c) { return isAscii(c) ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : u_tolower(c); }

/// Calls visit(c, begin, end) for each code point of UTF-8 `text`, [begin, end) its bytes; c is
/// negative for a malformed sequence. ASCII takes no call into ICU's decoder.
template <typename Visit>
void forEachCodePoint(std::string_view text, Visit&& visit) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
    for (std::int32_t i = 0; i < length;) {
        const std::int32_t start = i;
        UChar32 c = 0;
        if (s[i] < 0x80)
            c = s[i++];
        else
            U8_NEXT(s, i, length, c);
        visit(c, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i));
    }
}

std::vector<CodePoint> decode(std::string_view text) {
    // At most one code point per byte: written by index, then cut to size (cheaper than a
    // push_back per code point).
    std::vector<CodePoint> out(text.size());
    std::size_t count = 0;
    forEachCodePoint(text, [&](UChar32 c, std::uint32_t begin, std::uint32_t end) {
        out[count++] = {c, begin, end};
    });
    out.resize(count);
    return out;
}

void appendUtf8(std::string& out, UChar32 c) {
    if (isAscii(c)) {
        out.push_back(static_cast<char>(c));
        return;
    }
    char buffer[4];
    std::int32_t n = 0;
    UBool error = false;
    U8_APPEND(buffer, n, 4, c, error);
    if (!error)
        out.append(buffer, static_cast<std::size_t>(n));
}

bool isDigit(UChar32 c) { return c >= '0' && c <= '9'; }
bool isGroupSpace(UChar32 c) { return c == ' ' || c == 0x00A0 || c == 0x202F || c == 0x2009; }
bool isWordPart(UChar32 c) {
    if (isAscii(c))
        return isAsciiLetter(c);
    return c >= 0 && (u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK ||
                      u_charType(c) == U_COMBINING_SPACING_MARK);
}
bool isApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool isTrailingUrlPunctuation(UChar32 c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?' || c == '"' ||
           c == 0xBB;
}

int punctuationClass(UChar32 c) {
    switch (c) {
    // With the full-width forms of Chinese and Japanese and the Arabic question mark and semicolon.
    case '?': case 0xBF: case 0xFF1F: case 0x061F: return 0;
    case '!': case 0xA1: case 0xFF01: return 1;
    case ':': case 0xFF1A: return 2;
    case ';': case 0xFF1B: case 0x061B: return 3;
    case '"': case 0xAB: case 0xBB: case 0x201C: case 0x201D: case 0x201E: case 0x2039: case 0x203A:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0x300A: case 0x300B: // 「」『』《》
        return 4;
    case '(': case '[': case 0xFF08: case 0xFF3B: case 0x3010: return 5; // （ ［ 【
    case 0x2014: case 0x2013: return 6; // em and en dashes (not the hyphen inside words)
    // List bullets (• ▪ ■ ► ◦ ‣ ∙): page lines and lists keep them in translation.
    case 0x2022: case 0x25AA: case 0x25A0: case 0x25BA: case 0x25E6: case 0x2023: case 0x2219:
        return kBulletClass;
    default: return -1;
    }
}

bool isClosing(UChar32 c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0xBB || c == 0x201D || c == 0x2019 ||
           c == 0x203A || c == 0x300D || c == 0x300F || c == 0x300B || c == 0xFF09 || c == 0xFF3D || c == 0x3011; // 」』》）］】
}

/// . ! ? … and their counterparts in other scripts: 。．！？ (CJK), ؟ (Arabic), । ॥ (Devanagari).
bool isSentenceEnd(UChar32 c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF0E || c == 0xFF01 ||
           c == 0xFF1F || c == 0x061F || c == 0x0964 || c == 0x0965;
}

/// Appends the code points [begin, end) of `cps` to `out` in lower case.
void appendLower(std::string& out, const std::vector<CodePoint>& cps, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) {
        const UChar32 c = toLower(cps[k].c);
        if (isAscii(c))
            out.push_back(static_cast<char>(c)); // most letters: no call
        else
            appendUtf8(out, c);
    }
}

bool startsUrl(const std::vector<CodePoint>& cps, std::size_t i, std::string_view text) {
    const std::string_view rest = text.substr(cps[i].begin);
    return rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
}

/// Scans the number starting at cps[i] (a digit); returns one past its last code point and its text.
std::size_t scanNumber(const std::vector<CodePoint>& cps, std::size_t i) {
    auto digitsFrom = [&](std::size_t k) {
        std::size_t n = 0;
        while (k + n < cps.size() && isDigit(cps[k + n].c))
            ++n;
        return n;
    };
    const std::size_t first = digitsFrom(i);
    std::size_t end = i + first;
    // Thousands groups: a separator followed by exactly three digits, every time.
    UChar32 groupSeparator = 0;
    while (end + 4 <= cps.size()) {
        const UChar32 sep = cps[end].c;
        const bool candidate = sep == ',' || sep == '.' || isGroupSpace(sep);
        if (!candidate || (groupSeparator != 0 && sep != groupSeparator))
            break;
        if (isGroupSpace(sep) && first > 3)
            break;
        if (digitsFrom(end + 1) != 3)
            break;
        groupSeparator = sep;
        end += 4;
    }
    // Decimal part: the other punctuation mark followed by digits.
    if (end + 1 < cps.size() && (cps[end].c == ',' || cps[end].c == '.') && cps[end].c != groupSeparator &&
        isDigit(cps[end + 1].c))
        end += 1 + digitsFrom(end + 1);
    return end;
}

} // namespace

std::string normaliseNumber(std::string_view text) {
    const auto cps = decode(text);
    // Find the decimal separator: the last ',' or '.' that is followed by other than exactly three
    // digits, or the last one when both kinds occur.
    std::vector<std::size_t> seps;
    bool comma = false, point = false;
    for (std::size_t i = 0; i < cps.size(); ++i)
        if (cps[i].c == ',' || cps[i].c == '.') {
            seps.push_back(i);
            (cps[i].c == ',' ? comma : point) = true;
        }
    std::size_t decimal = cps.size();
    if (!seps.empty()) {
        const std::size_t last = seps.back();
        std::size_t after = 0;
        while (last + 1 + after < cps.size() && isDigit(cps[last + 1 + after].c))
            ++after;
        const bool mixed = comma && point;
        const bool single = seps.size() == 1;
        if (mixed || (single && after != 3))
            decimal = last;
    }
    std::string intPart, fraction;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (!isDigit(cps[i].c))
            continue;
        (i > decimal ? fraction : intPart).push_back(static_cast<char>(cps[i].c));
    }
    const auto nonZero = intPart.find_first_not_of('0');
    intPart = nonZero == std::string::npos ? "0" : intPart.substr(nonZero);
    while (!fraction.empty() && fraction.back() == '0')
        fraction.pop_back();
    return fraction.empty() ? intPart : intPart + "." + fraction;
}

TokenizedSegment tokenize(std::string_view text) {
    TokenizedSegment out;
    const auto cps = decode(text);
    out.tokens.reserve(cps.size() / 4 + 1); // words average more than four characters with their spaces
    bool firstWord = true;
    std::size_t i = 0;
    while (i < cps.size()) {
        const UChar32 c = cps[i].c;
        if (c < 0) { // invalid byte: one character, no token
            ++out.length;
            ++i;
            continue;
        }
        if (isWhiteSpace(c)) {
            ++i;
            continue;
        }
        if ((c == 'h' || c == 'w') && startsUrl(cps, i, text)) {
            std::size_t end = i;
            while (end < cps.size() && cps[end].c >= 0 && !isWhiteSpace(cps[end].c))
                ++end;
            while (end > i + 1 && isTrailingUrlPunctuation(cps[end - 1].c))
                --end;
            Token t;
            t.kind = TokenKind::Url;
            t.text.reserve(cps[end - 1].end - cps[i].begin);
            appendLower(t.text, cps, i, end);
            out.length += static_cast<std::uint32_t>(end - i);
            out.tokens.push_back(std::move(t));
            firstWord = false;
            i = end;
            continue;
        }
        if (isDigit(c)) {
            const std::size_t end = scanNumber(cps, i);
            for (std::size_t k = i; k < end; ++k)
                out.length += isWhiteSpace(cps[k].c) ? 0 : 1;
            Token t;
            t.kind = TokenKind::Number;
            t.text = normaliseNumber(text.substr(cps[i].begin, cps[end - 1].end - cps[i].begin));
            out.tokens.push_back(std::move(t));
            firstWord = false;
            i = end;
            continue;
        }
        if (isWordPart(c)) {
            std::size_t end = i;
            std::size_t letters = 0, upper = 0;
            while (end < cps.size()) {
                const UChar32 d = cps[end].c;
                if (isWordPart(d)) {
                    if (isAlpha(d)) {
                        ++letters;
                        upper += isUpper(d) ? 1 : 0;
                    }
                    ++end;
                } else if (isApostrophe(d) && end + 1 < cps.size() && isWordPart(cps[end + 1].c)) {
                    ++end;
                } else {
                    break;
                }
            }
            Token t;
            t.kind = TokenKind::Word;
            t.capitalised = isUpper(c) || (!isAscii(c) && u_istitle(c));
            t.acronym = letters >= 2 && upper == letters;
            t.sentenceInitial = firstWord;
            t.surface = text.substr(cps[i].begin, cps[end - 1].end - cps[i].begin);
            t.text.reserve(t.surface.size());
            appendLower(t.text, cps, i, end);
            out.length += static_cast<std::uint32_t>(end - i);
            out.tokens.push_back(std::move(t));
            firstWord = false;
            i = end;
            continue;
        }
        const int cls = punctuationClass(c);
        if (cls >= 0 && out.punctuation[static_cast<std::size_t>(cls)] < 255)
            ++out.punctuation[static_cast<std::size_t>(cls)];
        ++out.length;
        ++i;
    }
    for (const CodePoint& cp : cps)
        if (cp.c >= 0 && u_isalnum(cp.c)) {
            out.startsLower = u_islower(cp.c) != 0;
            break;
        }
    for (std::size_t k = cps.size(); k-- > 0;) {
        const UChar32 c = cps[k].c;
        if (c >= 0 && (isWhiteSpace(c) || isClosing(c)))
            continue;
        out.endsTerminal = isSentenceEnd(c);
        // A long segment without an end is a sentence cut short (a broken line), not a heading.
        if (u_isalnum(c) && out.length <= kLongestHeading)
            out.punctuation[kHeadingClass] = 1;
        break;
    }
    return out;
}

std::string foldWord(std::string_view word) {
    // ASCII has no decompositions or marks: lower case is all (and half a dictionary is ASCII).
    if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out(word);
        for (char& c : out)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status))
        throw IcuError(std::string("cannot load the NFD normaliser: ") + u_errorName(status));
    const icu::UnicodeString decomposed =
        nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size()))), status);
    if (U_FAILURE(status))
        throw IcuError(std::string("cannot normalise a word: ") + u_errorName(status));
    std::string out;
    for (std::int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue;
        appendUtf8(out, u_tolower(c));
    }
    return out;
}

int dominantScript(const std::vector<std::string_view>& texts) {
    // Counted per script code in an array (a map lookup per letter was a measurable share of
    // aligning a book).
    const auto scripts = static_cast<std::size_t>(u_getIntPropertyMaxValue(UCHAR_SCRIPT)) + 1;
    std::vector<std::size_t> counts(scripts, 0);
    for (std::string_view text : texts)
        forEachCodePoint(text, [&](UChar32 c, std::uint32_t, std::uint32_t) {
            if (c < 0 || !isAlpha(c))
                return;
            if (isAscii(c)) {
                ++counts[USCRIPT_LATIN];
                return;
            }
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode script = uscript_getScript(c, &status);
            if (U_SUCCESS(status) && script != USCRIPT_COMMON && script != USCRIPT_INHERITED && script >= 0 &&
                static_cast<std::size_t>(script) < scripts)
                ++counts[static_cast<std::size_t>(script)];
        });
    int best = USCRIPT_COMMON;
    std::size_t bestCount = 0;
    for (std::size_t script = 0; script < counts.size(); ++script)
        if (counts[script] > bestCount) {
            best = static_cast<int>(script);
            bestCount = counts[script];
        }
    return best;
}

std::size_t longestCommonSubsequence(const std::u32string& a, const std::u32string& b) {
    std::vector<std::size_t> row(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = 0;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = a[i - 1] == b[j - 1] ? diagonal + 1 : std::max(row[j], row[j - 1]);
            diagonal = up;
        }
    }
    return row[b.size()];
}

std::size_t codePointCount(std::string_view utf8) {
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string firstCodePoints(std::string_view text, std::size_t count) {
    std::u32string letters = toUtf32(text);
    letters.resize(std::min(letters.size(), count));
    return toUtf8(letters);
}

std::u32string toUtf32(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](UChar32 c, std::uint32_t, std::uint32_t) {
        if (c >= 0)
            out.push_back(static_cast<char32_t>(c));
    });
    return out;
}

std::string toUtf8(const std::u32string& text) {
    std::string out;
    for (char32_t c : text)
        appendUtf8(out, static_cast<UChar32>(c));
    return out;
}

} // namespace tandem::aligner
