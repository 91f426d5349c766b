// The glossary dock: stored terms and fresh name suggestions with score and evidence; accept,
// reject, edit, remove; add a pair from text selected in both columns; names highlighted in the
// alignment rows; re-align with the confirmed names. Mining runs in a worker thread.
#pragma once

#include "core/names/name_mining.h"

#include <QDockWidget>
#include <QFutureWatcher>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace tandem::gui {

class AlignmentModel;
class GlossaryModel;
class Workspace;

class GlossaryDock : public QDockWidget {
    Q_OBJECT
public:
    /// Up to this many beads, names are mined again by themselves after opening and after edits.
    static constexpr std::size_t kAutoMineLimit = 20000;

    GlossaryDock(Workspace& workspace, AlignmentModel& alignment, QWidget* parent = nullptr);
    ~GlossaryDock() override;

    /// Actions for the Glossary menu.
    QList<QAction*> menuActions() const;
    GlossaryModel& model() { return *m_model; }
    QTableView& view() { return *m_view; }

    /// Re-reads the stored glossary (after an edit) and the name highlights.
    void refresh();
    /// Starts mining in the background (done automatically after opening and after edits).
    void mine();
    /// Blocks until a running mining pass has finished and its results are shown (tests, screenshot).
    void waitForMining();

    /// Selects the first suggestion not yet stored (its evidence shows, the table jumps to it).
    void selectFirstSuggestion();
    /// Accepts / rejects the glossary row `row` (of model()); stores a fresh suggestion first.
    bool accept(int row);
    bool reject(int row);
    /// Adds a confirmed pair typed or selected by the user.
    bool addPair(const QString& source, const QString& target);
    /// Takes the selection of the open cell editor into the new pair (source or target by column);
    /// adds the pair once both sides are filled.
    void takeSelection();

signals:
    void beadRequested(int bead);
    /// Re-align with confirmed names: the window runs it in a worker.
    void realignRequested();
    void failed(const QString& message);

private:
    int currentRow() const;
    bool setStatus(int row, TermStatus status);
    void editCurrent();
    void removeCurrent();
    void showEvidence();
    void miningFinished();
    void updateHighlights();

    Workspace& m_workspace;
    AlignmentModel& m_alignment;
    GlossaryModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QListWidget* m_evidence;
    QComboBox* m_statusFilter;
    QLineEdit* m_newSource;
    QLineEdit* m_newTarget;
    QLabel* m_state;
    QAction* m_mine;
    QAction* m_accept;
    QAction* m_reject;
    QAction* m_edit;
    QAction* m_remove;
    QAction* m_addSelection;
    QAction* m_realign;
    QTimer* m_remineTimer;
    QFutureWatcher<std::vector<NameSuggestion>> m_watcher;
    bool m_mineAgain = false;
};

} // namespace tandem::gui
