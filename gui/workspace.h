// The open project of a window together with its undo stack: the one place where the GUI calls
// Project::apply / undo / redo, and the source of the signals models listen to.
#pragma once

#include "core/project/project.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace tandem::gui {

/// Owns the open Project (if any) and the QUndoStack mirroring its journal.
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    bool hasProject() const { return m_project != nullptr; }
    /// The open project; only valid while hasProject().
    Project& project() { return *m_project; }
    const Project& project() const { return *m_project; }
    QUndoStack& undoStack() { return m_undo; }

    /// Opens a project file and rebuilds the undo history from its journal. Throws tandem::Error.
    void open(const QString& path);
    /// Takes over a project made elsewhere (the new-project worker).
    void adopt(Project project);
    /// Closes the project (its state is already stored: every edit commits at once).
    void close();

    /// Applies edit and pushes its EditCommand. Returns the error message, empty on success.
    QString perform(const Edit& edit);

    /// Called by EditCommand: takes back / applies again the journal's edit. Never throws.
    void undoInProject();
    void redoInProject();

    /// While busy (a worker computes an edit from a copy of the project), perform() refuses edits and
    /// the window disables its commands, so that the result still fits when it arrives. Reading stays
    /// allowed.
    bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    /// Counts the project's changes (opened, replaced, each apply, undo and redo): a worker that started
    /// at one generation can tell whether its result still fits.
    quint64 generation() const { return m_generation; }

signals:
    /// A project was opened, adopted or closed: models reset.
    void projectReplaced();
    /// An apply, undo or redo changed these rows.
    void edited(const tandem::Change& change);
    /// An operation failed; message is one line.
    void failed(const QString& message);
    void busyChanged(bool busy);

private:
    void restoreHistory();
    void replace(std::unique_ptr<Project> project);

    std::unique_ptr<Project> m_project;
    QUndoStack m_undo;
    bool m_busy = false;
    quint64 m_generation = 0;
};

} // namespace tandem::gui
