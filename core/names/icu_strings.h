// UTF-8 <-> ICU UnicodeString conversions and the small letter helpers the names code shares.
#pragma once

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <string>
#include <string_view>

namespace tandem::icu_strings {

inline icu::UnicodeString fromUtf8(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

inline std::string toUtf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

/// Lower case by the root locale's rules (Unicode's default case mapping, for any script).
inline std::string lower(std::string_view s) {
    icu::UnicodeString u = fromUtf8(s);
    u.toLower(icu::Locale::getRoot());
    return toUtf8(u);
}

/// A hyphen as names use it: hyphen-minus, hyphen, non-breaking hyphen.
inline bool isHyphen(UChar32 c) { return c == u'-' || c == 0x2010 || c == 0x2011; }

/// The first letter of `s` (0 when it has none); invalid UTF-8 is skipped.
inline UChar32 firstLetter(std::string_view s) {
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
        UChar32 c = 0;
        U8_NEXT(s.data(), i, n, c);
        if (c >= 0 && u_isalpha(c))
            return c;
    }
    return 0;
}

} // namespace tandem::icu_strings
