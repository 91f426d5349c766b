// Glossaries as tables: OmegaT's tab-separated glossary (source<TAB>target<TAB>comment, UTF-8, no
// header) and CSV with a header row naming the languages (memoQ and Trados/MultiTerm import).
#pragma once

#include "core/model/glossary.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace tandem {

/// The languages of a glossary's two columns (BCP 47).
struct GlossaryLanguages {
    std::string source;
    std::string target;

    friend bool operator==(const GlossaryLanguages&, const GlossaryLanguages&) = default;
};

/// A glossary read from a file: its terms and, where the format names them, its languages.
struct ImportedGlossary {
    GlossaryLanguages languages; ///< empty strings when the format does not say (OmegaT TSV)
    std::vector<Term> terms;     ///< status Confirmed unless the file says otherwise; score 1
};

/// Writes OmegaT's glossary: one `source<TAB>target<TAB>note` line per term (the note left out when
/// empty). Tabs and line breaks inside a field, which the format cannot hold, become spaces.
void writeOmegaTGlossary(std::ostream& out, const std::vector<Term>& terms);

/// Reads OmegaT's glossary. Empty lines are skipped; every other line needs a non-empty source and
/// target and at most a comment after them. Throws ParseError / DecodeError naming `name` and the line.
ImportedGlossary readOmegaTGlossary(std::istream& in, const std::string& name);

/// Writes CSV (RFC 4180, CRLF): a header `<source language>,<target language>,note,variants,status,type`
/// then one row per term; variants are separated by line breaks inside their quoted cell.
void writeGlossaryCsv(std::ostream& out, const std::vector<Term>& terms, const GlossaryLanguages& languages);

/// Reads CSV with such a header: the first two columns are the source and target forms (their
/// header cells are the languages); `note` (or `comment`), `variants`, `status` and `type` are read
/// when present, other columns are skipped. A UTF-8 byte-order mark is allowed. Throws ParseError /
/// DecodeError naming `name` and the line.
ImportedGlossary readGlossaryCsv(std::istream& in, const std::string& name);

} // namespace tandem
