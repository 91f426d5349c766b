// dictd dictionaries: articles found through the base64 index, in plain and gzip-compressed text,
// and a clear error for every kind of broken file.
#include "core/formats/dictd.h"

#include "core/error.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace tandem;
namespace fs = std::filesystem;

namespace {

const std::string kText = "00-database-short\n   A test dictionary\n"
                          "falcon\n   [f]\n   сокол\n"
                          "hawk\n   ястреб\n";
// Byte offsets and lengths in base64 digits: 0 = "A", 39 = "n", 28 = "c", 67 = "BD", 21 = "V".
const std::string kIndex = "00-database-short\tA\tn\nfalcon\tn\tc\nhawk\tBD\tV\n";

void expectArticles(const std::vector<DictdEntry>& entries) {
    ASSERT_EQ(entries.size(), 2u); // the 00-database article is the dictionary's, not a word's
    EXPECT_EQ(entries[0].headword, "falcon");
    EXPECT_EQ(entries[0].text, "falcon\n   [f]\n   сокол\n");
    EXPECT_EQ(entries[1].headword, "hawk");
    EXPECT_EQ(entries[1].text, "hawk\n   ястреб\n");
}

} // namespace

// Outside the anonymous namespace: the tests derive from it (GCC warns in unity builds otherwise).
class Dictd : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("tandem-dictd-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                             "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path write(const std::string& name, const std::string& bytes) const {
        std::ofstream(m_dir / name, std::ios::binary) << bytes;
        return m_dir / name;
    }
    fs::path writeGzip(const std::string& name, const std::string& text) const {
        gzFile out = gzopen((m_dir / name).c_str(), "wb");
        gzwrite(out, text.data(), static_cast<unsigned>(text.size()));
        gzclose(out);
        return m_dir / name;
    }
    fs::path m_dir;
};

TEST_F(Dictd, ReadsArticlesFromPlainText) {
    write("test.dict", kText);
    expectArticles(readDictd(write("test.index", kIndex)));
}

TEST_F(Dictd, ReadsArticlesFromDictzip) {
    writeGzip("test.dict.dz", kText);
    expectArticles(readDictd(write("test.index", kIndex)));
}

TEST_F(Dictd, MissingTextNamesTheIndex) {
    const fs::path index = write("lonely.index", kIndex);
    try {
        readDictd(index);
        FAIL() << "no error";
    } catch (const IoError& e) {
        EXPECT_NE(std::string(e.what()).find("lonely.index: no lonely.dict.dz or lonely.dict"), std::string::npos) << e.what();
    }
    EXPECT_THROW(readDictd(m_dir / "absent.index"), IoError);
}

TEST_F(Dictd, MalformedIndexLinesNameTheLine) {
    write("test.dict", kText);
    for (const std::string& bad : {std::string("falcon\tn\n"), std::string("falcon\tn!\tc\n"), std::string("hawk\tBD\tzz\n")}) {
        const fs::path index = write("test.index", "hawk\tBD\tV\n" + bad);
        try {
            readDictd(index);
            FAIL() << "no error for " << bad;
        } catch (const ParseError& e) {
            EXPECT_NE(std::string(e.what()).find("test.index:2: "), std::string::npos) << e.what();
        }
    }
}

TEST_F(Dictd, CorruptCompressedTextIsAParseError) {
    writeGzip("whole.dict.dz", kText);
    std::ifstream in(m_dir / "whole.dict.dz", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    write("test.dict.dz", bytes.substr(0, bytes.size() / 2)); // truncated
    EXPECT_THROW(readDictd(write("test.index", kIndex)), ParseError);
    write("test.dict.dz", "this is not gzip at all");
    EXPECT_THROW(readDictd(write("test.index", kIndex)), ParseError);
}
