// Batch manifests: the tab-separated list of document pairs a batch run aligns, read one line at a
// time so that a manifest of any length costs no more memory than its ids.
#pragma once

#include "core/text/import.h"

#include <cstddef>
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <unordered_map>

namespace tandem {

/// One document pair of a manifest.
///
/// Manifest line: `source<TAB>target<TAB>source-lang<TAB>target-lang[<TAB>id[<TAB>format]]`, where
/// format is an input format of the importer: `auto`, `text`, `html`, `docx` or `lines` (pre-segmented,
/// one segment per line). Blank lines and lines starting with `#` are skipped.
struct ManifestEntry {
    std::size_t line = 0;          ///< 1-based line number in the manifest
    std::filesystem::path source;  ///< relative paths are resolved against the manifest's folder
    std::filesystem::path target;
    std::string sourceLanguage;    ///< BCP 47 tag
    std::string targetLanguage;
    std::string id;                ///< names the pair's output file; defaults to the source file's stem
    std::optional<InputFormat> format; ///< unset (no sixth field): the run's default format
};

/// Reads manifest entries one at a time and checks each line.
class ManifestReader {
public:
    /// name appears in error messages (e.g. "corpus.tsv" or "<stdin>"); baseDir resolves relative paths.
    ManifestReader(std::istream& in, std::string name, std::filesystem::path baseDir);

    /// The next entry, or nullopt at the end of the manifest. A malformed line throws ParseError
    /// ("corpus.tsv:12: ..."); the reader then stands after that line, so the caller may go on.
    /// Throws IoError when the stream itself fails.
    std::optional<ManifestEntry> next();

    /// Line number of the line read last (1-based; 0 before the first).
    std::size_t line() const { return m_line; }
    /// Name of the manifest as used in messages.
    const std::string& name() const { return m_name; }

private:
    ManifestEntry parse(const std::string& text);

    std::istream& m_in;
    std::string m_name;
    std::filesystem::path m_baseDir;
    std::size_t m_line = 0;
    std::unordered_map<std::string, std::size_t> m_idLines; ///< id -> line that used it first
};

/// Number of entry lines (neither blank nor comments) in the manifest at path; throws IoError.
/// Lets a front end show the share done before every line has been read.
std::size_t countManifestEntries(const std::filesystem::path& path);

} // namespace tandem
