// The re-alignment worker: copies what realignment() reads, runs it with a stop token, applies the
// replacement through the workspace (so it is one command on the undo stack).
#include "gui/realign_task.h"

#include "core/error.h"
#include "core/project/edit_resolve.h"
#include "gui/content_window.h"
#include "gui/workspace.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace tandem::gui {

RealignTask::RealignTask(Workspace& workspace, QObject* parent) : QObject(parent), m_workspace(workspace) {
    connect(&m_watcher, &QFutureWatcher<RealignResult>::finished, this, &RealignTask::done);
}

RealignTask::~RealignTask() {
    m_stop.request_stop();
    m_watcher.waitForFinished();
}

bool RealignTask::start(const Realign& range) {
    if (!m_workspace.hasProject() || m_workspace.isBusy() || m_watcher.isRunning() ||
        range.row >= m_workspace.project().beadCount() || range.count == 0)
        return false;
    const Project& p = m_workspace.project();
    m_stop = std::stop_source();
    m_generation = m_workspace.generation();
    m_workspace.setBusy(true);
    m_running = true;
    // Called on the worker thread; the destructor waits for the worker, so `this` outlives it.
    auto progress = [this, last = -1](double share) mutable {
        const int permille = int(share * 1000);
        if (permille == last)
            return;
        last = permille;
        QMetaObject::invokeMethod(this, [this, share] { emit progressed(share); }, Qt::QueuedConnection);
    };
    // The worker gets its own copy of the rows to re-align and their segments (not the whole book):
    // the project stays readable by the views meanwhile.
    const std::size_t first = range.row;
    const std::size_t last = range.count >= p.beadCount() - first ? p.beadCount() : first + range.count;
    m_watcher.setFuture(QtConcurrent::run([window = contentWindow(p.source(), p.target(), p.alignment(), first, last),
                                           terms = p.terms(), first, range, progress,
                                           stop = m_stop.get_token()]() mutable {
        RealignResult r;
        try {
            ReplaceRange patch = realignment(ProjectContent{window.source, window.target, window.beads, terms},
                                             Realign{}, progress, stop);
            // Back to the project's numbering.
            patch.row += first;
            for (Bead& b : patch.beads) {
                b.srcBegin += window.srcOffset, b.srcEnd += window.srcOffset;
                b.tgtBegin += window.tgtOffset, b.tgtEnd += window.tgtOffset;
            }
            patch.description = describe(range);
            r.patch = std::move(patch);
        } catch (const Cancelled&) {
            r.cancelled = true;
        } catch (const Error& e) {
            r.error = QString::fromUtf8(e.what());
        }
        return r;
    }));
    return true;
}

void RealignTask::cancel() {
    if (m_watcher.isRunning())
        m_stop.request_stop();
}

bool RealignTask::isRunning() const { return m_running; }

void RealignTask::waitForFinished() {
    // done() runs from the watcher's signal, delivered by the event loop.
    while (m_running) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents();
    }
}

void RealignTask::done() {
    const RealignResult r = m_watcher.result();
    m_running = false;
    m_workspace.setBusy(false);
    bool applied = false;
    QString error = r.error;
    if (r.patch) {
        if (!m_workspace.hasProject() || m_workspace.generation() != m_generation)
            error = tr("The project changed while it was being re-aligned; it was left as it is.");
        else
            applied = m_workspace.perform(*r.patch).isEmpty(); // a refusal is reported by Workspace::failed
    }
    emit finished(applied, r.cancelled, error);
}

} // namespace tandem::gui
