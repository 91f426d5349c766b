// What the alignment exports (TMX, tab-separated and two-file bitext) share: which beads they write
// and the one-line text they write for each side of a bead.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"

#include <cstddef>
#include <string>

namespace tandem {

/// Which beads an export writes. Beads with no text on one side are never written.
struct ExportSelection {
    bool confirmedOnly = false; ///< only beads the translator confirmed
    double minConfidence = 0.0; ///< only beads with at least this confidence (confirmed beads always pass)
};

/// True when `bead` passes the selection (text on both sides is checked separately).
bool selects(const ExportSelection& selection, const Bead& bead);

/// The text of segments [begin, end) of `document` as one line: each segment's original text (its
/// text when it has none), joined by a space, with every run of whitespace (tabs, line breaks,
/// U+0085, U+2028, U+2029 included) folded to one space and none at either end.
std::string exportText(const Document& document, std::size_t begin, std::size_t end);

} // namespace tandem
