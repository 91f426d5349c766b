// The workbench window: wiring of models, views, docks, actions and settings. No SQL and no
// alignment logic here: every change is a core Edit pushed through the Workspace.
#include "gui/main_window.h"

#include "core/error.h"
#include "core/project/summary.h"
#include "gui/alignment_filter.h"
#include "gui/alignment_map.h"
#include "gui/alignment_model.h"
#include "gui/app_setup.h"
#include "gui/bead_delegate.h"
#include "gui/export_dialog.h"
#include "gui/find_replace_dialog.h"
#include "gui/glossary_dock.h"
#include "gui/new_project_dialog.h"
#include "gui/realign_task.h"
#include "gui/review_flags.h"
#include "gui/row_height_fitter.h"
#include "gui/shortcut_registry.h"
#include "gui/shortcuts_dialog.h"
#include "gui/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoView>
#include <QtConcurrent/QtConcurrentRun>

namespace tandem::gui {

namespace {
constexpr int kMaxRecent = 8;
/// An edit's rows are checked at once on the GUI thread up to this many; more wait for the full check.
constexpr std::size_t kInlineCheckLimit = 2000;
const QString kRecentKey = QStringLiteral("recentProjects");

/// Which rows have a flag reason, for the map.
std::vector<bool> flaggedRows(const std::vector<QString>& reasons) {
    std::vector<bool> flagged(reasons.size());
    std::transform(reasons.begin(), reasons.end(), flagged.begin(), [](const QString& r) { return !r.isEmpty(); });
    return flagged;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_model(new AlignmentModel(*m_workspace, this)),
      m_filter(new AlignmentFilter(this)), m_table(new QTableView(this)), m_fitter(nullptr),
      m_map(new AlignmentMap(this)), m_glossary(nullptr), m_history(nullptr),
      m_shortcuts(new ShortcutRegistry(this)), m_stats(new QLabel(this)), m_realign(new RealignTask(*m_workspace, this)) {
    setObjectName(QStringLiteral("MainWindow"));
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setObjectName(QStringLiteral("alignmentTable"));
    m_table->setItemDelegate(new BeadDelegate(m_table));
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(2 * fontMetrics().lineSpacing() + 6);
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().lineSpacing() + 6);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(columnIndex(AlignmentColumn::Source), QHeaderView::Stretch);
    header->setSectionResizeMode(columnIndex(AlignmentColumn::Target), QHeaderView::Stretch);
    header->setSectionResizeMode(columnIndex(AlignmentColumn::Shape), QHeaderView::Fixed);
    header->setSectionResizeMode(columnIndex(AlignmentColumn::Confidence), QHeaderView::Fixed);
    header->resizeSection(columnIndex(AlignmentColumn::Shape), fontMetrics().horizontalAdvance(QStringLiteral("0-0 MM")) + 12);
    header->resizeSection(columnIndex(AlignmentColumn::Confidence), fontMetrics().horizontalAdvance(QStringLiteral("Confidence")) + 18);
    m_fitter = new RowHeightFitter(m_table);
    setCentralWidget(m_table);

    statusBar()->addPermanentWidget(m_stats, 1);
    m_stats->setObjectName(QStringLiteral("statistics"));

    createActions();
    createDocks();
    createMenus();
    createToolBars();

    connect(m_workspace, &Workspace::projectReplaced, this, [this] {
        m_glossary->refresh();
        refreshAfterChange();
        refreshTitle();
        if (m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, columnIndex(AlignmentColumn::Source)));
    });
    connect(m_workspace, &Workspace::edited, this, [this](const Change& change) {
        if (change.glossary)
            m_glossary->refresh();
        refreshAfterChange(&change);
    });
    connect(m_workspace, &Workspace::failed, this, &MainWindow::showError);
    connect(m_workspace, &Workspace::busyChanged, this, &MainWindow::updateActions);
    connect(m_realign, &RealignTask::finished, this, &MainWindow::realignmentFinished);
    connect(m_map, &AlignmentMap::beadClicked, this, &MainWindow::goToBead);
    connect(m_glossary, &GlossaryDock::beadRequested, this, &MainWindow::goToBead);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::updateVisibleRange);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateVisibleRange);
    connect(&m_checkWatcher, &QFutureWatcher<std::vector<QString>>::finished, this, &MainWindow::fullCheckFinished);

    readSettings();
    refreshTitle();
    updateActions();
}

MainWindow::~MainWindow() { m_checkWatcher.waitForFinished(); }

void MainWindow::createActions() {
    auto make = [this](const QString& id, const QString& text, const QList<QKeySequence>& keys, auto slot,
                       Qt::ShortcutContext context = Qt::WindowShortcut) {
        auto* a = new QAction(text, this);
        a->setShortcutContext(context);
        m_shortcuts->add(id, a, keys);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    // Row commands work while the table has focus, so the filter bar and editors keep their keys.
    const auto table = Qt::WidgetWithChildrenShortcut;
    auto tableAction = [&](const QString& id, const QString& text, const QList<QKeySequence>& keys, auto slot) {
        QAction* a = make(id, text, keys, slot, table);
        removeAction(a);
        m_table->addAction(a);
        return a;
    };
    auto row = [this](auto makeEdit) {
        return [this, makeEdit] {
            if (const auto r = currentRow())
                perform(makeEdit(*r));
        };
    };

    make(QStringLiteral("file.new"), tr("&New project…"), {QKeySequence(Qt::CTRL | Qt::Key_N)}, &MainWindow::newProject);
    make(QStringLiteral("file.open"), tr("&Open project…"), {QKeySequence(Qt::CTRL | Qt::Key_O)}, &MainWindow::openProjectDialog);
    make(QStringLiteral("file.saveAs"), tr("Save project &as…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, &MainWindow::saveProjectAs);
    make(QStringLiteral("file.export"), tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::exportDialog);
    make(QStringLiteral("file.close"), tr("&Close project"), {QKeySequence(Qt::CTRL | Qt::Key_W)}, [this] { m_workspace->close(); });
    make(QStringLiteral("file.quit"), tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, &QWidget::close);

    QAction* undo = m_workspace->undoStack().createUndoAction(this, tr("&Undo"));
    QAction* redo = m_workspace->undoStack().createRedoAction(this, tr("&Redo"));
    m_shortcuts->add(QStringLiteral("edit.undo"), undo, {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_shortcuts->add(QStringLiteral("edit.redo"), redo, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(undo);
    addAction(redo);
    make(QStringLiteral("edit.find"), tr("&Find…"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, [this] {
        m_textFilter->setFocus();
        m_textFilter->selectAll();
    });
    make(QStringLiteral("edit.replace"), tr("Find and &replace…"), {QKeySequence(Qt::CTRL | Qt::Key_H)}, &MainWindow::findReplace);
    tableAction(QStringLiteral("edit.text"), tr("&Edit text"), {QKeySequence(Qt::Key_E)}, &MainWindow::editCurrent);

    tableAction(QStringLiteral("align.columnDown"), tr("Move column &down"),
                {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                row([this](std::size_t r) -> Edit { return ShiftColumn{r, currentSide(), Direction::Down}; }));
    tableAction(QStringLiteral("align.columnUp"), tr("Move column &up"), {QKeySequence(Qt::Key_Backspace)},
                row([this](std::size_t r) -> Edit { return ShiftColumn{r, currentSide(), Direction::Up}; }));
    tableAction(QStringLiteral("align.insertGap"), tr("&Insert empty segment"),
                {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                row([this](std::size_t r) -> Edit { return InsertSegment{r, currentSide()}; }));
    tableAction(QStringLiteral("align.merge"), tr("&Merge with next row"), {QKeySequence(Qt::CTRL | Qt::Key_Backspace)},
                row([](std::size_t r) -> Edit { return MergeBeads{r}; }));
    tableAction(QStringLiteral("align.split"), tr("S&plit row"), {QKeySequence(Qt::CTRL | Qt::Key_T)}, &MainWindow::splitCurrentBead);
    tableAction(QStringLiteral("align.shiftUp"), tr("Shift first segment &up"), {QKeySequence(Qt::CTRL | Qt::Key_Up)},
                row([this](std::size_t r) -> Edit { return MoveSegment{r, currentSide(), Direction::Up}; }));
    tableAction(QStringLiteral("align.popDown"), tr("Pop last segment d&own"), {QKeySequence(Qt::CTRL | Qt::Key_Down)},
                row([this](std::size_t r) -> Edit { return MoveSegment{r, currentSide(), Direction::Down}; }));
    tableAction(QStringLiteral("align.confirm"), tr("&Confirm and go on"), {QKeySequence(Qt::Key_C)},
                [this] { setCurrentStatus(false, BeadStatus::Confirmed); });
    tableAction(QStringLiteral("align.toggleStatus"), tr("&Toggle confirmed"), {QKeySequence(Qt::Key_S)},
                [this] { setCurrentStatus(true, BeadStatus::Confirmed); });
    tableAction(QStringLiteral("align.mark"), tr("Mark for re&view"), {QKeySequence(Qt::Key_M)},
                [this] { setCurrentStatus(true, BeadStatus::NeedsReview); });
    tableAction(QStringLiteral("align.confirmAbove"), tr("Confirm all rows up to &here"),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                row([](std::size_t r) -> Edit { return ConfirmAbove{r + 1}; }));
    make(QStringLiteral("align.realign"), tr("&Re-align unconfirmed"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
         [this] { startRealignment(Realign{}); });
    tableAction(QStringLiteral("align.realignSelection"), tr("Re-align &selected rows"),
                {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, &MainWindow::realignSelection);

    struct Nav {
        const char* id;
        QString text;
        QString prevText;
        Qt::Key key;
        NavigationTarget target;
    };
    const Nav navs[] = {
        {"nav.unconfirmed", tr("Next &unconfirmed"), tr("Previous unconfirmed"), Qt::Key_U, NavigationTarget::Unconfirmed},
        {"nav.nonOneToOne", tr("Next &non-1-1"), tr("Previous non-1-1"), Qt::Key_N, NavigationTarget::NotOneToOne},
        {"nav.lowConfidence", tr("Next &low confidence"), tr("Previous low confidence"), Qt::Key_L, NavigationTarget::LowConfidence},
        {"nav.flagged", tr("Next &flagged"), tr("Previous flagged"), Qt::Key_F, NavigationTarget::Flagged},
    };
    for (const Nav& n : navs) {
        const NavigationTarget target = n.target;
        tableAction(QString::fromLatin1(n.id), n.text, {QKeySequence(n.key)}, [this, target] { navigate(target, true); });
        tableAction(QString::fromLatin1(n.id) + QStringLiteral("Previous"), n.prevText,
                    {QKeySequence(Qt::SHIFT | n.key)}, [this, target] { navigate(target, false); });
    }

    make(QStringLiteral("help.shortcuts"), tr("&Keyboard shortcuts…"), {QKeySequence(Qt::Key_F1)}, [this] {
        ShortcutsDialog dialog(*m_shortcuts, this);
        dialog.exec();
        QSettings settings;
        m_shortcuts->save(settings);
    });
    make(QStringLiteral("help.about"), tr("&About Tandem"), {}, [this] {
        QMessageBox::about(this, tr("About Tandem"),
                           tr("<b>Tandem</b> %1<br>A translation-alignment workbench: pair sentences, review "
                              "them, collect names, export translation memories and glossaries.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createDocks() {
    auto* mapDock = new QDockWidget(tr("Alignment map"), this);
    mapDock->setObjectName(QStringLiteral("mapDock"));
    mapDock->setWidget(m_map);
    addDockWidget(Qt::RightDockWidgetArea, mapDock);

    m_history = new QUndoView(&m_workspace->undoStack(), this);
    m_history->setEmptyLabel(tr("<project as created>"));
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    tabifyDockWidget(mapDock, historyDock);
    mapDock->raise();

    m_glossary = new GlossaryDock(*m_workspace, *m_model, this);
    m_glossary->setObjectName(QStringLiteral("glossaryDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_glossary);
    connect(m_glossary, &GlossaryDock::failed, this, &MainWindow::showError);
    connect(m_glossary, &GlossaryDock::realignRequested, this, [this] { startRealignment(Realign{}); });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_shortcuts->action(QStringLiteral("file.new")));
    file->addAction(m_shortcuts->action(QStringLiteral("file.open")));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(m_shortcuts->action(QStringLiteral("file.saveAs")));
    file->addSeparator();
    file->addAction(m_shortcuts->action(QStringLiteral("file.export")));
    file->addSeparator();
    file->addAction(m_shortcuts->action(QStringLiteral("file.close")));
    file->addAction(m_shortcuts->action(QStringLiteral("file.quit")));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    for (const char* id : {"edit.undo", "edit.redo", "", "edit.text", "edit.find", "edit.replace"}) {
        if (!*id)
            edit->addSeparator();
        else
            edit->addAction(m_shortcuts->action(QString::fromLatin1(id)));
    }

    QMenu* align = menuBar()->addMenu(tr("&Align"));
    for (const char* id : {"align.confirm", "align.toggleStatus", "align.mark", "align.confirmAbove", "",
                           "align.merge", "align.split", "align.shiftUp", "align.popDown", "align.columnDown",
                           "align.columnUp", "align.insertGap", "", "align.realign", "align.realignSelection", "",
                           "nav.unconfirmed", "nav.nonOneToOne", "nav.lowConfidence", "nav.flagged",
                           "nav.unconfirmedPrevious", "nav.nonOneToOnePrevious", "nav.lowConfidencePrevious",
                           "nav.flaggedPrevious"}) {
        if (!*id)
            align->addSeparator();
        else
            align->addAction(m_shortcuts->action(QString::fromLatin1(id)));
    }

    QMenu* glossary = menuBar()->addMenu(tr("&Glossary"));
    for (QAction* a : m_glossary->menuActions())
        glossary->addAction(a);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    QMenu* language = m_viewMenu->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto& [code, name] : {std::pair{QString(), tr("System default")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("ru"), QStringLiteral("Русский")}}) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts->action(QStringLiteral("help.shortcuts")));
    help->addAction(m_shortcuts->action(QStringLiteral("help.about")));
}

void MainWindow::createToolBars() {
    QToolBar* edits = addToolBar(tr("Edits"));
    edits->setObjectName(QStringLiteral("editToolBar"));
    edits->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Short toolbar labels; menus and the shortcut list keep the full names.
    const std::pair<const char*, QString> buttons[] = {
        {"edit.undo", tr("Undo")},          {"edit.redo", tr("Redo")},
        {"align.confirm", tr("Confirm")},   {"align.merge", tr("Merge")},
        {"align.split", tr("Split")},       {"align.shiftUp", tr("Shift ↑")},
        {"align.popDown", tr("Pop ↓")},     {"align.columnDown", tr("Column ↓")},
        {"align.columnUp", tr("Column ↑")}, {"align.insertGap", tr("Gap")},
        {"align.realign", tr("Re-align")},  {"nav.unconfirmed", tr("Next unconfirmed")},
        {"nav.flagged", tr("Next flagged")},
    };
    for (const auto& [id, label] : buttons) {
        QAction* a = m_shortcuts->action(QString::fromLatin1(id));
        a->setIconText(label);
        edits->addAction(a);
    }
    addToolBarBreak();

    QToolBar* filters = addToolBar(tr("Filter"));
    filters->setObjectName(QStringLiteral("filterToolBar"));
    m_statusFilter = new QComboBox(filters);
    m_statusFilter->addItems({tr("Any status"), tr("Unconfirmed"), tr("Automatic"), tr("Confirmed"), tr("Needs review")});
    m_confidenceFilter = new QDoubleSpinBox(filters);
    m_confidenceFilter->setRange(0.0, 1.01);
    m_confidenceFilter->setSingleStep(0.05);
    m_confidenceFilter->setDecimals(2);
    m_confidenceFilter->setSpecialValueText(tr("any confidence"));
    m_confidenceFilter->setPrefix(tr("conf < "));
    m_confidenceFilter->setToolTip(tr("Show beads whose confidence is below this (0: no limit)"));
    m_shapeFilter = new QComboBox(filters);
    m_shapeFilter->addItems({tr("Any shape"), tr("1-1 only"), tr("Not 1-1"), QStringLiteral("1-0"), QStringLiteral("0-1"),
                             QStringLiteral("2-1"), QStringLiteral("1-2"), QStringLiteral("2-2")});
    m_emptyFilter = new QComboBox(filters);
    m_emptyFilter->addItems({tr("Both sides"), tr("Source empty"), tr("Target empty"), tr("Either empty")});
    m_flaggedFilter = new QCheckBox(tr("Flagged"), filters);
    m_sideFilter = new QComboBox(filters);
    m_sideFilter->addItems({tr("in both"), tr("in source"), tr("in target")});
    m_textFilter = new QLineEdit(filters);
    m_textFilter->setObjectName(QStringLiteral("textFilter"));
    m_textFilter->setPlaceholderText(tr("regex…"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMinimumWidth(160);
    for (QWidget* w : std::initializer_list<QWidget*>{m_statusFilter, m_confidenceFilter, m_shapeFilter, m_emptyFilter,
                                                      m_flaggedFilter, m_textFilter, m_sideFilter})
        filters->addWidget(w);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilterFromBar);
    connect(m_confidenceFilter, &QDoubleSpinBox::valueChanged, this, &MainWindow::applyFilterFromBar);
    connect(m_shapeFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilterFromBar);
    connect(m_emptyFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilterFromBar);
    connect(m_sideFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilterFromBar);
    connect(m_flaggedFilter, &QCheckBox::toggled, this, &MainWindow::applyFilterFromBar);
    connect(m_textFilter, &QLineEdit::textChanged, this, &MainWindow::applyFilterFromBar);
    connect(m_textFilter, &QLineEdit::returnPressed, m_table, qOverload<>(&QWidget::setFocus));
}

void MainWindow::applyFilterFromBar() {
    BeadFilter f;
    f.status = static_cast<BeadFilter::Status>(m_statusFilter->currentIndex());
    if (m_confidenceFilter->value() > 0.0)
        f.confidenceBelow = m_confidenceFilter->value();
    switch (m_shapeFilter->currentIndex()) {
    case 0: f.shape = BeadFilter::Shape::Any; break;
    case 1: f.shape = BeadFilter::Shape::OneToOne; break;
    case 2: f.shape = BeadFilter::Shape::NotOneToOne; break;
    default:
        f.shape = BeadFilter::Shape::Exact;
        f.exactShape = m_shapeFilter->currentText();
    }
    f.empty = static_cast<BeadFilter::Empty>(m_emptyFilter->currentIndex());
    f.flaggedOnly = m_flaggedFilter->isChecked();
    f.text = QRegularExpression(m_textFilter->text(), QRegularExpression::CaseInsensitiveOption |
                                                          QRegularExpression::UseUnicodePropertiesOption);
    f.textSide = static_cast<BeadFilter::Side>(m_sideFilter->currentIndex());
    m_textFilter->setStyleSheet(f.text.isValid() ? QString() : QStringLiteral("color: #c02020"));
    const int bead = currentBead();
    m_filter->setFilter(std::move(f));
    if (bead >= 0) {
        const QModelIndex proxy = m_filter->mapFromSource(m_model->index(bead, columnIndex(AlignmentColumn::Source)));
        if (proxy.isValid())
            m_table->scrollTo(proxy);
    }
    statusBar()->showMessage(tr("%n row(s) shown", nullptr, m_filter->rowCount()), 3000);
    updateVisibleRange();
}

void MainWindow::readSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // The first start gives the table most of the height and the map a usable width.
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        resizeDocks({m_glossary}, {190}, Qt::Vertical);
        resizeDocks({findChild<QDockWidget*>(QStringLiteral("mapDock"))}, {260}, Qt::Horizontal);
    }
    m_lowConfidence = settings.value(QStringLiteral("review/lowConfidence"), 0.5).toDouble();
    m_shortcuts->load(settings);
    rebuildRecentMenu();
}

void MainWindow::writeSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("review/lowConfidence"), m_lowConfidence);
    m_shortcuts->save(settings);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    writeSettings();
    event->accept();
}

void MainWindow::addRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).path(), this,
                                [this, path] { openProject(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openProject(const QString& path) {
    try {
        m_workspace->open(path);
    } catch (const Error& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    addRecent(path);
    return true;
}

void MainWindow::showError(const QString& message) {
    m_lastError = message;
    statusBar()->showMessage(message, 8000);
    if (m_interactive)
        QMessageBox::warning(this, tr("Tandem"), message);
}

void MainWindow::refreshTitle() {
    if (!m_workspace->hasProject()) {
        setWindowTitle(tr("Tandem"));
        return;
    }
    const Project& p = m_workspace->project();
    setWindowTitle(tr("%1 (%2 → %3) — Tandem")
                       .arg(QFileInfo(QString::fromStdString(p.path())).fileName(),
                            QString::fromStdString(p.source().language), QString::fromStdString(p.target().language)));
}

void MainWindow::refreshAfterChange(const Change* change) {
    if (!m_workspace->hasProject()) {
        m_map->setAlignment({}, 0, 0);
        m_stats->clear();
        updateActions();
        return;
    }
    const Project& p = m_workspace->project();
    if (!change) {
        // A new project: everything is drawn and checked afresh.
        m_map->setAlignment(p.alignment(), p.source().segments.size(), p.target().segments.size());
        startFullCheck();
    } else if (change->glossary) {
        // The beads stay as they are; which of them are flagged follows from the full check.
        startFullCheck();
    } else {
        // Only the edit's rows are drawn and checked again (a long window is left to the full check).
        m_map->applyEdit(p.alignment(), change->row, change->removedRows, p.source().segments.size(),
                         p.target().segments.size());
        if (change->insertedRows <= kInlineCheckLimit) {
            const std::vector<QString> reasons = reviewFlags(p, change->row, change->insertedRows);
            m_model->setFlagsRange(int(change->row), reasons);
            m_map->setFlags(change->row, flaggedRows(reasons));
            if (m_checkWatcher.isRunning())
                m_checkAgain = true;
        } else {
            startFullCheck();
        }
    }
    m_stats->setText(statisticsText());
    updateVisibleRange();
    updateActions();
}

void MainWindow::startFullCheck() {
    if (m_checkWatcher.isRunning()) {
        m_checkAgain = true;
        return;
    }
    const Project& p = m_workspace->project();
    m_checkWatcher.setFuture(QtConcurrent::run(
        [source = p.source(), target = p.target(), alignment = p.alignment(), terms = p.terms()] {
            try {
                return reviewFlags(source, target, alignment, terms);
            } catch (const Error&) {
                return std::vector<QString>(alignment.size());
            }
        }));
}

void MainWindow::fullCheckFinished() {
    if (!m_workspace->hasProject())
        return;
    if (m_checkAgain) {
        m_checkAgain = false;
        startFullCheck();
        return;
    }
    std::vector<QString> flags = m_checkWatcher.result();
    if (flags.size() != m_workspace->project().beadCount()) {
        startFullCheck();
        return;
    }
    m_map->setFlags(0, flaggedRows(flags));
    m_model->setFlags(std::move(flags));
    m_stats->setText(statisticsText());
}

QString MainWindow::statisticsText() const {
    if (!m_workspace->hasProject())
        return {};
    const AlignmentSummary s = summarize(m_workspace->project().alignment());
    std::size_t flagged = 0;
    for (const QString& f : m_model->flags())
        flagged += f.isEmpty() ? 0 : 1;
    const double share = s.beads ? 100.0 * double(s.confirmed) / double(s.beads) : 0.0;
    QStringList parts;
    parts << tr("%n bead(s)", nullptr, int(s.beads)) << tr("%1% confirmed").arg(share, 0, 'f', 0)
          << tr("%n need(s) review", nullptr, int(s.needsReview)) << tr("%n flagged", nullptr, int(flagged));
    // Shapes, most frequent first.
    std::vector<std::pair<std::string, std::size_t>> shapes(s.shapes.begin(), s.shapes.end());
    std::stable_sort(shapes.begin(), shapes.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [shape, count] : shapes)
        parts << QStringLiteral("%1 %2").arg(QString::fromStdString(shape)).arg(count);
    return parts.join(QStringLiteral(" · "));
}

void MainWindow::updateVisibleRange() {
    const int first = m_table->rowAt(0);
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (first < 0) {
        m_map->setVisibleRange(-1, -1);
        return;
    }
    if (last < 0)
        last = m_filter->rowCount() - 1;
    const QModelIndex a = m_filter->mapToSource(m_filter->index(first, 0));
    const QModelIndex b = m_filter->mapToSource(m_filter->index(last, 0));
    m_map->setVisibleRange(a.row(), b.row());
}

void MainWindow::updateActions() {
    const bool open = m_workspace->hasProject() && !m_workspace->isBusy();
    for (const ShortcutEntry& e : m_shortcuts->entries()) {
        if (e.id.startsWith(QLatin1String("align.")) || e.id.startsWith(QLatin1String("nav.")) ||
            e.id == QLatin1String("edit.text") || e.id == QLatin1String("edit.replace") ||
            e.id == QLatin1String("file.export") || e.id == QLatin1String("file.saveAs") ||
            e.id == QLatin1String("file.close"))
            e.action->setEnabled(open);
    }
    m_glossary->setEnabled(open);
    // The stack enables undo and redo when they become possible; a running worker holds them back.
    QUndoStack& stack = m_workspace->undoStack();
    m_shortcuts->action(QStringLiteral("edit.undo"))->setEnabled(!m_workspace->isBusy() && stack.canUndo());
    m_shortcuts->action(QStringLiteral("edit.redo"))->setEnabled(!m_workspace->isBusy() && stack.canRedo());
    m_history->setEnabled(!m_workspace->isBusy());
}

std::optional<std::size_t> MainWindow::currentRow() const {
    const int bead = currentBead();
    if (bead < 0)
        return std::nullopt;
    return std::size_t(bead);
}

int MainWindow::currentBead() const {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    return m_filter->mapToSource(current).row();
}

Side MainWindow::currentSide() const { return AlignmentModel::sideOfColumn(m_table->currentIndex().column()); }

void MainWindow::goToBead(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = std::max(0, std::min(m_table->currentIndex().column(), columnIndex(AlignmentColumn::Target)));
    QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, column));
    if (!proxy.isValid()) {
        m_statusFilter->setCurrentIndex(0);
        m_confidenceFilter->setValue(0.0);
        m_shapeFilter->setCurrentIndex(0);
        m_emptyFilter->setCurrentIndex(0);
        m_flaggedFilter->setChecked(false);
        m_textFilter->clear();
        proxy = m_filter->mapFromSource(m_model->index(row, column));
        statusBar()->showMessage(tr("Filter cleared to show row %1").arg(row + 1), 4000);
    }
    m_table->setCurrentIndex(proxy);
    m_table->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    m_fitter->fitVisible();
    m_table->scrollTo(proxy, QAbstractItemView::PositionAtCenter);
    updateVisibleRange();
}

bool MainWindow::perform(const Edit& edit) {
    const int column = m_table->currentIndex().column();
    const QString error = m_workspace->perform(edit);
    if (!error.isEmpty())
        return false;
    // Keep the cursor on the row the edit was about.
    const Change& c = m_workspace->project().lastChange();
    const int row = std::min(int(c.row), m_model->rowCount() - 1);
    if (row >= 0 && !m_table->currentIndex().isValid()) {
        const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, std::max(0, column)));
        if (proxy.isValid())
            m_table->setCurrentIndex(proxy);
    }
    return true;
}

bool MainWindow::navigate(NavigationTarget target, bool forward) {
    const NavigationResult r = findNext(*m_filter, m_table->currentIndex().row(), target, forward, m_lowConfidence);
    if (r.row < 0) {
        statusBar()->showMessage(tr("Nothing found"), 3000);
        return false;
    }
    const int column = std::max(0, m_table->currentIndex().column());
    goToBead(m_filter->mapToSource(m_filter->index(r.row, column)).row());
    if (r.wrapped)
        statusBar()->showMessage(forward ? tr("Continued from the top") : tr("Continued from the bottom"), 3000);
    return true;
}

void MainWindow::setCurrentStatus(bool toggle, BeadStatus status) {
    const auto row = currentRow();
    if (!row)
        return;
    const BeadStatus now = m_workspace->project().bead(*row).status;
    const BeadStatus next = toggle && now == status ? BeadStatus::Auto : status;
    if (!perform(SetStatus{*row, next}))
        return;
    if (!toggle) {
        // Confirming moves on to the next row, as translators expect.
        const QModelIndex current = m_table->currentIndex();
        const QModelIndex below = m_filter->index(current.row() + 1, current.column());
        if (below.isValid())
            m_table->setCurrentIndex(below);
    }
}

void MainWindow::splitCurrentBead() {
    const auto row = currentRow();
    if (!row)
        return;
    const Bead& b = m_workspace->project().bead(*row);
    const std::size_t m = b.srcCount();
    const std::size_t n = b.tgtCount();
    // Split after the first segment of each side that has more than one; a 1-1 bead becomes 1-0 + 0-1.
    SplitBead split{*row, m > 1 ? 1 : m, n > 1 ? 1 : n};
    if (m <= 1 && n <= 1)
        split.tgtCount = 0;
    perform(split);
}

void MainWindow::realignSelection() {
    const QModelIndexList rows = m_table->selectionModel()->selectedIndexes();
    int first = -1, last = -1;
    for (const QModelIndex& i : rows) {
        const int r = m_filter->mapToSource(i).row();
        first = first < 0 ? r : std::min(first, r);
        last = std::max(last, r);
    }
    if (first < 0)
        return;
    startRealignment(Realign{std::size_t(first), std::size_t(last - first + 1)});
}

void MainWindow::startRealignment(const Realign& range) {
    if (!m_realign->start(range)) {
        showError(tr("Re-alignment cannot start: there are no rows to re-align, or a task is still running."));
        return;
    }
    // Window-modal: the table stays readable behind it, and no edit can slip in meanwhile.
    m_realignProgress = new QProgressDialog(tr("Re-aligning…"), tr("Cancel"), 0, 1000, this);
    m_realignProgress->setWindowTitle(tr("Re-align"));
    m_realignProgress->setWindowModality(Qt::WindowModal);
    m_realignProgress->setMinimumDuration(400);
    m_realignProgress->setAutoClose(false);
    m_realignProgress->setAutoReset(false);
    m_realignProgress->setValue(0);
    connect(m_realign, &RealignTask::progressed, m_realignProgress,
            [bar = m_realignProgress](double share) { bar->setValue(int(share * 1000)); });
    connect(m_realignProgress, &QProgressDialog::canceled, m_realign, &RealignTask::cancel);
}

void MainWindow::realignmentFinished(bool applied, bool cancelled, const QString& error) {
    if (m_realignProgress) {
        m_realignProgress->disconnect(m_realign);
        m_realign->disconnect(m_realignProgress);
        m_realignProgress->hide();
        m_realignProgress->deleteLater();
        m_realignProgress = nullptr;
    }
    if (!error.isEmpty())
        showError(error);
    else if (cancelled)
        statusBar()->showMessage(tr("Re-alignment cancelled; nothing was changed."), 5000);
    else if (applied)
        statusBar()->showMessage(tr("Re-alignment applied (Undo takes it back)."), 5000);
}

void MainWindow::editCurrent() {
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (current.column() > columnIndex(AlignmentColumn::Target))
        current = current.siblingAtColumn(columnIndex(AlignmentColumn::Source));
    m_table->setCurrentIndex(current);
    m_table->edit(current);
}

void MainWindow::newProject() {
    NewProjectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::optional<Project> project = dialog.takeProject();
    if (!project)
        return;
    const QString path = QString::fromStdString(project->path());
    m_workspace->adopt(std::move(*project));
    addRecent(path);
}

void MainWindow::openProjectDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Tandem projects (*.tandem);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::saveProjectAs() {
    if (!m_workspace->hasProject())
        return;
    const QString from = QString::fromStdString(m_workspace->project().path());
    const QString to = QFileDialog::getSaveFileName(this, tr("Save project as"), from, tr("Tandem projects (*.tandem)"));
    if (to.isEmpty() || to == from)
        return;
    // Every edit is already committed; closing first makes the file complete (WAL checkpointed).
    m_workspace->close();
    if (QFile::exists(to))
        QFile::remove(to);
    if (!QFile::copy(from, to)) {
        showError(tr("Could not copy %1 to %2").arg(from, to));
        openProject(from);
        return;
    }
    openProject(to);
}

void MainWindow::exportDialog() {
    if (!m_workspace->hasProject())
        return;
    ExportDialog dialog(m_workspace->project(), this);
    dialog.exec();
}

void MainWindow::findReplace() {
    if (!m_workspace->hasProject())
        return;
    auto* dialog = new FindReplaceDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FindReplaceDialog::beadFound, this, &MainWindow::goToBead);
    dialog->show();
}

void MainWindow::chooseLanguage(const QString& language) {
    QSettings().setValue(QStringLiteral("ui/language"), language);
    installTranslation(*qApp, language);
    statusBar()->showMessage(tr("The language changes fully at the next start."), 5000);
}

bool MainWindow::renderScreenshot(const QString& project, const QString& png, QSize size, QString* error) {
    setInteractive(false);
    if (!openProject(project)) {
        if (error)
            *error = m_lastError;
        return false;
    }
    resize(size);
    show();
    QApplication::processEvents();
    m_glossary->waitForMining();
    while (m_checkWatcher.isRunning()) {
        m_checkWatcher.waitForFinished();
        QApplication::processEvents();
    }
    m_glossary->selectFirstSuggestion();
    m_fitter->fitVisible();
    for (int i = 0; i < 3; ++i) {
        QApplication::processEvents();
        m_fitter->fitVisible();
    }
    const QPixmap picture = grab();
    if (!picture.save(png)) {
        if (error)
            *error = tr("could not write %1").arg(png);
        return false;
    }
    return true;
}

} // namespace tandem::gui
