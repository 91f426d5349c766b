// Glossary files on disk in any format Tandem reads and writes (TBX v3, TBX 2008, OmegaT TSV, CSV),
// the format named by the user or told by the file's extension. The one place the front ends go
// through, so every command reads a glossary the same way.
#pragma once

#include "core/formats/glossary_table.h"

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace tandem {

enum class GlossaryFormat { Tbx, Tbx2008, OmegaTTsv, Csv };

/// The format called `name` ("tbx", "tbx2008", "tsv", "csv"), or for "auto" the one `file`'s extension
/// tells (.tbx, .csv, .tsv/.txt/.utf8). Throws UsageError naming the file or the unknown name.
GlossaryFormat glossaryFormatOf(const std::string& name, const std::filesystem::path& file);

/// Writes `terms` in `format` (the languages go into TBX and the CSV header).
void writeGlossary(std::ostream& out, const std::vector<Term>& terms, const GlossaryLanguages& languages,
                   GlossaryFormat format);

/// Reads a glossary file (either TBX flavour when `format` is Tbx or Tbx2008). Throws IoError when
/// the file cannot be opened, ParseError / DecodeError naming the file and line when it is malformed.
ImportedGlossary readGlossaryFile(const std::filesystem::path& file, GlossaryFormat format);

/// readGlossaryFile with the format told by the extension, OmegaT TSV when it tells none (the
/// plain glossary an aligner run is given).
ImportedGlossary readGlossaryFile(const std::filesystem::path& file);

} // namespace tandem
