// Bad input fed to every importer: random bytes, truncated UTF-8, a 20 MB single-line file and a
// zip that is not a DOCX. Each must end in a clear tandem::Error or a correct result: no crash,
// no hang, no foreign exception.
#include "core/text/decode.h"
#include "core/text/docx_import.h"
#include "core/text/html_import.h"
#include "core/text/import.h"

#include "core/error.h"
#include "tests/core/text/zip_fixture.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace tandem {
namespace {

constexpr InputFormat kFormats[] = {InputFormat::Auto, InputFormat::PlainText, InputFormat::Html, InputFormat::Docx,
                                    InputFormat::Lines};

ImportOptions withFormat(InputFormat format, bool lenient = false) {
    ImportOptions options;
    options.format = format;
    options.lenient = lenient;
    return options;
}

std::string randomBytes(std::mt19937& random, std::size_t size) {
    std::uniform_int_distribution<int> byte(0, 255);
    std::string bytes(size, '\0');
    for (char& c : bytes)
        c = static_cast<char>(byte(random));
    return bytes;
}

TEST(Robustness, RandomBytesGiveAClearErrorFromEveryImporter) {
    std::mt19937 random(20240322);
    for (std::size_t size : {1u, 7u, 64u, 1000u, 65536u}) {
        for (int round = 0; round < 4; ++round) {
            const std::string bytes = randomBytes(random, size);
            for (InputFormat format : kFormats) {
                for (bool lenient : {false, true}) {
                    try {
                        const ImportResult r = importBytes(bytes, "random.bin", "en", withFormat(format, lenient));
                        // A few random bytes can be valid text; then the spans must still hold.
                        EXPECT_LE(size, 64u) << "format " << toString(format) << " accepted " << size << " random bytes";
                        EXPECT_EQ(r.segments.size(), r.document.segments.size());
                    } catch (const Error& e) {
                        EXPECT_NE(std::string(e.what()).find("random.bin"), std::string::npos) << e.what();
                    }
                }
            }
            EXPECT_THROW(extractDocxParagraphs(bytes, "random.bin"), ParseError);
            EXPECT_NO_THROW(extractHtmlParagraphs(decodeText(bytes, "random.bin", {{}, {}, true}).text, "random.bin"));
        }
    }
}

TEST(Robustness, RandomBytesWithAZipHeaderAreNotADocx) {
    std::mt19937 random(7);
    for (int round = 0; round < 8; ++round) {
        const std::string bytes = "PK\x03\x04" + randomBytes(random, 2000);
        EXPECT_THROW(importBytes(bytes, "fake.docx", "en"), ParseError);
    }
}

TEST(Robustness, TruncatedUtf8IsADecodeErrorUnlessLenient) {
    const std::string text = "Президент России провёл совещание. Оно длилось час.";
    for (std::size_t cut = 1; cut < 6; ++cut) {
        std::string bytes = text + text;
        bytes.resize(text.size() + cut * 2 + 1); // ends inside a two-byte Cyrillic letter
        for (InputFormat format : {InputFormat::Auto, InputFormat::PlainText, InputFormat::Html, InputFormat::Lines}) {
            EXPECT_THROW(importBytes(bytes, "cut.txt", "ru", withFormat(format)), DecodeError) << toString(format);
            const Document doc = importDocumentFromBytes(bytes, "cut.txt", "ru", withFormat(format, true));
            ASSERT_FALSE(doc.segments.empty());
            EXPECT_TRUE(doc.segments.back().text.ends_with("\xEF\xBF\xBD")) << doc.segments.back().text;
        }
    }
}

TEST(Robustness, ZipThatIsNotADocxGivesAParseErrorFromEveryImporter) {
    const std::string zip = test::makeZip({{"notes.txt", "Just some text."}, {"data/values.csv", "a,b\n1,2\n"}});
    for (InputFormat format : kFormats)
        EXPECT_THROW(importBytes(zip, "archive.zip", "en", withFormat(format)), ParseError) << toString(format);
}

TEST(Robustness, LongRunsWithoutSpacesSegmentInLinearTime) {
    // Each of these once made every break rescan the whole run (quadratic: minutes for 1 MB).
    std::string closers, questions, dots;
    for (int i = 0; i < 65536; ++i) {
        closers += "a.)B";
        questions += "x?x!";
    }
    for (int i = 0; i < 4096; ++i)
        dots += std::string(60, 'x') + ". 1 ";
    EXPECT_EQ(importBytes(closers, "closers.txt", "en").document.segments.size(), 65537u);
    EXPECT_EQ(importBytes(questions, "questions.txt", "en").document.segments.size(), 1u);
    EXPECT_EQ(importBytes(dots, "dots.txt", "ru").document.segments.size(), 4097u);
}

class TwentyMegabytes : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        const std::string sentence = "The U.S. Army arrived at 9 a.m. and Dr. Smith said the count was 42. ";
        s_line.reserve(20 * 1024 * 1024 + sentence.size());
        while (s_line.size() < 20 * 1024 * 1024)
            s_line += sentence;
        s_sentences = s_line.size() / sentence.size() * 2;
        s_file = std::filesystem::temp_directory_path() / ("tandem-20mb-" + std::to_string(::getpid()) + ".txt");
        std::ofstream(s_file, std::ios::binary) << s_line;
    }
    static void TearDownTestSuite() {
        std::filesystem::remove(s_file);
        s_line = std::string();
    }
    static inline std::string s_line;
    static inline std::size_t s_sentences = 0;
    static inline std::filesystem::path s_file;
};

TEST_F(TwentyMegabytes, PlainTextFromAFile) {
    const ImportResult r = importFile(s_file, "en");
    // Each repetition holds two sentences ("... 9 a.m." ends none, "42." does).
    EXPECT_EQ(r.document.segments.size(), s_sentences / 2);
    EXPECT_EQ(r.document.segments.front().text,
              "The U.S. Army arrived at 9 a.m. and Dr. Smith said the count was 42.");
    EXPECT_EQ(r.paragraphs.size(), 1u);
}

TEST_F(TwentyMegabytes, LinesAndHtmlAndDocx) {
    EXPECT_EQ(importBytes(s_line, "big.txt", "en", withFormat(InputFormat::Lines)).document.segments.size(), 1u);
    const ImportResult html = importBytes(s_line, "big.html", "en", withFormat(InputFormat::Html));
    EXPECT_EQ(html.document.segments.size(), s_sentences / 2); // libxml2 must not cut the long text node
    EXPECT_THROW(importBytes(s_line, "big.docx", "en", withFormat(InputFormat::Docx)), ParseError);
}

} // namespace
} // namespace tandem
