// The project file: create and reopen, refusing files that are not projects or are too new, the
// journal surviving a reopen, change notices and the summary.
#include "core/error.h"
#include "core/project/project.h"
#include "core/project/summary.h"
#include "tests/core/project/project_test_support.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>
#include <iterator>

namespace tandem {
namespace {

using testing::createProject;
using testing::oneToOne;
using testing::snapshot;
using testing::Snapshot;
using testing::TempDir;

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void runSql(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

TEST(Project, CreateThenOpenGivesTheSameContent) {
    TempDir dir;
    const std::string path = dir.file("pair.tandem");
    Snapshot world = oneToOne(7);
    world.source.segments[2].original = "Source  sentence 3.";
    { createProject(path, world); }
    EXPECT_FALSE(std::filesystem::exists(path + ".partial"));
    const Project p = Project::open(path);
    EXPECT_EQ(snapshot(p), world);
    EXPECT_EQ(p.beadCount(), 7u);
    EXPECT_EQ(p.beadText(3, Side::Target), "Целевое предложение 4.");
    EXPECT_EQ(p.source().language, "en");
    EXPECT_FALSE(p.canUndo());
    EXPECT_THROW(p.bead(7), UsageError);
}

TEST(Project, CreateRefusesAnExistingFileAndABadAlignment) {
    TempDir dir;
    const std::string path = dir.file("taken.tandem");
    std::ofstream(path) << "something";
    EXPECT_THROW(createProject(path, oneToOne(2)), StoreError);
    EXPECT_EQ(readBytes(path), "something");
    Snapshot bad = oneToOne(3);
    bad.alignment.pop_back();
    EXPECT_THROW(createProject(dir.file("bad.tandem"), bad), UsageError);
    EXPECT_FALSE(std::filesystem::exists(dir.file("bad.tandem")));
    Snapshot latin1 = oneToOne(2);
    latin1.target.segments[1].text = "caf\xE9";
    EXPECT_THROW(createProject(dir.file("latin1.tandem"), latin1), UsageError);
    EXPECT_FALSE(std::filesystem::exists(dir.file("latin1.tandem")));
}

TEST(Project, OpenRefusesAFileThatIsNotAProjectAndLeavesItAlone) {
    TempDir dir;
    const std::string text = dir.file("notes.txt");
    std::ofstream(text) << "These are not the droids you are looking for.\n";
    const std::string before = readBytes(text);
    try {
        Project::open(text);
        FAIL() << "opened a text file";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find(text), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("not a Tandem project"), std::string::npos);
    }
    EXPECT_EQ(readBytes(text), before);

    const std::string other = dir.file("other.sqlite");
    runSql(other, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
    const std::string otherBytes = readBytes(other);
    EXPECT_THROW(Project::open(other), StoreError);
    EXPECT_EQ(readBytes(other), otherBytes);

    const std::string empty = dir.file("empty.tandem");
    std::ofstream{empty};
    EXPECT_THROW(Project::open(empty), StoreError);
    EXPECT_EQ(readBytes(empty), "");
    EXPECT_THROW(Project::open(dir.file("missing.tandem")), IoError);
}

TEST(Project, OpenRefusesAProjectFromANewerVersionAndLeavesItAlone) {
    TempDir dir;
    const std::string path = dir.file("future.tandem");
    { createProject(path, oneToOne(2)); }
    runSql(path, "PRAGMA user_version = 99;");
    const std::string before = readBytes(path);
    try {
        Project::open(path);
        FAIL() << "opened a project from the future";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("newer version"), std::string::npos) << e.what();
    }
    EXPECT_EQ(readBytes(path), before);
}

TEST(Project, OpenRefusesADamagedAlignment) {
    TempDir dir;
    const std::string path = dir.file("damaged.tandem");
    { createProject(path, oneToOne(3)); }
    runSql(path, "UPDATE bead SET source_count = 2 WHERE key = (SELECT min(key) FROM bead);");
    EXPECT_THROW(Project::open(path), StoreError);
}

TEST(Project, TheSchemaIsStrictWithForeignKeys) {
    TempDir dir;
    const std::string path = dir.file("strict.tandem");
    { createProject(path, oneToOne(1)); }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    EXPECT_NE(sqlite3_exec(db, "INSERT INTO bead VALUES (7, 'many', 1, 'auto', 0.5)", nullptr, nullptr, nullptr),
              SQLITE_OK);
    EXPECT_NE(sqlite3_exec(db, "INSERT INTO segment VALUES (5, 1, 0, 'x', '')", nullptr, nullptr, nullptr), SQLITE_OK);
    EXPECT_NE(sqlite3_exec(db, "INSERT INTO bead VALUES (8, 0, 0, 'auto', 0.5)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "wal");
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

TEST(Project, UndoAndRedoSurviveReopening) {
    TempDir dir;
    const std::string path = dir.file("journal.tandem");
    const Snapshot world = oneToOne(5);
    Snapshot afterTwo;
    {
        Project p = createProject(path, world);
        p.apply(MergeBeads{1});
        p.apply(SetStatus{0, BeadStatus::Confirmed});
        afterTwo = snapshot(p);
        p.apply(EditText{Side::Source, 4, "Changed."});
        p.undo();
        EXPECT_TRUE(p.canRedo());
        EXPECT_EQ(p.redoDescription(), "Edit source segment 5");
    }
    {
        Project p = Project::open(path);
        EXPECT_EQ(snapshot(p), afterTwo);
        ASSERT_TRUE(p.canRedo());
        p.redo();
        EXPECT_EQ(p.source().segments[4].text, "Changed.");
        EXPECT_FALSE(p.canRedo());
        const auto journal = p.journal();
        ASSERT_EQ(journal.size(), 3u);
        EXPECT_EQ(journal[0].description, "Merge rows 2 and 3");
        EXPECT_TRUE(journal[2].applied);
        EXPECT_EQ(journal[0].time.size(), 20u);
        p.undo();
        p.undo();
        p.undo();
        EXPECT_FALSE(p.canUndo());
        EXPECT_THROW(p.undo(), UsageError);
    }
    {
        Project p = Project::open(path);
        EXPECT_EQ(snapshot(p), world);
        EXPECT_EQ(p.undoDescription(), "");
        EXPECT_EQ(p.redoDescription(), "Merge rows 2 and 3");
        p.apply(SetStatus{4, BeadStatus::NeedsReview}); // drops the three undone entries
        EXPECT_FALSE(p.canRedo());
        EXPECT_EQ(p.journal().size(), 1u);
    }
}

TEST(Project, ListenersLearnWhichRowsChanged) {
    Project p = createProject(Project::inMemory, oneToOne(6));
    std::vector<Change> seen;
    p.setChangeListener([&](const Change& c) { seen.push_back(c); });
    p.apply(MergeBeads{2});
    p.apply(EditText{Side::Target, 0, "Новый текст."});
    p.apply(AddTerms{{Term{0, "Kerman", "Керман", {}, TermStatus::Suggested, TermType::Place, "", 0.9, 1}}});
    p.undo();
    ASSERT_EQ(seen.size(), 4u);
    EXPECT_EQ(seen[0], (Change{2, 2, 1, false, false}));
    EXPECT_EQ(seen[1], (Change{0, 1, 1, true, false}));
    EXPECT_TRUE(seen[2].glossary);
    EXPECT_EQ(p.lastChange(), seen[3]);
    p.undo();
    EXPECT_EQ(p.lastChange(), (Change{0, 1, 1, true, false}));
    p.undo();
    EXPECT_EQ(p.lastChange(), (Change{2, 1, 2, false, false}));
}

TEST(Project, ManyInsertionsAtOnePlaceRenumberTheKeys) {
    TempDir dir;
    const std::string path = dir.file("keys.tandem");
    Snapshot expected;
    {
        Project p = createProject(path, oneToOne(3));
        for (int i = 0; i < 45; ++i) // halves the same key gap until it is used up
            p.apply(InsertSegment{1, i % 2 ? Side::Source : Side::Target});
        expected = snapshot(p);
        EXPECT_EQ(p.beadCount(), 48u);
    }
    EXPECT_EQ(snapshot(Project::open(path)), expected);
}

TEST(Project, SummaryCountsStatusShapeAndConfidence) {
    Alignment a = {Bead{0, 1, 0, 1, 0.95, BeadStatus::Confirmed}, Bead{1, 3, 1, 2, 0.42},
                   Bead{3, 4, 2, 2, 0.0, BeadStatus::NeedsReview}, Bead{4, 5, 2, 3, 1.0}};
    const AlignmentSummary s = summarize(a);
    EXPECT_EQ(s.beads, 4u);
    EXPECT_EQ(s.confirmed, 1u);
    EXPECT_EQ(s.needsReview, 1u);
    EXPECT_EQ(s.autoBeads, 2u);
    EXPECT_EQ(s.shapes.at("2-1"), 1u);
    EXPECT_EQ(s.shapes.at("1-0"), 1u);
    EXPECT_EQ(s.histogram[9], 2u);
    EXPECT_EQ(s.histogram[4], 1u);
    EXPECT_EQ(s.histogram[0], 1u);
}

} // namespace
} // namespace tandem
