// TMX import: a translation memory read into two documents and an alignment, one bead per
// translation unit, so that an existing memory can be reviewed as a project.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace tandem {

struct TmxReadOptions {
    std::string sourceLanguage; ///< empty: the header's srclang (or the first unit's first language for "*all*")
    std::string targetLanguage; ///< empty: the first other language found in the units
};

/// What a TMX file holds for one language pair.
struct TmxMemory {
    Document source;      ///< one segment (and paragraph) per unit with text in the source language
    Document target;
    Alignment alignment;  ///< one bead per unit: 1-1, or 1-0 / 0-1 for a unit with one side only
    std::size_t skippedUnits = 0; ///< units with neither language
};

/// Parses TMX (1.1 to 1.4) with pugixml. The text of a <seg> is its character data and that of
/// <hi>/<sub>, without the native codes of <bpt>, <ept>, <it>, <ph>, <ut>; whitespace is folded.
/// x-tandem-status and x-tandem-confidence props are read back (confidence defaults to 1).
/// The encoding comes from the BOM or the XML declaration (UTF-8, UTF-16, UTF-32, ISO-8859-1).
/// Never fetches a DTD or external entity; a document declaring entities is refused. Throws
/// ParseError "<name>:<line>:<column>: <problem>" for malformed XML, text that is not valid UTF-8,
/// or a file that is not TMX.
TmxMemory readTmx(std::string_view bytes, const std::string& name, const TmxReadOptions& options = {});

/// readTmx on a file; IoError when it cannot be read.
TmxMemory readTmxFile(const std::filesystem::path& file, const TmxReadOptions& options = {});

} // namespace tandem
