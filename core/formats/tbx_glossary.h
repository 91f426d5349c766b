// Glossaries as TBX: version 3 (ISO 30042:2019, TBX-Core, namespace urn:iso:std:iso:30042:ed-2),
// valid against TBXcoreStructV03.rng, and the 2008 `martif` flavour that translate-toolkit, OmegaT
// and Weblate read. Both are written and read.
//
// One concept entry per term: the source form in the source langSec/langSet, the target base form
// first in the target one, then each other variant as a further term marked termType "variant".
// Status and type travel as `admin` elements (x-tandem-status, x-tandem-type), the note as `note`.
// Mining score and occurrences are not exported.
#pragma once

#include "core/formats/glossary_table.h"
#include "core/model/glossary.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace tandem {

enum class TbxFlavour {
    V3,         ///< <tbx type="TBX-Core" style="dca"> (ISO 30042:2019)
    Martif2008, ///< <martif type="TBX"> (ISO 30042:2008)
};

/// Writes the terms as TBX. Characters XML 1.0 forbids are dropped; an empty glossary gives a
/// valid file with no entries. Throws ExportError when a language tag is empty or the stream fails.
void writeTbx(std::ostream& out, const std::vector<Term>& terms, const GlossaryLanguages& languages, TbxFlavour flavour);

/// Reads either flavour (told apart by the root element). The languages are those of the header
/// (source) and of the first entry's other language (target). Throws ParseError naming `name` on
/// malformed XML, an unknown root, or an entry without a term in one of the two languages.
ImportedGlossary readTbx(std::istream& in, const std::string& name);

} // namespace tandem
