// Glossary dock: review of mined names and the project's glossary, all changes as core edits.
#include "gui/glossary_dock.h"

#include "core/error.h"
#include "gui/alignment_model.h"
#include "gui/glossary_model.h"
#include "gui/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tandem::gui {

GlossaryDock::GlossaryDock(Workspace& workspace, AlignmentModel& alignment, QWidget* parent)
    : QDockWidget(tr("Glossary"), parent), m_workspace(workspace), m_alignment(alignment),
      m_model(new GlossaryModel(workspace, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView), m_evidence(new QListWidget), m_statusFilter(new QComboBox),
      m_newSource(new QLineEdit), m_newTarget(new QLineEdit), m_state(new QLabel), m_remineTimer(new QTimer(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(GlossaryModel::StatusColumn);
    m_proxy->setFilterRole(GlossaryModel::StatusKeyRole); // the shown status is translated, the key is not
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(GlossaryModel::SourceColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(GlossaryModel::TargetColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(GlossaryModel::MethodColumn, QHeaderView::ResizeToContents);
    m_view->setObjectName(QStringLiteral("glossaryView"));
    m_statusFilter->addItem(tr("All entries"));
    m_statusFilter->addItem(tr("New"), QStringLiteral("new"));
    m_statusFilter->addItem(tr("Suggested"), QStringLiteral("suggested"));
    m_statusFilter->addItem(tr("Confirmed"), QStringLiteral("confirmed"));
    m_statusFilter->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_newSource->setPlaceholderText(tr("source form"));
    m_newTarget->setPlaceholderText(tr("target form"));

    m_mine = new QAction(tr("&Mine names"), this);
    m_mine->setToolTip(tr("Find name pairs in the aligned text again"));
    m_accept = new QAction(tr("&Accept"), this);
    m_accept->setShortcut(QKeySequence(Qt::ALT | Qt::Key_A));
    m_reject = new QAction(tr("Re&ject"), this);
    m_reject->setShortcut(QKeySequence(Qt::ALT | Qt::Key_J));
    m_edit = new QAction(tr("&Edit entry…"), this);
    m_remove = new QAction(tr("Re&move entry"), this);
    m_addSelection = new QAction(tr("Add pair from &selection"), this);
    m_addSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_addSelection->setToolTip(tr("Select a name in a source cell editor, press Ctrl+G, then the same in a target "
                                  "cell editor: the pair is added"));
    m_realign = new QAction(tr("Re-align with &confirmed names"), this);
    for (QAction* a : {m_accept, m_reject, m_addSelection})
        a->setShortcutContext(Qt::ApplicationShortcut);
    m_accept->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reject->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    auto* bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(12, 12));
    for (QAction* a : {m_accept, m_reject, m_edit, m_remove, m_mine, m_realign})
        bar->addAction(a);
    bar->addWidget(m_statusFilter);

    auto* add = new QPushButton(tr("Add"));
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(new QLabel(tr("New pair:")));
    newRow->addWidget(m_newSource, 1);
    newRow->addWidget(new QLabel(QStringLiteral("↔")));
    newRow->addWidget(m_newTarget, 1);
    newRow->addWidget(add);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(bar);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(newRow);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Evidence (click to go to the row):")));
    rightLayout->addWidget(m_evidence, 1);
    rightLayout->addWidget(m_state);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    setWidget(split);
    addAction(m_accept);
    addAction(m_reject);

    m_remineTimer->setSingleShot(true);
    m_remineTimer->setInterval(1500);
    connect(m_remineTimer, &QTimer::timeout, this, &GlossaryDock::mine);
    connect(&m_watcher, &QFutureWatcher<std::vector<NameSuggestion>>::finished, this, &GlossaryDock::miningFinished);
    connect(m_mine, &QAction::triggered, this, &GlossaryDock::mine);
    connect(m_accept, &QAction::triggered, this, [this] { accept(currentRow()); });
    connect(m_reject, &QAction::triggered, this, [this] { reject(currentRow()); });
    connect(m_edit, &QAction::triggered, this, &GlossaryDock::editCurrent);
    connect(m_remove, &QAction::triggered, this, &GlossaryDock::removeCurrent);
    connect(m_addSelection, &QAction::triggered, this, &GlossaryDock::takeSelection);
    connect(m_realign, &QAction::triggered, this, &GlossaryDock::realignRequested);
    connect(add, &QPushButton::clicked, this, [this] {
        if (addPair(m_newSource->text(), m_newTarget->text())) {
            m_newSource->clear();
            m_newTarget->clear();
        }
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setFilterFixedString(m_statusFilter->itemData(i).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showEvidence();
        const int row = currentRow();
        if (row >= 0) {
            const int bead = m_model->data(m_model->index(row, 0), GlossaryModel::FirstBeadRole).toInt();
            if (bead >= 0)
                emit beadRequested(bead);
        }
    });
    connect(m_evidence, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit beadRequested(item->data(Qt::UserRole).toInt()); });
    // Mining follows the text by itself on articles; on a book it runs when asked (Mine names).
    const auto automatic = [this] { return m_workspace.hasProject() && m_workspace.project().beadCount() <= kAutoMineLimit; };
    connect(&m_workspace, &Workspace::projectReplaced, this, [this, automatic] {
        m_model->setSuggestions({});
        if (automatic())
            mine();
        else if (m_workspace.hasProject())
            m_state->setText(tr("Press Mine names to collect name pairs."));
    });
    connect(&m_workspace, &Workspace::edited, this, [this, automatic](const Change& c) {
        if (automatic() && (c.removedRows != c.insertedRows || c.segments || c.glossary))
            m_remineTimer->start();
    });
}

GlossaryDock::~GlossaryDock() { m_watcher.waitForFinished(); }

QList<QAction*> GlossaryDock::menuActions() const {
    return {m_mine, m_accept, m_reject, m_edit, m_remove, m_addSelection, m_realign};
}

int GlossaryDock::currentRow() const {
    const QModelIndex i = m_proxy->mapToSource(m_view->currentIndex());
    return i.isValid() ? i.row() : -1;
}

void GlossaryDock::refresh() {
    const QString current = currentRow() >= 0 ? QString::fromStdString(m_model->term(currentRow()).source) : QString();
    m_model->refresh();
    if (!current.isEmpty()) {
        const int row = m_model->rowOfSource(current);
        if (row >= 0)
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    showEvidence();
    updateHighlights();
}

void GlossaryDock::mine() {
    if (!m_workspace.hasProject() || m_workspace.isBusy())
        return;
    if (m_watcher.isRunning()) {
        m_mineAgain = true;
        return;
    }
    const Project& p = m_workspace.project();
    MiningOptions options;
    for (const Term& t : p.terms())
        if (t.status == TermStatus::Confirmed)
            options.knownPairs.emplace_back(t.source, t.target);
    m_state->setText(tr("Mining names…"));
    // The worker gets its own copies: the project may change while it runs.
    m_watcher.setFuture(QtConcurrent::run([source = p.source(), target = p.target(), alignment = p.alignment(),
                                           options = std::move(options)] {
        try {
            return mineNames(source, target, alignment, options);
        } catch (const Error&) {
            return std::vector<NameSuggestion>{};
        }
    }));
}

void GlossaryDock::waitForMining() {
    while (m_watcher.isRunning() || m_remineTimer->isActive() || m_mineAgain) {
        if (m_remineTimer->isActive()) {
            m_remineTimer->stop();
            mine();
        }
        m_watcher.waitForFinished();
        QApplication::processEvents();
    }
}

void GlossaryDock::miningFinished() {
    std::vector<NameSuggestion> result = m_watcher.result();
    const std::size_t count = result.size();
    const QString current = currentRow() >= 0 ? QString::fromStdString(m_model->term(currentRow()).source) : QString();
    m_model->setSuggestions(std::move(result));
    if (!current.isEmpty()) {
        const int row = m_model->rowOfSource(current);
        if (row >= 0)
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    m_state->setText(tr("%n name pair(s) found in the text", nullptr, int(count)));
    showEvidence();
    updateHighlights();
    if (m_mineAgain) {
        m_mineAgain = false;
        mine();
    }
}

void GlossaryDock::showEvidence() {
    m_evidence->clear();
    const int row = currentRow();
    if (row < 0)
        return;
    for (const NameEvidence& e : m_model->evidence(row)) {
        auto* item = new QListWidgetItem(tr("Row %1: %2 ↔ %3")
                                             .arg(e.bead + 1)
                                             .arg(QString::fromStdString(e.sourceForm), QString::fromStdString(e.targetForm)),
                                         m_evidence);
        item->setData(Qt::UserRole, int(e.bead));
    }
}

void GlossaryDock::selectFirstSuggestion() {
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!m_model->data(m_model->index(row, 0), GlossaryModel::StoredRole).toBool()) {
            const QModelIndex proxy = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->setCurrentIndex(proxy);
            m_view->scrollTo(proxy);
            return;
        }
}

bool GlossaryDock::setStatus(int row, TermStatus status) {
    if (row < 0 || !m_workspace.hasProject())
        return false;
    Term t = m_model->term(row);
    t.status = status;
    const Edit edit = t.id == 0 ? Edit(AddTerms{{t}}) : Edit(UpdateTerm{t});
    const QString error = m_workspace.perform(edit);
    if (!error.isEmpty()) {
        emit failed(error);
        return false;
    }
    return true;
}

bool GlossaryDock::accept(int row) { return setStatus(row, TermStatus::Confirmed); }
bool GlossaryDock::reject(int row) { return setStatus(row, TermStatus::Rejected); }

bool GlossaryDock::addPair(const QString& source, const QString& target) {
    if (source.trimmed().isEmpty() || target.trimmed().isEmpty())
        return false;
    Term t;
    t.source = source.trimmed().toStdString();
    t.target = target.trimmed().toStdString();
    t.status = TermStatus::Confirmed;
    t.score = 1.0;
    const QString error = m_workspace.perform(AddTerms{{t}});
    if (!error.isEmpty()) {
        emit failed(error);
        return false;
    }
    return true;
}

void GlossaryDock::takeSelection() {
    auto* editor = qobject_cast<QPlainTextEdit*>(QApplication::focusWidget());
    auto* table = editor ? qobject_cast<QTableView*>(editor->parentWidget() ? editor->parentWidget()->parentWidget() : nullptr)
                         : nullptr;
    const QString selected = editor ? editor->textCursor().selectedText().trimmed() : QString();
    if (!table || selected.isEmpty()) {
        emit failed(tr("Select a name in a cell editor (press E on a row, then select the text) first."));
        return;
    }
    const Side side = AlignmentModel::sideOfColumn(table->currentIndex().column());
    (side == Side::Source ? m_newSource : m_newTarget)->setText(selected);
    if (!m_newSource->text().isEmpty() && !m_newTarget->text().isEmpty() &&
        addPair(m_newSource->text(), m_newTarget->text())) {
        m_newSource->clear();
        m_newTarget->clear();
    }
}

void GlossaryDock::editCurrent() {
    const int row = currentRow();
    if (row < 0)
        return;
    Term t = m_model->term(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Glossary entry"));
    auto* source = new QLineEdit(QString::fromStdString(t.source));
    auto* target = new QLineEdit(QString::fromStdString(t.target));
    QStringList variants;
    for (const std::string& v : t.variants)
        variants << QString::fromStdString(v);
    auto* forms = new QLineEdit(variants.join(QStringLiteral(", ")));
    auto* type = new QComboBox;
    type->addItems({tr("person"), tr("place"), tr("organisation"), tr("other")});
    type->setCurrentIndex(int(t.type));
    auto* note = new QLineEdit(QString::fromStdString(t.note));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Source:"), source);
    form->addRow(tr("Target:"), target);
    form->addRow(tr("Target forms:"), forms);
    form->addRow(tr("Type:"), type);
    form->addRow(tr("Note:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    t.source = source->text().trimmed().toStdString();
    t.target = target->text().trimmed().toStdString();
    t.variants.clear();
    for (const QString& v : forms->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.variants.push_back(v.trimmed().toStdString());
    t.type = static_cast<TermType>(type->currentIndex());
    t.note = note->text().toStdString();
    const QString error = m_workspace.perform(t.id == 0 ? Edit(AddTerms{{t}}) : Edit(UpdateTerm{t}));
    if (!error.isEmpty())
        emit failed(error);
}

void GlossaryDock::removeCurrent() {
    const int row = currentRow();
    if (row < 0)
        return;
    const Term t = m_model->term(row);
    if (t.id == 0)
        return;
    const QString error = m_workspace.perform(RemoveTerms{{t.id}});
    if (!error.isEmpty())
        emit failed(error);
}

void GlossaryDock::updateHighlights() {
    // Forms to highlight, per side, longest first so that "Abu Hafs al-Qurashi" wins over "al-Qurashi".
    struct Form {
        QString text;
        bool confirmed;
    };
    std::vector<Form> source, target;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Term t = m_model->term(row);
        if (t.status == TermStatus::Rejected)
            continue;
        const bool confirmed = t.status == TermStatus::Confirmed;
        source.push_back({QString::fromStdString(t.source), confirmed});
        target.push_back({QString::fromStdString(t.target), confirmed});
        for (const std::string& v : t.variants)
            target.push_back({QString::fromStdString(v), confirmed});
        for (const NameEvidence& e : m_model->evidence(row)) {
            source.push_back({QString::fromStdString(e.sourceForm), confirmed});
            target.push_back({QString::fromStdString(e.targetForm), confirmed});
        }
    }
    for (auto* forms : {&source, &target}) {
        std::erase_if(*forms, [](const Form& f) { return f.text.size() < 2; });
        std::stable_sort(forms->begin(), forms->end(), [](const Form& a, const Form& b) {
            if (a.text.size() != b.text.size())
                return a.text.size() > b.text.size();
            return a.text != b.text ? a.text < b.text : a.confirmed > b.confirmed;
        });
        forms->erase(std::unique(forms->begin(), forms->end(), [](const Form& a, const Form& b) { return a.text == b.text; }),
                     forms->end());
    }
    m_alignment.setNameFinder([source = std::move(source), target = std::move(target)](Side side, const QString& text) {
        QList<NameSpan> spans;
        std::vector<bool> taken(std::size_t(text.size()), false);
        for (const Form& f : side == Side::Source ? source : target) {
            for (qsizetype at = text.indexOf(f.text); at >= 0; at = text.indexOf(f.text, at + f.text.size())) {
                const auto end = at + f.text.size();
                // Whole words only, and never over a longer name already marked.
                if ((at > 0 && text[at - 1].isLetterOrNumber()) || (end < text.size() && text[end].isLetterOrNumber()))
                    continue;
                if (std::any_of(taken.begin() + at, taken.begin() + end, [](bool b) { return b; }))
                    continue;
                std::fill(taken.begin() + at, taken.begin() + end, true);
                spans.append({int(at), int(f.text.size()), f.confirmed});
            }
        }
        return spans;
    });
}

} // namespace tandem::gui
