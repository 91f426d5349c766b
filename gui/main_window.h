// The workbench window: alignment table with its filter bar, the alignment map, glossary and history
// docks, menus and toolbar bound through the shortcut registry, statistics in the status bar.
#pragma once

#include "core/project/project.h"
#include "gui/navigation.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QUndoView;
class QCheckBox;
class QProgressDialog;

namespace tandem::gui {

class AlignmentFilter;
class AlignmentMap;
class AlignmentModel;
class GlossaryDock;
class RealignTask;
class RowHeightFitter;
class ShortcutRegistry;
class Workspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project; on failure shows (or, when not interactive, records) the error.
    bool openProject(const QString& path);
    /// Opens `project`, lays the window out at `size` offscreen and writes a PNG of it.
    bool renderScreenshot(const QString& project, const QString& png, QSize size, QString* error);
    /// Interactive windows show errors in dialogs; tests and --screenshot turn that off.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    /// The last error message shown or recorded.
    const QString& lastError() const { return m_lastError; }

    Workspace& workspace() { return *m_workspace; }
    AlignmentModel& alignmentModel() { return *m_model; }
    AlignmentFilter& filterModel() { return *m_filter; }
    QTableView& table() { return *m_table; }
    AlignmentMap& map() { return *m_map; }
    GlossaryDock& glossary() { return *m_glossary; }
    ShortcutRegistry& shortcuts() { return *m_shortcuts; }
    /// The re-alignment worker (tests wait for it).
    RealignTask& realignTask() { return *m_realign; }
    /// The status bar's statistics line.
    QString statisticsText() const;

    /// The bead row (unfiltered) of the table's current row, -1 if none.
    int currentBead() const;
    /// Makes bead `row` current and visible (clearing the filter if it hides the row).
    void goToBead(int row);
    /// Applies an edit through the undo stack; false (and an error shown) when the core refuses it.
    bool perform(const Edit& edit);
    /// Moves to the next (or previous) row needing attention; false when there is none.
    bool navigate(NavigationTarget target, bool forward = true);
    /// Re-aligns `range` in a worker, with a progress dialog and Cancel; the result is one undoable edit.
    void startRealignment(const Realign& range);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void readSettings();
    void writeSettings() const;
    void addRecent(const QString& path);
    void rebuildRecentMenu();
    void applyFilterFromBar();
    /// Brings the map, flags and statistics up to date after `change` (nullptr: a project was opened).
    void refreshAfterChange(const Change* change = nullptr);
    /// Checks every row in a worker; the flags arrive when it is done (a book takes a while).
    void startFullCheck();
    void fullCheckFinished();
    void refreshTitle();
    void updateVisibleRange();
    void updateActions();
    void showError(const QString& message);
    Side currentSide() const;
    std::optional<std::size_t> currentRow() const;

    void newProject();
    void openProjectDialog();
    void saveProjectAs();
    void exportDialog();
    void findReplace();
    void editCurrent();
    void setCurrentStatus(bool toggle, BeadStatus status);
    void splitCurrentBead();
    void realignSelection();
    void realignmentFinished(bool applied, bool cancelled, const QString& error);
    void chooseLanguage(const QString& language);

    Workspace* m_workspace;
    AlignmentModel* m_model;
    AlignmentFilter* m_filter;
    QTableView* m_table;
    RowHeightFitter* m_fitter;
    AlignmentMap* m_map;
    GlossaryDock* m_glossary;
    QUndoView* m_history;
    ShortcutRegistry* m_shortcuts;
    QLabel* m_stats;
    RealignTask* m_realign;
    QProgressDialog* m_realignProgress = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;

    QComboBox* m_statusFilter = nullptr;
    QDoubleSpinBox* m_confidenceFilter = nullptr;
    QComboBox* m_shapeFilter = nullptr;
    QComboBox* m_emptyFilter = nullptr;
    QComboBox* m_sideFilter = nullptr;
    QLineEdit* m_textFilter = nullptr;
    QCheckBox* m_flaggedFilter = nullptr;

    QFutureWatcher<std::vector<QString>> m_checkWatcher;
    bool m_checkAgain = false;
    double m_lowConfidence = 0.5;
    bool m_interactive = true;
    QString m_lastError;
};

} // namespace tandem::gui
