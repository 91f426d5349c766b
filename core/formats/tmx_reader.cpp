// TMX reader over pugixml, with line/column error messages and entity declarations refused.
#include "core/formats/tmx_reader.h"

#include "core/error.h"
#include "core/formats/xml_text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <iterator>

namespace tandem {
namespace {

class Reader {
public:
    Reader(std::string_view bytes, std::string name) : m_bytes(bytes), m_name(std::move(name)) {}

    [[noreturn]] void fail(std::ptrdiff_t offset, const std::string& problem) const {
        std::size_t line = 1, column = 1;
        const auto end = std::min<std::size_t>(offset < 0 ? 0 : static_cast<std::size_t>(offset), m_bytes.size());
        for (std::size_t i = 0; i < end; ++i) {
            if (m_bytes[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(m_bytes[i]) & 0xC0) != 0x80) {
                ++column; // columns count characters, not bytes
            }
        }
        throw ParseError(m_name + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + problem);
    }

    [[noreturn]] void fail(const pugi::xml_node& node, const std::string& problem) const {
        fail(node.offset_debug(), problem);
    }

    std::string_view bytes() const { return m_bytes; }

private:
    std::string_view m_bytes;
    std::string m_name;
};

bool sameLanguage(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string languageOf(const pugi::xml_node& tuv) {
    if (const auto lang = tuv.attribute("xml:lang"))
        return lang.value();
    return tuv.attribute("lang").value(); // TMX 1.1-1.3
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Character data of a seg (and of hi/sub inside it), skipping the native codes of inline markup.
void collectText(const pugi::xml_node& node, std::string& out) {
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            out += child.value();
        } else if (child.type() == pugi::node_element) {
            const std::string_view name = child.name();
            if (name == "hi" || name == "sub")
                collectText(child, out);
        }
    }
}

std::string folded(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

/// The first tuv of `tu` in `language`, or an empty node.
pugi::xml_node variantIn(const pugi::xml_node& tu, const std::string& language) {
    for (const pugi::xml_node& tuv : tu.children("tuv"))
        if (sameLanguage(languageOf(tuv), language))
            return tuv;
    return {};
}

} // namespace

TmxMemory readTmx(std::string_view bytes, const std::string& name, const TmxReadOptions& options) {
    const Reader reader(bytes, name);
    pugi::xml_document doc;
    // parse_doctype keeps the DOCTYPE node so that entity declarations can be refused; pugixml
    // itself never loads external DTDs or entities and never expands declared ones.
    const unsigned flags = pugi::parse_default | pugi::parse_doctype;
    const pugi::xml_parse_result parsed = doc.load_buffer(bytes.data(), bytes.size(), flags, pugi::encoding_auto);
    if (!parsed)
        reader.fail(parsed.offset, std::string("malformed XML: ") + parsed.description());
    for (const pugi::xml_node& node : doc.children())
        if (node.type() == pugi::node_doctype && std::string_view(node.value()).find("<!ENTITY") != std::string_view::npos)
            reader.fail(node, "the document declares entities; refused (entity expansion is not supported)");

    const pugi::xml_node tmx = doc.document_element();
    if (std::string_view(tmx.name()) != "tmx")
        reader.fail(tmx, "not a TMX file (the root element is <" + std::string(tmx.name()) + ">, not <tmx>)");
    const pugi::xml_node body = tmx.child("body");
    if (!body)
        reader.fail(tmx, "<tmx> has no <body>");

    TmxMemory memory;
    std::string sourceLanguage = options.sourceLanguage;
    if (sourceLanguage.empty()) {
        sourceLanguage = tmx.child("header").attribute("srclang").value();
        if (sourceLanguage.empty() || sourceLanguage == "*all*")
            sourceLanguage = languageOf(body.child("tu").child("tuv"));
    }
    std::string targetLanguage = options.targetLanguage;
    for (const pugi::xml_node& tu : body.children("tu")) {
        for (const pugi::xml_node& tuv : tu.children("tuv")) {
            const std::string language = languageOf(tuv);
            if (language.empty())
                reader.fail(tuv, "<tuv> without xml:lang");
            if (!tuv.child("seg"))
                reader.fail(tuv, "<tuv> without <seg>");
            if (targetLanguage.empty() && !sameLanguage(language, sourceLanguage))
                targetLanguage = language;
        }
    }
    if (sourceLanguage.empty())
        reader.fail(tmx, "no source language: the header has no srclang and there are no units");
    if (targetLanguage.empty())
        reader.fail(body, "no target language: every unit is in " + sourceLanguage + " only");
    memory.source.language = sourceLanguage;
    memory.target.language = targetLanguage;

    for (const pugi::xml_node& tu : body.children("tu")) {
        Bead bead;
        bead.confidence = 1.0;
        bead.srcBegin = bead.srcEnd = memory.source.segments.size();
        bead.tgtBegin = bead.tgtEnd = memory.target.segments.size();
        for (const pugi::xml_node& prop : tu.children("prop")) {
            const std::string_view type = prop.attribute("type").value();
            const std::string value = folded(prop.text().get());
            if (type == "x-tandem-status") {
                try {
                    bead.status = beadStatusFromString(value);
                } catch (const ParseError& e) {
                    reader.fail(prop, e.what());
                }
            } else if (type == "x-tandem-confidence") {
                double confidence = -1;
                const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), confidence);
                if (ec != std::errc() || end != value.data() + value.size() || !(confidence >= 0 && confidence <= 1))
                    reader.fail(prop, "x-tandem-confidence '" + value + "' is not a number in [0, 1]");
                bead.confidence = confidence;
            }
        }
        bool any = false;
        for (auto [language, document, end] :
             {std::tuple{&sourceLanguage, &memory.source, &bead.srcEnd},
              std::tuple{&targetLanguage, &memory.target, &bead.tgtEnd}}) {
            const pugi::xml_node tuv = variantIn(tu, *language);
            if (!tuv)
                continue;
            std::string text;
            collectText(tuv.child("seg"), text);
            if (!isXmlSafeText(text))
                reader.fail(tuv, "the text is not valid UTF-8 or holds characters XML 1.0 forbids");
            const std::size_t paragraph = memory.alignment.size();
            document->segments.push_back(Segment{folded(text), "", paragraph});
            ++*end;
            any = true;
        }
        if (!any) {
            ++memory.skippedUnits;
            continue;
        }
        memory.alignment.push_back(bead);
    }
    return memory;
}

TmxMemory readTmxFile(const std::filesystem::path& file, const TmxReadOptions& options) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError(file.string() + ": cannot read the file");
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad())
        throw IoError(file.string() + ": reading failed");
    return readTmx(bytes, file.string(), options);
}

} // namespace tandem
