// HTML import: the readable text of an HTML page as paragraphs, through libxml2's HTML parser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tandem {

/// The paragraphs of an HTML document given as UTF-8. Block elements (p, div, h1-h6, li, td ...)
/// become paragraphs; script, style, nav, header, footer and the head are dropped; entities are
/// decoded; whitespace is folded as a browser would, except in <pre>. <br> and the lines of <pre>
/// become '\n' inside a paragraph. ParseError naming `name` when libxml2 cannot build a tree.
std::vector<std::string> extractHtmlParagraphs(std::string_view utf8, const std::string& name);

/// The charset an HTML file declares in its first bytes (<meta charset="..."> or
/// <meta http-equiv="Content-Type" content="...; charset=...">), read with libxml2; empty if none.
std::string declaredHtmlCharset(std::string_view bytes);

/// Whether the first bytes look like HTML markup (a doctype, <html>, <head> or <body> tag).
bool looksLikeHtml(std::string_view bytes);

} // namespace tandem
