// A scripted review of the bundled Meduza pair through the main window, the way a translator works:
// open, merge, split, shift, confirm, re-align, accept a glossary suggestion, undo three times,
// export TMX; the end state of the project, the history and the file is checked.
#include "core/formats/tmx_reader.h"
#include "gui/alignment_filter.h"
#include "gui/alignment_map.h"
#include "gui/alignment_model.h"
#include "gui/export_dialog.h"
#include "gui/glossary_dock.h"
#include "gui/glossary_model.h"
#include "gui/main_window.h"
#include "gui/realign_task.h"
#include "gui/shortcut_registry.h"
#include "gui/workspace.h"
#include "tests/gui/gui_test_support.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tandem;
using namespace tandem::gui;

class MeduzaReviewTest : public QObject {
    Q_OBJECT
private slots:
    void scriptedReview();
};

void MeduzaReviewTest::scriptedReview() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("meduza.tandem"));
    { test::meduzaProject(path.toStdString()); }

    MainWindow w;
    w.setInteractive(false);
    QVERIFY2(w.openProject(path), qPrintable(w.lastError()));
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Project& p = w.workspace().project();
    const std::size_t beads = p.beadCount();
    QVERIFY(beads > 50);
    QCOMPARE(w.alignmentModel().rowCount(), int(beads));
    QVERIFY(w.statisticsText().contains(QString::number(beads)));
    auto trigger = [&](const char* id) { w.shortcuts().action(QString::fromLatin1(id))->trigger(); };

    // Merge two 1-1 rows into a 2-2 row, then split it again: the same beads as before.
    std::size_t m = 10;
    while (m + 1 < beads && !(p.bead(m).shape() == "1-1" && p.bead(m + 1).shape() == "1-1"))
        ++m;
    QVERIFY(m + 1 < beads);
    const Bead first = p.bead(m), second = p.bead(m + 1);
    w.goToBead(int(m));
    trigger("align.merge");
    QCOMPARE(p.beadCount(), beads - 1);
    QCOMPARE(p.bead(m).shape(), std::string("2-2"));
    QCOMPARE(p.bead(m).srcEnd, second.srcEnd);
    QCOMPARE(w.alignmentModel().rowCount(), int(beads - 1));
    trigger("align.split");
    QCOMPARE(p.beadCount(), beads);
    QCOMPARE(p.bead(m).srcEnd, first.srcEnd);
    QCOMPARE(p.bead(m + 1).tgtBegin, second.tgtBegin);

    // Shift: the first source segment of row 21 moves up into row 20.
    const Bead b20 = p.bead(20);
    w.goToBead(20);
    QCOMPARE(w.currentBead(), 20);
    w.table().setCurrentIndex(w.table().currentIndex().siblingAtColumn(columnIndex(AlignmentColumn::Target)));
    w.goToBead(21);
    w.table().setCurrentIndex(w.table().currentIndex().siblingAtColumn(columnIndex(AlignmentColumn::Source)));
    trigger("align.shiftUp");
    QCOMPARE(p.bead(20).srcEnd, b20.srcEnd + 1);

    // Confirm row 1 and move on to row 2.
    w.goToBead(0);
    trigger("align.confirm");
    QVERIFY(p.bead(0).status == BeadStatus::Confirmed);
    QCOMPARE(w.currentBead(), 1);

    // Re-align (in a worker, then one edit): the confirmed bead stays pinned, coverage stays exact.
    trigger("align.realign");
    QVERIFY(w.realignTask().isRunning());
    QVERIFY(w.workspace().isBusy());
    QVERIFY(!w.shortcuts().action(QStringLiteral("align.merge"))->isEnabled());
    w.realignTask().waitForFinished();
    QVERIFY(!w.workspace().isBusy());
    QVERIFY(w.shortcuts().action(QStringLiteral("align.merge"))->isEnabled());
    QCOMPARE(w.workspace().undoStack().undoText(), QStringLiteral("Re-align all unconfirmed rows"));
    QVERIFY(p.bead(0).status == BeadStatus::Confirmed);
    QVERIFY(coversExactly(p.alignment(), p.source().segments.size(), p.target().segments.size()));

    // Accept the suggestion for Ghafari.
    GlossaryDock& glossary = w.glossary();
    glossary.waitForMining();
    const int row = glossary.model().rowOfSource(QStringLiteral("Ghafari"));
    QVERIFY2(row >= 0, "mining did not suggest Ghafari");
    const std::string target = glossary.model().term(row).target;
    QVERIFY(QString::fromStdString(target).startsWith(QStringLiteral("Гафари")));
    QVERIFY(!glossary.model().evidence(row).empty());
    QVERIFY(glossary.accept(row));
    QCOMPARE(p.terms().size(), std::size_t(1));
    QVERIFY(p.terms()[0].status == TermStatus::Confirmed);
    // Confirmed names are highlighted in the rows that hold them.
    const int bead = int(glossary.model().evidence(glossary.model().rowOfSource(QStringLiteral("Ghafari")))[0].bead);
    const auto spans = w.alignmentModel()
                           .index(bead, columnIndex(AlignmentColumn::Source))
                           .data(NameSpansRole)
                           .value<QList<NameSpan>>();
    QVERIFY(std::any_of(spans.begin(), spans.end(), [](const NameSpan& s) { return s.confirmed; }));

    // Undo three times: the acceptance, the re-alignment and the confirmation.
    QUndoStack& stack = w.workspace().undoStack();
    QCOMPARE(stack.count(), 6);
    stack.undo();
    stack.undo();
    stack.undo();
    QCOMPARE(stack.index(), 3);
    QVERIFY(p.terms().empty());
    QVERIFY(p.bead(0).status == BeadStatus::Auto);
    QCOMPARE(p.bead(20).srcEnd, b20.srcEnd + 1); // the shift stays
    QCOMPARE(w.alignmentModel().rowCount(), int(p.beadCount()));

    // Export TMX and read it back.
    ExportRequest request;
    request.format = ExportFormat::Tmx;
    request.path = dir.filePath(QStringLiteral("meduza.tmx"));
    const ExportReport report = exportProject(p, request);
    QVERIFY2(report.ok, qPrintable(report.text()));
    std::size_t twoSided = 0;
    for (const Bead& b : p.alignment())
        twoSided += b.srcCount() > 0 && b.tgtCount() > 0 ? 1 : 0;
    QCOMPARE(std::size_t(report.written), twoSided);
    QCOMPARE(std::size_t(report.skipped), p.beadCount() - twoSided);
    const TmxMemory memory = readTmxFile(request.path.toStdString());
    QCOMPARE(memory.alignment.size(), twoSided);
    QCOMPARE(memory.source.language, std::string("en"));
    QCOMPARE(memory.target.language, std::string("ru"));

    // The history survives reopening: three applied, three undone.
    w.workspace().close();
    QVERIFY(w.openProject(path));
    QCOMPARE(w.workspace().undoStack().count(), 6);
    QCOMPARE(w.workspace().undoStack().index(), 3);
}

QTEST_MAIN(MeduzaReviewTest)
#include "meduza_review_test.moc"
