// Tests of the HTML importer: block elements, dropped page furniture, entities, whitespace,
// <br> and <pre>, the declared charset, and sniffing.
#include "core/text/html_import.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

TEST(HtmlImport, BlocksBecomeParagraphs) {
    const std::string html = "<html><body><h1>Title</h1><p>First <b>bold</b> text.</p>"
                             "<div>Div text<p>Nested</p>tail</div><ul><li>One</li><li>Two</li></ul></body></html>";
    EXPECT_EQ(extractHtmlParagraphs(html, "a.html"),
              (std::vector<std::string>{"Title", "First bold text.", "Div text", "Nested", "tail", "One", "Two"}));
}

TEST(HtmlImport, PageFurnitureIsDropped) {
    const std::string html = "<html><head><title>T</title><style>p{}</style></head><body>"
                             "<header>Site name</header><nav><a>Home</a></nav><script>var x = 1;</script>"
                             "<article><p>Story.</p></article><footer>© Site</footer></body></html>";
    EXPECT_EQ(extractHtmlParagraphs(html, "a.html"), std::vector<std::string>{"Story."});
}

TEST(HtmlImport, EntitiesAreDecoded) {
    EXPECT_EQ(extractHtmlParagraphs("<p>Tom &amp; Jerry &mdash; &laquo;&#1052;&#x438;&#x440;&raquo;&nbsp;!</p>", "a.html"),
              std::vector<std::string>{"Tom & Jerry — «Мир»\u00A0!"});
}

TEST(HtmlImport, WhitespaceFoldsOutsidePre) {
    EXPECT_EQ(extractHtmlParagraphs("<p>one\n   two\t\tthree</p><pre>a\n  b</pre>", "a.html"),
              (std::vector<std::string>{"one two three", "a\n  b"}));
}

TEST(HtmlImport, BreaksBecomeNewlines) {
    EXPECT_EQ(extractHtmlParagraphs("<p>line one<br>line two</p>", "a.html"),
              std::vector<std::string>{"line one\nline two"});
}

TEST(HtmlImport, BrokenMarkupIsRecovered) {
    EXPECT_EQ(extractHtmlParagraphs("<p>unclosed <i>italic<p>next", "a.html"),
              (std::vector<std::string>{"unclosed italic", "next"}));
}

TEST(HtmlImport, DeclaredCharset) {
    EXPECT_EQ(declaredHtmlCharset("<html><head><meta charset=\"windows-1251\"></head></html>"), "windows-1251");
    EXPECT_EQ(declaredHtmlCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">"),
              "KOI8-R");
    EXPECT_EQ(declaredHtmlCharset("<p>no declaration</p>"), "");
}

TEST(HtmlImport, Sniffing) {
    EXPECT_TRUE(looksLikeHtml("<!DOCTYPE html><html></html>"));
    EXPECT_TRUE(looksLikeHtml("\xEF\xBB\xBF  <html lang=en>"));
    EXPECT_TRUE(looksLikeHtml("<p>Paragraph</p>"));
    EXPECT_FALSE(looksLikeHtml("Plain text that mentions <html> later."));
    EXPECT_FALSE(looksLikeHtml(""));
}

} // namespace
} // namespace tandem
