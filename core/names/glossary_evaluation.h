// Scoring a glossary against a gold list of name pairs (the bundled data/*/glossary.tsv files):
// which mined pairs are right, which gold pairs were found.
#pragma once

#include "core/model/glossary.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace tandem {

/// Reads a gold glossary: a header row, then `source<TAB>target<TAB>type<TAB>note` rows (type and note
/// may be missing). Throws IoError when unreadable, ParseError naming the line when a row has no target
/// or an unknown type.
std::vector<Term> readGoldGlossary(const std::filesystem::path& file);

struct GlossaryScore {
    std::size_t found = 0;    ///< pairs scored
    std::size_t correct = 0;  ///< of those, pairs that match a gold pair
    std::size_t gold = 0;     ///< gold pairs
    std::size_t recalled = 0; ///< gold pairs matched by some found pair
    double precision() const { return found ? double(correct) / double(found) : 0.0; }
    double recall() const { return gold ? double(recalled) / double(gold) : 0.0; }
};

/// A found pair is right when its source form equals a gold source form and its target form has the
/// gold target's name key in `targetLanguage` (the same name in the same base form, spelling aside).
GlossaryScore scoreGlossary(const std::vector<Term>& found, const std::vector<Term>& gold,
                            const std::string& targetLanguage);

} // namespace tandem
