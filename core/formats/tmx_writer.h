// TMX 1.4 export of an alignment: one translation unit per bead with text on both sides, valid
// against the TMX 1.4 DTD. Works on plain values, so it needs no project.
#pragma once

#include "core/formats/bead_export.h"
#include "core/model/alignment.h"
#include "core/model/document.h"

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <string>

namespace tandem {

struct TmxOptions {
    ExportSelection selection;
    std::string creationTool = "Tandem";
    std::string creationToolVersion; ///< empty: this build's version
    std::string adminLanguage = "en";
    std::string creationDate;        ///< "YYYYMMDDThhmmssZ"; empty: now
};

/// Writes `alignment` as TMX 1.4: <tmx version="1.4">, a header with every required attribute
/// (segtype "sentence", datatype "plaintext", srclang = the source language), and one <tu> per
/// selected bead whose two sides both have text, each side's segments joined into one <seg>. The
/// bead's status, shape and confidence go in <prop type="x-tandem-status|shape|confidence">.
/// Characters XML 1.0 forbids are dropped. Returns the number of units written. Throws
/// ExportError when a language tag is not a BCP 47 tag, the date is malformed, or writing fails.
std::size_t writeTmx(std::ostream& out, const Document& source, const Document& target, const Alignment& alignment,
                     const TmxOptions& options = {});

/// writeTmx into a file (replaced if it exists); IoError when it cannot be created.
std::size_t writeTmxFile(const std::filesystem::path& file, const Document& source, const Document& target,
                         const Alignment& alignment, const TmxOptions& options = {});

/// True for a well-formed BCP 47 language tag such as "en", "ru", "pt-BR", "zh-Hant-TW".
bool isLanguageTag(const std::string& tag);

} // namespace tandem
