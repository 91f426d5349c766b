// The project schema, its migrations and every SQL statement run on a project file.
#include "core/project/project_store.h"

#include "core/error.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <utility>

namespace tandem {
namespace {

/// PRAGMA application_id of a Tandem project ("Tand").
constexpr std::int64_t applicationId = 0x54616E64;

/// migrations[v] takes a database from user_version v to v + 1.
const char* const migrations[] = {
    R"sql(
PRAGMA application_id = 1415671396;
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE document (
    side INTEGER PRIMARY KEY CHECK (side IN (0, 1)), -- 0 source, 1 target
    language TEXT NOT NULL
) STRICT;
CREATE TABLE segment (
    side INTEGER NOT NULL REFERENCES document (side),
    key INTEGER NOT NULL,                            -- orders the segments of a side
    paragraph INTEGER NOT NULL CHECK (paragraph >= 0),
    text TEXT NOT NULL,
    original TEXT NOT NULL,
    PRIMARY KEY (side, key)
) STRICT, WITHOUT ROWID;
CREATE TABLE bead (
    key INTEGER PRIMARY KEY,                         -- orders the beads
    source_count INTEGER NOT NULL CHECK (source_count >= 0),
    target_count INTEGER NOT NULL CHECK (target_count >= 0),
    status TEXT NOT NULL CHECK (status IN ('auto', 'confirmed', 'needs-review')),
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0.0 AND 1.0),
    CHECK (source_count + target_count > 0)
) STRICT;
CREATE TABLE term (
    id INTEGER PRIMARY KEY CHECK (id > 0),
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    variants TEXT NOT NULL,                          -- JSON array of strings
    status TEXT NOT NULL CHECK (status IN ('suggested', 'confirmed', 'rejected')),
    type TEXT NOT NULL CHECK (type IN ('person', 'place', 'organisation', 'other')),
    note TEXT NOT NULL,
    score REAL NOT NULL,
    occurrences INTEGER NOT NULL CHECK (occurrences >= 0)
) STRICT;
CREATE TABLE journal (
    id INTEGER PRIMARY KEY,
    time TEXT NOT NULL,
    description TEXT NOT NULL,
    redo TEXT NOT NULL,                              -- the edit as applied, JSON
    undo TEXT NOT NULL                               -- its inverse, JSON
) STRICT;
CREATE TABLE journal_position (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entry INTEGER REFERENCES journal (id)            -- last applied entry, NULL when none
) STRICT;
INSERT INTO journal_position (id, entry) VALUES (1, NULL);
PRAGMA user_version = 1;
)sql",
};
static_assert(std::size(migrations) == ProjectStore::schemaVersion);

std::int64_t pragmaValue(sqlite::Database& db, const char* pragma) {
    sqlite::Statement statement(db, pragma);
    if (!statement.step())
        throw StoreError(db.path() + ": " + pragma + " returned nothing");
    return statement.columnInt(0);
}

void configure(sqlite::Database& db) {
    db.execute("PRAGMA foreign_keys = ON");
    db.execute("PRAGMA journal_mode = WAL");
    // In WAL mode NORMAL syncs at checkpoints, not at every commit: a committed edit survives any
    // crash of the program (the crash test kills it mid-edit) and the file is never corrupted; only
    // an operating-system crash or power loss can take back the last edits before a checkpoint.
    // FULL would sync every commit, at 4-8 ms on the disks measured, over the 5 ms an edit may take.
    db.execute("PRAGMA synchronous = NORMAL");
    if (pragmaValue(db, "PRAGMA foreign_keys") != 1)
        throw StoreError(db.path() + ": this SQLite cannot enforce foreign keys");
}

void migrate(sqlite::Database& db, std::int64_t from) {
    sqlite::Transaction transaction(db);
    for (std::int64_t v = from; v < ProjectStore::schemaVersion; ++v)
        db.execute(migrations[v]);
    transaction.commit();
}

std::int64_t sideNumber(Side side) { return side == Side::Source ? 0 : 1; }

std::string variantsJson(const std::vector<std::string>& variants) { return nlohmann::json(variants).dump(); }

std::vector<std::string> variantsFromJson(const std::string& text, const std::string& path) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_array())
        throw StoreError(path + ": a glossary entry's variants are not a JSON array");
    std::vector<std::string> variants;
    for (const auto& v : json) {
        if (!v.is_string())
            throw StoreError(path + ": a glossary entry's variants are not all strings");
        variants.push_back(v.get<std::string>());
    }
    return variants;
}

} // namespace

struct ProjectStore::Statements {
    explicit Statements(sqlite::Database& db)
        : insertBead(db, "INSERT INTO bead (key, source_count, target_count, status, confidence) VALUES (?, ?, ?, ?, ?)"),
          updateBead(db, "UPDATE bead SET source_count = ?2, target_count = ?3, status = ?4, confidence = ?5 WHERE key = ?1"),
          deleteBead(db, "DELETE FROM bead WHERE key = ?"),
          rekeyBead(db, "UPDATE bead SET key = ?2 WHERE key = ?1"),
          insertSegment(db, "INSERT INTO segment (side, key, paragraph, text, original) VALUES (?, ?, ?, ?, ?)"),
          updateSegment(db, "UPDATE segment SET paragraph = ?3, text = ?4, original = ?5 WHERE side = ?1 AND key = ?2"),
          deleteSegment(db, "DELETE FROM segment WHERE side = ? AND key = ?"),
          rekeySegment(db, "UPDATE segment SET key = ?3 WHERE side = ?1 AND key = ?2"),
          insertTerm(db, "INSERT INTO term (id, source, target, variants, status, type, note, score, occurrences) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          updateTerm(db, "UPDATE term SET source = ?2, target = ?3, variants = ?4, status = ?5, type = ?6, note = ?7, "
                         "score = ?8, occurrences = ?9 WHERE id = ?1"),
          deleteTerm(db, "DELETE FROM term WHERE id = ?"),
          journalPosition(db, "SELECT entry FROM journal_position WHERE id = 1"),
          setJournalPosition(db, "UPDATE journal_position SET entry = ? WHERE id = 1"),
          clearJournalPosition(db, "UPDATE journal_position SET entry = NULL WHERE id = 1"),
          dropJournalAfter(db, "DELETE FROM journal WHERE id > ?"),
          appendJournal(db, "INSERT INTO journal (time, description, redo, undo) VALUES (?, ?, ?, ?)"),
          journalEntry(db, "SELECT id, time, description, redo, undo FROM journal WHERE id = ?"),
          journalDescription(db, "SELECT description FROM journal WHERE id = ?"),
          previousJournalId(db, "SELECT max(id) FROM journal WHERE id < ?"),
          nextJournalId(db, "SELECT min(id) FROM journal WHERE id > ?"),
          journalHeadlines(db, "SELECT id, time, description FROM journal ORDER BY id"),
          setMeta(db, "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2"),
          setLanguage(db, "INSERT INTO document (side, language) VALUES (?1, ?2) "
                          "ON CONFLICT (side) DO UPDATE SET language = ?2") {}

    sqlite::Statement insertBead, updateBead, deleteBead, rekeyBead;
    sqlite::Statement insertSegment, updateSegment, deleteSegment, rekeySegment;
    sqlite::Statement insertTerm, updateTerm, deleteTerm;
    sqlite::Statement journalPosition, setJournalPosition, clearJournalPosition, dropJournalAfter, appendJournal,
        journalEntry, journalDescription, previousJournalId, nextJournalId, journalHeadlines;
    sqlite::Statement setMeta, setLanguage;
};

ProjectStore::ProjectStore(sqlite::Database db)
    : m_db(std::move(db)), m_sql(std::make_unique<Statements>(m_db)) {}

ProjectStore::ProjectStore(ProjectStore&&) noexcept = default;
ProjectStore& ProjectStore::operator=(ProjectStore&&) noexcept = default;
ProjectStore::~ProjectStore() {
    m_sql.reset(); // statements are finalized before the connection closes
}

ProjectStore ProjectStore::create(const std::string& path) {
    const bool memory = path == ":memory:" || path.empty();
    std::error_code ec;
    if (!memory && std::filesystem::exists(path, ec))
        throw StoreError(path + ": already exists; a new project needs a new file");
    sqlite::Database db(memory ? ":memory:" : path, sqlite::Database::Mode::Create);
    configure(db);
    if (!memory) // a new file is filled under a temporary name and reopened; no need to log that
        db.execute("PRAGMA journal_mode = OFF");
    migrate(db, 0);
    return ProjectStore(std::move(db));
}

ProjectStore ProjectStore::open(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        throw IoError(path + ": no such project file");
    std::int64_t version = 0;
    {
        // Checked read-only first, so that a file we refuse is never modified.
        sqlite::Database check(path, sqlite::Database::Mode::ReadOnly);
        std::int64_t id = 0;
        try {
            id = pragmaValue(check, "PRAGMA application_id");
            version = pragmaValue(check, "PRAGMA user_version");
        } catch (const StoreError& e) {
            if ((e.code() & 0xFF) == SQLITE_NOTADB)
                throw StoreError(path + ": not a Tandem project (not an SQLite database)", e.code());
            throw;
        }
        if (id != applicationId)
            throw StoreError(path + ": not a Tandem project (an SQLite database of another application)");
        if (version > schemaVersion)
            throw StoreError(path + ": written by a newer version of Tandem (project schema " + std::to_string(version) +
                             ", this version reads up to " + std::to_string(schemaVersion) + "); left untouched");
        if (version < 1)
            throw StoreError(path + ": not a Tandem project (no schema)");
    }
    sqlite::Database db(path, sqlite::Database::Mode::ReadWrite);
    configure(db);
    if (version < schemaVersion)
        migrate(db, version);
    return ProjectStore(std::move(db));
}

StoredProject ProjectStore::load() {
    StoredProject project;
    {
        sqlite::Statement languages(m_db, "SELECT side, language FROM document");
        while (languages.step())
            (languages.columnInt(0) == 0 ? project.source : project.target).language = languages.columnText(1);
    }
    sqlite::Statement segments(m_db, "SELECT key, paragraph, text, original FROM segment WHERE side = ? ORDER BY key");
    for (Side side : {Side::Source, Side::Target}) {
        auto& doc = side == Side::Source ? project.source : project.target;
        auto& keys = side == Side::Source ? project.sourceKeys : project.targetKeys;
        segments.bind(1, sideNumber(side));
        while (segments.step()) {
            keys.push_back(segments.columnInt(0));
            doc.segments.push_back(Segment{segments.columnText(2), segments.columnText(3),
                                           static_cast<std::size_t>(segments.columnInt(1))});
        }
        segments.reset();
    }
    sqlite::Statement beads(m_db, "SELECT key, source_count, target_count, status, confidence FROM bead ORDER BY key");
    std::size_t src = 0, tgt = 0;
    while (beads.step()) {
        Bead bead;
        bead.srcBegin = src;
        bead.srcEnd = src += static_cast<std::size_t>(beads.columnInt(1));
        bead.tgtBegin = tgt;
        bead.tgtEnd = tgt += static_cast<std::size_t>(beads.columnInt(2));
        bead.status = beadStatusFromString(beads.columnText(3));
        bead.confidence = beads.columnDouble(4);
        project.beadKeys.push_back(beads.columnInt(0));
        project.alignment.push_back(bead);
    }
    if (!coversExactly(project.alignment, project.source.segments.size(), project.target.segments.size()))
        throw StoreError(path() + ": damaged project: the beads do not cover the segments exactly");
    sqlite::Statement terms(
        m_db, "SELECT id, source, target, variants, status, type, note, score, occurrences FROM term ORDER BY id");
    while (terms.step()) {
        Term term;
        term.id = terms.columnInt(0);
        term.source = terms.columnText(1);
        term.target = terms.columnText(2);
        term.variants = variantsFromJson(terms.columnText(3), path());
        term.status = termStatusFromString(terms.columnText(4));
        term.type = termTypeFromString(terms.columnText(5));
        term.note = terms.columnText(6);
        term.score = terms.columnDouble(7);
        term.occurrences = static_cast<int>(terms.columnInt(8));
        project.terms.push_back(std::move(term));
    }
    return project;
}

void ProjectStore::setLanguages(const std::string& source, const std::string& target) {
    m_sql->setLanguage.bind(1, std::int64_t{0}).bind(2, source).run();
    m_sql->setLanguage.bind(1, std::int64_t{1}).bind(2, target).run();
}

void ProjectStore::setMeta(const std::string& key, const std::string& value) {
    m_sql->setMeta.bind(1, key).bind(2, value).run();
}

void ProjectStore::insertBead(std::int64_t key, const Bead& bead) {
    m_sql->insertBead.bind(1, key)
        .bind(2, static_cast<std::int64_t>(bead.srcCount()))
        .bind(3, static_cast<std::int64_t>(bead.tgtCount()))
        .bind(4, toString(bead.status))
        .bind(5, bead.confidence)
        .run();
}

void ProjectStore::updateBead(std::int64_t key, const Bead& bead) {
    m_sql->updateBead.bind(1, key)
        .bind(2, static_cast<std::int64_t>(bead.srcCount()))
        .bind(3, static_cast<std::int64_t>(bead.tgtCount()))
        .bind(4, toString(bead.status))
        .bind(5, bead.confidence)
        .run();
    if (sqlite3_changes(m_db.handle()) != 1)
        throw StoreError(path() + ": no bead with key " + std::to_string(key));
}

void ProjectStore::deleteBead(std::int64_t key) {
    m_sql->deleteBead.bind(1, key).run();
    if (sqlite3_changes(m_db.handle()) != 1)
        throw StoreError(path() + ": no bead with key " + std::to_string(key));
}

void ProjectStore::rekeyBeads(const std::vector<std::int64_t>& from, const std::vector<std::int64_t>& to) {
    // Through negative keys, which ordinary keys never use, so that no two rows share a key midway.
    for (std::size_t i = 0; i < from.size(); ++i)
        m_sql->rekeyBead.bind(1, from[i]).bind(2, -static_cast<std::int64_t>(i) - 1).run();
    for (std::size_t i = 0; i < to.size(); ++i)
        m_sql->rekeyBead.bind(1, -static_cast<std::int64_t>(i) - 1).bind(2, to[i]).run();
}

void ProjectStore::insertSegment(Side side, std::int64_t key, const Segment& segment) {
    m_sql->insertSegment.bind(1, sideNumber(side))
        .bind(2, key)
        .bind(3, static_cast<std::int64_t>(segment.paragraph))
        .bind(4, segment.text)
        .bind(5, segment.original)
        .run();
}

void ProjectStore::updateSegment(Side side, std::int64_t key, const Segment& segment) {
    m_sql->updateSegment.bind(1, sideNumber(side))
        .bind(2, key)
        .bind(3, static_cast<std::int64_t>(segment.paragraph))
        .bind(4, segment.text)
        .bind(5, segment.original)
        .run();
    if (sqlite3_changes(m_db.handle()) != 1)
        throw StoreError(path() + ": no segment with key " + std::to_string(key));
}

void ProjectStore::deleteSegment(Side side, std::int64_t key) {
    m_sql->deleteSegment.bind(1, sideNumber(side)).bind(2, key).run();
    if (sqlite3_changes(m_db.handle()) != 1)
        throw StoreError(path() + ": no segment with key " + std::to_string(key));
}

void ProjectStore::rekeySegments(Side side, const std::vector<std::int64_t>& from, const std::vector<std::int64_t>& to) {
    for (std::size_t i = 0; i < from.size(); ++i)
        m_sql->rekeySegment.bind(1, sideNumber(side)).bind(2, from[i]).bind(3, -static_cast<std::int64_t>(i) - 1).run();
    for (std::size_t i = 0; i < to.size(); ++i)
        m_sql->rekeySegment.bind(1, sideNumber(side)).bind(2, -static_cast<std::int64_t>(i) - 1).bind(3, to[i]).run();
}

void ProjectStore::insertTerm(const Term& term) {
    m_sql->insertTerm.bind(1, term.id)
        .bind(2, term.source)
        .bind(3, term.target)
        .bind(4, variantsJson(term.variants))
        .bind(5, toString(term.status))
        .bind(6, toString(term.type))
        .bind(7, term.note)
        .bind(8, term.score)
        .bind(9, static_cast<std::int64_t>(term.occurrences))
        .run();
}

void ProjectStore::updateTerm(const Term& term) {
    m_sql->updateTerm.bind(1, term.id)
        .bind(2, term.source)
        .bind(3, term.target)
        .bind(4, variantsJson(term.variants))
        .bind(5, toString(term.status))
        .bind(6, toString(term.type))
        .bind(7, term.note)
        .bind(8, term.score)
        .bind(9, static_cast<std::int64_t>(term.occurrences))
        .run();
    if (sqlite3_changes(m_db.handle()) != 1)
        throw StoreError(path() + ": no glossary entry with id " + std::to_string(term.id));
}

void ProjectStore::deleteTerm(std::int64_t id) {
    m_sql->deleteTerm.bind(1, id).run();
    if (sqlite3_changes(m_db.handle()) != 1)
        throw StoreError(path() + ": no glossary entry with id " + std::to_string(id));
}

std::int64_t ProjectStore::journalPosition() {
    auto& q = m_sql->journalPosition;
    if (!q.step()) {
        q.reset();
        throw StoreError(path() + ": damaged project: the journal position is missing");
    }
    const std::int64_t id = q.columnIsNull(0) ? 0 : q.columnInt(0);
    q.reset();
    return id;
}

void ProjectStore::setJournalPosition(std::int64_t id) {
    if (id == 0)
        m_sql->clearJournalPosition.run();
    else
        m_sql->setJournalPosition.bind(1, id).run();
}

void ProjectStore::dropJournalAfter(std::int64_t id) { m_sql->dropJournalAfter.bind(1, id).run(); }

std::int64_t ProjectStore::appendJournal(const std::string& time, const std::string& description,
                                         const std::string& redo, const std::string& undo) {
    m_sql->appendJournal.bind(1, time).bind(2, description).bind(3, redo).bind(4, undo).run();
    return sqlite3_last_insert_rowid(m_db.handle());
}

std::optional<StoredJournalEntry> ProjectStore::journalEntry(std::int64_t id) {
    auto& q = m_sql->journalEntry;
    q.bind(1, id);
    std::optional<StoredJournalEntry> entry;
    if (q.step())
        entry = StoredJournalEntry{q.columnInt(0), q.columnText(1), q.columnText(2), q.columnText(3), q.columnText(4)};
    q.reset();
    return entry;
}

std::string ProjectStore::journalDescription(std::int64_t id) {
    auto& q = m_sql->journalDescription;
    q.bind(1, id);
    std::string description = q.step() ? q.columnText(0) : std::string();
    q.reset();
    return description;
}

std::int64_t ProjectStore::previousJournalId(std::int64_t id) {
    auto& q = m_sql->previousJournalId;
    q.bind(1, id);
    const std::int64_t result = q.step() && !q.columnIsNull(0) ? q.columnInt(0) : 0;
    q.reset();
    return result;
}

std::int64_t ProjectStore::nextJournalId(std::int64_t id) {
    auto& q = m_sql->nextJournalId;
    q.bind(1, id);
    const std::int64_t result = q.step() && !q.columnIsNull(0) ? q.columnInt(0) : 0;
    q.reset();
    return result;
}

std::vector<StoredJournalEntry> ProjectStore::journalHeadlines() {
    auto& q = m_sql->journalHeadlines;
    std::vector<StoredJournalEntry> entries;
    while (q.step())
        entries.push_back(StoredJournalEntry{q.columnInt(0), q.columnText(1), q.columnText(2), {}, {}});
    q.reset();
    return entries;
}

std::string ProjectStore::integrityCheck() {
    sqlite::Statement check(m_db, "PRAGMA integrity_check");
    std::string result;
    while (check.step()) {
        if (!result.empty())
            result += "; ";
        result += check.columnText(0);
    }
    return result;
}

} // namespace tandem
