// The Russian interface at run time: once the translation is installed, the namespaced classes'
// strings, the review-flag reasons (worded by the GUI from core's findings) and the glossary's
// "found by" column come out in Russian, and the glossary's status filter still filters.
#include "gui/alignment_model.h"
#include "gui/app_setup.h"
#include "gui/glossary_dock.h"
#include "gui/glossary_model.h"
#include "gui/main_window.h"
#include "gui/review_flags.h"
#include "gui/shortcut_registry.h"
#include "gui/workspace.h"
#include "tests/gui/gui_test_support.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace tandem;
using namespace tandem::gui;

class TranslationTest : public QObject {
    Q_OBJECT
private slots:
    /// Russian, and a fresh small project for the test to open.
    void init() {
        QVERIFY(installTranslation(*qApp, QStringLiteral("ru")));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("small.tandem"));
        test::smallProject(m_path.toStdString());
    }
    void cleanup() {
        installTranslation(*qApp, QStringLiteral("en"));
        m_dir.reset();
    }
    void flagsAndActionsAreRussian();
    void glossaryMethodsAreRussian();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path; ///< the small project of this test
};

void TranslationTest::flagsAndActionsAreRussian() {
    MainWindow w;
    w.setInteractive(false);
    QVERIFY2(w.openProject(m_path), qPrintable(w.lastError()));
    QCOMPARE(w.shortcuts().action(QStringLiteral("align.merge"))->text(), QStringLiteral("&Объединить со следующей строкой"));

    // The last row says 2024 in the source and 2023 in the target.
    const QString expected = QStringLiteral("числа расходятся: только в оригинале 2024; только в переводе 2023");
    QCOMPARE(reviewFlags(w.workspace().project(), 5, 1), std::vector<QString>{expected});
    // An edit of the row checks it again at once: its tooltip gives the reason.
    QVERIFY(w.perform(SetStatus{5, BeadStatus::Confirmed}));
    const QModelIndex cell = w.alignmentModel().index(5, columnIndex(AlignmentColumn::Source));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), expected);
    QCOMPARE(cell.data(FlagReasonRole).toString(), expected);
}

void TranslationTest::glossaryMethodsAreRussian() {
    MainWindow w;
    w.setInteractive(false);
    QVERIFY2(w.openProject(m_path), qPrintable(w.lastError()));
    GlossaryDock& dock = w.glossary();
    QAbstractItemModelTester tester(&dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(dock.view().model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dock.waitForMining();
    QVERIFY(dock.addPair(QStringLiteral("Kerman"), QStringLiteral("Керман")));

    NameSuggestion kerman, ghafari;
    kerman.term.source = "Kerman";
    kerman.term.target = "Керман";
    kerman.method = PairingMethod::Known;
    ghafari.term.source = "Ghafari";
    ghafari.term.target = "Гафари";
    ghafari.method = PairingMethod::Transliteration;
    dock.model().setSuggestions({kerman, ghafari});
    GlossaryModel& model = dock.model();
    const auto method = [&](const char* source) {
        return model.index(model.rowOfSource(QString::fromUtf8(source)), GlossaryModel::MethodColumn).data().toString();
    };
    QCOMPARE(method("Kerman"), QStringLiteral("известная пара"));
    QCOMPARE(method("Ghafari"), QStringLiteral("транслитерация"));
    QCOMPARE(model.headerData(GlossaryModel::MethodColumn, Qt::Horizontal).toString(), QStringLiteral("Как найдено"));

    // The status filter ("Новые": suggestions not stored yet) works whatever the shown words are.
    auto* filter = dock.findChild<QComboBox*>();
    QVERIFY(filter);
    QCOMPARE(filter->itemText(1), QStringLiteral("Новые"));
    filter->setCurrentIndex(1);
    QAbstractItemModel* shown = dock.view().model();
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, GlossaryModel::SourceColumn).data().toString(), QStringLiteral("Ghafari"));
    filter->setCurrentIndex(3); // confirmed
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, GlossaryModel::SourceColumn).data().toString(), QStringLiteral("Kerman"));
}

QTEST_MAIN(TranslationTest)
#include "translation_test.moc"
