// Re-alignment off the GUI thread: core's realignment() runs in a worker on a copy of the project's
// content, with progress and Cancel; its result is applied on the GUI thread as one undoable edit.
#pragma once

#include "core/project/edit.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>
#include <stop_token>

namespace tandem::gui {

class Workspace;

/// What the worker hands back: the replacement to apply, or why there is none.
struct RealignResult {
    std::optional<ReplaceRange> patch;
    QString error;
    bool cancelled = false;
};

/// One re-alignment at a time. The workspace is busy (edits refused) while the worker runs, so the
/// result still fits the project when it arrives.
class RealignTask : public QObject {
    Q_OBJECT
public:
    explicit RealignTask(Workspace& workspace, QObject* parent = nullptr);
    /// Stops a running worker and waits for it.
    ~RealignTask() override;

    /// Starts re-aligning `range` of the open project; false when no project is open, the range is
    /// empty or the workspace is busy.
    bool start(const Realign& range);
    /// Asks a running worker to stop; finished() follows with cancelled set.
    void cancel();
    bool isRunning() const;
    /// Blocks until a running worker is done and its edit applied (tests, screenshots).
    void waitForFinished();

signals:
    /// Share of the work done, in [0, 1].
    void progressed(double share);
    /// The worker is done: the edit was applied, or it was cancelled, or it failed with `error` (empty
    /// when the workspace refused the edit: Workspace::failed has reported that).
    void finished(bool applied, bool cancelled, const QString& error);

private:
    void done();

    Workspace& m_workspace;
    QFutureWatcher<RealignResult> m_watcher;
    std::stop_source m_stop;
    quint64 m_generation = 0; ///< the workspace's generation when the worker started
    bool m_running = false;   ///< from start() until the result is applied
};

} // namespace tandem::gui
