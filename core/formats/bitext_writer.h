// Bitext exports for MT training pipelines: tab-separated (source TAB target, one bead a line) and
// two parallel files (line i of each holds bead i's side).
#pragma once

#include "core/formats/bead_export.h"
#include "core/model/alignment.h"
#include "core/model/document.h"

#include <cstddef>
#include <filesystem>
#include <iosfwd>

namespace tandem {

/// One line "source<TAB>target" per selected bead with text on both sides (see exportText: no tab
/// or line break survives inside a text). Returns the number of lines; ExportError when writing fails.
std::size_t writeTsvBitext(std::ostream& out, const Document& source, const Document& target,
                           const Alignment& alignment, const ExportSelection& selection = {});

/// The same beads as writeTsvBitext, source texts to `sourceOut` and target texts to `targetOut`,
/// one line each, so that line i of both files correspond.
std::size_t writeBitextPair(std::ostream& sourceOut, std::ostream& targetOut, const Document& source,
                            const Document& target, const Alignment& alignment, const ExportSelection& selection = {});

/// writeTsvBitext into a file; IoError when it cannot be created.
std::size_t writeTsvBitextFile(const std::filesystem::path& file, const Document& source, const Document& target,
                               const Alignment& alignment, const ExportSelection& selection = {});

/// writeBitextPair into two files; IoError when one cannot be created.
std::size_t writeBitextPairFiles(const std::filesystem::path& sourceFile, const std::filesystem::path& targetFile,
                                 const Document& source, const Document& target, const Alignment& alignment,
                                 const ExportSelection& selection = {});

} // namespace tandem
