// The keyboard help: every command with its keys, remappable in place (Help > Keyboard shortcuts).
#pragma once

#include <QDialog>

class QTableWidget;
class QKeySequenceEdit;
class QLabel;

namespace tandem::gui {

class ShortcutRegistry;

/// Lists the registry's entries; selecting a row and recording a key rebinds it.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(ShortcutRegistry& registry, QWidget* parent = nullptr);

    /// Binds the selected row's command to key (what the recorder does); false on a conflict.
    bool assignToSelected(const QKeySequence& key);

private:
    void refill();

    ShortcutRegistry& m_registry;
    QTableWidget* m_table;
    QKeySequenceEdit* m_recorder;
    QLabel* m_message;
};

} // namespace tandem::gui
