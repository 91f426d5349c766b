// Name keys: ICU romanisation per language, our skeleton rule set, article and final-vowel rules,
// a per-object cache, and the edit-distance similarity of keys.
#include "core/names/name_key.h"

#include "core/error.h"
#include "core/names/icu_strings.h"
#include "core/names/inflection.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

namespace tandem {
namespace {

// Step 3 of the key (see name_key.h). Input: lower-case ASCII letters; output: letters of the
// skeleton alphabet (a–z without h, q, w, x, y, c; plus š, č, ǰ). ICU tries the rules in order at each
// position, so longer patterns come first.
constexpr const char16_t* kSkeletonRules = uR"(
shch > š ;
sch > š ;
sh > š ;
tch > č ;
chzh > ǰ ;
ch > č ;
dzh > ǰ ;
dj > ǰ ;
zh > ǰ ;
j > ǰ ;
kh > g ;
gh > g ;
th > t ;
ph > f ;
h > g ;
ck > k ;
c } [eiy] > s ;
c > k ;
q > k ;
x > ks ;
w > v ;
ou > u ;
oo > u ;
ee > i ;
y > i ;
)";

// Arabic articles dropped when a hyphen follows them (al-Qurashi, аль-Кураши → alʹ-, ash-Shabaab).
constexpr std::array<std::string_view, 16> kHyphenArticles = {"al", "el", "ad", "ed", "ash", "as", "at", "ath",
                                                              "adh", "ar", "an", "az", "ud", "ul", "ur", "un"};

/// The ICU transliterator id that romanises `language` (its BGN/PCGN table when ICU has one).
std::u16string romaniserId(std::string_view language) {
    static constexpr std::array<std::pair<std::string_view, const char16_t*>, 22> kTables = {{
        {"ru", u"Russian-Latin/BGN"},     {"uk", u"Ukrainian-Latin/BGN"},  {"be", u"Belarusian-Latin/BGN"},
        {"bg", u"Bulgarian-Latin/BGN"},   {"sr", u"Serbian-Latin/BGN"},    {"mk", u"Macedonian-Latin/BGN"},
        {"kk", u"Kazakh-Latin/BGN"},      {"ky", u"Kirghiz-Latin/BGN"},    {"mn", u"Mongolian-Latin/BGN"},
        {"tk", u"Turkmen-Latin/BGN"},     {"uz", u"Uzbek-Latin/BGN"},      {"az", u"Azerbaijani-Latin/BGN"},
        {"el", u"Greek-Latin/BGN"},       {"ar", u"Arabic-Latin/BGN"},     {"fa", u"Persian-Latin/BGN"},
        {"ps", u"Pashto-Latin/BGN"},      {"he", u"Hebrew-Latin/BGN"},     {"hy", u"Armenian-Latin/BGN"},
        {"ka", u"Georgian-Latin/BGN"},    {"ko", u"Korean-Latin/BGN"},     {"am", u"Amharic-Latin/BGN"},
        {"dv", u"Maldivian-Latin/BGN"},
    }};
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    std::u16string id = u"Russian-Latin/BGN"; // Cyrillic in any other language reads as Russian
    for (const auto& [lang, table] : kTables)
        if (lang == primary)
            id = table;
    return id;
}

using icu_strings::fromUtf8;
using icu_strings::isHyphen;
using icu_strings::toUtf8;

/// The romaniser of step 2: the language's table, Any-Latin for what is left, ë read as yo (press
/// usage: Мирзиёев → Mirziyoyev), then folded to ASCII.
std::unique_ptr<icu::Transliterator> makeRomaniser(const std::u16string& table) {
    const icu::UnicodeString rules = icu::UnicodeString(u":: ") + icu::UnicodeString(table.data(), static_cast<int32_t>(table.size())) +
                                     u" ; :: Any-Latin ; ë > yo ; Ë > Yo ; :: Latin-ASCII ;";
    UErrorCode status = U_ZERO_ERROR;
    UParseError parseError{};
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createFromRules(u"TandemRomaniser", rules, UTRANS_FORWARD, parseError, status));
    if (U_FAILURE(status) || !t)
        throw IcuError("cannot create the ICU romaniser from '" + toUtf8(icu::UnicodeString(table.data(),
                       static_cast<int32_t>(table.size()))) + "': " + u_errorName(status));
    return t;
}

/// One piece of a name between separators, and whether a hyphen follows it.
struct Part {
    icu::UnicodeString text;
    bool hyphenAfter = false;
};

/// Splits at white space and hyphens; everything that is neither letter nor digit nor an apostrophe
/// inside a word is a separator.
std::vector<Part> splitName(const icu::UnicodeString& name) {
    std::vector<Part> parts;
    icu::UnicodeString current;
    auto flush = [&](bool hyphen) {
        if (!current.isEmpty())
            parts.push_back({current, hyphen});
        current.remove();
    };
    for (int32_t i = 0; i < name.length(); i = name.moveIndex32(i, 1)) {
        const UChar32 c = name.char32At(i);
        if (u_isalnum(c) || ((c == u'\'' || c == 0x2019 || c == 0x02BC || c == 0x02B9 || c == 0x02BA) &&
                             !current.isEmpty()))
            current.append(c);
        else
            flush(isHyphen(c));
    }
    flush(false);
    return parts;
}

bool isAcronym(const icu::UnicodeString& part) {
    int32_t letters = 0;
    for (int32_t i = 0; i < part.length(); i = part.moveIndex32(i, 1)) {
        const UChar32 c = part.char32At(i);
        if (!u_isalpha(c))
            continue;
        if (!u_isupper(c))
            return false;
        ++letters;
    }
    return letters >= 2 && letters <= 6;
}

bool isVowel(UChar32 c) { return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u'; }

/// Keeps lower-case letters only (drops apostrophes, signs, digits, what ASCII folding left over).
icu::UnicodeString lettersOnly(const icu::UnicodeString& s) {
    icu::UnicodeString out;
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1))
        if (u_isalpha(s.char32At(i)))
            out.append(u_tolower(s.char32At(i)));
    return out;
}

std::u32string toCodePoints(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
        UChar32 c;
        U8_NEXT(s.data(), i, n, c);
        out.push_back(c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
    }
    return out;
}

} // namespace

struct NameKeyer::Impl {
    std::unique_ptr<icu::Transliterator> skeleton;
    std::unordered_map<std::u16string, std::unique_ptr<icu::Transliterator>> romanisers; // by table id
    std::unordered_map<std::string, std::string> cache; // language '\x1f' name → key

    icu::Transliterator& romaniser(std::string_view language) {
        const std::u16string id = romaniserId(language);
        auto it = romanisers.find(id);
        if (it == romanisers.end())
            it = romanisers.emplace(id, makeRomaniser(id)).first;
        return *it->second;
    }

    icu::Transliterator& skeletonRules() {
        if (!skeleton) {
            UErrorCode status = U_ZERO_ERROR;
            UParseError parseError{};
            skeleton.reset(icu::Transliterator::createFromRules(u"TandemNameSkeleton", icu::UnicodeString(kSkeletonRules),
                                                                UTRANS_FORWARD, parseError, status));
            if (U_FAILURE(status) || !skeleton)
                throw IcuError("cannot build the name skeleton rules (line " + std::to_string(parseError.line) +
                               "): " + u_errorName(status));
        }
        return *skeleton;
    }

    /// Key of one part; empty when the part is an article to drop or has no letters.
    icu::UnicodeString partKey(const Part& part, bool morePartsFollow, std::string_view language, bool cutEndings) {
        icu::Transliterator& roman = romaniser(language);
        if (isAcronym(part.text)) {
            icu::UnicodeString out;
            for (int32_t i = 0; i < part.text.length(); i = part.text.moveIndex32(i, 1)) {
                icu::UnicodeString letter(part.text.char32At(i));
                roman.transliterate(letter);
                out.append(letter);
            }
            return lettersOnly(out);
        }
        icu::UnicodeString text = part.text;
        if (cutEndings && inflectsNames(language))
            text = fromUtf8(cutConsonantEnding(toUtf8(text)));
        roman.transliterate(text);
        icu::UnicodeString latin = lettersOnly(text);
        const std::string plain = toUtf8(latin);
        if (morePartsFollow && ((part.hyphenAfter && std::find(kHyphenArticles.begin(), kHyphenArticles.end(),
                                                               plain) != kHyphenArticles.end()) ||
                                plain == "al" || plain == "el"))
            return {};
        if (latin.length() > 2 && latin.endsWith(u"h") && isVowel(latin.charAt(latin.length() - 2)))
            latin.truncate(latin.length() - 1);
        skeletonRules().transliterate(latin);
        icu::UnicodeString key;
        for (int32_t i = 0; i < latin.length(); i = latin.moveIndex32(i, 1)) {
            const UChar32 c = latin.char32At(i);
            if (key.isEmpty() || key.char32At(key.moveIndex32(key.length(), -1)) != c)
                key.append(c);
        }
        while (cutEndings && key.countChar32() > 2 && isVowel(key.char32At(key.moveIndex32(key.length(), -1))))
            key.truncate(key.moveIndex32(key.length(), -1));
        return key;
    }

    std::string makeKey(std::string_view name, std::string_view language, bool cutEndings) {
        const std::vector<Part> parts = splitName(fromUtf8(name));
        icu::UnicodeString key;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const icu::UnicodeString k = partKey(parts[i], i + 1 < parts.size(), language, cutEndings);
            if (k.isEmpty())
                continue;
            if (!key.isEmpty())
                key.append(u' ');
            key.append(k);
        }
        return toUtf8(key);
    }
};

NameKeyer::NameKeyer() : m_impl(std::make_unique<Impl>()) {}
NameKeyer::~NameKeyer() = default;
NameKeyer::NameKeyer(NameKeyer&&) noexcept = default;
NameKeyer& NameKeyer::operator=(NameKeyer&&) noexcept = default;

std::string NameKeyer::key(std::string_view name, std::string_view language) {
    std::string cacheKey;
    cacheKey.reserve(language.size() + 1 + name.size());
    cacheKey.append(language).push_back('\x1f');
    cacheKey.append(name);
    if (auto it = m_impl->cache.find(cacheKey); it != m_impl->cache.end())
        return it->second;
    std::string key = m_impl->makeKey(name, language, true);
    if (m_impl->cache.size() >= cacheLimit())
        m_impl->cache.clear();
    m_impl->cache.emplace(std::move(cacheKey), key);
    return key;
}

std::string NameKeyer::romanise(std::string_view name, std::string_view language) {
    icu::UnicodeString text = fromUtf8(name);
    m_impl->romaniser(language).transliterate(text);
    return toUtf8(text);
}

std::string NameKeyer::skeleton(std::string_view name, std::string_view language) {
    return m_impl->makeKey(name, language, false);
}

std::size_t NameKeyer::cacheSize() const { return m_impl->cache.size(); }

std::string nameKey(std::string_view name, std::string_view language) {
    thread_local NameKeyer keyer;
    return keyer.key(name, language);
}

double keySimilarity(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty())
        return 0.0;
    if (a == b)
        return 1.0;
    const std::u32string x = toCodePoints(a), y = toCodePoints(b);
    std::vector<std::size_t> row(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= y.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return 1.0 - static_cast<double>(row[y.size()]) / static_cast<double>(std::max(x.size(), y.size()));
}

} // namespace tandem
