// The project's SQLite schema and every statement Tandem runs on a project file: migrations, loading,
// and the row writes the Project facade makes inside its transactions. The only file with SQL.
//
// Vocabulary: beads and segments are stored with a *key* that orders them; keys leave gaps so that a
// row can be inserted between two others without renumbering the rest. A bead stores how many
// segments it takes from each side, so moving segments between beads touches only those beads.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"
#include "core/project/edit.h"
#include "core/project/sqlite_db.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tandem {

/// Everything a project file holds apart from the journal, with the keys that order the rows.
struct StoredProject {
    Document source;
    Document target;
    Alignment alignment;
    std::vector<Term> terms; ///< ordered by id
    std::vector<std::int64_t> beadKeys;   ///< parallel to alignment
    std::vector<std::int64_t> sourceKeys; ///< parallel to source.segments
    std::vector<std::int64_t> targetKeys; ///< parallel to target.segments
};

/// One stored journal entry with its edits in their stored (JSON) form.
struct StoredJournalEntry {
    std::int64_t id = 0;
    std::string time;
    std::string description;
    std::string redo;
    std::string undo;
};

class ProjectStore {
public:
    /// The schema version this build writes (PRAGMA user_version).
    static constexpr int schemaVersion = 1;

    /// Creates an empty project file (schema only); refuses an existing file. A file (not
    /// ":memory:") is opened without a rollback journal, to be filled once under a temporary name
    /// and then reopened with open(), which turns WAL on.
    static ProjectStore create(const std::string& path);
    /// Opens a project file: checks it read-only first (not a project, newer schema: StoreError,
    /// file untouched), then opens it for writing and migrates an older schema.
    static ProjectStore open(const std::string& path);

    ProjectStore(ProjectStore&&) noexcept;
    ProjectStore& operator=(ProjectStore&&) noexcept;
    ~ProjectStore();

    sqlite::Database& database() { return m_db; }
    const std::string& path() const { return m_db.path(); }

    /// Reads the whole project; StoreError when the stored beads do not cover the segments.
    StoredProject load();

    void setLanguages(const std::string& source, const std::string& target);
    void setMeta(const std::string& key, const std::string& value);

    void insertBead(std::int64_t key, const Bead& bead);
    void updateBead(std::int64_t key, const Bead& bead);
    void deleteBead(std::int64_t key);
    /// Renumbers beads: the bead with key from[i] gets key to[i] (keys may overlap).
    void rekeyBeads(const std::vector<std::int64_t>& from, const std::vector<std::int64_t>& to);

    void insertSegment(Side side, std::int64_t key, const Segment& segment);
    void updateSegment(Side side, std::int64_t key, const Segment& segment);
    void deleteSegment(Side side, std::int64_t key);
    void rekeySegments(Side side, const std::vector<std::int64_t>& from, const std::vector<std::int64_t>& to);

    void insertTerm(const Term& term); ///< term.id must be set
    void updateTerm(const Term& term);
    void deleteTerm(std::int64_t id);

    /// Id of the last applied journal entry, 0 when none.
    std::int64_t journalPosition();
    void setJournalPosition(std::int64_t id);
    /// Removes entries after `id` (the undone ones a new edit replaces).
    void dropJournalAfter(std::int64_t id);
    std::int64_t appendJournal(const std::string& time, const std::string& description, const std::string& redo,
                               const std::string& undo);
    std::optional<StoredJournalEntry> journalEntry(std::int64_t id);
    /// The description of entry `id`, "" when there is none.
    std::string journalDescription(std::int64_t id);
    /// The largest id below `id` / the smallest above it, 0 when none.
    std::int64_t previousJournalId(std::int64_t id);
    std::int64_t nextJournalId(std::int64_t id);
    /// All entries oldest first, without their edits.
    std::vector<StoredJournalEntry> journalHeadlines();

    /// "ok", or SQLite's list of problems.
    std::string integrityCheck();

private:
    struct Statements;
    explicit ProjectStore(sqlite::Database db);

    sqlite::Database m_db;
    std::unique_ptr<Statements> m_sql;
};

} // namespace tandem
