// Mining name pairs from aligned beads: which names of the source correspond to which of the
// target, with the evidence (beads, surface forms) a translator needs to confirm them.
//
// Within each bead, candidates (name_candidates.h) are paired, strongest evidence first:
//  1. identical foreign-script text (CNN, imago images, The New York Times in Russian text);
//  2. known pairs: the caller's glossary and country/region names from CLDR (China ↔ Китаем);
//  3. transliteration: equal word counts, every word's name key close (Ghafari ↔ Гафари,
//     Pashtuns ↔ пуштунов, where a lower-case target word may match), in any word order when the
//     order differs (Alfred Wegener Institute ↔ Институт Альфреда Вегенера, which also gives the
//     proper name inside); words common in both languages' Hunspell dictionaries are cognates, not
//     names (Climate ↔ климат);
// then over the whole text, names still unpaired are linked by co-occurrence (Dice over beads;
// ISIS ↔ ИГИЛ); and last, what each bead leaves unpaired: a source name of n words translated word
// by word pairs with the bead's one target phrase of n words opening with a capitalised adjective
// (Norwegian Polar Institute ↔ Норвежского полярного института; between several source names of
// n words, the one at the phrase's place); the one one-word name left on each side pairs (Beijing ↔
// Пекине); and a bead left with exactly one unpaired name on each side pairs them (Middle East ↔
// Ближнему Востоку), a one-word name also with a sentence-initial target word spelled alike
// (Arctic ↔ Арктика). One suggestion per source form: its best-supported target.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace tandem {

/// How a pair was found (strongest first).
enum class PairingMethod { Identical, Known, Transliteration, Cooccurrence, Leftover };

/// "identical", "known", "transliteration", "co-occurrence", "leftover".
std::string toString(PairingMethod method);

/// One bead in which a pair was seen, with the forms as written there.
struct NameEvidence {
    std::size_t bead = 0; ///< index into the alignment
    std::string sourceForm;
    std::string targetForm;
};

/// A mined pair: a glossary term (status Suggested) and why it was suggested.
struct NameSuggestion {
    Term term;                          ///< source form, target base form, variants, score, occurrences
    PairingMethod method = PairingMethod::Transliteration; ///< the strongest method among its beads
    std::vector<NameEvidence> evidence; ///< in bead order
};

/// Every knob of the miner, each with a default.
struct MiningOptions {
    /// Mean key similarity of the words of a transliteration pair, and the least for any one word.
    double minSimilarity = 0.75;
    double minWordSimilarity = 0.6;
    /// A lower-case target word (ethnonyms: пуштунов) needs this key similarity to a source name.
    double minLowercaseSimilarity = 0.8;
    /// Co-occurrence links need this Dice coefficient over beads and this many shared beads.
    double minDice = 0.5;
    int minCooccurrences = 2;
    /// Pair the last unpaired name on each side of a bead.
    bool pairLeftovers = true;
    /// Use ICU's country and region names as known pairs.
    bool useExonyms = true;
    /// Further known pairs (source form, target form), e.g. the project's confirmed glossary.
    std::vector<std::pair<std::string, std::string>> knownPairs;
    /// Where Hunspell dictionaries live; the target language's dictionary (if any) gives base forms
    /// of common words inside names. An empty path: base forms from the endings table alone.
    std::filesystem::path dictionaryDirectory = "/usr/share/hunspell";
};

/// Mines name pairs from source and target aligned by `alignment` (beads may leave segments out).
/// Throws UsageError when a bead points past the end of a document. Suggestions are ordered by
/// decreasing occurrences, then score, then source form.
std::vector<NameSuggestion> mineNames(const Document& source, const Document& target, const Alignment& alignment,
                                      const MiningOptions& options = {});

} // namespace tandem
