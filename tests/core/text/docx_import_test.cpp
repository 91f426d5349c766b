// Tests of the DOCX importer on documents built in memory: runs, tabs and breaks, deleted and
// inserted revisions, tables, footnotes, and archives that are not DOCX.
#include "core/text/docx_import.h"

#include "core/error.h"
#include "tests/core/text/zip_fixture.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

using test::makeDocx;
using test::makeZip;

std::string run(const std::string& text) { return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>"; }

TEST(DocxImport, ParagraphsFromRuns) {
    const std::string docx = makeDocx("<w:p>" + run("The U.S. ") + run("Army arrived.") + "</w:p><w:p>" +
                                      run("Второй абзац.") + "</w:p><w:p/>");
    EXPECT_EQ(extractDocxParagraphs(docx, "a.docx"),
              (std::vector<std::string>{"The U.S. Army arrived.", "Второй абзац.", ""}));
}

TEST(DocxImport, TabsAndBreaksAreKept) {
    const std::string docx =
        makeDocx("<w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Value</w:t><w:br/><w:t>Next line</w:t></w:r></w:p>");
    EXPECT_EQ(extractDocxParagraphs(docx, "a.docx"), std::vector<std::string>{"Name\tValue\nNext line"});
}

TEST(DocxImport, DeletedRevisionsAreSkippedAndInsertionsKept) {
    const std::string docx = makeDocx("<w:p>" + run("Keep ") + "<w:del w:id=\"1\"><w:r><w:delText>gone </w:delText></w:r></w:del>" +
                                      "<w:ins w:id=\"2\">" + run("new ") + "</w:ins>" + run("text.") + "</w:p>");
    EXPECT_EQ(extractDocxParagraphs(docx, "a.docx"), std::vector<std::string>{"Keep new text."});
}

TEST(DocxImport, TablesAndFootnotes) {
    const std::string body = "<w:p>" + run("Body.") + "</w:p><w:tbl><w:tr><w:tc><w:p>" + run("Cell one") +
                             "</w:p></w:tc><w:tc><w:p>" + run("Cell two") + "</w:p></w:tc></w:tr></w:tbl>";
    const std::string notes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                              "<w:footnote w:id=\"1\"><w:p>" + run("A footnote.") + "</w:p></w:footnote>";
    EXPECT_EQ(extractDocxParagraphs(makeDocx(body, notes), "a.docx"),
              (std::vector<std::string>{"Body.", "Cell one", "Cell two", "A footnote."}));
}

TEST(DocxImport, ZipWithoutDocumentIsNotADocx) {
    const std::string zip = makeZip({{"readme.txt", "hello"}});
    try {
        extractDocxParagraphs(zip, "archive.zip");
        FAIL() << "expected ParseError";
    } catch (const ParseError& e) {
        EXPECT_EQ(std::string(e.what()), "archive.zip: a zip archive but not a DOCX file (it has no word/document.xml)");
    }
}

TEST(DocxImport, BytesThatAreNotAZip) {
    EXPECT_THROW(extractDocxParagraphs("plain text, not a zip", "a.docx"), ParseError);
    const std::string zip = makeDocx("<w:p>" + run("x") + "</w:p>");
    EXPECT_THROW(extractDocxParagraphs(zip.substr(0, zip.size() / 2), "cut.docx"), ParseError);
}

TEST(DocxImport, MalformedXmlNamesThePart) {
    const std::string zip = makeZip({{"word/document.xml", "<w:document><w:body><w:p>"}});
    try {
        extractDocxParagraphs(zip, "bad.docx");
        FAIL() << "expected ParseError";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.docx: word/document.xml is not well-formed XML"), std::string::npos)
            << e.what();
    }
}

TEST(DocxImport, AbsurdNestingIsRefused) {
    std::string deep;
    for (int i = 0; i < 5000; ++i)
        deep += "<w:sdt>";
    for (int i = 0; i < 5000; ++i)
        deep += "</w:sdt>";
    EXPECT_THROW(extractDocxParagraphs(makeDocx(deep), "deep.docx"), ParseError);
}

TEST(DocxImport, LooksLikeZip) {
    EXPECT_TRUE(looksLikeZip(makeZip({{"a", "b"}})));
    EXPECT_FALSE(looksLikeZip("PK"));
    EXPECT_FALSE(looksLikeZip("hello"));
}

} // namespace
} // namespace tandem
