// The workbench's named actions and their key bindings: InterText's defaults, the user's remapping
// (kept in QSettings), and conflict detection. The help dialog lists what this holds.
#pragma once

#include <QAction>
#include <QKeySequence>
#include <QObject>
#include <QString>
#include <QStringList>

#include <vector>

class QSettings;

namespace tandem::gui {

/// One bindable command: a stable id (the settings key), the action and its default keys.
struct ShortcutEntry {
    QString id;
    QAction* action = nullptr;
    QList<QKeySequence> defaults;
};

/// Owns nothing but the bindings: actions belong to the window that created them.
class ShortcutRegistry : public QObject {
    Q_OBJECT
public:
    explicit ShortcutRegistry(QObject* parent = nullptr);

    /// Registers an action under id with its default keys and applies them.
    void add(const QString& id, QAction* action, const QList<QKeySequence>& defaults);
    /// All entries in registration order.
    const std::vector<ShortcutEntry>& entries() const { return m_entries; }
    /// The action registered under id, or nullptr.
    QAction* action(const QString& id) const;
    /// Binds id to keys (an empty list unbinds it).
    void setKeys(const QString& id, const QList<QKeySequence>& keys);
    /// Restores every default binding.
    void resetAll();
    /// Ids of other entries already bound to key.
    QStringList conflicts(const QString& id, const QKeySequence& key) const;
    /// Applies the remappings stored under "shortcuts/<id>".
    void load(QSettings& settings);
    /// Stores the bindings that differ from the defaults (and removes those that do not).
    void save(QSettings& settings) const;

signals:
    void changed();

private:
    ShortcutEntry* find(const QString& id);
    std::vector<ShortcutEntry> m_entries;
};

/// Human-readable form of a key list, e.g. "Ctrl+Z, Ctrl+Shift+Z" (native text).
QString keysToText(const QList<QKeySequence>& keys);
/// Parses the form keysToText writes (portable text); unknown parts are dropped.
QList<QKeySequence> keysFromText(const QString& text);

} // namespace tandem::gui
