// Key bindings of the workbench's actions: defaults, remapping, conflicts, persistence.
#include "gui/shortcut_registry.h"

#include <QSettings>

namespace tandem::gui {

ShortcutRegistry::ShortcutRegistry(QObject* parent) : QObject(parent) {}

void ShortcutRegistry::add(const QString& id, QAction* action, const QList<QKeySequence>& defaults) {
    m_entries.push_back({id, action, defaults});
    action->setShortcuts(defaults);
    action->setObjectName(id);
}

QAction* ShortcutRegistry::action(const QString& id) const {
    for (const ShortcutEntry& e : m_entries)
        if (e.id == id)
            return e.action;
    return nullptr;
}

ShortcutEntry* ShortcutRegistry::find(const QString& id) {
    for (ShortcutEntry& e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

void ShortcutRegistry::setKeys(const QString& id, const QList<QKeySequence>& keys) {
    if (ShortcutEntry* e = find(id)) {
        e->action->setShortcuts(keys);
        emit changed();
    }
}

void ShortcutRegistry::resetAll() {
    for (ShortcutEntry& e : m_entries)
        e.action->setShortcuts(e.defaults);
    emit changed();
}

QStringList ShortcutRegistry::conflicts(const QString& id, const QKeySequence& key) const {
    QStringList out;
    if (key.isEmpty())
        return out;
    for (const ShortcutEntry& e : m_entries)
        if (e.id != id && e.action->shortcuts().contains(key))
            out << e.id;
    return out;
}

void ShortcutRegistry::load(QSettings& settings) {
    settings.beginGroup(QStringLiteral("shortcuts"));
    for (ShortcutEntry& e : m_entries)
        if (settings.contains(e.id))
            e.action->setShortcuts(keysFromText(settings.value(e.id).toString()));
    settings.endGroup();
    emit changed();
}

void ShortcutRegistry::save(QSettings& settings) const {
    settings.beginGroup(QStringLiteral("shortcuts"));
    for (const ShortcutEntry& e : m_entries) {
        if (e.action->shortcuts() == e.defaults) {
            settings.remove(e.id);
            continue;
        }
        QStringList parts;
        for (const QKeySequence& k : e.action->shortcuts())
            parts << k.toString(QKeySequence::PortableText);
        settings.setValue(e.id, parts.join(QStringLiteral("; ")));
    }
    settings.endGroup();
}

QString keysToText(const QList<QKeySequence>& keys) {
    QStringList parts;
    for (const QKeySequence& k : keys)
        parts << k.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

QList<QKeySequence> keysFromText(const QString& text) {
    QList<QKeySequence> keys;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QKeySequence k = QKeySequence::fromString(part.trimmed(), QKeySequence::PortableText);
        if (!k.isEmpty())
            keys << k;
    }
    return keys;
}

} // namespace tandem::gui
