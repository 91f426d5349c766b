// TMX import: units to beads, inline markup, languages, and the inputs it refuses (malformed XML
// with line and column, entity declarations, files that are not TMX).
#include "core/error.h"
#include "core/formats/tmx_reader.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

const char* const header = R"(<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en-GB" datatype="plaintext"/>
<body>
)";

std::string tmx(const std::string& units) { return header + units + "</body>\n</tmx>\n"; }

std::string errorOf(const std::string& bytes) {
    try {
        readTmx(bytes, "memory.tmx");
    } catch (const ParseError& e) {
        return e.what();
    }
    return "no error";
}

TEST(TmxReader, UnitsBecomeBeads) {
    const TmxMemory m = readTmx(tmx(R"(
<tu><tuv xml:lang="en-gb"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Enter<ept i="1">&lt;/b&gt;</ept>  now.</seg></tuv>
    <tuv xml:lang="ru-RU"><seg>Нажмите <hi>Enter</hi>
 сейчас.</seg></tuv></tu>
<tu><tuv xml:lang="en-GB"><seg>Only English.</seg></tuv></tu>
<tu><tuv xml:lang="de"><seg>Nur Deutsch.</seg></tuv></tu>
<tu><tuv xml:lang="ru-RU"><seg>Только русский.</seg></tuv><tuv lang="en-GB"><seg><![CDATA[A <cdata> part]]></seg></tuv></tu>
)"),
                                "memory.tmx");
    EXPECT_EQ(m.source.language, "en-GB");
    EXPECT_EQ(m.target.language, "ru-RU");
    ASSERT_EQ(m.alignment.size(), 3u);
    EXPECT_EQ(m.skippedUnits, 1u);
    EXPECT_EQ(m.source.segments[0].text, "Press Enter now.");
    EXPECT_EQ(m.target.segments[0].text, "Нажмите Enter сейчас.");
    EXPECT_EQ(m.alignment[1], (Bead{1, 2, 1, 1, 1.0, BeadStatus::Auto}));
    EXPECT_EQ(m.source.segments[2].text, "A <cdata> part");
    EXPECT_EQ(m.alignment[2].shape(), "1-1");
    EXPECT_TRUE(coversExactly(m.alignment, m.source.segments.size(), m.target.segments.size()));
}

TEST(TmxReader, LanguagesCanBeChosen) {
    const std::string bytes = tmx(R"(<tu><tuv xml:lang="en-GB"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv>
<tuv xml:lang="ru"><seg>c</seg></tuv></tu>)");
    EXPECT_EQ(readTmx(bytes, "m.tmx").target.language, "de");
    const TmxMemory m = readTmx(bytes, "m.tmx", {"ru", "de"});
    EXPECT_EQ(m.source.segments.at(0).text, "c");
    EXPECT_EQ(m.target.segments.at(0).text, "b");
}

TEST(TmxReader, MalformedXmlNamesLineAndColumn) {
    const std::string bytes = tmx("<tu><tuv xml:lang=\"ru\"><seg>Привет</sag></tuv></tu>\n");
    EXPECT_EQ(errorOf(bytes).rfind("memory.tmx:5:", 0), 0u) << errorOf(bytes);
    EXPECT_NE(errorOf(bytes).find("malformed XML"), std::string::npos);
    EXPECT_NE(errorOf("").find("memory.tmx:1:1"), std::string::npos) << errorOf("");
    EXPECT_EQ(errorOf("\x89PNG\r\n\x1a\n binary"), "memory.tmx:3:8: malformed XML: No document element found");
}

TEST(TmxReader, EntityDeclarationsAreRefused) {
    const std::string bomb = R"(<?xml version="1.0"?>
<!DOCTYPE tmx [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&lol3;</seg></tuv></tu></body></tmx>)";
    EXPECT_NE(errorOf(bomb).find("declares entities"), std::string::npos) << errorOf(bomb);
    const std::string external = R"(<?xml version="1.0"?>
<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>)";
    EXPECT_NE(errorOf(external).find("memory.tmx:2:"), std::string::npos)
        << errorOf(external);
    // A plain DOCTYPE naming the DTD is fine (and never fetched).
    const std::string withDtd = std::string("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://example.invalid/tmx14.dtd\">\n") +
                                (tmx("<tu><tuv xml:lang=\"en-GB\"><seg>a</seg></tuv><tuv xml:lang=\"ru\"><seg>б</seg></tuv></tu>")
                                     .substr(std::string_view(header).find("<tmx")));
    EXPECT_EQ(readTmx(withDtd, "m.tmx").alignment.size(), 1u);
}

TEST(TmxReader, EncodingsFromTheBomOrTheDeclaration) {
    const std::string unit = "<tu><tuv xml:lang=\"en-GB\"><seg>caf\xE9</seg></tuv><tuv xml:lang=\"fr\"><seg>x</seg></tuv></tu>";
    std::string latin1 = tmx(unit);
    latin1.replace(latin1.find("UTF-8"), 5, "ISO-8859-1");
    EXPECT_EQ(readTmx(latin1, "latin1.tmx").source.segments.at(0).text, "caf\u00e9");
    // The same bytes declared as UTF-8 are not UTF-8: refused with the place of the unit.
    EXPECT_EQ(errorOf(tmx(unit)).rfind("memory.tmx:5:", 0), 0u) << errorOf(tmx(unit));
    // UTF-16LE with a BOM.
    const std::string utf8 = tmx("<tu><tuv xml:lang=\"en-GB\"><seg>a</seg></tuv><tuv xml:lang=\"ru\"><seg>б</seg></tuv></tu>");
    std::string utf16 = "\xFF\xFE";
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t c = static_cast<unsigned char>(utf8[i]);
        std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : 3;
        if (n == 2)
            c = ((c & 0x1F) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3F);
        else if (n == 3)
            c = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(utf8[i + 1]) & 0x3F) << 6) |
                (static_cast<unsigned char>(utf8[i + 2]) & 0x3F);
        utf16 += static_cast<char>(c & 0xFF);
        utf16 += static_cast<char>(c >> 8);
        i += n;
    }
    EXPECT_EQ(readTmx(utf16, "utf16.tmx").target.segments.at(0).text, "б");
}

TEST(TmxReader, ManyUnits) {
    std::string units;
    for (int i = 0; i < 20000; ++i)
        units += "<tu><tuv xml:lang=\"en-GB\"><seg>Unit " + std::to_string(i) +
                 "</seg></tuv><tuv xml:lang=\"ru\"><seg>Единица " + std::to_string(i) + "</seg></tuv></tu>\n";
    const TmxMemory m = readTmx(tmx(units), "big.tmx");
    ASSERT_EQ(m.alignment.size(), 20000u);
    EXPECT_EQ(m.target.segments.back().text, "Единица 19999");
}

TEST(TmxReader, FilesThatAreNotTmx) {
    EXPECT_NE(errorOf("<html><body/></html>").find("not a TMX file"), std::string::npos);
    EXPECT_NE(errorOf("<tmx version=\"1.4\"><header/></tmx>").find("has no <body>"), std::string::npos);
    EXPECT_NE(errorOf(tmx("<tu><tuv><seg>x</seg></tuv></tu>")).find("without xml:lang"), std::string::npos);
    EXPECT_NE(errorOf(tmx("<tu><tuv xml:lang=\"en-GB\"><seg>x</seg></tuv></tu>")).find("no target language"),
              std::string::npos);
    EXPECT_NE(errorOf(tmx("<tu><prop type=\"x-tandem-confidence\">7</prop><tuv xml:lang=\"en-GB\"><seg>x</seg></tuv>"
                          "<tuv xml:lang=\"ru\"><seg>y</seg></tuv></tu>"))
                  .find("not a number in [0, 1]"),
              std::string::npos);
    EXPECT_THROW(readTmxFile("/nonexistent/file.tmx"), IoError);
}

} // namespace
} // namespace tandem
