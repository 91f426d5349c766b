// The alignment model, its filter proxy and the glossary model under QAbstractItemModelTester while
// edits, undos and redos change rows; roles, headers and setData's translation of edited lines.
#include "gui/alignment_filter.h"
#include "gui/alignment_model.h"
#include "gui/glossary_model.h"
#include "gui/workspace.h"
#include "tests/gui/gui_test_support.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace tandem;
using namespace tandem::gui;

class AlignmentModelTest : public QObject {
    Q_OBJECT
private slots:
    void rolesDescribeBeads();
    void testersFollowEveryEdit();
    void setDataTurnsLinesIntoEdits();
    void setDataRefusesAmbiguousChanges();
    void flagsFollowTheirBeads();
};

void AlignmentModelTest::rolesDescribeBeads() {
    Workspace ws;
    AlignmentModel model(ws);
    QCOMPARE(model.rowCount(), 0);
    ws.adopt(test::smallProject());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 4);
    const QModelIndex bead1 = model.index(1, columnIndex(AlignmentColumn::Source));
    QCOMPARE(bead1.data().toString(), QStringLiteral("It was long.\nIt was hard."));
    QCOMPARE(model.index(1, columnIndex(AlignmentColumn::Shape)).data().toString(), QStringLiteral("2-1"));
    QCOMPARE(bead1.data(SourceCountRole).toInt(), 2);
    QCOMPARE(bead1.data(TargetCountRole).toInt(), 1);
    QCOMPARE(bead1.data(ConfidenceRole).toDouble(), 0.70);
    QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), int(BeadStatus::Confirmed));
    QVERIFY(model.index(0, columnIndex(AlignmentColumn::Confidence)).data().toString().startsWith(QChar(0x2713)));
    // Paragraph ends: source paragraph 0 ends with bead 1, target paragraph 0 too.
    QVERIFY(bead1.data(ParagraphEndRole).toBool());
    QVERIFY(!model.index(0, columnIndex(AlignmentColumn::Source)).data(ParagraphEndRole).toBool());
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("English"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Русский"));
    QCOMPARE(model.headerData(4, Qt::Vertical).toInt(), 5);
    QVERIFY(model.flags(bead1) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, columnIndex(AlignmentColumn::Shape))) & Qt::ItemIsEditable));
}

void AlignmentModelTest::testersFollowEveryEdit() {
    Workspace ws;
    AlignmentModel model(ws);
    AlignmentFilter filter;
    filter.setSourceModel(&model);
    GlossaryModel glossary(ws);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&glossary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ws.adopt(test::smallProject());
    glossary.refresh();
    BeadFilter f;
    f.status = BeadFilter::Status::Unconfirmed;
    filter.setFilter(f);

    Term term;
    term.source = "Kerman";
    term.target = "Керман";
    const std::vector<Edit> edits = {
        MergeBeads{1},          SplitBead{1, 1, 1},   MoveSegment{2, Side::Source, Direction::Up},
        InsertSegment{0, Side::Target}, ShiftColumn{1, Side::Target, Direction::Down},
        ShiftColumn{1, Side::Target, Direction::Up}, SplitSegment{Side::Source, 0, 8},
        SetStatus{3, BeadStatus::Confirmed}, ConfirmAbove{3}, Realign{}, AddTerms{{term}},
    };
    for (const Edit& e : edits) {
        QVERIFY2(ws.perform(e).isEmpty(), describe(e).c_str());
        glossary.refresh();
        QCOMPARE(model.rowCount(), int(ws.project().beadCount()));
    }
    while (ws.undoStack().canUndo()) {
        ws.undoStack().undo();
        QCOMPARE(model.rowCount(), int(ws.project().beadCount()));
    }
    while (ws.undoStack().canRedo())
        ws.undoStack().redo();
    QCOMPARE(model.rowCount(), int(ws.project().beadCount()));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, columnIndex(AlignmentColumn::Shape)).data(ShapeRole).toString(),
                 QString::fromStdString(ws.project().bead(std::size_t(r)).shape()));
    ws.close();
    QCOMPARE(model.rowCount(), 0);
}

void AlignmentModelTest::setDataTurnsLinesIntoEdits() {
    Workspace ws;
    AlignmentModel model(ws);
    ws.adopt(test::smallProject());
    const QModelIndex target1 = model.index(1, columnIndex(AlignmentColumn::Target));

    // A changed line is a text edit.
    QVERIFY(model.setData(target1, QStringLiteral("Она была долгой и тяжёлой.")));
    QCOMPARE(ws.project().target().segments[1].text, std::string("Она была долгой и тяжёлой."));
    // A line break added inside a segment splits it at the cursor.
    QVERIFY(model.setData(target1, QStringLiteral("Она была долгой\nи тяжёлой.")));
    QCOMPARE(ws.project().target().segments.size(), std::size_t(7));
    QCOMPARE(ws.project().target().segments[1].text, std::string("Она была долгой"));
    QCOMPARE(ws.project().target().segments[2].text, std::string("и тяжёлой."));
    QCOMPARE(ws.project().bead(1).tgtCount(), std::size_t(2));
    // Removing it merges them again.
    QVERIFY(model.setData(target1, QStringLiteral("Она была долгой и тяжёлой.")));
    QCOMPARE(ws.project().target().segments.size(), std::size_t(6));
    QCOMPARE(ws.undoStack().count(), 3);
    // Two lines changed at once: one undoable macro of two text edits.
    const QModelIndex source1 = model.index(1, columnIndex(AlignmentColumn::Source));
    QVERIFY(model.setData(source1, QStringLiteral("It was very long.\nIt was very hard.")));
    QCOMPARE(ws.undoStack().count(), 4);
    ws.undoStack().undo();
    QCOMPARE(model.data(source1).toString(), QStringLiteral("It was long.\nIt was hard."));
}

void AlignmentModelTest::setDataRefusesAmbiguousChanges() {
    Workspace ws;
    AlignmentModel model(ws);
    ws.adopt(test::smallProject());
    const QModelIndex source1 = model.index(1, columnIndex(AlignmentColumn::Source));
    QVERIFY(!model.setData(source1, QStringLiteral("It was\nlong and\nhard.")));
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(!model.setData(source1, QStringLiteral("It was long.\nIt was hard.\nMore.")));
    // The 0-1 bead has no source segment to type into.
    QVERIFY(!model.setData(model.index(3, columnIndex(AlignmentColumn::Source)), QStringLiteral("Text")));
    QCOMPARE(ws.undoStack().count(), 0);
    // An unchanged text is no edit at all.
    QVERIFY(model.setData(source1, QStringLiteral("It was long.\nIt was hard.")));
    QCOMPARE(ws.undoStack().count(), 0);
}

void AlignmentModelTest::flagsFollowTheirBeads() {
    Workspace ws;
    AlignmentModel model(ws);
    ws.adopt(test::smallProject());
    std::vector<QString> flags(6);
    flags[5] = QStringLiteral("Numbers differ");
    model.setFlags(flags);
    QVERIFY(model.index(5, 0).data(FlaggedRole).toBool());
    QCOMPARE(model.index(5, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Numbers differ"));
    QVERIFY(ws.perform(MergeBeads{1}).isEmpty());
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.index(4, 0).data(FlaggedRole).toBool());
    QVERIFY(!model.index(1, 0).data(FlaggedRole).toBool());
}

QTEST_MAIN(AlignmentModelTest)
#include "alignment_model_test.moc"
