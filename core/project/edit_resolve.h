// Edits turned into window replacements: pure functions from a project's content and an edit to the
// ReplaceRange that carries it out, with each kind's rules checked. No store, no state.
#pragma once

#include "core/align/aligner.h"
#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"
#include "core/project/edit.h"

#include <cstddef>
#include <stop_token>
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

/// The replacement a Realign makes: tandem::align on the range, confirmed beads kept as pins,
/// confirmed terms as anchors; beads that keep an old extent keep its status. Computed on values
/// only, so a front end can run it in a worker thread on a copy of the content (with progress and
/// cancellation: Cancelled is thrown when `stop` is requested) and hand the result to
/// Project::apply, provided the project was not edited meanwhile. UsageError for an empty range.
ReplaceRange realignment(const ProjectContent& content, const Realign& realign, const AlignProgress& progress = {},
                         std::stop_token stop = {});

/// Throws UsageError unless `patch` fits `content` and leaves both documents covered exactly once,
/// in order, by beads that are never empty on both sides.
void checkPatch(const ProjectContent& content, const ReplaceRange& patch);

/// The replacement that undoes `patch`, taken from `content` before `patch` is applied.
ReplaceRange inverseOf(const ProjectContent& content, const ReplaceRange& patch);

/// The row of the bead that holds segment `index` of `side` (the first such bead, for an index at
/// the end of the side). Binary search.
std::size_t rowOfSegment(const Alignment& alignment, Side side, std::size_t index);

} // namespace tandem
