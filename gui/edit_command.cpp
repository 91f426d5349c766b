// EditCommand: undo/redo through the project's journal.
#include "gui/edit_command.h"

#include "gui/workspace.h"

namespace tandem::gui {

EditCommand::EditCommand(Workspace& workspace, Edit edit, Edit inverse)
    : QUndoCommand(QString::fromStdString(describe(edit))), m_workspace(workspace), m_edit(std::move(edit)),
      m_inverse(std::move(inverse)), m_catchUp(1) {}

EditCommand::EditCommand(Workspace& workspace, const QString& description, bool applied)
    : QUndoCommand(description), m_workspace(workspace), m_catchUp(applied ? 1 : 2) {}

void EditCommand::redo() {
    if (m_catchUp > 0) {
        --m_catchUp;
        return;
    }
    m_workspace.redoInProject();
}

void EditCommand::undo() {
    if (m_catchUp > 0) {
        --m_catchUp;
        return;
    }
    m_workspace.undoInProject();
}

} // namespace tandem::gui
