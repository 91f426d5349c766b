// Cross-script name keys: a romanised, reduced skeleton of a word or name that is equal (or close)
// for the renderings of one name in different scripts and grammatical cases (Ghafari ~ Гафари,
// al-Qurashi ~ аль-Кураши, Suleymanov ~ Сулейманову, Kerman ~ Кермане, FSB ~ ФСБ).
//
// How a key is made, part by part (a name is split at spaces and hyphens):
//  1. in an inflecting Cyrillic language (ru, uk, be) the consonant-bearing case endings of a
//     Cyrillic word are cut (inflection.h: -ом, -ым, -ого, -ому, -ским …);
//  2. the part is romanised with ICU (the language's BGN/PCGN transliterator when ICU has one,
//     Russian-Latin/BGN for other Cyrillic, Any-Latin for the rest), ë read as yo (Мирзиёев →
//     Mirziyoyev), folded to ASCII, lower-cased;
//  3. our own ICU rule set reduces it to a skeleton: sh/sch→š, ch→č, j/zh/dzh/dj/chzh→ǰ, kh/gh/h→g,
//     q/ck→k, c→s before e/i/y else k, x→ks, w→v, th→t, ph→f, y→i, ou/oo→u, ee→i, soft and hard
//     signs and apostrophes dropped; a word-final h after a vowel is dropped (Sanaullah);
//  4. doubled letters collapse (Gaffari → gafari) and trailing vowels are cut, keeping at least
//     two letters, so that vowel case endings and unstressed final vowels agree (Гафари, Ghafari,
//     Сулейманова, Suleymanov all reach gafar / suleimanov);
//  5. Arabic articles before a hyphen (al-, el-, ad-, ash-, аль-, ад-, аш- …) and a standalone
//     al/el followed by more of the name are dropped.
// Acronyms (2–6 letters, all upper case) are romanised letter by letter and only lower-cased
// (FSB = ФСБ = fsb). Latin words inside Cyrillic text are keyed as written (CNN, Telegram).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace tandem {

/// Makes name keys. Holds its own ICU transliterators and a cache of keys already made, so one
/// object is fast on repeated words but is NOT thread-safe: give each thread its own NameKeyer
/// (construction is cheap; transliterators are built on first use of a language).
class NameKeyer {
public:
    NameKeyer();
    ~NameKeyer();
    NameKeyer(NameKeyer&&) noexcept;
    NameKeyer& operator=(NameKeyer&&) noexcept;
    NameKeyer(const NameKeyer&) = delete;
    NameKeyer& operator=(const NameKeyer&) = delete;

    /// Key of one word or multi-word name written in `language` (BCP 47; only the primary
    /// subtag matters). Punctuation around the name («», quotes, brackets) is ignored. Returns ""
    /// when the text has no letters. Throws IcuError if ICU cannot build a transliterator.
    std::string key(std::string_view name, std::string_view language);

    /// Like key() but keeping case endings and final vowels (steps 2, 3 and 5, doubled letters
    /// collapsed): tells apart the spellings of one name (Гафари gafari, Гафар gafar), for choosing
    /// a base form. Not cached.
    std::string skeleton(std::string_view name, std::string_view language);

    /// Romanisation of `name` as step 2 above does it (no skeleton, no ending cut): what a reader
    /// of Latin script would see, e.g. "Gafari" for "Гафари". For display and suggestions.
    std::string romanise(std::string_view name, std::string_view language);

    /// Number of keys held in the cache (it is emptied when it grows past cacheLimit()).
    std::size_t cacheSize() const;
    static constexpr std::size_t cacheLimit() { return 1u << 18; }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Key of one word or name (see NameKeyer::key), using a NameKeyer private to the calling thread.
/// Thread-safe.
std::string nameKey(std::string_view name, std::string_view language);

/// Similarity in [0, 1] of two keys: 1 − Levenshtein distance / length of the longer key, counted
/// in code points. 0 when either key is empty.
double keySimilarity(std::string_view a, std::string_view b);

} // namespace tandem
