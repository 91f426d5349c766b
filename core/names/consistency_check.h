// Consistency checks of an aligned pair against its glossary: a confirmed name on one side of a bead
// only (a likely omission or mistranslation), numbers that differ between the sides of a bead, and
// one name rendered two ways in a document (Гафари vs Гаффари).
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"

#include <cstddef>
#include <string>
#include <vector>

namespace tandem {

enum class FindingKind { MissingName, NumberMismatch, TwoRenderings };

/// "missing-name", "number-mismatch", "two-renderings".
std::string toString(FindingKind kind);

/// One problem found, located at a bead.
struct CheckFinding {
    FindingKind kind = FindingKind::MissingName;
    std::size_t bead = 0;  ///< index into the alignment (the first bead where it shows)
    std::string message;   ///< one line for the translator
    std::vector<std::string> forms; ///< what was found: the name, the numbers, or the spellings
    /// Number mismatches: forms[0, sourceOnly) occur only in the source, the rest only in the target.
    std::size_t sourceOnly = 0;
};

/// Runs all checks. Only confirmed terms are looked for; beads with an empty side are not checked
/// for names or numbers. Findings are ordered by bead, then kind. Throws UsageError when a bead
/// points past the end of a document.
std::vector<CheckFinding> checkConsistency(const Document& source, const Document& target, const Alignment& alignment,
                                           const std::vector<Term>& terms);

/// A number of a text, normalised so that both languages agree: thousands separators removed
/// (1,000 / 1 000 / 1.000 → 1000), decimal commas made points (2,5 → 2.5 in languages that write
/// them so); with a scale word after it, also its value ("20 тыс." → 20 and 20000).
struct WrittenNumber {
    std::string value;
    std::string scaled; ///< empty without a scale word
    friend bool operator==(const WrittenNumber&, const WrittenNumber&) = default;
};

/// The numbers of a text in order of appearance.
std::vector<WrittenNumber> numbersIn(const std::string& text, const std::string& language);

} // namespace tandem
