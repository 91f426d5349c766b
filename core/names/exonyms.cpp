// Country and region display names from ICU's CLDR data, long and short.
#include "core/names/exonyms.h"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>

#include <algorithm>
#include <array>
#include <memory>

namespace tandem {
namespace {

// UN M.49 world regions CLDR names, plus the groupings it has codes for.
constexpr std::array<const char*, 33> kRegionCodes = {
    "001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018",
    "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061",
    "142", "143", "145", "150", "151", "154", "155", "202", "419", "EU", "UN"};

std::vector<std::string> names(std::string_view language, const char* code) {
    std::vector<std::string> out;
    const std::string tag(language);
    for (UDisplayContext length : {UDISPCTX_LENGTH_FULL, UDISPCTX_LENGTH_SHORT}) {
        UDisplayContext contexts[] = {length, UDISPCTX_DIALECT_NAMES};
        std::unique_ptr<icu::LocaleDisplayNames> display(
            icu::LocaleDisplayNames::createInstance(icu::Locale(tag.c_str()), contexts, 2));
        if (!display)
            continue;
        icu::UnicodeString name;
        display->regionDisplayName(code, name);
        std::string utf8;
        name.toUTF8String(utf8);
        // ICU answers with the code itself when it has no name; a short name may equal the code (US).
        if (utf8.empty() || (length == UDISPCTX_LENGTH_FULL && utf8 == code))
            break;
        if (std::find(out.begin(), out.end(), utf8) == out.end())
            out.push_back(std::move(utf8));
    }
    return out;
}

} // namespace

std::vector<Exonym> exonyms(std::string_view sourceLanguage, std::string_view targetLanguage) {
    std::vector<const char*> codes(kRegionCodes.begin(), kRegionCodes.end());
    for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c)
        codes.push_back(*c);
    std::vector<Exonym> out;
    for (const char* code : codes) {
        Exonym e{code, names(sourceLanguage, code), names(targetLanguage, code)};
        if (!e.source.empty() && !e.target.empty())
            out.push_back(std::move(e));
    }
    return out;
}

} // namespace tandem
