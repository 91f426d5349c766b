// AtomicFile: nothing under the final name before commit, no temporary left after, stale ones cleaned.
#include "core/batch/atomic_file.h"
#include "core/error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("tandem-atomic-" + std::to_string(::getpid()) + "-" +
                 testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    std::size_t filesIn() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(m_dir), fs::directory_iterator()));
    }
    static std::string read(const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }

    fs::path m_dir;
};

TEST_F(AtomicFileTest, FinalNameAppearsOnlyOnCommit) {
    const auto target = m_dir / "pair.jsonl";
    {
        tandem::AtomicFile file(target);
        file.write("first ");
        file.write("second\n");
        EXPECT_FALSE(fs::exists(target));
        EXPECT_EQ(filesIn(), 1u); // the temporary
        file.commit();
        EXPECT_THROW(file.write("late"), tandem::IoError);
    }
    EXPECT_EQ(read(target), "first second\n");
    EXPECT_EQ(filesIn(), 1u);
}

TEST_F(AtomicFileTest, UncommittedFileLeavesNothingAndKeepsTheOldOne) {
    const auto target = m_dir / "pair.tsv";
    std::ofstream(target) << "old\n";
    {
        tandem::AtomicFile file(target);
        file.write("half a pai");
    }
    EXPECT_EQ(read(target), "old\n");
    EXPECT_EQ(filesIn(), 1u);
    {
        tandem::AtomicFile file(target);
        file.write("new\n");
        file.commit();
    }
    EXPECT_EQ(read(target), "new\n");
}

TEST_F(AtomicFileTest, MissingFolderIsAnIoErrorNamingTheFile) {
    try {
        tandem::AtomicFile file(m_dir / "no-such-folder" / "x.tmx");
        FAIL() << "expected IoError";
    } catch (const tandem::IoError& e) {
        EXPECT_NE(std::string(e.what()).find("no-such-folder/x.tmx"), std::string::npos) << e.what();
    }
}

TEST_F(AtomicFileTest, RemovesTemporariesOfDeadProcessesOnly) {
    // A temporary as a killed run leaves it: created, never committed, its process gone.
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        tandem::AtomicFile file(m_dir / "killed.jsonl");
        file.write("partial");
        ::_exit(0); // no destructor runs, like SIGKILL
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    std::size_t temporaries = 0;
    for (const auto& item : fs::directory_iterator(m_dir))
        temporaries += tandem::isTemporaryName(item.path().filename().string());
    ASSERT_EQ(temporaries, 1u);

    tandem::AtomicFile live(m_dir / "live.jsonl"); // ours: the process is alive, so it stays
    std::ofstream(m_dir / "other.jsonl") << "not a temporary\n";
    EXPECT_EQ(tandem::removeStaleTemporaries(m_dir), 1u);
    EXPECT_EQ(filesIn(), 2u);
    live.write("x");
    live.commit();
    EXPECT_TRUE(fs::exists(m_dir / "live.jsonl"));
}

} // namespace
