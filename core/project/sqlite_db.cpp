// The RAII layer over SQLite: connections, statements and transactions with every return code checked.
#include "core/project/sqlite_db.h"

#include "core/error.h"

#include <sqlite3.h>

#include <utility>

namespace tandem::sqlite {

Database::Database(const std::string& path, Mode mode) : m_path(path) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        close();
        throw StoreError(path + ": cannot open: " + message, rc);
    }
    // Both calls only fail for an invalid handle; checked all the same, closing what was opened.
    const int extended = sqlite3_extended_result_codes(m_db, 1);
    const int busy = extended == SQLITE_OK ? sqlite3_busy_timeout(m_db, 2000) : extended;
    if (busy != SQLITE_OK) {
        const std::string message = sqlite3_errstr(busy);
        close();
        throw StoreError(path + ": cannot configure the connection: " + message, busy);
    }
}

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept
    : m_path(std::move(other.m_path)), m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_path = std::move(other.m_path);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void Database::close() noexcept {
    if (m_db) {
        // sqlite3_close_v2 defers the close until every statement is finalized; it cannot fail
        // for a valid handle.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::execute(const char* sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw StoreError(m_path + ": " + message, rc);
    }
}

void Database::fail(int rc, std::string_view context) const {
    const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    throw StoreError(m_path + ": " + std::string(context) + ": " + message, rc);
}

Statement::Statement(Database& db, const char* sql) : m_db(&db) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, "cannot prepare a statement");
}

Statement::~Statement() {
    if (m_stmt)
        sqlite3_finalize(m_stmt); // returns the last step's error, already reported by step()
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        m_db->fail(rc, "cannot bind a parameter");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        m_db->fail(rc, "cannot bind a parameter");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_db->fail(rc, "cannot bind a parameter");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_extended_errcode(m_db->handle());
    sqlite3_reset(m_stmt);
    m_db->fail(code, "statement failed");
}

void Statement::run() {
    const bool row = step();
    reset();
    if (row)
        throw StoreError(m_db->path() + ": a statement that should return nothing returned a row");
}

void Statement::reset() noexcept { sqlite3_reset(m_stmt); }

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(text, static_cast<std::size_t>(size)) : std::string();
}

bool Statement::columnIsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

Transaction::Transaction(Database& db) : m_db(db) { m_db.execute("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (m_open)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr); // nothing to do on failure
}

void Transaction::commit() {
    m_db.execute("COMMIT");
    m_open = false;
}

} // namespace tandem::sqlite
