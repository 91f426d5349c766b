// Key bindings: InterText's defaults on the window's actions, keys reaching the table, remapping
// that persists, conflicts refused; and the Russian interface translation.
#include "core/project/project.h"
#include "gui/alignment_model.h"
#include "gui/app_setup.h"
#include "gui/main_window.h"
#include "gui/shortcut_registry.h"
#include "gui/shortcuts_dialog.h"
#include "gui/workspace.h"
#include "tests/gui/gui_test_support.h"

#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace tandem;
using namespace tandem::gui;

class ShortcutsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void interTextDefaults();
    void keysReachTheTable();
    void remappingPersists();
    void conflictsAreRefused();
    void russianInterface();
};

void ShortcutsTest::initTestCase() {
    QCoreApplication::setOrganizationName(QStringLiteral("TandemTest"));
    QCoreApplication::setApplicationName(QStringLiteral("shortcuts-test"));
    QSettings().clear();
}

void ShortcutsTest::interTextDefaults() {
    MainWindow w;
    ShortcutRegistry& r = w.shortcuts();
    const auto has = [&](const char* id, QKeySequence key) { return r.action(QString::fromLatin1(id))->shortcuts().contains(key); };
    QVERIFY(has("align.columnDown", QKeySequence(Qt::Key_Return)));
    QVERIFY(has("align.columnUp", QKeySequence(Qt::Key_Backspace)));
    QVERIFY(has("align.insertGap", QKeySequence(Qt::CTRL | Qt::Key_Return)));
    QVERIFY(has("align.merge", QKeySequence(Qt::CTRL | Qt::Key_Backspace)));
    QVERIFY(has("align.shiftUp", QKeySequence(Qt::CTRL | Qt::Key_Up)));
    QVERIFY(has("align.popDown", QKeySequence(Qt::CTRL | Qt::Key_Down)));
    QVERIFY(has("edit.text", QKeySequence(Qt::Key_E)));
    QVERIFY(has("align.confirm", QKeySequence(Qt::Key_C)));
    QVERIFY(has("align.toggleStatus", QKeySequence(Qt::Key_S)));
    QVERIFY(has("nav.nonOneToOne", QKeySequence(Qt::Key_N)));
    QVERIFY(has("nav.unconfirmed", QKeySequence(Qt::Key_U)));
    QVERIFY(has("align.realign", QKeySequence(Qt::CTRL | Qt::Key_R)));
    QVERIFY(has("edit.undo", QKeySequence(Qt::CTRL | Qt::Key_Z)));
    QVERIFY(has("edit.redo", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QVERIFY(has("edit.find", QKeySequence(Qt::CTRL | Qt::Key_F)));
    // No key is bound twice.
    QSet<QString> seen;
    for (const ShortcutEntry& e : r.entries())
        for (const QKeySequence& k : e.action->shortcuts()) {
            QVERIFY2(!k.isEmpty(), qPrintable(e.id));
            QVERIFY2(!seen.contains(k.toString()), qPrintable(e.id + QStringLiteral(": ") + k.toString()));
            seen.insert(k.toString());
        }
}

void ShortcutsTest::keysReachTheTable() {
    MainWindow w;
    w.setInteractive(false);
    w.workspace().adopt(test::smallProject());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.table().setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.goToBead(1);
    QTest::keyClick(&w.table(), Qt::Key_C); // confirm and go on
    QVERIFY(w.workspace().project().bead(1).status == BeadStatus::Confirmed);
    QCOMPARE(w.currentBead(), 2);
    QTest::keyClick(&w.table(), Qt::Key_N); // next non-1-1: bead 3 (0-1)
    QCOMPARE(w.currentBead(), 3);
    QTest::keyClick(&w.table(), Qt::Key_Backspace, Qt::ControlModifier); // merge 3 with 4
    QCOMPARE(w.workspace().project().beadCount(), std::size_t(5));
    QTest::keyClick(&w.table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.workspace().project().beadCount(), std::size_t(6));
}

void ShortcutsTest::remappingPersists() {
    {
        MainWindow w;
        w.shortcuts().setKeys(QStringLiteral("align.confirm"), {QKeySequence(Qt::Key_Y)});
        QSettings settings;
        w.shortcuts().save(settings);
    }
    MainWindow w;
    QCOMPARE(w.shortcuts().action(QStringLiteral("align.confirm"))->shortcut(), QKeySequence(Qt::Key_Y));
    w.shortcuts().resetAll();
    QCOMPARE(w.shortcuts().action(QStringLiteral("align.confirm"))->shortcut(), QKeySequence(Qt::Key_C));
    QSettings settings;
    w.shortcuts().save(settings);
    QVERIFY(!settings.contains(QStringLiteral("shortcuts/align.confirm")));
}

void ShortcutsTest::conflictsAreRefused() {
    MainWindow w;
    ShortcutRegistry& r = w.shortcuts();
    QCOMPARE(r.conflicts(QStringLiteral("align.confirm"), QKeySequence(Qt::Key_S)), QStringList{QStringLiteral("align.toggleStatus")});
    ShortcutsDialog dialog(r);
    auto* table = dialog.findChild<QTableWidget*>();
    QVERIFY(table);
    int row = -1;
    for (int i = 0; i < int(r.entries().size()); ++i)
        if (r.entries()[std::size_t(i)].id == QLatin1String("align.confirm"))
            row = i;
    table->selectRow(row);
    QVERIFY(!dialog.assignToSelected(QKeySequence(Qt::Key_S)));
    QCOMPARE(r.action(QStringLiteral("align.confirm"))->shortcut(), QKeySequence(Qt::Key_C));
    QVERIFY(dialog.assignToSelected(QKeySequence(Qt::Key_K)));
    QCOMPARE(r.action(QStringLiteral("align.confirm"))->shortcut(), QKeySequence(Qt::Key_K));
    QCOMPARE(table->item(row, 1)->text(), QKeySequence(Qt::Key_K).toString(QKeySequence::NativeText));
}

void ShortcutsTest::russianInterface() {
    QVERIFY(installTranslation(*qApp, QStringLiteral("ru")));
    QCOMPARE(QCoreApplication::translate("tandem::gui::MainWindow", "&File"), QStringLiteral("&Файл"));
    {
        MainWindow w;
        QCOMPARE(w.shortcuts().action(QStringLiteral("align.confirm"))->text(), QStringLiteral("&Подтвердить и перейти дальше"));
    }
    QCOMPARE(QCoreApplication::translate("tandem::gui::MainWindow", "%n bead(s)", nullptr, 5), QStringLiteral("5 пар"));
    QCOMPARE(QCoreApplication::translate("tandem::gui::MainWindow", "%n bead(s)", nullptr, 2), QStringLiteral("2 пары"));
    QVERIFY(installTranslation(*qApp, QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("tandem::gui::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("tandem::gui::MainWindow", "%n bead(s)", nullptr, 1), QStringLiteral("1 bead"));
    QCOMPARE(QCoreApplication::translate("tandem::gui::MainWindow", "%n bead(s)", nullptr, 65), QStringLiteral("65 beads"));
    // A language without a translation leaves the interface in English.
    QVERIFY(!installTranslation(*qApp, QStringLiteral("sw")));
    QCOMPARE(QCoreApplication::translate("tandem::gui::MainWindow", "%n bead(s)", nullptr, 3), QStringLiteral("3 beads"));
}

QTEST_MAIN(ShortcutsTest)
#include "shortcuts_test.moc"
