// Names of countries and world regions in two languages, from the CLDR data inside ICU (China ↔
// Китай, United States / US ↔ Соединенные Штаты / США, Central Asia ↔ Центральная Азия): the pairs
// that no transliteration finds, for any language pair ICU has display names for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tandem {

/// One country or region: its names in the source and in the target language (long and short
/// forms, without duplicates).
struct Exonym {
    std::string code; ///< ISO 3166 or UN M.49 code ("CN", "143")
    std::vector<std::string> source;
    std::vector<std::string> target;
};

/// Every country and world region ICU names in both languages (where the full name is just the
/// code, ICU has none and the entry is left out).
std::vector<Exonym> exonyms(std::string_view sourceLanguage, std::string_view targetLanguage);

} // namespace tandem
