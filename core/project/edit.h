// Edits of a project as values: one small struct per kind, gathered in the Edit variant.
// Project::apply(edit) carries one out in a single transaction and returns the edit that undoes it.
//
// Vocabulary: a *row* is the index of a bead in the alignment (0-based in the API; descriptions and
// the command line count from 1, like the workbench's # column). A segment *index* counts the
// segments of one side (0-based). Bead edits (merge, split, move, shift) give every bead whose
// extent they change status Auto (the translator confirms it again) and the lower confidence of
// the beads it came from; segment and text edits keep the bead's status and confidence.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <variant>
#include <vector>

namespace tandem {

/// Which document of the pair an edit or a view is about.
enum class Side { Source, Target };
/// Towards the start (Up) or the end (Down) of the alignment.
enum class Direction { Up, Down };

/// Merges bead `row` with bead `row + 1` into one bead.
struct MergeBeads {
    std::size_t row = 0;
    friend bool operator==(const MergeBeads&, const MergeBeads&) = default;
};

/// Splits bead `row` in two at a segment boundary: the first part keeps the bead's first `srcCount`
/// source and first `tgtCount` target segments, the second part the rest. Neither part may be empty
/// on both sides (a 1-1 bead splits into 1-0 + 0-1 with srcCount 1, tgtCount 0).
struct SplitBead {
    std::size_t row = 0;
    std::size_t srcCount = 0;
    std::size_t tgtCount = 0;
    friend bool operator==(const SplitBead&, const SplitBead&) = default;
};

/// Moves one segment of one side across a bead boundary (InterText's Ctrl+Up / Ctrl+Down):
/// Up moves the first `side` segment of bead `row` to the end of bead `row - 1`; Down moves the last
/// one to the start of bead `row + 1`. A bead left empty on both sides disappears.
struct MoveSegment {
    std::size_t row = 0;
    Side side = Side::Source;
    Direction direction = Direction::Up;
    friend bool operator==(const MoveSegment&, const MoveSegment&) = default;
};

/// Moves the whole `side` column from bead `row` on by one bead (InterText's Enter / Backspace).
/// Down: bead `row` is left with nothing on `side`, every later bead takes the `side` segments of
/// the bead before it, and a new bead at the end takes those of the last one. Up: the `side`
/// segments of bead `row` join bead `row - 1`, every later bead gives its `side` segments to the
/// bead before it, and the last bead is left with nothing on `side`. Beads left empty on both
/// sides disappear.
struct ShiftColumn {
    std::size_t row = 0;
    Side side = Side::Source;
    Direction direction = Direction::Down;
    friend bool operator==(const ShiftColumn&, const ShiftColumn&) = default;
};

/// Inserts a new empty segment on `side` as a bead of its own (1-0 or 0-1) before bead `row`
/// (`row` == bead count appends), ready to be typed into with EditText (InterText's Ctrl+Enter).
struct InsertSegment {
    std::size_t row = 0;
    Side side = Side::Source;
    friend bool operator==(const InsertSegment&, const InsertSegment&) = default;
};

/// Splits segment `index` of `side` in two at `offset`, counted in Unicode code points of its text;
/// whitespace at the cut is dropped. The second part stays in the same bead and paragraph.
struct SplitSegment {
    Side side = Side::Source;
    std::size_t index = 0;
    std::size_t offset = 0;
    friend bool operator==(const SplitSegment&, const SplitSegment&) = default;
};

/// Merges segment `index` of `side` with segment `index + 1`, joining the texts with `separator`.
/// Both must lie in the same bead and the same paragraph (merge the beads first otherwise).
struct MergeSegments {
    Side side = Side::Source;
    std::size_t index = 0;
    std::string separator = " ";
    friend bool operator==(const MergeSegments&, const MergeSegments&) = default;
};

/// Replaces the text of segment `index` of `side` (the edited text is also what exports write).
struct EditText {
    Side side = Side::Source;
    std::size_t index = 0;
    std::string text;
    friend bool operator==(const EditText&, const EditText&) = default;
};

/// Sets the status of bead `row` (its extent and confidence stay).
struct SetStatus {
    std::size_t row = 0;
    BeadStatus status = BeadStatus::Confirmed;
    friend bool operator==(const SetStatus&, const SetStatus&) = default;
};

/// Confirms every bead above `row`, i.e. beads [0, row).
struct ConfirmAbove {
    std::size_t row = 0;
    friend bool operator==(const ConfirmAbove&, const ConfirmAbove&) = default;
};

/// Re-aligns beads [row, row + count) with tandem::align. Confirmed beads inside the range are kept
/// as pins, confirmed glossary terms are passed as anchors; the default range is the whole alignment
/// ("re-align everything between confirmed beads"). New beads get status Auto, except those whose
/// extent matches a bead of before, which keep its status.
struct Realign {
    static constexpr std::size_t toEnd = std::numeric_limits<std::size_t>::max();
    std::size_t row = 0;
    std::size_t count = toEnd; ///< clipped to the end of the alignment
    friend bool operator==(const Realign&, const Realign&) = default;
};

/// Adds glossary entries. An entry with id 0 gets a fresh id; a non-zero id must be free (that is
/// how undoing a removal restores the same entry).
struct AddTerms {
    std::vector<Term> terms;
    friend bool operator==(const AddTerms&, const AddTerms&) = default;
};

/// Replaces the glossary entry with `term.id` by `term`.
struct UpdateTerm {
    Term term;
    friend bool operator==(const UpdateTerm&, const UpdateTerm&) = default;
};

/// Removes the glossary entries with these ids.
struct RemoveTerms {
    std::vector<std::int64_t> ids;
    friend bool operator==(const RemoveTerms&, const RemoveTerms&) = default;
};

/// Replaces a window of the project at once: beads [row, row + rowCount) by `beads`, and on each
/// side the segments [index, index + count) by `segments`. Bead positions in `beads` are absolute,
/// in the numbering after the replacement, and must cover exactly the segments the replaced beads
/// covered (with the replaced segments swapped for the new ones). This is the inverse of every
/// edit that changes beads or segments, and what a re-alignment stores in the journal.
struct ReplaceRange {
    struct SegmentWindow {
        std::size_t index = 0;
        std::size_t count = 0;
        std::vector<Segment> segments;
        friend bool operator==(const SegmentWindow&, const SegmentWindow&) = default;
    };
    std::size_t row = 0;
    std::size_t rowCount = 0;
    std::vector<Bead> beads;
    SegmentWindow source;
    SegmentWindow target;
    std::string description; ///< what the replacement does, for the history, e.g. "Undo: merge rows 4-5"
    friend bool operator==(const ReplaceRange&, const ReplaceRange&) = default;
};

/// Any edit of a project.
using Edit = std::variant<MergeBeads, SplitBead, MoveSegment, ShiftColumn, InsertSegment, SplitSegment,
                          MergeSegments, EditText, SetStatus, ConfirmAbove, Realign, AddTerms, UpdateTerm,
                          RemoveTerms, ReplaceRange>;

/// A one-line, human-readable description of an edit for the history view and the command line,
/// e.g. "Merge rows 12 and 13" (rows counted from 1).
std::string describe(const Edit& edit);

/// "source" / "target".
std::string toString(Side side);
/// Inverse of toString; throws ParseError on an unknown name.
Side sideFromString(const std::string& name);

} // namespace tandem
