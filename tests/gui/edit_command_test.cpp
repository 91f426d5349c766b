// Every core edit kind through Workspace::perform, the real QUndoStack's undo and redo, the history
// surviving a reopen of the project (the core journal), and re-alignment in a worker thread.
#include "gui/edit_command.h"
#include "gui/realign_task.h"
#include "gui/workspace.h"
#include "tests/gui/gui_test_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tandem;
using namespace tandem::gui;

namespace {

/// Everything an edit can change, for before/after comparisons.
struct Snapshot {
    Document source, target;
    Alignment alignment;
    std::vector<Term> terms;
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

Snapshot snapshot(const Project& p) { return {p.source(), p.target(), p.alignment(), p.terms()}; }

} // namespace

Q_DECLARE_METATYPE(tandem::Edit)

class EditCommandTest : public QObject {
    Q_OBJECT
private slots:
    void eachEditUndoesAndRedoes_data();
    void eachEditUndoesAndRedoes();
    void refusedEditLeavesStackAlone();
    void historySurvivesReopening();
    void realignInWorkerIsOneUndoableEdit();
    void realignInWorkerMatchesTheCore_data();
    void realignInWorkerMatchesTheCore();
    void cancelledRealignChangesNothing();
};

void EditCommandTest::eachEditUndoesAndRedoes_data() {
    QTest::addColumn<Edit>("edit");
    Term term;
    term.source = "Ghafari";
    term.target = "Гафари";
    term.status = TermStatus::Confirmed;
    QTest::newRow("merge") << Edit(MergeBeads{1});
    QTest::newRow("split bead") << Edit(SplitBead{1, 1, 1});
    QTest::newRow("shift first segment up") << Edit(MoveSegment{2, Side::Source, Direction::Up});
    QTest::newRow("pop last segment down") << Edit(MoveSegment{1, Side::Source, Direction::Down});
    QTest::newRow("move column down") << Edit(ShiftColumn{2, Side::Target, Direction::Down});
    QTest::newRow("move column up") << Edit(ShiftColumn{4, Side::Source, Direction::Up});
    QTest::newRow("insert gap") << Edit(InsertSegment{2, Side::Source});
    QTest::newRow("split segment") << Edit(SplitSegment{Side::Target, 1, 13});
    QTest::newRow("merge segments") << Edit(MergeSegments{Side::Source, 1, " "});
    QTest::newRow("edit text") << Edit(EditText{Side::Target, 5, "Конец наступил в 2024 году."});
    QTest::newRow("confirm") << Edit(SetStatus{2, BeadStatus::Confirmed});
    QTest::newRow("confirm above") << Edit(ConfirmAbove{4});
    QTest::newRow("re-align") << Edit(Realign{});
    QTest::newRow("add term") << Edit(AddTerms{{term}});
}

void EditCommandTest::eachEditUndoesAndRedoes() {
    QFETCH(Edit, edit);
    Workspace ws;
    ws.adopt(test::smallProject());
    const Snapshot before = snapshot(ws.project());
    QVERIFY2(ws.perform(edit).isEmpty(), "the core refused the edit");
    const Snapshot after = snapshot(ws.project());
    QCOMPARE(ws.undoStack().count(), 1);
    const auto* command = dynamic_cast<const EditCommand*>(ws.undoStack().command(0));
    QVERIFY(command);
    QVERIFY(command->edit() && *command->edit() == edit);
    QVERIFY(command->inverse().has_value());
    QCOMPARE(command->text(), QString::fromStdString(describe(edit)));

    ws.undoStack().undo();
    QVERIFY(snapshot(ws.project()) == before);
    QVERIFY(!ws.project().canUndo());
    ws.undoStack().redo();
    QVERIFY(snapshot(ws.project()) == after);
    ws.undoStack().undo();
    QVERIFY(snapshot(ws.project()) == before);
}

void EditCommandTest::refusedEditLeavesStackAlone() {
    Workspace ws;
    ws.adopt(test::smallProject());
    QSignalSpy failed(&ws, &Workspace::failed);
    const Snapshot before = snapshot(ws.project());
    // Bead 3 is 0-1: it has no source segment to move up.
    QVERIFY(!ws.perform(MoveSegment{3, Side::Source, Direction::Up}).isEmpty());
    QVERIFY(!ws.perform(MergeBeads{99}).isEmpty());
    QCOMPARE(failed.count(), 2);
    QCOMPARE(ws.undoStack().count(), 0);
    QVERIFY(snapshot(ws.project()) == before);
}

void EditCommandTest::historySurvivesReopening() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("small.tandem"));
    Snapshot original, afterTwo;
    {
        Workspace ws;
        ws.adopt(test::smallProject(path.toStdString()));
        original = snapshot(ws.project());
        QVERIFY(ws.perform(MergeBeads{1}).isEmpty());
        QVERIFY(ws.perform(SetStatus{0, BeadStatus::NeedsReview}).isEmpty());
        afterTwo = snapshot(ws.project());
        QVERIFY(ws.perform(EditText{Side::Source, 0, "The war started in 2021."}).isEmpty());
        ws.undoStack().undo(); // the third edit is undone but stays redoable
        QVERIFY(snapshot(ws.project()) == afterTwo);
        ws.close();
    }
    Workspace ws;
    ws.open(path);
    QCOMPARE(ws.undoStack().count(), 3);
    QCOMPARE(ws.undoStack().index(), 2);
    QVERIFY(snapshot(ws.project()) == afterTwo);
    QCOMPARE(ws.undoStack().text(0), QString::fromStdString(describe(MergeBeads{1})));
    // Redo the edit undone before closing, then undo everything back to the original.
    ws.undoStack().redo();
    QCOMPARE(ws.project().source().segments[0].text, std::string("The war started in 2021."));
    ws.undoStack().setIndex(0);
    QVERIFY(snapshot(ws.project()) == original);
    QVERIFY(!ws.project().canUndo());
}

void EditCommandTest::realignInWorkerIsOneUndoableEdit() {
    Workspace ws;
    ws.adopt(test::smallProject());
    const Snapshot before = snapshot(ws.project());
    RealignTask task(ws);
    QSignalSpy finished(&task, &RealignTask::finished);
    QSignalSpy progressed(&task, &RealignTask::progressed);
    QVERIFY(task.start(Realign{}));
    // While the worker runs the project stays readable, but edits and a second re-alignment wait.
    QVERIFY(ws.isBusy());
    QCOMPARE(ws.project().beadCount(), before.alignment.size());
    QVERIFY(!ws.perform(MergeBeads{1}).isEmpty());
    QVERIFY(!task.start(Realign{}));
    task.waitForFinished();
    QVERIFY(!ws.isBusy());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!progressed.isEmpty()); // delivered before the result
    QVERIFY(progressed.last()[0].toDouble() <= 1.0);
    QCOMPARE(finished[0][0].toBool(), true);  // applied
    QCOMPARE(finished[0][1].toBool(), false); // not cancelled
    QCOMPARE(ws.undoStack().count(), 1);
    QCOMPARE(ws.undoStack().text(0), QStringLiteral("Re-align all unconfirmed rows"));
    QVERIFY(ws.project().alignment()[0] == before.alignment[0]); // the confirmed bead is a pin
    const Snapshot after = snapshot(ws.project());
    ws.undoStack().undo();
    QVERIFY(snapshot(ws.project()) == before);
    ws.undoStack().redo();
    QVERIFY(snapshot(ws.project()) == after);
}

void EditCommandTest::realignInWorkerMatchesTheCore_data() {
    QTest::addColumn<Edit>("range");
    QTest::newRow("everything") << Edit(Realign{});
    QTest::newRow("rows 2-5") << Edit(Realign{1, 4});
    QTest::newRow("rows 3-4") << Edit(Realign{2, 2});
    QTest::newRow("row 4 to the end") << Edit(Realign{3});
}

void EditCommandTest::realignInWorkerMatchesTheCore() {
    // The worker copies only the rows it re-aligns; the edit is the one Project::apply(Realign) makes.
    QFETCH(Edit, range);
    Workspace viaWorker, direct;
    viaWorker.adopt(test::smallProject());
    direct.adopt(test::smallProject());
    // A deliberately odd start: rows 2 and 3 merged.
    QVERIFY(viaWorker.perform(MergeBeads{1}).isEmpty());
    QVERIFY(direct.perform(MergeBeads{1}).isEmpty());
    RealignTask task(viaWorker);
    QVERIFY(task.start(std::get<Realign>(range)));
    task.waitForFinished();
    QVERIFY(direct.perform(range).isEmpty());
    QVERIFY(snapshot(viaWorker.project()) == snapshot(direct.project()));
    QCOMPARE(viaWorker.undoStack().text(1), direct.undoStack().text(1));
}

void EditCommandTest::cancelledRealignChangesNothing() {
    // 20,000 segments a side: aligning them takes far longer than asking the worker to stop.
    std::vector<std::string> en, ru;
    for (int i = 0; i < 20000; ++i) {
        en.push_back("Sentence " + std::to_string(i) + " tells of the war in Kerman.");
        ru.push_back("Предложение " + std::to_string(i) + " рассказывает о войне в Кермане.");
    }
    Alignment beads;
    for (std::size_t i = 0; i < en.size(); ++i)
        beads.push_back({i, i + 1, i, i + 1, 0.5, BeadStatus::Auto});
    Workspace ws;
    ws.adopt(Project::create(Project::inMemory, documentFromLines(en, "en"), documentFromLines(ru, "ru"), beads));
    RealignTask task(ws);
    QSignalSpy finished(&task, &RealignTask::finished);
    QVERIFY(task.start(Realign{}));
    task.cancel();
    task.waitForFinished();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished[0][0].toBool(), false); // nothing applied
    QCOMPARE(finished[0][1].toBool(), true);  // cancelled
    QVERIFY(finished[0][2].toString().isEmpty());
    QVERIFY(!ws.isBusy());
    QCOMPARE(ws.undoStack().count(), 0);
    QVERIFY(ws.project().alignment() == beads);
    QVERIFY(ws.perform(MergeBeads{0}).isEmpty()); // edits are possible again
}

QTEST_MAIN(EditCommandTest)
#include "edit_command_test.moc"
