// The endings tables of inflecting Cyrillic languages, applied to UTF-8 words through ICU strings.
#include "core/names/inflection.h"

#include "core/names/icu_strings.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>

namespace tandem {
namespace {

/// A consonant-bearing ending cut from keys; `after` (if set) must precede it (ским → ск only).
struct ConsonantEnding {
    const char16_t* ending;
    const char16_t* after;
    int minStem; ///< letters that must remain
};

// Longest first: the first match wins.
constexpr std::array<ConsonantEnding, 15> kConsonantEndings = {{
    {u"ыми", nullptr, 3},
    {u"ими", u"ск", 3},
    {u"ими", u"цк", 3},
    {u"ого", nullptr, 3},
    {u"его", nullptr, 3},
    {u"ому", nullptr, 3},
    {u"ему", nullptr, 3},
    {u"ым", nullptr, 3},
    {u"ых", nullptr, 3},
    {u"им", u"ск", 3},
    {u"им", u"цк", 3},
    {u"их", u"ск", 3},
    {u"ом", nullptr, 4},
    {u"ем", nullptr, 4},
    {u"ём", nullptr, 4},
}};

// Every case ending of nouns and adjectives that names take (singular and the plural of families).
constexpr std::array<const char16_t*, 39> kCaseEndings = {
    u"ыми", u"ими", u"ами", u"ями", u"ого", u"его", u"ому", u"ему", u"ой", u"ей", u"ом", u"ем", u"ём",
    u"ым",  u"им",  u"ых",  u"их",  u"ую",  u"юю",  u"ая",  u"яя",  u"ое", u"ее", u"ою", u"ею", u"ах",
    u"ях",  u"ам",  u"ям",  u"ов",  u"ев",  u"а",   u"я",   u"у",   u"ю",  u"е",  u"ы",  u"и",  u"ь"};

// -ый before -ий (Грозный, not Грозний); -й only after a vowel (see addWith below).
constexpr std::array<const char16_t*, 11> kNominativeEndings = {u"",   u"а",  u"я",  u"ая", u"ый", u"ий",
                                                                u"ой", u"ое", u"ее", u"ь",  u"й"};

// Endings of the soft declension: the nominative had -ь after a consonant (Шамиля → Шамиль) or -й
// after a vowel (Карзая → Карзай), so those candidates come before the bare stem.
constexpr std::array<const char16_t*, 7> kSoftEndings = {u"я", u"ю", u"ем", u"ём", u"ям", u"ями", u"ях"};

bool isCyrillic(const icu::UnicodeString& s) {
    for (int32_t i = 0; i < s.length(); ++i) {
        const char16_t c = s.charAt(i);
        if (c >= 0x0400 && c <= 0x04FF)
            return true;
    }
    return false;
}

using icu_strings::toUtf8;

} // namespace

bool inflectsNames(std::string_view language) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    return primary == "ru" || primary == "uk" || primary == "be";
}

std::string cutConsonantEnding(std::string_view word) {
    const icu::UnicodeString w = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(),
                                                                               static_cast<int32_t>(word.size())));
    if (!isCyrillic(w))
        return std::string(word);
    const icu::UnicodeString lower = icu::UnicodeString(w).toLower(icu::Locale::getRoot());
    for (const ConsonantEnding& e : kConsonantEndings) {
        const icu::UnicodeString ending(e.ending);
        if (!lower.endsWith(ending))
            continue;
        const int32_t stemLength = lower.length() - ending.length();
        if (stemLength < e.minStem)
            continue;
        if (e.after != nullptr && !icu::UnicodeString(lower, 0, stemLength).endsWith(icu::UnicodeString(e.after)))
            continue;
        return toUtf8(icu::UnicodeString(w, 0, stemLength));
    }
    return std::string(word);
}

std::vector<std::string> baseFormCandidates(std::string_view word) {
    std::vector<std::string> out{std::string(word)};
    const icu::UnicodeString w = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(),
                                                                               static_cast<int32_t>(word.size())));
    if (!isCyrillic(w))
        return out;
    const icu::UnicodeString lower = icu::UnicodeString(w).toLower(icu::Locale::getRoot());
    const bool allCapitals = icu::UnicodeString(w).toUpper(icu::Locale::getRoot()) == w;
    auto add = [&out](std::string s) {
        if (std::find(out.begin(), out.end(), s) == out.end())
            out.push_back(std::move(s));
    };
    for (const char16_t* ending : kCaseEndings) {
        const icu::UnicodeString e(ending);
        if (!lower.endsWith(e) || lower.length() - e.length() < 3)
            continue;
        const icu::UnicodeString stem(w, 0, lower.length() - e.length());
        const bool vowelStem = icu::UnicodeString(u"аеёиоуыэюя").indexOf(lower.charAt(stem.length() - 1)) >= 0;
        const bool velarStem = icu::UnicodeString(u"гкхжшщч").indexOf(lower.charAt(stem.length() - 1)) >= 0;
        auto addWith = [&](const char16_t* nominative) {
            const icu::UnicodeString ending(nominative);
            if ((ending == u"й" && !vowelStem) || (ending == u"ый" && velarStem))
                return; // Russian spelling: no -й after a consonant, no -ы after г к х ж ш щ ч
            icu::UnicodeString candidate = stem;
            candidate.append(icu::UnicodeString(nominative));
            // An all-capital word keeps capitals in its endings (САНАУЛЛЫ → САНАУЛЛА).
            add(toUtf8(allCapitals ? candidate.toUpper(icu::Locale::getRoot()) : candidate));
        };
        if (std::find_if(kSoftEndings.begin(), kSoftEndings.end(), [&](const char16_t* s) { return e == icu::UnicodeString(s); }) !=
            kSoftEndings.end()) {
            addWith(vowelStem ? u"й" : u"ь");
        }
        for (const char16_t* nominative : kNominativeEndings)
            addWith(nominative);
    }
    return out;
}

std::string nominativePlural(std::string_view word) {
    icu::UnicodeString w = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    if (!isCyrillic(w))
        return std::string(word);
    const icu::UnicodeString lower = icu::UnicodeString(w).toLower(icu::Locale::getRoot());
    for (const char16_t* ending : {u"ами", u"ями", u"ов", u"ев", u"ей", u"ам", u"ям", u"ах", u"ях", u"ы", u"и"}) {
        const icu::UnicodeString e(ending);
        if (lower.endsWith(e) && lower.length() - e.length() >= 3) {
            w.truncate(w.length() - e.length());
            break;
        }
    }
    const char16_t last = icu::UnicodeString(w).toLower(icu::Locale::getRoot()).charAt(w.length() - 1);
    const bool takesI = icu::UnicodeString(u"гкхжшщч").indexOf(last) >= 0;
    w.append(icu::UnicodeString(takesI ? u"и" : u"ы"));
    return toUtf8(w);
}

std::string agreeAdjective(std::string_view adjectiveBase, std::string_view adjectiveSurface, std::string_view nounBase) {
    auto u = [](std::string_view s) {
        return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    };
    icu::UnicodeString adjective = u(adjectiveBase);
    const icu::UnicodeString surface = u(adjectiveSurface).toLower(icu::Locale::getRoot());
    const icu::UnicodeString noun = u(nounBase).toLower(icu::Locale::getRoot());
    const icu::UnicodeString lowerAdjective = icu::UnicodeString(adjective).toLower(icu::Locale::getRoot());
    if (adjective.length() < 3 || noun.isEmpty() ||
        !(lowerAdjective.endsWith(u"ий") || lowerAdjective.endsWith(u"ый") || lowerAdjective.endsWith(u"ой")))
        return std::string(adjectiveBase);
    auto endsWithAny = [](const icu::UnicodeString& s, std::initializer_list<const char16_t*> endings) {
        for (const char16_t* e : endings)
            if (s.endsWith(icu::UnicodeString(e)))
                return true;
        return false;
    };
    enum class Gender { Masculine, Feminine, Neuter } gender = Gender::Masculine;
    if (endsWithAny(noun, {u"а", u"я"}))
        gender = Gender::Feminine;
    else if (endsWithAny(noun, {u"о", u"е", u"ё"}))
        gender = Gender::Neuter;
    else if (noun.endsWith(u"ь") && endsWithAny(surface, {u"ой", u"ей", u"ую", u"юю", u"ая", u"яя"}))
        gender = Gender::Feminine;
    if (gender == Gender::Masculine)
        return std::string(adjectiveBase);
    const bool soft = lowerAdjective.endsWith(u"ний") &&
                      endsWithAny(surface, {u"ней", u"нему", u"него", u"нюю", u"няя", u"нее", u"ним", u"них", u"ние", u"ний"});
    adjective.truncate(adjective.length() - 2);
    if (gender == Gender::Feminine)
        adjective.append(icu::UnicodeString(soft ? u"яя" : u"ая"));
    else
        adjective.append(icu::UnicodeString(soft ? u"ее" : u"ое"));
    return toUtf8(adjective);
}

} // namespace tandem
