// Spelling suggestions: named ICU rule sets applied in order (each one records itself when it
// changes the text) around ICU's BGN/PCGN transliterators; capitalisation restored per word.
#include "core/names/spelling_suggester.h"

#include "core/error.h"
#include "core/names/icu_strings.h"
#include "core/names/name_key.h"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace tandem {
namespace {

/// One step of a profile: a rule set (or an ICU transliterator id) and the name shown to the user.
struct NamedRule {
    const char* name;
    const char16_t* rules; ///< ICU rules; nullptr when `id` names a system transliterator
    const char16_t* id = nullptr;
};

// Latin (lower case) → Cyrillic for Arabic names in English press spelling; the text is padded
// with spaces so that word ends are visible to the rules.
constexpr std::array<NamedRule, 11> kArabicToRussian = {{
    {"Arabic article al-, ad-, ash- … → аль-, ад-, аш- …",
     uR"([^[:L:]] { al \- > аль \- ; [^[:L:]] { el \- > эль \- ; [^[:L:]] { ad \- > ад \- ; [^[:L:]] { ash \- > аш \- ;
         [^[:L:]] { as \- > ас \- ; [^[:L:]] { ar \- > ар \- ; [^[:L:]] { at \- > ат \- ; [^[:L:]] { an \- > ан \- ;
         [^[:L:]] { az \- > аз \- ;)"},
    {"final -ah → -а", uR"(ah } [^[:L:]] > а ;)"},
    {"final -ai → -ай", uR"(ai } [^[:L:]] > ай ;)"},
    {"gh → г", u"gh > г ;"},
    {"q → к", u"q > к ;"},
    {"kh → х", u"kh > х ;"},
    {"dh → з", u"dh > з ;"},
    {"th → с", u"th > с ;"},
    {"you → ю; ou, oo → у", u"you > ю ; ou > у ; oo > у ;"},
    {"ee → и", u"ee > и ;"},
    {"doubled vowels aa, ii, uu → one", u"aa > а ; ii > и ; uu > у ;"},
}};

// After BGN/PCGN Latin → Russian, the Latin letters it leaves.
constexpr std::array<NamedRule, 6> kLatinLeftovers = {{
    {"j → дж", u"j > дж ;"},
    {"h → х", u"h > х ;"},
    {"q → к", u"q > к ;"},
    {"w → в", u"w > в ;"},
    {"x → кс", u"x > кс ;"},
    {"c → с before e, i, y; else к", u"c } [еиыeiy] > с ; c > к ;"},
}};

constexpr NamedRule kLatinToRussianBgn = {"BGN/PCGN Latin → Russian", nullptr, u"Latin-Russian/BGN"};

constexpr NamedRule kGostB = {
    "GOST 7.79-2000 system B",
    uR"(а > a ; б > b ; в > v ; г > g ; д > d ; е > e ; ё > yo ; ж > zh ; з > z ; и > i ; й > j ; к > k ; л > l ;
        м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ; х > x ;
        ц } [еиыйі] > c ; ц > cz ; ч > ch ; ш > sh ; щ > shh ; ъ > '``' ; ы > 'y`' ; ь > '`' ; э > 'e`' ;
        ю > yu ; я > ya ; і > 'i`' ; ї > 'i``' ; є > 'ye' ; ґ > 'g`' ;)"};

constexpr NamedRule kSignsDropped = {"soft and hard signs dropped", uR"([\u02B9\u02BA\u0027\u0022] > ;)"};
constexpr NamedRule kAsciiFolding = {"diacritics dropped (ë → e)", nullptr, u"Latin-ASCII"};

bool isCyrillicLanguage(std::string_view language) {
    const std::string_view primary = language.substr(0, language.find_first_of("-_"));
    static constexpr std::array<std::string_view, 10> kCyrillic = {"ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "mn", "tg"};
    for (std::string_view c : kCyrillic)
        if (c == primary)
            return true;
    return false;
}

enum class Script { Latin, Cyrillic, Other, None };

Script scriptOf(const icu::UnicodeString& s) {
    for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
        const UChar32 c = s.char32At(i);
        if (!u_isalpha(c))
            continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (script == USCRIPT_LATIN)
            return Script::Latin;
        if (script == USCRIPT_CYRILLIC)
            return Script::Cyrillic;
        return Script::Other;
    }
    return Script::None;
}

using icu_strings::toUtf8;

/// Applies one named step; records its name when the text changed.
void apply(const NamedRule& rule, icu::UnicodeString& text, std::vector<std::string>& fired) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t;
    if (rule.id != nullptr) {
        t.reset(icu::Transliterator::createInstance(icu::UnicodeString(rule.id), UTRANS_FORWARD, status));
    } else {
        UParseError parseError{};
        t.reset(icu::Transliterator::createFromRules(u"TandemSpelling", icu::UnicodeString(rule.rules), UTRANS_FORWARD,
                                                     parseError, status));
    }
    if (U_FAILURE(status) || !t)
        throw IcuError(std::string("cannot build the spelling rule '") + rule.name + "': " + u_errorName(status));
    const icu::UnicodeString before = text;
    t->transliterate(text);
    if (text != before)
        fired.emplace_back(rule.name);
}

/// Capitalises each word of `out` whose counterpart in `in` (same position, words split at spaces
/// and hyphens) begins with a capital.
icu::UnicodeString restoreCapitals(const icu::UnicodeString& in, icu::UnicodeString out) {
    auto wordStarts = [](const icu::UnicodeString& s) {
        std::vector<int32_t> starts;
        bool inWord = false;
        for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
            const bool letter = u_isalpha(s.char32At(i));
            if (letter && !inWord)
                starts.push_back(i);
            inWord = letter || (inWord && (s.char32At(i) == u'\'' || s.char32At(i) == 0x2019));
        }
        return starts;
    };
    const std::vector<int32_t> a = wordStarts(in), b = wordStarts(out);
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (u_isupper(in.char32At(a[i])))
            out.replace(b[i], U16_LENGTH(out.char32At(b[i])), icu::UnicodeString(u_toupper(out.char32At(b[i]))));
    return out;
}

} // namespace

std::string toString(SpellingProfile profile) {
    switch (profile) {
    case SpellingProfile::Bgn: return "bgn";
    case SpellingProfile::GostB: return "gost-b";
    case SpellingProfile::ArabicRu: return "arabic-ru";
    }
    return "bgn";
}

SpellingProfile spellingProfileFromString(const std::string& name) {
    if (name == "bgn")
        return SpellingProfile::Bgn;
    if (name == "gost-b")
        return SpellingProfile::GostB;
    if (name == "arabic-ru")
        return SpellingProfile::ArabicRu;
    throw UsageError("unknown spelling profile '" + name + "' (expected bgn, gost-b or arabic-ru)");
}

SpellingSuggestion suggestSpelling(std::string_view name, std::string_view from, std::string_view to,
                                   SpellingProfile profile) {
    const icu::UnicodeString input =
        icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    const Script script = scriptOf(input);
    if (script == Script::None)
        throw UsageError("'" + std::string(name) + "' has no letters to spell");
    const bool toCyrillic = isCyrillicLanguage(to);
    SpellingSuggestion out;
    // Rules work on lower case, padded with spaces so that word ends are visible.
    icu::UnicodeString text = icu::UnicodeString(u" ") + icu::UnicodeString(input).toLower(icu::Locale::getRoot()) + u" ";

    if (script == Script::Other || (script == Script::Cyrillic && !toCyrillic)) {
        if (profile == SpellingProfile::ArabicRu)
            throw UsageError("the arabic-ru profile spells Latin-script names in Russian; use bgn or gost-b");
        if (profile == SpellingProfile::GostB) {
            if (script != Script::Cyrillic)
                throw UsageError("the gost-b profile spells Cyrillic names only");
            apply(kGostB, text, out.rules);
        } else {
            NameKeyer keyer;
            const std::string before = toUtf8(text);
            const std::string romanised = keyer.romanise(before, from);
            if (romanised != before)
                out.rules.push_back("ICU romanisation of " + std::string(from) + " (BGN/PCGN where ICU has it)");
            text = icu::UnicodeString::fromUTF8(romanised);
            apply(kSignsDropped, text, out.rules);
            apply(kAsciiFolding, text, out.rules);
        }
        if (toCyrillic) {
            apply(kLatinToRussianBgn, text, out.rules);
            for (const NamedRule& rule : kLatinLeftovers)
                apply(rule, text, out.rules);
        }
    } else if (script == Script::Latin && toCyrillic) {
        if (profile == SpellingProfile::GostB)
            throw UsageError("the gost-b profile spells Cyrillic names in Latin script; use bgn or arabic-ru");
        if (profile == SpellingProfile::ArabicRu)
            for (const NamedRule& rule : kArabicToRussian)
                apply(rule, text, out.rules);
        apply(kLatinToRussianBgn, text, out.rules);
        for (const NamedRule& rule : kLatinLeftovers)
            apply(rule, text, out.rules);
    }
    // Same script on both sides: the name is written as it is.
    text = restoreCapitals(input, text.trim());
    out.spelling = toUtf8(text);
    return out;
}

} // namespace tandem
