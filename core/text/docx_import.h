// DOCX import: the paragraphs of a Word document, read with libzip and pugixml.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tandem {

/// The paragraphs of a DOCX file given as bytes: body paragraphs (w:p, tables and text boxes
/// included) in order, then footnotes and endnotes. Text comes from w:t; w:tab becomes '\t',
/// w:br and w:cr '\n'; deleted revisions (w:del, w:moveFrom) are skipped, insertions kept.
/// ParseError naming `name` for bytes that are not a zip, a zip that is not a DOCX, or bad XML.
std::vector<std::string> extractDocxParagraphs(std::string_view bytes, const std::string& name);

/// Whether the bytes start like a zip archive (a DOCX is one).
bool looksLikeZip(std::string_view bytes);

} // namespace tandem
