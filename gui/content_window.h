// A window of a project's content: beads [first, last) with just the segments they cover, renumbered
// from 0, so that a check or a re-alignment of some rows copies them without the rest of a book.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"

#include <cstddef>

namespace tandem::gui {

struct ContentWindow {
    Document source;
    Document target;
    Alignment beads;          ///< the window's beads, positions counted from the window's first segment
    std::size_t srcOffset = 0; ///< the project's index of the window's first source segment
    std::size_t tgtOffset = 0; ///< the same for the target
};

/// Beads [first, last) of `beads` (first < last <= beads.size()) with the segments they cover.
ContentWindow contentWindow(const Document& source, const Document& target, const Alignment& beads, std::size_t first,
                            std::size_t last);

} // namespace tandem::gui
