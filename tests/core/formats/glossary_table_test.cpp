// OmegaT TSV and CSV glossaries: exact output, round trips, awkward fields, malformed input.
#include "core/formats/glossary_table.h"

#include "core/error.h"

#include <gtest/gtest.h>

#include <sstream>

namespace {

using namespace tandem;

Term term(std::string source, std::string target, std::string note = {}, std::vector<std::string> variants = {}) {
    Term t;
    t.source = std::move(source);
    t.target = std::move(target);
    t.note = std::move(note);
    t.variants = std::move(variants);
    t.status = TermStatus::Confirmed;
    t.score = 1.0;
    return t;
}

std::vector<Term> awkward() {
    Term a = term("Ghafari", "Гафари", "Arabic gh → г", {"Гафари", "Гафари's"});
    a.type = TermType::Person;
    Term b = term("Crocus \"City\" Hall, Moscow", "«Крокус Сити Холл»", "quotes, commas & ampersands");
    b.status = TermStatus::Suggested;
    b.type = TermType::Place;
    Term c = term("Tab\there", "line\nbreak", "note\twith\ttabs\r\nand lines");
    c.status = TermStatus::Rejected;
    Term d = term(" leading space", "trailing space ");
    return {a, b, c, d};
}

TEST(OmegaTGlossary, WritesSourceTabTargetTabComment) {
    std::ostringstream out;
    writeOmegaTGlossary(out, {term("Ghafari", "Гафари", "person"), term("FSB", "ФСБ")});
    EXPECT_EQ(out.str(), "Ghafari\tГафари\tperson\nFSB\tФСБ\n");
}

TEST(OmegaTGlossary, RoundTripsAndFlattensWhatTheFormatCannotHold) {
    std::ostringstream out;
    writeOmegaTGlossary(out, awkward());
    std::istringstream in(out.str());
    const ImportedGlossary read = readOmegaTGlossary(in, "g.txt");
    ASSERT_EQ(read.terms.size(), 4u);
    EXPECT_EQ(read.terms[0].source, "Ghafari");
    EXPECT_EQ(read.terms[0].target, "Гафари");
    EXPECT_EQ(read.terms[0].note, "Arabic gh → г");
    EXPECT_EQ(read.terms[1].source, "Crocus \"City\" Hall, Moscow");
    EXPECT_EQ(read.terms[2].source, "Tab here");
    EXPECT_EQ(read.terms[2].target, "line break");
    EXPECT_EQ(read.terms[2].note, "note with tabs  and lines");
    EXPECT_EQ(read.terms[3].target, "trailing space ");
    EXPECT_TRUE(read.languages.source.empty());
}

TEST(OmegaTGlossary, EmptyGlossaryIsAnEmptyFile) {
    std::ostringstream out;
    writeOmegaTGlossary(out, {});
    EXPECT_EQ(out.str(), "");
    std::istringstream in("");
    EXPECT_TRUE(readOmegaTGlossary(in, "g.txt").terms.empty());
}

TEST(OmegaTGlossary, ReadsCrLfAndBomAndSkipsBlankLines) {
    std::istringstream in("\xEF\xBB\xBF" "Kerman\tКерман\r\n\r\nKabul\tКабул\tcity\r\n");
    const ImportedGlossary read = readOmegaTGlossary(in, "g.txt");
    ASSERT_EQ(read.terms.size(), 2u);
    EXPECT_EQ(read.terms[0].source, "Kerman");
    EXPECT_EQ(read.terms[1].note, "city");
}

TEST(OmegaTGlossary, RejectsMalformedLinesNamingTheLine) {
    std::istringstream oneColumn("Kerman\tКерман\nKabul\n");
    try {
        readOmegaTGlossary(oneColumn, "g.txt");
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_STREQ(e.what(), "g.txt:2: expected source<TAB>target[<TAB>comment]");
    }
    std::istringstream tooMany("a\tb\tc\td\n");
    EXPECT_THROW(readOmegaTGlossary(tooMany, "g.txt"), ParseError);
    std::istringstream emptyTarget("a\t\n");
    EXPECT_THROW(readOmegaTGlossary(emptyTarget, "g.txt"), ParseError);
    std::istringstream latin1("Kerman\t\xCA\xE5\xF0\xEC\xE0\xED\n");
    EXPECT_THROW(readOmegaTGlossary(latin1, "g.txt"), DecodeError);
}

TEST(GlossaryCsv, WritesHeaderNamingTheLanguages) {
    std::ostringstream out;
    writeGlossaryCsv(out, {term("Ghafari", "Гафари", "a, b")}, {"en", "ru"});
    EXPECT_EQ(out.str(), "en,ru,note,variants,status,type\r\nGhafari,Гафари,\"a, b\",,confirmed,other\r\n");
}

TEST(GlossaryCsv, RoundTripsAwkwardEntries) {
    std::ostringstream out;
    const std::vector<Term> terms = awkward();
    writeGlossaryCsv(out, terms, {"en", "ru"});
    std::istringstream in(out.str());
    const ImportedGlossary read = readGlossaryCsv(in, "g.csv");
    EXPECT_EQ(read.languages, (GlossaryLanguages{"en", "ru"}));
    EXPECT_EQ(read.terms, terms);
}

TEST(GlossaryCsv, EmptyGlossaryKeepsItsHeader) {
    std::ostringstream out;
    writeGlossaryCsv(out, {}, {"en", "uk"});
    std::istringstream in(out.str());
    const ImportedGlossary read = readGlossaryCsv(in, "g.csv");
    EXPECT_TRUE(read.terms.empty());
    EXPECT_EQ(read.languages.target, "uk");
    EXPECT_THROW(writeGlossaryCsv(out, {}, {"en", ""}), ExportError);
}

TEST(GlossaryCsv, ReadsOtherColumnOrdersAndSkipsUnknownColumns) {
    std::istringstream in("English,Russian,Comment,Domain\nKerman,Керман,city in Iran,geo\nKabul,Кабул\n");
    const ImportedGlossary read = readGlossaryCsv(in, "g.csv");
    ASSERT_EQ(read.terms.size(), 2u);
    EXPECT_EQ(read.languages.source, "English");
    EXPECT_EQ(read.terms[0].note, "city in Iran");
    EXPECT_EQ(read.terms[1].note, "");
}

TEST(GlossaryCsv, RejectsMalformedInputNamingTheLine) {
    std::istringstream unclosed("en,ru\nKerman,\"Керман\n");
    try {
        readGlossaryCsv(unclosed, "g.csv");
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_STREQ(e.what(), "g.csv:2: quoted field never closed");
    }
    std::istringstream noHeader("");
    EXPECT_THROW(readGlossaryCsv(noHeader, "g.csv"), ParseError);
    std::istringstream tooMany("en,ru\na,b,c\n");
    EXPECT_THROW(readGlossaryCsv(tooMany, "g.csv"), ParseError);
    std::istringstream badStatus("en,ru,status\na,b,maybe\n");
    EXPECT_THROW(readGlossaryCsv(badStatus, "g.csv"), ParseError);
    std::istringstream strayQuote("en,ru\na\"b,c\n");
    EXPECT_THROW(readGlossaryCsv(strayQuote, "g.csv"), ParseError);
}

} // namespace
