// Alignment interchange: vecalign form (`[0, 1]:[2]`, optional third `:confidence` field) and
// hunalign's ladder (rung lines `i<TAB>j[<TAB>score]`), read and written, 0-based segment numbers.
//
// Vocabulary: an *alignment line* is one bead as a file states it: lists of segment numbers that
// hand-made gold may leave unsorted or gapped (`[142, 146, 147]:[139, 140]`); an Alignment (core/model)
// is the contiguous, monotone form the aligner produces.
#pragma once

#include "core/model/alignment.h"

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace tandem {

/// One bead as written in an alignment file.
struct AlignmentLine {
    std::vector<std::size_t> source;
    std::vector<std::size_t> target;
    std::optional<double> confidence; ///< vecalign's third field when present, the ladder's score

    friend bool operator==(const AlignmentLine&, const AlignmentLine&) = default;
};

/// Parses vecalign form; blank lines are skipped. `name` names the input in ParseError messages
/// ("gold.txt:12: ...").
std::vector<AlignmentLine> readVecalign(std::istream& in, const std::string& name);
/// readVecalign on a file; IoError when it cannot be opened.
std::vector<AlignmentLine> readVecalignFile(const std::filesystem::path& file);
/// Writes one `[0, 1]:[2]` line per bead, with `:0.873` appended when withConfidence is set.
void writeVecalign(std::ostream& out, const Alignment& alignment, bool withConfidence);

/// Parses a hunalign ladder (rungs in non-decreasing order, the last one at the documents' ends)
/// into beads; the score of a rung becomes the confidence of the bead that starts there.
Alignment readLadder(std::istream& in, const std::string& name);
/// readLadder on a file; IoError when it cannot be opened.
Alignment readLadderFile(const std::filesystem::path& file);
/// Writes a ladder: one rung `i<TAB>j<TAB>confidence` per bead start and a final rung at the ends.
void writeLadder(std::ostream& out, const Alignment& alignment);

/// The lines of an alignment (contiguous lists, confidences kept).
std::vector<AlignmentLine> toLines(const Alignment& alignment);
/// The alignment the lines describe; ParseError (naming `name`) when a line's numbers are not
/// consecutive or the lines are not in order without overlap. Gaps between lines are not filled.
Alignment toAlignment(const std::vector<AlignmentLine>& lines, const std::string& name);

} // namespace tandem
