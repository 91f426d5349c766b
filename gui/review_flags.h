// Review flags of the alignment rows (core's consistency checks): numbers that contradict each other, a
// confirmed glossary name on one side only, one name spelled two ways.
#pragma once

#include "core/project/project.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tandem::gui {

/// One entry per bead of [first, first + count) (clipped to the alignment): why it is flagged, or "".
/// A window is checked on the segments it covers only, so checking an edit's rows is cheap at any size.
std::vector<QString> reviewFlags(const Document& source, const Document& target, const Alignment& alignment,
                                 const std::vector<Term>& terms, std::size_t first = 0, std::size_t count = SIZE_MAX);
/// The same on a project.
std::vector<QString> reviewFlags(const Project& project, std::size_t first = 0, std::size_t count = SIZE_MAX);

} // namespace tandem::gui
