// Crash safety: a child process edits a project in a loop and is killed with SIGKILL at random
// moments; after every kill the file opens, passes SQLite's integrity check and holds every edit the
// child reported as committed.
#include "core/project/project.h"
#include "tests/core/project/project_test_support.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <csignal>
#include <cstdio>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

namespace tandem {
namespace {

std::string termName(std::int64_t k) { return "term " + std::to_string(k); }

/// The child: opens the project and edits forever; after each committed glossary addition it
/// writes the addition's number to `fd`. Never returns.
[[noreturn]] void editForever(const std::string& path, int fd) {
    try {
        Project p = Project::open(path);
        auto k = static_cast<std::int64_t>(p.terms().size());
        for (;; ++k) {
            p.apply(AddTerms{{Term{0, termName(k), "термин", {}, TermStatus::Suggested, TermType::Other, "", 0.5, 1}}});
            if (write(fd, &k, sizeof k) != sizeof k)
                _exit(3);
            const std::size_t row = static_cast<std::size_t>(k) % (p.beadCount() - 1);
            p.apply(MergeBeads{row});
            p.apply(EditText{Side::Target, static_cast<std::size_t>(k) % p.target().segments.size(),
                             "Правка " + std::to_string(k)});
            p.undo();
            p.undo(); // the merge is undone again, so the alignment keeps its size
            p.apply(SetStatus{row, k % 2 ? BeadStatus::Confirmed : BeadStatus::NeedsReview});
        }
    } catch (...) {
        _exit(2);
    }
}

std::string integrityCheck(const std::string& path) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    sqlite3_stmt* stmt = nullptr;
    std::string result;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK)
        while (sqlite3_step(stmt) == SQLITE_ROW)
            result += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

TEST(ProjectCrash, EveryReportedEditSurvivesSigkill) {
    testing::TempDir dir;
    const std::string path = dir.file("crash.tandem");
    { testing::createProject(path, testing::oneToOne(30)); }
    std::mt19937 random(20261129);
    std::int64_t reported = -1; // highest addition the children reported as committed
    int kills = 0, killedBeforeReporting = 0;
    for (int round = 0; round < 100; ++round) {
        int fds[2];
        ASSERT_EQ(pipe(fds), 0);
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            close(fds[0]);
            editForever(path, fds[1]);
        }
        close(fds[1]);
        // Kill after a random number of reports (0: possibly while the child is still opening).
        const int wanted = std::uniform_int_distribution<int>(0, 12)(random);
        std::int64_t k = 0;
        for (int got = 0; got < wanted && read(fds[0], &k, sizeof k) == sizeof k; ++got)
            reported = std::max(reported, k);
        ASSERT_EQ(kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child stopped by itself with exit code " << WEXITSTATUS(status);
        ++kills;
        while (read(fds[0], &k, sizeof k) == sizeof k) // reports written before the kill landed
            reported = std::max(reported, k);
        close(fds[0]);
        if (wanted == 0)
            ++killedBeforeReporting;

        ASSERT_EQ(integrityCheck(path), "ok") << "round " << round;
        Project p = Project::open(path);
        ASSERT_TRUE(coversExactly(p.alignment(), p.source().segments.size(), p.target().segments.size()));
        ASSERT_GE(static_cast<std::int64_t>(p.terms().size()), reported + 1) << "round " << round;
        for (std::int64_t i = 0; i <= reported; ++i)
            ASSERT_EQ(p.terms()[static_cast<std::size_t>(i)].source, termName(i)) << "round " << round;
        if (p.canUndo()) { // the journal still works after the crash
            const testing::Snapshot before = testing::snapshot(p);
            p.undo();
            p.redo();
            ASSERT_EQ(testing::snapshot(p), before);
        }
    }
    std::printf("%d SIGKILLs (%d before the first report), %lld committed additions checked after each\n", kills,
                killedBeforeReporting, static_cast<long long>(reported + 1));
    EXPECT_GE(kills, 100);
    EXPECT_GT(reported, 100);
    EXPECT_GT(killedBeforeReporting, 0);
}

} // namespace
} // namespace tandem
