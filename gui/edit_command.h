// EditCommand: the workbench's only QUndoCommand. It wraps a core Edit already applied to the project
// (and its inverse); undo and redo move the project's journal, so Qt's stack and the stored journal
// stay one history, which therefore survives closing the project.
#pragma once

#include "core/project/edit.h"

#include <QUndoCommand>

#include <optional>

namespace tandem::gui {

class Workspace;

class EditCommand : public QUndoCommand {
public:
    /// An edit this session applied: the first redo() (QUndoStack::push) does nothing more.
    EditCommand(Workspace& workspace, Edit edit, Edit inverse);
    /// A journal entry restored on opening; `applied` says whether the journal position is past it.
    /// Its first redo() (the push) and, for an undone entry, the first undo() only catch up.
    EditCommand(Workspace& workspace, const QString& description, bool applied);

    void undo() override;
    void redo() override;

    /// The edit and its inverse (absent for entries restored from the journal).
    const std::optional<Edit>& edit() const { return m_edit; }
    const std::optional<Edit>& inverse() const { return m_inverse; }

private:
    Workspace& m_workspace;
    std::optional<Edit> m_edit;
    std::optional<Edit> m_inverse;
    int m_catchUp; ///< redo()/undo() calls that only mirror a state the journal already has
};

} // namespace tandem::gui
