// Test fixtures built in memory with libzip: zip archives and minimal DOCX files.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace tandem::test {

/// A zip archive holding the given (name, content) entries, as bytes.
std::string makeZip(const std::vector<std::pair<std::string, std::string>>& entries);

/// A DOCX whose body is `bodyXml` (the children of w:body) and, if not empty, whose footnotes
/// part holds `footnotesXml` (the children of w:footnotes).
std::string makeDocx(const std::string& bodyXml, const std::string& footnotesXml = {});

} // namespace tandem::test
