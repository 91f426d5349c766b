// Edits turned into window replacements: pure functions from a project's content and an edit to the
// ReplaceRange that carries it out, with each kind's rules checked. No store, no state.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"
#include "core/project/edit.h"

#include <cstddef>
#include <vector>

namespace tandem {

/// Read-only view of what the edits work on.
struct ProjectContent {
    const Document& source;
    const Document& target;
    const Alignment& alignment;
    const std::vector<Term>& terms;
};

/// The replacement that carries out a bead, segment or status edit (every kind except AddTerms,
/// UpdateTerm and RemoveTerms; a ReplaceRange is returned as it is). Realign runs tandem::align on
/// the range. Throws UsageError when the edit does not apply to `content`.
ReplaceRange resolve(const ProjectContent& content, const Edit& edit);

/// Throws UsageError unless `patch` fits `content` and leaves both documents covered exactly once,
/// in order, by beads that are never empty on both sides.
void checkPatch(const ProjectContent& content, const ReplaceRange& patch);

/// The replacement that undoes `patch`, taken from `content` before `patch` is applied.
ReplaceRange inverseOf(const ProjectContent& content, const ReplaceRange& patch);

/// The row of the bead that holds segment `index` of `side` (the first such bead, for an index at
/// the end of the side). Binary search.
std::size_t rowOfSegment(const Alignment& alignment, Side side, std::size_t index);

} // namespace tandem
