// `tandem batch` end to end: a run killed with SIGKILL halfway and rerun gives the same outputs as an
// uninterrupted one; SIGTERM stops cleanly; stdin manifest and stdout output; exit codes; summary.
#include "batch_test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace tandem::test;

/// A running `tandem` child. stdin, stdout and stderr go to files, or stderr to a pipe the test reads.
class Tandem {
public:
    struct Io {
        fs::path cwd;
        fs::path in = "/dev/null";
        fs::path out = "/dev/null";
        fs::path err;   ///< empty: stderr is a pipe, read with nextErrorLine()
    };

    Tandem(const std::vector<std::string>& args, const Io& io) {
        int pipeFds[2] = {-1, -1};
        if (io.err.empty() && ::pipe(pipeFds) != 0)
            throw std::runtime_error("pipe failed");
        m_pid = ::fork();
        if (m_pid < 0)
            throw std::runtime_error("fork failed");
        if (m_pid == 0) {
            if (::chdir(io.cwd.c_str()) != 0)
                ::_exit(127);
            const int in = ::open(io.in.c_str(), O_RDONLY);
            const int out = ::open(io.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            const int err = io.err.empty() ? pipeFds[1] : ::open(io.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (in < 0 || out < 0 || err < 0)
                ::_exit(127);
            ::dup2(in, 0);
            ::dup2(out, 1);
            ::dup2(err, 2);
            std::vector<std::string> all = {TANDEM_CLI, "batch"};
            all.insert(all.end(), args.begin(), args.end());
            std::vector<char*> argv;
            for (auto& a : all)
                argv.push_back(a.data());
            argv.push_back(nullptr);
            ::execv(TANDEM_CLI, argv.data());
            ::_exit(127);
        }
        if (io.err.empty()) {
            ::close(pipeFds[1]);
            m_errors = ::fdopen(pipeFds[0], "r");
        }
    }
    ~Tandem() {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_errors)
            std::fclose(m_errors);
    }

    /// The next line the child wrote to stderr; false at its end.
    bool nextErrorLine(std::string& line) {
        line.clear();
        for (int c; (c = std::fgetc(m_errors)) != EOF;) {
            if (c == '\n')
                return true;
            line += static_cast<char>(c);
        }
        return !line.empty();
    }

    void signal(int number) { ::kill(m_pid, number); }

    /// Waits for the child; its exit code, or 128 + the signal that ended it.
    int wait() {
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }

private:
    pid_t m_pid = -1;
    FILE* m_errors = nullptr;
};

/// Io with the given working folder and stdin, stdout and stderr files (empty: /dev/null).
Tandem::Io inFolder(const fs::path& cwd, const fs::path& in = {}, const fs::path& out = {}, const fs::path& err = {}) {
    Tandem::Io io;
    io.cwd = cwd;
    if (!in.empty())
        io.in = in;
    if (!out.empty())
        io.out = out;
    io.err = err;
    return io;
}

int runTandem(const std::vector<std::string>& args, Tandem::Io io) {
    if (io.err.empty())
        io.err = "/dev/null";
    return Tandem(args, io).wait();
}

class BatchCommand : public testing::Test {
protected:
    void SetUp() override {
        m_dir = freshTestDir("batch-cli");
        m_lines = writeManifest(m_dir, 1, false, false); // 68 pre-segmented gold pairs
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
    std::vector<ManifestLine> m_lines;
};

TEST_F(BatchCommand, KilledRunResumesToIdenticalOutputs) {
    ASSERT_EQ(runTandem({"manifest.tsv", "-o", "reference", "-j", "2", "--format", "tmx"}, inFolder(m_dir)), 0);
    const auto reference = folderContents(m_dir / "reference");
    ASSERT_EQ(reference.size(), m_lines.size() + 1); // and .tandem-batch.json

    {
        Tandem run({"manifest.tsv", "-o", "resumed", "-j", "2", "--format", "tmx", "--verbose"}, inFolder(m_dir));
        std::size_t aligned = 0;
        for (std::string line; aligned < m_lines.size() / 3 && run.nextErrorLine(line);)
            aligned += line.rfind("tandem batch: aligned ", 0) == 0;
        ASSERT_EQ(aligned, m_lines.size() / 3);
        run.signal(SIGKILL);
        ASSERT_EQ(run.wait(), 128 + SIGKILL);
    }
    const auto killed = folderContents(m_dir / "resumed");
    std::size_t complete = 0;
    for (const auto& file : killed) // a temporary left by the kill (.tandem-tmp.*.tmx) is not an output
        complete += fs::path(file.first).extension() == ".tmx" && !file.first.starts_with(".tandem-tmp.");
    EXPECT_GE(complete, m_lines.size() / 3);
    EXPECT_LT(complete, m_lines.size()) << "the run was meant to be killed halfway";

    const fs::path summaryFile = m_dir / "summary.json";
    ASSERT_EQ(runTandem({"manifest.tsv", "-o", "resumed", "-j", "2", "--format", "tmx", "--summary",
                         summaryFile.string()},
                        inFolder(m_dir)),
              0);
    EXPECT_EQ(folderContents(m_dir / "resumed"), reference); // same names, same bytes, no temporaries
    const auto summary = nlohmann::json::parse(readBytes(summaryFile));
    EXPECT_EQ(summary["pairs"]["resumed"], complete);
    EXPECT_EQ(summary["pairs"]["aligned"], m_lines.size() - complete);
}

TEST_F(BatchCommand, SigtermStopsWithCode130AndKeepsFinishedOutputs) {
    Tandem run({"manifest.tsv", "-o", "out", "-j", "2", "--verbose"}, inFolder(m_dir));
    std::size_t aligned = 0;
    for (std::string line; aligned < 5 && run.nextErrorLine(line);)
        aligned += line.rfind("tandem batch: aligned ", 0) == 0;
    run.signal(SIGTERM);
    for (std::string line; run.nextErrorLine(line);) {
    }
    EXPECT_EQ(run.wait(), 130);
    std::size_t outputs = 0;
    for (const auto& [name, bytes] : folderContents(m_dir / "out")) {
        if (fs::path(name).extension() != ".jsonl")
            continue;
        EXPECT_NO_THROW(jsonlBeads(bytes)) << name;
        ++outputs;
    }
    EXPECT_GE(outputs, 5u);
    EXPECT_LT(outputs, m_lines.size());
}

TEST_F(BatchCommand, StdinManifestAndStdoutOutputWorkAsAFilter) {
    ASSERT_EQ(runTandem({"manifest.tsv", "-o", "files", "--format", "tsv"}, inFolder(m_dir)), 0);
    std::string expected;
    for (const auto& line : m_lines)
        expected += readBytes(m_dir / "files" / (line.id + ".tsv"));

    // Relative paths of a manifest on stdin are relative to the working folder.
    ASSERT_EQ(runTandem({"-", "-o", "-", "--format", "tsv", "-j", "2"},
                        inFolder(m_dir, m_dir / "manifest.tsv", m_dir / "stdout.tsv", m_dir / "stderr.txt")),
              0);
    EXPECT_EQ(readBytes(m_dir / "stdout.tsv"), expected);
    const auto summary = nlohmann::json::parse(readBytes(m_dir / "stderr.txt"));
    EXPECT_EQ(summary["pairs"]["aligned"], m_lines.size());
}

TEST_F(BatchCommand, ExitCodesAndSummaryOnStdout) {
    {
        std::ofstream manifest(m_dir / "mixed.tsv");
        manifest << m_lines[0].text << "\nmissing.en\tmissing.ru\ten\tru\tgone\n" << m_lines[1].text << '\n';
    }
    ASSERT_EQ(runTandem({"mixed.tsv", "-o", "out"}, inFolder(m_dir, {}, m_dir / "summary.json", m_dir / "err.txt")), 1);
    const auto summary = nlohmann::json::parse(readBytes(m_dir / "summary.json"));
    EXPECT_EQ(summary["pairs"]["aligned"], 2);
    ASSERT_EQ(summary["failures"].size(), 1u);
    EXPECT_EQ(summary["failures"][0]["line"], 2);
    EXPECT_EQ(summary["failures"][0]["id"], "gone");
    EXPECT_NE(readBytes(m_dir / "err.txt").find("skipped gone: "), std::string::npos);

    EXPECT_EQ(runTandem({"manifest.tsv", "-o", "out", "--format", "xliff"}, inFolder(m_dir)), 2);
    EXPECT_EQ(runTandem({"manifest.tsv", "-o", "out", "--min-confidence", "1.5"}, inFolder(m_dir)), 2);
    EXPECT_EQ(runTandem({"manifest.tsv", "-o", "out", "-j", "-1"}, inFolder(m_dir)), 2);
    EXPECT_EQ(runTandem({"manifest.tsv", "-o", "out", "-j", "many"}, inFolder(m_dir)), 2);
    EXPECT_EQ(runTandem({"manifest.tsv"}, inFolder(m_dir)), 2);
    EXPECT_EQ(runTandem({"no-such-manifest.tsv", "-o", "out"}, inFolder(m_dir)), 3);
    EXPECT_EQ(runTandem({"manifest.tsv", "-o", "out", "--glossary", "no-such-glossary.tsv"}, inFolder(m_dir)), 3);
}

} // namespace
