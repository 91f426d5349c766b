// Manifest parsing: fields, defaults, relative paths, and one clear error per bad line.
#include "core/batch/manifest.h"
#include "core/error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace {

using tandem::ManifestEntry;
using tandem::ManifestReader;

/// Every entry of text, and the messages of the lines that failed.
struct ReadAll {
    std::vector<ManifestEntry> entries;
    std::vector<std::string> errors;
};

ReadAll readAll(const std::string& text, const std::filesystem::path& base = "/data") {
    std::istringstream in(text);
    ManifestReader reader(in, "corpus.tsv", base);
    ReadAll result;
    while (true) {
        try {
            auto entry = reader.next();
            if (!entry)
                return result;
            result.entries.push_back(*entry);
        } catch (const tandem::ParseError& e) {
            result.errors.push_back(e.what());
        }
    }
}

TEST(Manifest, ReadsFourFieldLinesWithDefaults) {
    const auto r = readAll("a/doc1.en\ta/doc1.ru\ten\tru\n/abs/x.txt\t/abs/y.txt\tde\tfr\n");
    ASSERT_TRUE(r.errors.empty());
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_EQ(r.entries[0].line, 1u);
    EXPECT_EQ(r.entries[0].source, std::filesystem::path("/data/a/doc1.en"));
    EXPECT_EQ(r.entries[0].target, std::filesystem::path("/data/a/doc1.ru"));
    EXPECT_EQ(r.entries[0].sourceLanguage, "en");
    EXPECT_EQ(r.entries[0].targetLanguage, "ru");
    EXPECT_EQ(r.entries[0].id, "doc1");
    EXPECT_FALSE(r.entries[0].format.has_value());
    EXPECT_EQ(r.entries[1].source, std::filesystem::path("/abs/x.txt"));
    EXPECT_EQ(r.entries[1].id, "x");
}

TEST(Manifest, ReadsIdAndInputFormatColumns) {
    const auto r = readAll("s.txt\tt.txt\ten\tru\tpair-7\tlines\ns2.html\tt2.html\ten\tru\t\thtml\n");
    ASSERT_TRUE(r.errors.empty()) << r.errors.front();
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_EQ(r.entries[0].id, "pair-7");
    EXPECT_EQ(r.entries[0].format, tandem::InputFormat::Lines);
    EXPECT_EQ(r.entries[1].id, "s2"); // an empty id field falls back to the source stem
    EXPECT_EQ(r.entries[1].format, tandem::InputFormat::Html);
}

TEST(Manifest, SkipsCommentsBlankLinesBomAndCarriageReturns) {
    const auto r = readAll("\xEF\xBB\xBF# source\ttarget\tsl\ttl\r\n\r\n   \n\ts.txt\tt.txt\ten\tru\r\n");
    // The last line starts with a tab, so its source field is empty: an error, not a skip.
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(r.entries.empty());
    const auto ok = readAll("\xEF\xBB\xBF# header comment\r\n\r\ns.txt\tt.txt\ten\tru\tid1\r\n");
    ASSERT_TRUE(ok.errors.empty());
    ASSERT_EQ(ok.entries.size(), 1u);
    EXPECT_EQ(ok.entries[0].line, 3u);
    EXPECT_EQ(ok.entries[0].id, "id1"); // no '\r' left on the last field
}

TEST(Manifest, TrimsSpacesAroundFields) {
    const auto r = readAll(" s.txt \t t.txt\t en \tru \t my id \n");
    ASSERT_TRUE(r.errors.empty());
    EXPECT_EQ(r.entries[0].source, std::filesystem::path("/data/s.txt"));
    EXPECT_EQ(r.entries[0].sourceLanguage, "en");
    EXPECT_EQ(r.entries[0].id, "my id");
}

struct BadLine {
    const char* line;
    const char* expected; ///< part of the message
};

class ManifestBadLine : public testing::TestWithParam<BadLine> {};

TEST_P(ManifestBadLine, ThrowsParseErrorNamingLineAndProblem) {
    const auto r = readAll(std::string("ok.txt\tok2.txt\ten\tru\n") + GetParam().line + "\n");
    ASSERT_EQ(r.entries.size(), 1u);
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].find("corpus.tsv:2: "), std::string::npos) << r.errors[0];
    EXPECT_NE(r.errors[0].find(GetParam().expected), std::string::npos) << r.errors[0];
    EXPECT_EQ(r.errors[0].find('\n'), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ManifestBadLine,
    testing::Values(BadLine{"only-one-field", "found 1"}, BadLine{"a\tb\ten", "found 3"},
                    BadLine{"a\tb\ten\tru\tid\tlines\textra", "found 7"}, BadLine{"a\t\ten\tru", "target path is empty"},
                    BadLine{"a\tb\t\tru", "source language is empty"},
                    BadLine{"a\tb\ten\tEnglish language", "'English language' is not a BCP 47"},
                    BadLine{"a\tb\te\tru", "'e' is not a BCP 47"}, BadLine{"a\tb\ten\tru\tnews/1", "path separator"},
                    BadLine{"a\tb\ten\tru\t.hidden", "starts with '.'"},
                    BadLine{"a\tb\ten\tru\tid\tpdf", "input format 'pdf'"},
                    BadLine{"a\tb\ten\tru\tok", "id 'ok' is already used on line 1"},
                    BadLine{"a\tb\ten\tru\tx\x01y", "control character"},
                    BadLine{"x/ok.txt\tb\ten\tru", "id 'ok' is already used on line 1"}));

TEST(Manifest, ReaderContinuesAfterABadLine) {
    const auto r = readAll("a.txt\tb.txt\ten\n"
                           "c.txt\td.txt\ten\tru\n"
                           "e.txt\tf.txt\tfr\n"
                           "g.txt\th.txt\tde\tfr\n");
    ASSERT_EQ(r.errors.size(), 2u);
    ASSERT_EQ(r.entries.size(), 2u);
    EXPECT_EQ(r.entries[0].line, 2u);
    EXPECT_EQ(r.entries[1].line, 4u);
    EXPECT_NE(r.errors[1].find("corpus.tsv:3:"), std::string::npos);
}

TEST(Manifest, IdTooLongIsRefusedAndDefaultIdIsShortened) {
    const std::string longId(201, 'x');
    const auto r = readAll("a.txt\tb.txt\ten\tru\t" + longId + "\n" + longId + longId + ".txt\tb.txt\ten\tru\n");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_NE(r.errors[0].find("longer than 200 bytes"), std::string::npos);
    ASSERT_EQ(r.entries.size(), 1u);
    EXPECT_EQ(r.entries[0].id.size(), 200u);
}

TEST(Manifest, EmptyManifestHasNoEntries) {
    EXPECT_TRUE(readAll("").entries.empty());
    EXPECT_TRUE(readAll("# nothing here\n\n").entries.empty());
}

TEST(Manifest, CountsEntryLinesOfAFile) {
    const auto dir = std::filesystem::temp_directory_path() / ("tandem-manifest-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto path = dir / "m.tsv";
    std::ofstream(path) << "\xEF\xBB\xBF# comment\na\tb\ten\tru\n\n  # indented comment\nc\td\ten\tru\nbroken line\n";
    EXPECT_EQ(tandem::countManifestEntries(path), 3u);
    EXPECT_THROW(tandem::countManifestEntries(dir / "missing.tsv"), tandem::IoError);
    std::filesystem::remove_all(dir);
}

} // namespace
