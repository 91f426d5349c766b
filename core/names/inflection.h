// Case endings of names in inflecting Cyrillic languages (Russian first): an endings table rather
// than a stemmer, because general stemmers treat names inconsistently (керман → керма, кермане →
// керман). Used by the name keys (cut the ending) and by mining (guess the base form).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tandem {

/// True when names inflect for case in `language` (ru, uk, be; primary subtag of a BCP 47 tag).
bool inflectsNames(std::string_view language);

/// Cuts the consonant-bearing case ending of one Cyrillic word (Русланом → Руслан, Сулеймановым →
/// Сулейманов, Достоевского → Достоевск, Путиным → Путин); vowel endings (-а, -у, -е, -ой …) are left
/// to the key's final-vowel rule. Returns the word unchanged when it is not Cyrillic, when no ending
/// applies, or when the stem would be too short (Салем, Того stay).
std::string cutConsonantEnding(std::string_view word);

/// Candidate base (nominative) forms of one Cyrillic word that may be inflected: the word itself,
/// then for every case ending of the table it ends in (-а, -у, -е, -ом, -ой, -ым, -ого, -ому, -ов …,
/// stem of at least three letters) the stem alone and the stem with each nominative ending (-а, -я,
/// -ая, -ий, -ый, -ой, -ое, -ее, -ь): Сулейманову → … Сулейманов …; Кермане → … Керман …. No duplicates;
/// just the word when it is not Cyrillic.
std::vector<std::string> baseFormCandidates(std::string_view word);

/// Nominative plural of a word seen in some plural case (пуштунов → пуштуны, узбеков → узбеки,
/// американцев → американцы): the plural case ending is cut and -ы, or -и after г к х ж ш щ ч, added.
std::string nominativePlural(std::string_view word);

/// Agrees an adjective's masculine nominative (Калужский, Ближний) with a noun of the gender that
/// `nounBase` has (область, Восток, государство), looking at the adjective as it was seen
/// (`adjectiveSurface`) for soft stems and for nouns in -ь. Returns the adjective's base form.
std::string agreeAdjective(std::string_view adjectiveBase, std::string_view adjectiveSurface, std::string_view nounBase);

} // namespace tandem
