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

/// Long and short region names of one language.
class RegionNames {
public:
    explicit RegionNames(std::string_view language) {
        const std::string tag(language);
        for (std::size_t i = 0; i < m_display.size(); ++i) {
            UDisplayContext contexts[] = {i == 0 ? UDISPCTX_LENGTH_FULL : UDISPCTX_LENGTH_SHORT, UDISPCTX_DIALECT_NAMES};
            m_display[i].reset(icu::LocaleDisplayNames::createInstance(icu::Locale(tag.c_str()), contexts, 2));
        }
    }

    /// The names of `code`, long first; empty when ICU has none (it answers with the code itself).
    std::vector<std::string> of(const char* code) const {
        std::vector<std::string> out;
        for (std::size_t i = 0; i < m_display.size(); ++i) {
            if (!m_display[i])
                continue;
            icu::UnicodeString name;
            m_display[i]->regionDisplayName(code, name);
            std::string utf8;
            name.toUTF8String(utf8);
            // A short name may equal the code (US); a long one that does means there is no name.
            if (utf8.empty() || (i == 0 && utf8 == code))
                break;
            if (std::find(out.begin(), out.end(), utf8) == out.end())
                out.push_back(std::move(utf8));
        }
        return out;
    }

private:
    std::array<std::unique_ptr<icu::LocaleDisplayNames>, 2> m_display;
};

} // namespace

std::vector<Exonym> exonyms(std::string_view sourceLanguage, std::string_view targetLanguage) {
    std::vector<const char*> codes(kRegionCodes.begin(), kRegionCodes.end());
    for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c)
        codes.push_back(*c);
    const RegionNames sourceNames(sourceLanguage), targetNames(targetLanguage);
    std::vector<Exonym> out;
    for (const char* code : codes) {
        Exonym e{code, sourceNames.of(code), targetNames.of(code)};
        if (!e.source.empty() && !e.target.empty())
            out.push_back(std::move(e));
    }
    return out;
}

} // namespace tandem
