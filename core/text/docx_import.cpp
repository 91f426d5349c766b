// DOCX import: the zip container through libzip, the WordprocessingML parts through pugixml.
#include "core/text/docx_import.h"

#include "core/error.h"

#include <pugixml.hpp>
#include <zip.h>

#include <cstring>
#include <memory>
#include <optional>

namespace tandem {
namespace {

/// No part of a real document comes near this; a larger one is a zip bomb.
constexpr zip_uint64_t kMaxPartSize = 512ull * 1024 * 1024;

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

/// A DOCX opened from memory: reads its parts by name.
class Package {
public:
    Package(std::string_view bytes, const std::string& name) : m_name(name) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (!source) {
            zip_error_fini(&error);
            throw ParseError(name + ": cannot read the bytes as a zip archive");
        }
        m_archive.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
        if (!m_archive) {
            zip_source_free(source);
            const std::string reason = zip_error_strerror(&error);
            zip_error_fini(&error);
            throw ParseError(name + ": not a DOCX file (not a readable zip archive: " + reason + ")");
        }
        zip_error_fini(&error);
    }

    /// The bytes of a part, or nothing if the archive has no such part.
    std::optional<std::string> read(const std::string& part) const {
        const zip_int64_t index = zip_name_locate(m_archive.get(), part.c_str(), 0);
        if (index < 0)
            return std::nullopt;
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE))
            throw ParseError(m_name + ": cannot read " + part + " in the DOCX archive");
        if (stat.size > kMaxPartSize)
            throw ParseError(m_name + ": " + part + " is implausibly large (" + std::to_string(stat.size) + " bytes)");
        std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0));
        if (!file)
            throw ParseError(m_name + ": cannot open " + part + " in the DOCX archive: " + zip_strerror(m_archive.get()));
        std::string content(static_cast<std::size_t>(stat.size), '\0');
        zip_uint64_t done = 0;
        while (done < stat.size) {
            const zip_int64_t n = zip_fread(file.get(), content.data() + done, stat.size - done);
            if (n <= 0)
                throw ParseError(m_name + ": " + part + " in the DOCX archive is damaged: " +
                                 zip_file_strerror(file.get()));
            done += static_cast<zip_uint64_t>(n);
        }
        return content;
    }

    const std::string& name() const { return m_name; }

private:
    std::string m_name;
    std::unique_ptr<zip_t, ArchiveCloser> m_archive;
};

pugi::xml_document parseXml(const std::string& content, const std::string& name, const std::string& part) {
    pugi::xml_document doc;
    const pugi::xml_parse_result result =
        doc.load_buffer(content.data(), content.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!result)
        throw ParseError(name + ": " + part + " is not well-formed XML (" + result.description() + " at byte " +
                         std::to_string(result.offset) + ")");
    return doc;
}

/// The element name without its namespace prefix ("w:p" -> "p").
std::string_view localName(const pugi::xml_node& node) {
    std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

/// Where a relationship of a part points: the target of the first relationship whose type ends
/// in `/type`, resolved against the folder of the part ("word/"), or nothing.
std::optional<std::string> relationshipTarget(const Package& package, const std::string& relsPart,
                                              const std::string& folder, std::string_view type) {
    const std::optional<std::string> rels = package.read(relsPart);
    if (!rels)
        return std::nullopt;
    const pugi::xml_document doc = parseXml(*rels, package.name(), relsPart);
    for (const pugi::xml_node& rel : doc.document_element().children()) {
        if (localName(rel) != "Relationship")
            continue;
        const std::string_view relType = rel.attribute("Type").value();
        if (relType.size() > type.size() && relType.ends_with(type) && relType[relType.size() - type.size() - 1] == '/') {
            std::string target = rel.attribute("Target").value();
            if (!target.empty() && target.front() == '/')
                return target.substr(1);
            return folder + target;
        }
    }
    return std::nullopt;
}

/// Deeper element nesting than this is no Word document; refusing it keeps the walk off the stack's end.
constexpr int kMaxDocxDepth = 1000;

/// Collects the paragraphs under a node; a paragraph nested in another (a text box) follows it.
class DocxParagraphCollector {
public:
    explicit DocxParagraphCollector(std::string name) : m_name(std::move(name)) {}
    void collect(const pugi::xml_node& node) { visit(node, std::nullopt, 0); }
    std::vector<std::string> take() { return std::move(m_paragraphs); }

private:
    void visit(const pugi::xml_node& node, std::optional<std::size_t> paragraph, int depth) {
        if (depth > kMaxDocxDepth)
            throw ParseError(m_name + ": the DOCX XML is nested more than " + std::to_string(kMaxDocxDepth) + " levels deep");
        for (const pugi::xml_node& child : node.children()) {
            if (child.type() != pugi::node_element)
                continue;
            const std::string_view name = localName(child);
            if (name == "p") {
                m_paragraphs.emplace_back();
                visit(child, m_paragraphs.size() - 1, depth + 1);
            } else if (name == "t") {
                if (paragraph)
                    m_paragraphs[*paragraph] += child.text().get();
            } else if (name == "tab") {
                if (paragraph)
                    m_paragraphs[*paragraph] += '\t';
            } else if (name == "br" || name == "cr") {
                if (paragraph)
                    m_paragraphs[*paragraph] += '\n';
            } else if (name == "noBreakHyphen") {
                if (paragraph)
                    m_paragraphs[*paragraph] += '-';
            } else if (name == "del" || name == "moveFrom" || name == "pPr" || name == "rPr" || name == "sectPr" ||
                       name == "Fallback" || name == "instrText" || name == "delText") {
                continue; // deleted text, properties, field codes, duplicate fallback content
            } else {
                visit(child, paragraph, depth + 1);
            }
        }
    }

    std::string m_name;
    std::vector<std::string> m_paragraphs;
};

/// An attribute by its local name, whatever namespace prefix the file uses ("w:type").
std::string_view localAttribute(const pugi::xml_node& node, std::string_view name) {
    for (const pugi::xml_attribute& attribute : node.attributes()) {
        std::string_view full = attribute.name();
        const auto colon = full.find(':');
        if ((colon == std::string_view::npos ? full : full.substr(colon + 1)) == name)
            return attribute.value();
    }
    return {};
}

/// Footnotes or endnotes (`note` = "footnote"/"endnote"), skipping the separator notes.
void collectNotes(const Package& package, const std::string& part, std::string_view note, DocxParagraphCollector& out) {
    const std::optional<std::string> content = package.read(part);
    if (!content)
        return;
    const pugi::xml_document doc = parseXml(*content, package.name(), part);
    for (const pugi::xml_node& child : doc.document_element().children()) {
        if (localName(child) != note)
            continue;
        const std::string_view type = localAttribute(child, "type");
        if (type.empty() || type == "normal")
            out.collect(child);
    }
}

} // namespace

bool looksLikeZip(std::string_view bytes) {
    return bytes.starts_with(std::string_view("PK\x03\x04", 4)) || bytes.starts_with(std::string_view("PK\x05\x06", 4));
}

std::vector<std::string> extractDocxParagraphs(std::string_view bytes, const std::string& name) {
    const Package package(bytes, name);
    const std::string mainPart =
        relationshipTarget(package, "_rels/.rels", "", "officeDocument").value_or("word/document.xml");
    const std::optional<std::string> main = package.read(mainPart);
    if (!main)
        throw ParseError(name + ": a zip archive but not a DOCX file (it has no " + mainPart + ")");
    const pugi::xml_document doc = parseXml(*main, name, mainPart);
    if (localName(doc.document_element()) != "document")
        throw ParseError(name + ": " + mainPart + " is not a WordprocessingML document");

    DocxParagraphCollector collector(name);
    collector.collect(doc.document_element());
    const std::string folder = mainPart.substr(0, mainPart.rfind('/') + 1);
    const std::string mainRels = folder + "_rels/" + mainPart.substr(folder.size()) + ".rels";
    collectNotes(package, relationshipTarget(package, mainRels, folder, "footnotes").value_or(folder + "footnotes.xml"),
                 "footnote", collector);
    collectNotes(package, relationshipTarget(package, mainRels, folder, "endnotes").value_or(folder + "endnotes.xml"),
                 "endnote", collector);
    return collector.take();
}

} // namespace tandem
