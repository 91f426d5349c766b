// Manifest parsing: fields, language tags, ids that are safe file names and unique, relative paths.
#include "core/batch/manifest.h"

#include "core/error.h"
#include "core/formats/tmx_writer.h"

#include <fstream>
#include <vector>

namespace tandem {

namespace {

constexpr std::size_t kMaxIdBytes = 200; // leaves room for extensions and temporary-name prefixes

std::string trimmed(const std::string& s) {
    const auto begin = s.find_first_not_of(' ');
    if (begin == std::string::npos)
        return {};
    return s.substr(begin, s.find_last_not_of(' ') - begin + 1);
}

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const auto tab = line.find('\t', start);
        fields.push_back(trimmed(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
        if (tab == std::string::npos)
            return fields;
        start = tab + 1;
    }
}

bool isSkipped(const std::string& line) {
    const auto first = line.find_first_not_of(" \t");
    return first == std::string::npos || line[first] == '#';
}

/// Empty when id can name a file, else what is wrong with it.
std::string idProblem(const std::string& id) {
    if (id.empty())
        return "is empty";
    if (id.size() > kMaxIdBytes)
        return "is longer than " + std::to_string(kMaxIdBytes) + " bytes";
    if (id.front() == '.')
        return "starts with '.'";
    for (const unsigned char c : id) {
        if (c == '/' || c == '\\')
            return "contains a path separator";
        if (c < 0x20 || c == 0x7F)
            return "contains a control character";
    }
    return {};
}

/// The id a pair gets when the manifest names none: the source file's stem, made safe as a file name.
std::string defaultId(const std::filesystem::path& source) {
    std::string id = source.stem().string();
    for (char& c : id)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '\\')
            c = '_';
    if (!id.empty() && id.front() == '.')
        id.front() = '_';
    if (id.size() > kMaxIdBytes)
        id.resize(kMaxIdBytes);
    return id;
}

} // namespace

ManifestReader::ManifestReader(std::istream& in, std::string name, std::filesystem::path baseDir)
    : m_in(in), m_name(std::move(name)), m_baseDir(std::move(baseDir)) {}

std::optional<ManifestEntry> ManifestReader::next() {
    std::string text;
    while (std::getline(m_in, text)) {
        ++m_line;
        if (m_line == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0)
            text.erase(0, 3);
        if (!text.empty() && text.back() == '\r')
            text.pop_back();
        if (isSkipped(text))
            continue;
        return parse(text);
    }
    if (m_in.bad())
        throw IoError(m_name + ": read failed after line " + std::to_string(m_line));
    return std::nullopt;
}

ManifestEntry ManifestReader::parse(const std::string& text) {
    const std::string where = m_name + ":" + std::to_string(m_line) + ": ";
    const auto fields = splitTabs(text);
    if (fields.size() < 4 || fields.size() > 6)
        throw ParseError(where + "expected 4 to 6 tab-separated fields (source, target, source language, "
                                 "target language, [id], [format]), found " + std::to_string(fields.size()));
    const char* const names[] = {"source path", "target path", "source language", "target language"};
    for (int i = 0; i < 4; ++i)
        if (fields[i].empty())
            throw ParseError(where + names[i] + " is empty");
    for (int i = 2; i < 4; ++i)
        if (!isLanguageTag(fields[i]))
            throw ParseError(where + names[i] + " '" + fields[i] + "' is not a BCP 47 language tag");

    ManifestEntry entry;
    entry.line = m_line;
    const auto resolve = [this](const std::string& path) {
        const std::filesystem::path p(path);
        return p.is_absolute() ? p : m_baseDir / p;
    };
    entry.source = resolve(fields[0]);
    entry.target = resolve(fields[1]);
    entry.sourceLanguage = fields[2];
    entry.targetLanguage = fields[3];

    if (fields.size() >= 5 && !fields[4].empty()) {
        if (const auto problem = idProblem(fields[4]); !problem.empty())
            throw ParseError(where + "id '" + fields[4] + "' " + problem);
        entry.id = fields[4];
    } else {
        entry.id = defaultId(entry.source);
        if (const auto problem = idProblem(entry.id); !problem.empty())
            throw ParseError(where + "no id given and the source file name gives none usable (it " + problem + ")");
    }
    if (fields.size() == 6 && !fields[5].empty()) {
        try {
            entry.format = inputFormatFromString(fields[5]);
        } catch (const UsageError&) {
            throw ParseError(where + "input format '" + fields[5] + "' is not one of auto, text, html, docx, lines");
        }
    }

    const auto [it, fresh] = m_idLines.emplace(entry.id, m_line);
    if (!fresh)
        throw ParseError(where + "id '" + entry.id + "' is already used on line " + std::to_string(it->second) +
                         " (give each pair its own id in the fifth column)");
    return entry;
}

std::size_t countManifestEntries(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IoError(path.string() + ": cannot open the manifest");
    std::size_t count = 0;
    std::string line;
    for (bool first = true; std::getline(in, line); first = false) {
        if (first && line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        if (!isSkipped(line))
            ++count;
    }
    if (in.bad())
        throw IoError(path.string() + ": read failed");
    return count;
}

} // namespace tandem
