// Scale words of some languages and the Chinese and Japanese multipliers.
#include "core/names/number_scale.h"

#include <cmath>
#include <cstdlib>

namespace tandem {

std::string scaledNumber(std::string_view number, std::string_view lowerWord) {
    // Scale words of some languages, whole or as the start of an inflected form (тысяч, Millionen).
    struct Scale {
        std::string_view word;
        double factor;
        bool prefix; ///< inflected forms start with it
    };
    static constexpr Scale kScales[] = {
        {"thousand", 1e3, true},  {"million", 1e6, true},   {"billion", 1e9, true},   {"trillion", 1e12, true},
        {"mn", 1e6, false},       {"bn", 1e9, false},       {"тыс", 1e3, true},       {"млн", 1e6, false},
        {"миллион", 1e6, true},   {"млрд", 1e9, false},     {"миллиард", 1e9, true},  {"трлн", 1e12, false},
        {"триллион", 1e12, true}, {"tausend", 1e3, false},  {"mio", 1e6, false},      {"millionen", 1e6, false},
        {"mrd", 1e9, false},      {"milliard", 1e9, true},  {"mille", 1e3, false},    {"millions", 1e6, false},
        {"mil", 1e3, false},      {"millón", 1e6, false},   {"millones", 1e6, false}, {"mila", 1e3, false},
        {"milione", 1e6, false},  {"milioni", 1e6, false},  {"miliardo", 1e9, false}, {"miliardi", 1e9, false},
    };
    // Chinese and Japanese write the multiplier as the first character of the word after the digits.
    static constexpr Scale kCjkScales[] = {{"千", 1e3, true}, {"万", 1e4, true}, {"萬", 1e4, true},
                                           {"亿", 1e8, true}, {"億", 1e8, true}};
    double factor = 0;
    for (const Scale& s : kScales)
        if (s.prefix ? lowerWord.starts_with(s.word) : lowerWord == s.word) {
            factor = s.factor;
            break;
        }
    for (const Scale& s : kCjkScales)
        if (factor == 0 && lowerWord.starts_with(s.word))
            factor = s.factor;
    if (factor == 0)
        return {};
    const double value = std::strtod(std::string(number).c_str(), nullptr) * factor;
    if (!(value >= 1 && value < 1e15) || value != std::floor(value))
        return {};
    return std::to_string(static_cast<long long>(value));
}

} // namespace tandem
