// A small RAII layer over the SQLite C API: a connection, a prepared statement with bound parameters,
// and a transaction that rolls back unless committed. Every return code is checked; failures throw
// StoreError carrying SQLite's extended result code and naming the database file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tandem::sqlite {

/// One connection to a database file (or ":memory:").
class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    /// Opens `path`; Create makes the file when missing. Throws StoreError when SQLite refuses.
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// Runs statements that take no parameters (schema, pragmas); throws StoreError on failure.
    void execute(const char* sql);
    /// Throws StoreError "<path>: <context>: <SQLite's message>" with code `rc`.
    [[noreturn]] void fail(int rc, std::string_view context) const;

private:
    void close() noexcept;

    std::string m_path;
    sqlite3* m_db = nullptr;
};

/// A prepared statement. Parameters are numbered from 1, columns from 0.
class Statement {
public:
    Statement(Database& db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);

    /// Advances to the next row: true when a row is available, false when the statement is done.
    bool step();
    /// Steps a statement that returns no rows, then resets it for the next use.
    void run();
    /// Makes the statement ready to run again (bindings are kept until rebound).
    void reset() noexcept;

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK in the destructor unless commit() succeeded. The
/// destructor never throws.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = true;
};

} // namespace tandem::sqlite
