// Keyboard help and remapping dialog over the ShortcutRegistry.
#include "gui/shortcuts_dialog.h"

#include "gui/shortcut_registry.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tandem::gui {

ShortcutsDialog::ShortcutsDialog(ShortcutRegistry& registry, QWidget* parent)
    : QDialog(parent), m_registry(registry), m_table(new QTableWidget(this)),
      m_recorder(new QKeySequenceEdit(this)), m_message(new QLabel(this)) {
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* assign = new QPushButton(tr("Assign"), this);
    auto* clear = new QPushButton(tr("Clear"), this);
    auto* reset = new QPushButton(tr("Reset all"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("New key:"), this));
    row->addWidget(m_recorder, 1);
    row->addWidget(assign);
    row->addWidget(clear);
    row->addWidget(reset);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Select a command, press the new key, then Assign."), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(assign, &QPushButton::clicked, this, [this] { assignToSelected(m_recorder->keySequence()); });
    connect(clear, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r >= 0)
            m_registry.setKeys(m_registry.entries()[std::size_t(r)].id, {});
    });
    connect(reset, &QPushButton::clicked, &m_registry, &ShortcutRegistry::resetAll);
    connect(&m_registry, &ShortcutRegistry::changed, this, &ShortcutsDialog::refill);
    refill();
    resize(560, 620);
}

bool ShortcutsDialog::assignToSelected(const QKeySequence& key) {
    const int r = m_table->currentRow();
    if (r < 0 || key.isEmpty())
        return false;
    const ShortcutEntry& entry = m_registry.entries()[std::size_t(r)];
    const QStringList clash = m_registry.conflicts(entry.id, key);
    if (!clash.isEmpty()) {
        QStringList names;
        for (const QString& id : clash)
            names << m_registry.action(id)->text().remove(QLatin1Char('&'));
        m_message->setText(tr("%1 is already used by: %2").arg(key.toString(QKeySequence::NativeText),
                                                               names.join(QStringLiteral(", "))));
        return false;
    }
    m_message->clear();
    m_registry.setKeys(entry.id, {key});
    return true;
}

void ShortcutsDialog::refill() {
    const int current = m_table->currentRow();
    const auto& entries = m_registry.entries();
    m_table->setRowCount(int(entries.size()));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        auto* name = new QTableWidgetItem(entries[i].action->text().remove(QLatin1Char('&')));
        name->setToolTip(entries[i].action->toolTip());
        m_table->setItem(int(i), 0, name);
        m_table->setItem(int(i), 1, new QTableWidgetItem(keysToText(entries[i].action->shortcuts())));
    }
    if (current >= 0)
        m_table->selectRow(current);
}

} // namespace tandem::gui
