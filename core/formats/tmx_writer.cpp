// TMX 1.4 writer, streaming so that a 100,000-bead alignment never sits in memory twice.
#include "core/formats/tmx_writer.h"

#include "core/error.h"
#include "core/formats/xml_text.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <ostream>

#ifndef TANDEM_VERSION
#error "tmx_writer.cpp needs TANDEM_VERSION (set in core/formats/CMakeLists.txt)"
#endif

namespace tandem {
namespace {

/// Escapes text for element content and double-quoted attributes, after dropping what XML forbids.
std::string escaped(std::string_view raw) {
    const std::string text = xmlSafeText(raw);
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string tmxNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &tm);
    return buffer;
}

bool isTmxDate(const std::string& date) {
    if (date.size() != 16 || date[8] != 'T' || date[15] != 'Z')
        return false;
    for (std::size_t i = 0; i < 15; ++i)
        if (i != 8 && !std::isdigit(static_cast<unsigned char>(date[i])))
            return false;
    return true;
}

std::string confidenceText(double confidence) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.3f", confidence);
    return buffer;
}

} // namespace

bool isLanguageTag(const std::string& tag) {
    // language (2-3 or 4-8 letters, or "i"/"x" for the grandfathered and private forms), then
    // subtags of 1-8 letters and digits.
    std::size_t start = 0;
    bool first = true;
    while (start <= tag.size()) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::size_t length = end - start;
        if (length < 1 || length > 8)
            return false;
        for (std::size_t i = start; i < end; ++i) {
            const auto c = static_cast<unsigned char>(tag[i]);
            if (first ? !std::isalpha(c) : !std::isalnum(c))
                return false;
        }
        if (first && length == 1 && tag[start] != 'x' && tag[start] != 'i')
            return false;
        first = false;
        start = end + 1;
    }
    return true;
}

std::size_t writeTmx(std::ostream& out, const Document& source, const Document& target, const Alignment& alignment,
                     const TmxOptions& options) {
    for (const std::string* tag : {&source.language, &target.language, &options.adminLanguage})
        if (!isLanguageTag(*tag))
            throw ExportError("TMX export: '" + *tag + "' is not a BCP 47 language tag");
    const std::string date = options.creationDate.empty() ? tmxNow() : options.creationDate;
    if (!isTmxDate(date))
        throw ExportError("TMX export: creation date '" + date + "' is not YYYYMMDDThhmmssZ");
    const std::string version = options.creationToolVersion.empty() ? TANDEM_VERSION : options.creationToolVersion;

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<tmx version=\"1.4\">\n"
        << "  <header creationtool=\"" << escaped(options.creationTool) << "\" creationtoolversion=\""
        << escaped(version) << "\" segtype=\"sentence\" o-tmf=\"tandem\" adminlang=\"" << options.adminLanguage
        << "\" srclang=\"" << source.language << "\" datatype=\"plaintext\" o-encoding=\"UTF-8\" creationdate=\""
        << date << "\"/>\n"
        << "  <body>\n";
    std::size_t units = 0;
    for (std::size_t row = 0; row < alignment.size(); ++row) {
        const Bead& bead = alignment[row];
        if (!selects(options.selection, bead))
            continue;
        const std::string src = escaped(exportText(source, bead.srcBegin, bead.srcEnd));
        const std::string tgt = escaped(exportText(target, bead.tgtBegin, bead.tgtEnd));
        if (src.empty() || tgt.empty())
            continue;
        out << "    <tu tuid=\"" << row + 1 << "\" creationdate=\"" << date << "\">\n"
            << "      <prop type=\"x-tandem-status\">" << toString(bead.status) << "</prop>\n"
            << "      <prop type=\"x-tandem-shape\">" << bead.shape() << "</prop>\n"
            << "      <prop type=\"x-tandem-confidence\">" << confidenceText(bead.confidence) << "</prop>\n"
            << "      <tuv xml:lang=\"" << source.language << "\"><seg>" << src << "</seg></tuv>\n"
            << "      <tuv xml:lang=\"" << target.language << "\"><seg>" << tgt << "</seg></tuv>\n"
            << "    </tu>\n";
        ++units;
    }
    out << "  </body>\n</tmx>\n";
    out.flush();
    if (!out)
        throw ExportError("TMX export: writing failed");
    return units;
}

std::size_t writeTmxFile(const std::filesystem::path& file, const Document& source, const Document& target,
                         const Alignment& alignment, const TmxOptions& options) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out)
        throw IoError(file.string() + ": cannot create the file");
    try {
        return writeTmx(out, source, target, alignment, options);
    } catch (const ExportError& e) {
        throw ExportError(file.string() + ": " + e.what());
    }
}

} // namespace tandem
