// The window's project and undo stack; every project mutation of the GUI passes through here.
#include "gui/workspace.h"

#include "core/error.h"
#include "gui/edit_command.h"

namespace tandem::gui {

Workspace::Workspace(QObject* parent) : QObject(parent) {}

Workspace::~Workspace() {
    m_undo.clear();
}

void Workspace::open(const QString& path) {
    auto project = std::make_unique<Project>(Project::open(path.toStdString()));
    replace(std::move(project));
}

void Workspace::adopt(Project project) { replace(std::make_unique<Project>(std::move(project))); }

void Workspace::close() { replace(nullptr); }

void Workspace::replace(std::unique_ptr<Project> project) {
    m_undo.clear();
    m_project = std::move(project);
    if (m_project)
        restoreHistory();
    ++m_generation;
    emit projectReplaced();
}

void Workspace::restoreHistory() {
    const std::vector<JournalEntry> journal = m_project->journal();
    int applied = 0;
    for (const JournalEntry& entry : journal) {
        m_undo.push(new EditCommand(*this, QString::fromStdString(entry.description), entry.applied));
        applied += entry.applied ? 1 : 0;
    }
    m_undo.setIndex(applied);
    m_undo.setClean();
}

QString Workspace::perform(const Edit& edit) {
    if (!m_project)
        return tr("No project is open.");
    if (m_busy)
        return tr("The project is busy; wait until the running task ends.");
    try {
        Edit inverse = m_project->apply(edit);
        ++m_generation;
        emit edited(m_project->lastChange());
        m_undo.push(new EditCommand(*this, edit, std::move(inverse)));
        return {};
    } catch (const Error& e) {
        const QString message = QString::fromUtf8(e.what());
        emit failed(message);
        return message;
    }
}

void Workspace::undoInProject() {
    try {
        m_project->undo();
        ++m_generation;
        emit edited(m_project->lastChange());
    } catch (const Error& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

void Workspace::redoInProject() {
    try {
        m_project->redo();
        ++m_generation;
        emit edited(m_project->lastChange());
    } catch (const Error& e) {
        emit failed(QString::fromUtf8(e.what()));
    }
}

void Workspace::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace tandem::gui
