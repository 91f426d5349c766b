// TBX glossaries: v3 valid against TBXcoreStructV03.rng, martif read by translate-toolkit, round trips.
#include "core/formats/tbx_glossary.h"

#include "core/error.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
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
    Term a = term("Ruslan Suleymanov", "Руслан Сулейманов", "genitive: Сулейманова", {"Руслана Сулейманова", "Сулейманову"});
    a.type = TermType::Person;
    Term b = term("AT&T <and> \"quotes\"", "«Крокус Сити Холл» & 'apostrophes'", "tab\there\nnew line");
    b.status = TermStatus::Suggested;
    b.type = TermType::Organisation;
    Term c = term("FSB", "ФСБ");
    c.status = TermStatus::Rejected;
    c.type = TermType::Organisation;
    return {a, b, c};
}

std::filesystem::path writeFile(const std::string& name, const std::string& content) {
    const std::filesystem::path path = std::filesystem::path(TANDEM_BINARY_DIR) / "tbx_glossary_test" / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

std::string tbx(const std::vector<Term>& terms, TbxFlavour flavour) {
    std::ostringstream out;
    writeTbx(out, terms, {"en", "ru"}, flavour);
    return out.str();
}

int relaxNg(const std::filesystem::path& file) {
    const std::string schema = std::string(TANDEM_SOURCE_DIR) + "/../shared/standards/TBXcoreStructV03.rng";
    return std::system(("xmllint --noout --relaxng '" + schema + "' '" + file.string() + "' 2>/dev/null").c_str());
}

/// Runs translate-toolkit's tbx reader on the file; it prints source<TAB>target per unit.
std::string translateToolkit(const std::filesystem::path& file) {
    const std::filesystem::path output = file.string() + ".units";
    const std::string script =
        "import sys\nfrom translate.storage import tbx\nstore = tbx.tbxfile(open(sys.argv[1], 'rb').read())\n"
        "out = open(sys.argv[2], 'w', encoding='utf-8')\n"
        "for u in store.units:\n    out.write(repr(u.source) + '\\t' + repr(u.target) + '\\n')\n";
    const std::filesystem::path scriptFile = writeFile("read_tbx.py", script);
    const int rc = std::system(("/usr/bin/python3 '" + scriptFile.string() + "' '" + file.string() + "' '" +
                                output.string() + "'").c_str());
    EXPECT_EQ(rc, 0);
    std::ifstream in(output);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(TbxV3, ValidatesAgainstTheCoreSchema) {
    EXPECT_EQ(relaxNg(writeFile("awkward.tbx", tbx(awkward(), TbxFlavour::V3))), 0);
    EXPECT_EQ(relaxNg(writeFile("empty.tbx", tbx({}, TbxFlavour::V3))), 0);
    // Forbidden characters are dropped rather than making the file unreadable.
    EXPECT_EQ(relaxNg(writeFile("control.tbx", tbx({term("bell\x07", "null\x01")}, TbxFlavour::V3))), 0);
}

TEST(TbxV3, TheSchemaCheckCanFail) {
    // The same check rejects a file whose entry has no language section.
    EXPECT_NE(relaxNg(writeFile("broken.tbx",
                                "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Core\" style=\"dca\" xml:lang=\"en\">"
                                "<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>"
                                "<text><body><conceptEntry id=\"c1\"/></body></text></tbx>")),
              0);
}

TEST(TbxV3, RoundTrips) {
    std::istringstream in(tbx(awkward(), TbxFlavour::V3));
    const ImportedGlossary read = readTbx(in, "g.tbx");
    EXPECT_EQ(read.languages, (GlossaryLanguages{"en", "ru"}));
    EXPECT_EQ(read.terms, awkward());
}

TEST(TbxMartif, TranslateToolkitReadsEveryPair) {
    const std::string units = translateToolkit(writeFile("awkward-martif.tbx", tbx(awkward(), TbxFlavour::Martif2008)));
    EXPECT_EQ(units, "'Ruslan Suleymanov'\t'Руслан Сулейманов'\n"
                     "'AT&T <and> \"quotes\"'\t\"«Крокус Сити Холл» & 'apostrophes'\"\n"
                     "'FSB'\t'ФСБ'\n");
    EXPECT_EQ(translateToolkit(writeFile("empty-martif.tbx", tbx({}, TbxFlavour::Martif2008))), "");
}

TEST(TbxMartif, RoundTrips) {
    std::istringstream in(tbx(awkward(), TbxFlavour::Martif2008));
    const ImportedGlossary read = readTbx(in, "g.tbx");
    EXPECT_EQ(read.terms, awkward());
    std::istringstream empty(tbx({}, TbxFlavour::Martif2008));
    EXPECT_TRUE(readTbx(empty, "g.tbx").terms.empty());
}

TEST(Tbx, RejectsMalformedInput) {
    std::istringstream broken("<martif><text><body><termEntry>");
    EXPECT_THROW(readTbx(broken, "g.tbx"), ParseError);
    std::istringstream wrongRoot("<tmx version=\"1.4\"/>");
    try {
        readTbx(wrongRoot, "g.tbx");
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_STREQ(e.what(), "g.tbx: not TBX (root element <tmx>, expected <tbx> or <martif>)");
    }
    std::istringstream halfEntry("<martif xml:lang=\"en\"><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\">"
                                 "<tig><term>x</term></tig></langSet></termEntry></body></text></martif>");
    EXPECT_THROW(readTbx(halfEntry, "g.tbx"), ParseError);
    std::ostringstream out;
    EXPECT_THROW(writeTbx(out, {}, {"", "ru"}, TbxFlavour::V3), ExportError);
}

} // namespace
