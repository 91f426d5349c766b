// The project: one SQLite file holding both documents, the alignment (each bead with its status and
// confidence), the glossary and the journal of edits. The facade that views and the command line use.
//
// Vocabulary: the *journal* is the stored list of applied edits with their inverses; its *position*
// separates the entries that undo() can take back from those redo() can apply again. A *change* tells
// observers which rows an edit, undo or redo touched.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"
#include "core/project/edit.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tandem {

/// What an apply(), undo() or redo() changed, for observers (a Qt model turns it into row signals).
/// Beads [row, row + removedRows) before the change were replaced by [row, row + insertedRows) after
/// it; rows below moved by insertedRows - removedRows. A pure status or text change has
/// removedRows == insertedRows.
struct Change {
    std::size_t row = 0;
    std::size_t removedRows = 0;
    std::size_t insertedRows = 0;
    bool segments = false;  ///< segment texts or the segmentation changed (within those rows)
    bool glossary = false;  ///< glossary entries were added, changed or removed
    friend bool operator==(const Change&, const Change&) = default;
};

/// One entry of the journal, for a history view.
struct JournalEntry {
    std::int64_t id = 0;
    std::string description; ///< describe() of the edit as applied
    std::string time;        ///< when it was first applied, UTC, "YYYY-MM-DDThh:mm:ssZ"
    bool applied = false;    ///< true for entries up to the journal position (undo() takes the last back)
};

/// An open project. Move-only; every instance owns its own database connection (no singletons).
/// Reads are served from memory (loaded at open), so per-row access is O(1) at any size; each edit,
/// undo and redo is one SQLite transaction, committed before the call returns.
class Project {
public:
    /// The name `path` takes for a project held in memory only (tests, previews).
    static constexpr const char* inMemory = ":memory:";

    /// Creates a project at `path` (or in memory for ":memory:") from documents and an alignment that
    /// covers them exactly. Throws StoreError when `path` already exists or cannot be written,
    /// UsageError when the alignment does not cover the documents or a text is not valid UTF-8.
    static Project create(const std::string& path, Document source, Document target, Alignment alignment);

    /// Opens an existing project. A file that is not a Tandem project, or one written by a newer
    /// version, is refused with a StoreError naming the file, and is never modified.
    static Project open(const std::string& path);

    Project(Project&&) noexcept;
    Project& operator=(Project&&) noexcept;
    ~Project();

    /// The path the project was created or opened with.
    const std::string& path() const;

    // --- Reading (what a view needs) ------------------------------------------------------------

    const Document& source() const;
    const Document& target() const;
    const Document& document(Side side) const;
    /// All beads, in order; covers both documents exactly.
    const Alignment& alignment() const;
    std::size_t beadCount() const;
    /// Bead `row`; throws UsageError when out of range.
    const Bead& bead(std::size_t row) const;
    /// The texts of bead `row` on `side`, joined by a space ("" for an empty side).
    std::string beadText(std::size_t row, Side side) const;
    /// The row of the bead holding segment `index` of `side` (binary search).
    std::size_t rowOfSegment(Side side, std::size_t index) const;
    /// The glossary, ordered by id.
    const std::vector<Term>& terms() const;
    /// The glossary entry with this id, or nullptr.
    const Term* findTerm(std::int64_t id) const;

    // --- Editing --------------------------------------------------------------------------------

    /// Applies an edit in one transaction, records it in the journal (dropping entries that were
    /// undone) and returns the edit that undoes it. The alignment's coverage is checked before the
    /// commit; an edit that does not apply (bad row, split of a 1-0 bead ...) throws UsageError
    /// and changes nothing.
    Edit apply(const Edit& edit);

    bool canUndo() const;
    bool canRedo() const;
    /// Takes back the edit at the journal position (in one transaction); UsageError when none.
    void undo();
    /// Applies again the edit after the journal position (in one transaction); UsageError when none.
    void redo();
    /// describe() of what undo() / redo() would do next, "" when nothing.
    std::string undoDescription() const;
    std::string redoDescription() const;
    /// The journal, oldest first (descriptions only; the edits stay in the store).
    std::vector<JournalEntry> journal() const;

    /// What the last apply(), undo() or redo() changed.
    const Change& lastChange() const;
    /// Called after every successful apply(), undo() and redo() with what changed. One listener;
    /// an empty function removes it. The listener must not edit the project.
    void setChangeListener(std::function<void(const Change&)> listener);

private:
    struct State;
    explicit Project(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace tandem
