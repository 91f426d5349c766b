// The RAII layer over SQLite: statements with bound parameters, errors carrying SQLite's code, and
// transactions that roll back unless committed.
#include "core/error.h"
#include "core/project/sqlite_db.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace tandem::sqlite {
namespace {

std::int64_t count(Database& db) {
    Statement q(db, "SELECT count(*) FROM t");
    EXPECT_TRUE(q.step());
    return q.columnInt(0);
}

TEST(Sqlite, BoundParametersRoundTrip) {
    Database db(":memory:", Database::Mode::Create);
    db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT) STRICT");
    Statement insert(db, "INSERT INTO t VALUES (?, ?, ?)");
    insert.bind(1, std::int64_t{-7}).bind(2, 0.5).bind(3, std::string_view("it's \0 fine", 11)).run();
    Statement select(db, "SELECT i, r, s FROM t");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnInt(0), -7);
    EXPECT_EQ(select.columnDouble(1), 0.5);
    EXPECT_EQ(select.columnText(2), std::string("it's \0 fine", 11));
    EXPECT_FALSE(select.step());
}

TEST(Sqlite, ErrorsCarrySqlitesCode) {
    Database db(":memory:", Database::Mode::Create);
    db.execute("CREATE TABLE t (i INTEGER PRIMARY KEY) STRICT");
    Statement insert(db, "INSERT INTO t VALUES (?)");
    insert.bind(1, std::int64_t{1}).run();
    try {
        insert.bind(1, std::int64_t{1}).run();
        FAIL() << "a duplicate key was accepted";
    } catch (const StoreError& e) {
        EXPECT_EQ(e.code(), SQLITE_CONSTRAINT_PRIMARYKEY);
    }
    EXPECT_THROW(Statement(db, "SELEC nonsense"), StoreError);
    EXPECT_THROW(Database("/nonexistent-dir/x.db", Database::Mode::Create), StoreError);
}

TEST(Sqlite, TransactionRollsBackUnlessCommitted) {
    Database db(":memory:", Database::Mode::Create);
    db.execute("CREATE TABLE t (i INTEGER) STRICT");
    {
        Transaction t(db);
        db.execute("INSERT INTO t VALUES (1)");
    }
    EXPECT_EQ(count(db), 0);
    try {
        Transaction t(db);
        db.execute("INSERT INTO t VALUES (1)");
        throw std::runtime_error("fails midway");
    } catch (const std::runtime_error&) {
    }
    EXPECT_EQ(count(db), 0);
    {
        Transaction t(db);
        db.execute("INSERT INTO t VALUES (1)");
        t.commit();
    }
    EXPECT_EQ(count(db), 1);
}

} // namespace
} // namespace tandem::sqlite
