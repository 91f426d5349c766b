// Glossary files: the format from a name or an extension, and reading each format from disk.
#include "core/formats/glossary_file.h"

#include "core/error.h"
#include "core/formats/tbx_glossary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace {

using namespace tandem;
namespace fs = std::filesystem;

class GlossaryFile : public testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("tandem-glossary-file-" + std::to_string(::getpid()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path write(const std::string& name, const std::string& bytes) {
        const fs::path path = m_dir / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    fs::path m_dir;
};

TEST_F(GlossaryFile, FormatByNameOrExtension) {
    EXPECT_EQ(glossaryFormatOf("auto", "names.TBX"), GlossaryFormat::Tbx);
    EXPECT_EQ(glossaryFormatOf("auto", "names.csv"), GlossaryFormat::Csv);
    EXPECT_EQ(glossaryFormatOf("auto", "names.tsv"), GlossaryFormat::OmegaTTsv);
    EXPECT_EQ(glossaryFormatOf("auto", "glossary.utf8"), GlossaryFormat::OmegaTTsv);
    EXPECT_EQ(glossaryFormatOf("tbx2008", "names.tsv"), GlossaryFormat::Tbx2008); // a named format wins
    EXPECT_THROW(glossaryFormatOf("auto", "names.xlsx"), UsageError);
    EXPECT_THROW(glossaryFormatOf("xlsx", "names.tsv"), UsageError);
}

TEST_F(GlossaryFile, ReadsEveryFormatFromDisk) {
    const auto tsv = readGlossaryFile(write("a.tsv", "Ghafari\tГафари\tperson\n\nFSB\tФСБ\n"));
    ASSERT_EQ(tsv.terms.size(), 2U);
    EXPECT_EQ(tsv.terms[0].target, "Гафари");
    EXPECT_EQ(tsv.terms[0].note, "person");

    const auto csv = readGlossaryFile(write("a.csv", "en,ru,note\r\nKerman,Керман,city\r\n"));
    ASSERT_EQ(csv.terms.size(), 1U);
    EXPECT_EQ(csv.languages.source, "en");
    EXPECT_EQ(csv.terms[0].target, "Керман");

    Term term;
    term.source = "Kabul";
    term.target = "Кабул";
    std::ostringstream tbx;
    writeTbx(tbx, {term}, {"en", "ru"}, TbxFlavour::V3);
    const auto fromTbx = readGlossaryFile(write("a.tbx", tbx.str()));
    ASSERT_EQ(fromTbx.terms.size(), 1U);
    EXPECT_EQ(fromTbx.terms[0].target, "Кабул");

    // No telling extension: an aligner's plain glossary is OmegaT TSV.
    EXPECT_EQ(readGlossaryFile(write("names.list", "Kaluga\tКалуга\n")).terms.size(), 1U);
}

TEST_F(GlossaryFile, EveryFormatWrittenReadsBackTheSameTerms) {
    Term ghafari;
    ghafari.source = "Sanaullah Ghafari";
    ghafari.target = "Санаулла Гафари";
    ghafari.note = "emir, \"Shahab al-Muhajir\"";
    Term fsb;
    fsb.source = "FSB";
    fsb.target = "ФСБ";
    for (const auto& [format, name] : {std::pair{GlossaryFormat::Tbx, "g.tbx"}, {GlossaryFormat::Tbx2008, "g2008.tbx"},
                                       {GlossaryFormat::OmegaTTsv, "g.tsv"}, {GlossaryFormat::Csv, "g.csv"}}) {
        std::ostringstream out;
        writeGlossary(out, {ghafari, fsb}, {"en", "ru"}, format);
        const auto back = readGlossaryFile(write(name, out.str()), format).terms;
        ASSERT_EQ(back.size(), 2U) << name;
        EXPECT_EQ(back[0].source, ghafari.source) << name;
        EXPECT_EQ(back[0].target, ghafari.target) << name;
        EXPECT_EQ(back[0].note, ghafari.note) << name;
        EXPECT_EQ(back[1].target, "ФСБ") << name;
    }
}

TEST_F(GlossaryFile, ErrorsNameTheFile) {
    try {
        readGlossaryFile(m_dir / "missing.tsv");
        FAIL() << "a missing file was read";
    } catch (const IoError& e) {
        EXPECT_NE(std::string(e.what()).find("missing.tsv"), std::string::npos) << e.what();
    }
    const fs::path bad = write("bad.tsv", "Ghafari\n");
    try {
        readGlossaryFile(bad);
        FAIL() << "a line without a target was accepted";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("bad.tsv:1"), std::string::npos) << e.what();
    }
    EXPECT_THROW(readGlossaryFile(write("broken.tbx", "<tbx><text>")), ParseError);
}

} // namespace
