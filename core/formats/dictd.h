// Dictionaries in the dictd format (what Debian's *-dict packages install under /usr/share/dictd):
// an index of headwords with base64 offsets into a text file, plain (.dict) or gzip/dictzip
// compressed (.dict.dz).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace tandem {

/// One article: its headword and its text (the definition, headword line included as written).
struct DictdEntry {
    std::string headword;
    std::string text;
};

/// Reads every article of the dictionary whose index is `index` (NAME.index, next to NAME.dict.dz or
/// NAME.dict). Skips the dictionary's own "00-database-..." articles. Throws IoError when a file is
/// missing or unreadable, ParseError (naming the file and line) on a malformed index or an article
/// that lies outside the text.
std::vector<DictdEntry> readDictd(const std::filesystem::path& index);

} // namespace tandem
