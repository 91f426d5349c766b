// HTML import through libxml2's error-tolerant HTML parser; the tree walk decides what is a paragraph.
#include "core/text/html_import.h"

#include "core/error.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>
#include <string_view>

namespace tandem {
namespace {

constexpr int kParseOptions = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC;

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using HtmlDoc = std::unique_ptr<xmlDoc, DocFree>;

struct ContextFree {
    void operator()(htmlParserCtxt* ctxt) const { htmlFreeParserCtxt(ctxt); }
};

/// Parses with libxml2. XML_PARSE_HUGE lifts the 10 MB limit on one text node, which would
/// otherwise silently cut a long single-paragraph page.
HtmlDoc parseHtml(std::string_view bytes, const char* encoding, const std::string& name) {
    xmlInitParser();
    std::unique_ptr<htmlParserCtxt, ContextFree> ctxt(
        htmlCreateMemoryParserCtxt(bytes.data(), static_cast<int>(std::min<std::size_t>(bytes.size(), INT32_MAX))));
    if (!ctxt)
        throw ParseError(name + ": cannot start the HTML parser");
    htmlCtxtUseOptions(ctxt.get(), kParseOptions);
    ctxt->options |= XML_PARSE_HUGE;
    if (xmlCharEncodingHandler* handler = xmlFindCharEncodingHandler(encoding))
        xmlSwitchToEncoding(ctxt.get(), handler);
    htmlParseDocument(ctxt.get());
    HtmlDoc doc(ctxt->myDoc);
    ctxt->myDoc = nullptr;
    if (!doc)
        throw ParseError(name + ": not readable as HTML");
    return doc;
}

std::string_view nameOf(const xmlNode* node) {
    return node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isDroppedElement(std::string_view name) {
    return isOneOf(name, {"script", "style", "nav", "header", "footer", "head", "noscript", "template", "iframe",
                          "object", "embed", "canvas", "svg", "select", "textarea", "button"});
}

bool isBlockElement(std::string_view name) {
    return isOneOf(name, {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
                          "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3",
                          "h4", "h5", "h6", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section",
                          "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"});
}

bool isHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/// Deeper nesting than this is no real page; refusing it keeps the walk off the stack's end.
constexpr int kMaxHtmlDepth = 1000;

/// Walks the tree, collecting the text of each block into its own paragraph.
class HtmlParagraphCollector {
public:
    explicit HtmlParagraphCollector(std::string name) : m_name(std::move(name)) {}

    /// Collects `node` and, for an element, everything below it.
    void visit(const xmlNode* node, bool inPre, int depth = 0) {
        if (depth > kMaxHtmlDepth)
            throw ParseError(m_name + ": the HTML is nested more than " + std::to_string(kMaxHtmlDepth) + " levels deep");
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            appendText(reinterpret_cast<const char*>(node->content), inPre);
            return;
        }
        if (node->type != XML_ELEMENT_NODE)
            return;
        const std::string_view name = nameOf(node);
        if (isDroppedElement(name))
            return;
        if (name == "br") {
            m_current.push_back('\n');
            return;
        }
        const bool block = isBlockElement(name);
        if (block)
            flush();
        for (const xmlNode* child = node->children; child; child = child->next)
            visit(child, inPre || name == "pre", depth + 1);
        if (block)
            flush();
    }

    std::vector<std::string> take() {
        flush();
        return std::move(m_paragraphs);
    }

private:
    void appendText(const char* content, bool inPre) {
        if (!content)
            return;
        const std::string_view text(content);
        if (inPre) {
            const std::size_t from = m_current.size();
            m_current.append(text);
            std::replace(m_current.begin() + static_cast<std::ptrdiff_t>(from), m_current.end(), '\r', '\n');
            return;
        }
        // Runs of HTML whitespace fold to one space, as a browser shows them.
        std::size_t i = 0;
        while (i < text.size()) {
            std::size_t run = i;
            while (run < text.size() && !isHtmlSpace(text[run]))
                ++run;
            m_current.append(text.substr(i, run - i));
            if (run == text.size())
                break;
            if (!m_current.empty() && m_current.back() != ' ' && m_current.back() != '\n')
                m_current.push_back(' ');
            i = run;
            while (i < text.size() && isHtmlSpace(text[i]))
                ++i;
        }
    }

    void flush() {
        const auto begin = m_current.find_first_not_of(" \t\n");
        if (begin != std::string::npos) {
            const auto end = m_current.find_last_not_of(" \t\n");
            m_paragraphs.push_back(m_current.substr(begin, end - begin + 1));
        }
        m_current.clear();
    }

    std::string m_name;
    std::string m_current;
    std::vector<std::string> m_paragraphs;
};

std::string lowerAscii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!value)
        return {};
    std::string result(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return result;
}

std::string charsetIn(const xmlNode* node) {
    for (const xmlNode* child = node; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (nameOf(child) == "meta") {
            std::string charset = attribute(child, "charset");
            if (charset.empty() && lowerAscii(attribute(child, "http-equiv")) == "content-type") {
                const std::string content = attribute(child, "content");
                const auto at = lowerAscii(content).find("charset=");
                if (at != std::string::npos)
                    charset = content.substr(at + 8);
            }
            const auto begin = charset.find_first_not_of(" \"'");
            const auto end = charset.find_first_of(" \"';", begin);
            if (begin != std::string::npos)
                return charset.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
        }
        std::string found = charsetIn(child->children);
        if (!found.empty())
            return found;
    }
    return {};
}

} // namespace

std::vector<std::string> extractHtmlParagraphs(std::string_view utf8, const std::string& name) {
    if (utf8.empty())
        return {}; // libxml2 refuses an empty buffer; an empty page has no paragraphs
    const HtmlDoc doc = parseHtml(utf8, "UTF-8", name);
    HtmlParagraphCollector collector(name);
    if (const xmlNode* root = xmlDocGetRootElement(doc.get()))
        collector.visit(root, false);
    return collector.take();
}

std::string declaredHtmlCharset(std::string_view bytes) {
    if (bytes.empty())
        return {};
    // Latin-1 maps every byte, so the prescan never fails on the bytes of another encoding.
    const HtmlDoc doc = parseHtml(bytes.substr(0, 4096), "ISO-8859-1", "prescan");
    return charsetIn(xmlDocGetRootElement(doc.get()));
}

bool looksLikeHtml(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        bytes.remove_prefix(3);
    const std::string head = lowerAscii(bytes.substr(0, 4096));
    const auto first = head.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || head[first] != '<')
        return false;
    const std::string_view start = std::string_view(head).substr(first);
    if (start.starts_with("<!doctype html"))
        return true;
    for (std::string_view tag : {"<html", "<head", "<body"})
        if (head.find(tag) != std::string::npos)
            return true;
    for (std::string_view tag : {"<p>", "<p ", "<div", "<h1", "<h2", "<h3", "<article", "<section", "<table", "<ul"})
        if (start.starts_with(tag))
            return true;
    return false;
}

} // namespace tandem
