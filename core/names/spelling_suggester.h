// Spelling suggestions for a name that is not in the text yet: how it is usually written in the
// other language (Ghafari → Гафари, al-Qurashi → аль-Кураши, Сулейманов → Suleymanov), and which
// rules produced it, so the translator can judge the proposal.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tandem {

/// Conventions to follow.
enum class SpellingProfile {
    Bgn,      ///< BGN/PCGN romanisation (press usage) and its Latin → Russian reverse
    GostB,    ///< GOST 7.79-2000 system B (Cyrillic → Latin only)
    ArabicRu, ///< Arabic names in English press spelling → Russian (gh → г, q → к, al- → аль- …)
};

/// "bgn", "gost-b", "arabic-ru"; fromString throws UsageError on anything else.
std::string toString(SpellingProfile profile);
SpellingProfile spellingProfileFromString(const std::string& name);

/// A proposed spelling and the rules that changed the text on the way, in order.
struct SpellingSuggestion {
    std::string spelling;
    std::vector<std::string> rules;
};

/// Proposes how `name`, written in language `from`, is spelled in `to`. Supported: Latin-script
/// languages → Cyrillic ones (bgn, arabic-ru), Cyrillic → Latin-script (bgn, gost-b), and any
/// script ICU romanises → Latin-script (bgn). Throws UsageError for other combinations.
SpellingSuggestion suggestSpelling(std::string_view name, std::string_view from, std::string_view to,
                                   SpellingProfile profile);

} // namespace tandem
