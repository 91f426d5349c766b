// Tests of `tandem segment` as a user runs it: the seed article, JSON offsets, and the exit code
// and one-line message of each kind of bad input.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

struct CommandRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

class SegmentCommand : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() / ("tandem-segment-test-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    /// Runs `tandem segment ARGS` through the shell; stdout and stderr captured separately.
    CommandRun run(const std::string& args) const {
        const fs::path errFile = m_dir / "stderr.txt";
        const std::string command =
            std::string(TANDEM_BINARY_DIR) + "/core/cli/tandem segment " + args + " 2>" + errFile.string();
        CommandRun result;
        FILE* pipe = ::popen(command.c_str(), "r");
        if (!pipe)
            return result;
        char buffer[65536];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;)
            result.out.append(buffer, n);
        const int status = ::pclose(pipe);
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        std::ifstream err(errFile);
        std::ostringstream text;
        text << err.rdbuf();
        result.err = text.str();
        return result;
    }

    fs::path write(const std::string& name, const std::string& bytes) const {
        const fs::path path = m_dir / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    fs::path m_dir;
};

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST_F(SegmentCommand, SeedArticleOneSegmentPerLineParagraphsSeparated) {
    const CommandRun r = run(std::string(TANDEM_DATA_DIR) + "/meduza/article.en.txt --lang en --keep-line-breaks");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_TRUE(r.out.starts_with("Skip to main content\n\n\u2022 Share to or\n\nA still from an FSB video"));
    EXPECT_NE(r.out.find("\n\nSource: Meduza\n\n"), std::string::npos);
    EXPECT_NE(r.out.find("Kaluga region.\nMarch 7, 2024.\n"), std::string::npos);
    EXPECT_NE(r.out.find("with the U.S. army, the Afghan government"), std::string::npos);
    EXPECT_EQ(r.out.find("U.S.\n"), std::string::npos);
    // Without the blank lines, the output is the hand segmentation.
    std::string lines;
    std::istringstream out(r.out);
    for (std::string line; std::getline(out, line);)
        if (!line.empty())
            lines += line + "\n";
    EXPECT_EQ(lines, readFile(std::string(TANDEM_DATA_DIR) + "/meduza/en.lines"));
}

TEST_F(SegmentCommand, JsonOffsetsPointIntoTheFile) {
    const fs::path file = write("a.txt", "Title\n\nThe U.S. Army arrived.  It was\nlate.\n");
    const CommandRun r = run(file.string() + " --lang en --format json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const nlohmann::json json = nlohmann::json::parse(r.out);
    const std::string bytes = readFile(file);
    ASSERT_EQ(json["paragraphs"].size(), 2u);
    EXPECT_EQ(json["encoding"], "UTF-8");
    EXPECT_EQ(json["format"], "text");
    std::vector<std::string> texts;
    for (const auto& paragraph : json["paragraphs"]) {
        EXPECT_EQ(bytes.substr(paragraph["offset"].get<std::size_t>(), paragraph["length"].get<std::size_t>()).empty(),
                  false);
        for (const auto& segment : paragraph["segments"]) {
            texts.push_back(segment["text"]);
            const std::string original = segment.contains("original") ? segment["original"] : segment["text"];
            EXPECT_EQ(bytes.substr(segment["offset"].get<std::size_t>(), segment["length"].get<std::size_t>()), original);
        }
    }
    EXPECT_EQ(texts, (std::vector<std::string>{"Title", "The U.S. Army arrived.", "It was late."}));
    EXPECT_EQ(json["paragraphs"][1]["segments"][1]["original"], "It was\nlate.");
}

TEST_F(SegmentCommand, MissingFileExitsWithTheIoCode) {
    const CommandRun r = run((m_dir / "nope.txt").string() + " --lang en");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, "tandem: " + (m_dir / "nope.txt").string() + ": cannot open (no such file)\n");
}

TEST_F(SegmentCommand, UndecodableFileExitsWithTheDecodeCodeUnlessLenient) {
    const fs::path file = write("bad.txt", "Привет, мир! \xD0 Пока, мир!");
    const CommandRun strict = run(file.string() + " --lang ru");
    EXPECT_EQ(strict.exitCode, 4);
    EXPECT_EQ(strict.err, "tandem: " + file.string() + ": invalid UTF-8 byte sequence at byte offset 22\n");
    const CommandRun lenient = run(file.string() + " --lang ru --lenient");
    EXPECT_EQ(lenient.exitCode, 0) << lenient.err;
    EXPECT_EQ(lenient.out, "Привет, мир!\n\xEF\xBF\xBD Пока, мир!\n");
}

TEST_F(SegmentCommand, PngExitsWithTheFormatCode) {
    const fs::path file = write("image.png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    const CommandRun r = run(file.string() + " --lang en");
    EXPECT_EQ(r.exitCode, 5);
    EXPECT_EQ(r.err, "tandem: " + file.string() + ": not a text, HTML or DOCX file (it looks like a PNG image)\n");
}

TEST_F(SegmentCommand, EmptyFileGivesNoSegmentsANoticeAndSuccess) {
    const fs::path file = write("empty.txt", "");
    const CommandRun r = run(file.string() + " --lang en");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "tandem segment: " + file.string() + ": no text to segment\n");
}

TEST_F(SegmentCommand, ExplicitEncodingAndInputFormat) {
    const fs::path file = write("koi8.txt", "\xF0\xD2\xC9\xD7\xC5\xD4. \xF0\xCF\xCB\xC1.");
    const CommandRun r = run(file.string() + " --lang ru --encoding KOI8-R --input-format text");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "Привет.\nПока.\n");
}

TEST_F(SegmentCommand, LanguageWithoutAListIsAnnounced) {
    const fs::path file = write("nl.txt", "Het regent. De zon schijnt niet.");
    const CommandRun r = run(file.string() + " --lang nl");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, "Het regent.\nDe zon schijnt niet.\n");
    EXPECT_NE(r.err.find("no sentence-break exception list for language 'nl'"), std::string::npos) << r.err;
}

TEST_F(SegmentCommand, BadArgumentsExitWithTheUsageCode) {
    const fs::path file = write("a.txt", "Text.");
    EXPECT_EQ(run(file.string()).exitCode, 2);                                  // no --lang
    EXPECT_EQ(run(file.string() + " --lang en --format xml").exitCode, 2);      // unknown output format
    EXPECT_EQ(run(file.string() + " --lang en --input-format pdf").exitCode, 2);
    EXPECT_EQ(run(file.string() + " --lang en --encoding bogus-8").exitCode, 2);
}

} // namespace
