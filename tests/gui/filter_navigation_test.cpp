// Filters (status, confidence, shape, empty side, flagged, regex per side) and review navigation
// (next/previous unconfirmed, low confidence, non-1-1, flagged; wrapping; within a filter).
#include "gui/alignment_filter.h"
#include "gui/alignment_model.h"
#include "gui/navigation.h"
#include "gui/workspace.h"
#include "tests/gui/gui_test_support.h"

#include <QtTest>

using namespace tandem;
using namespace tandem::gui;

namespace {
/// Unfiltered rows the proxy shows.
QList<int> shown(const AlignmentFilter& f) {
    QList<int> rows;
    for (int r = 0; r < f.rowCount(); ++r)
        rows << f.mapToSource(f.index(r, 0)).row();
    return rows;
}
} // namespace

class FilterNavigationTest : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void navigation();
    void navigationInsideFilter();

private:
    Workspace* m_ws = nullptr;
    AlignmentModel* m_model = nullptr;
    AlignmentFilter* m_filter = nullptr;
};

void FilterNavigationTest::init() {
    m_ws = new Workspace;
    m_model = new AlignmentModel(*m_ws);
    m_filter = new AlignmentFilter;
    m_filter->setSourceModel(m_model);
    m_ws->adopt(test::smallProject());
    std::vector<QString> flags(6);
    flags[5] = QStringLiteral("Numbers differ: 2024 ≠ 2023");
    m_model->setFlags(flags);
}

void FilterNavigationTest::cleanup() {
    delete m_filter;
    delete m_model;
    delete m_ws;
}

Q_DECLARE_METATYPE(tandem::gui::BeadFilter)

void FilterNavigationTest::filters_data() {
    QTest::addColumn<BeadFilter>("filter");
    QTest::addColumn<QList<int>>("rows");
    // Beads: 0 1-1 confirmed .95 | 1 2-1 auto .70 | 2 1-1 auto .40 | 3 0-1 review .20 | 4 1-1 auto .85 | 5 1-1 auto .30 flagged
    BeadFilter f;
    QTest::newRow("nothing") << f << QList<int>{0, 1, 2, 3, 4, 5};
    f = {};
    f.status = BeadFilter::Status::Unconfirmed;
    QTest::newRow("unconfirmed") << f << QList<int>{1, 2, 3, 4, 5};
    f.status = BeadFilter::Status::Confirmed;
    QTest::newRow("confirmed") << f << QList<int>{0};
    f.status = BeadFilter::Status::NeedsReview;
    QTest::newRow("needs review") << f << QList<int>{3};
    f = {};
    f.confidenceBelow = 0.5;
    QTest::newRow("confidence below .5") << f << QList<int>{2, 3, 5};
    f = {};
    f.shape = BeadFilter::Shape::NotOneToOne;
    QTest::newRow("not 1-1") << f << QList<int>{1, 3};
    f.shape = BeadFilter::Shape::Exact;
    f.exactShape = QStringLiteral("2-1");
    QTest::newRow("2-1") << f << QList<int>{1};
    f = {};
    f.empty = BeadFilter::Empty::Source;
    QTest::newRow("empty source") << f << QList<int>{3};
    f.empty = BeadFilter::Empty::Target;
    QTest::newRow("empty target") << f << QList<int>{};
    f = {};
    f.flaggedOnly = true;
    QTest::newRow("flagged") << f << QList<int>{5};
    f = {};
    f.text = QRegularExpression(QStringLiteral("20\\d\\d"));
    QTest::newRow("regex both sides") << f << QList<int>{0, 5};
    f.text = QRegularExpression(QStringLiteral("гафари"), QRegularExpression::CaseInsensitiveOption);
    f.textSide = BeadFilter::Side::Target;
    QTest::newRow("regex target") << f << QList<int>{2};
    f.textSide = BeadFilter::Side::Source;
    QTest::newRow("regex wrong side") << f << QList<int>{};
    f = {};
    f.text = QRegularExpression(QStringLiteral("(unclosed"));
    QTest::newRow("invalid regex shows nothing") << f << QList<int>{};
    f = {};
    f.status = BeadFilter::Status::Unconfirmed;
    f.confidenceBelow = 0.8;
    f.shape = BeadFilter::Shape::OneToOne;
    QTest::newRow("combined") << f << QList<int>{2, 5};
}

void FilterNavigationTest::filters() {
    QFETCH(BeadFilter, filter);
    QFETCH(QList<int>, rows);
    m_filter->setFilter(filter);
    QCOMPARE(shown(*m_filter), rows);
}

void FilterNavigationTest::navigation() {
    const QAbstractItemModel& m = *m_model;
    QCOMPARE(findNext(m, -1, NavigationTarget::Unconfirmed).row, 1);
    QCOMPARE(findNext(m, 1, NavigationTarget::Unconfirmed).row, 2);
    QCOMPARE(findNext(m, 2, NavigationTarget::NotOneToOne).row, 3);
    QCOMPARE(findNext(m, 3, NavigationTarget::NotOneToOne).row, 1); // wraps
    QVERIFY(findNext(m, 3, NavigationTarget::NotOneToOne).wrapped);
    QCOMPARE(findNext(m, 0, NavigationTarget::Flagged).row, 5);
    QCOMPARE(findNext(m, 5, NavigationTarget::Flagged).row, 5); // the only one: found again, wrapped
    QVERIFY(findNext(m, 5, NavigationTarget::Flagged).wrapped);
    QCOMPARE(findNext(m, 0, NavigationTarget::LowConfidence, true, 0.5).row, 2);
    QCOMPARE(findNext(m, 2, NavigationTarget::LowConfidence, true, 0.5).row, 3);
    QCOMPARE(findNext(m, 5, NavigationTarget::LowConfidence, false, 0.5).row, 3); // backwards
    QCOMPARE(findNext(m, 0, NavigationTarget::LowConfidence, true, 0.1).row, -1);
    // Confirm everything: nothing unconfirmed is left.
    QVERIFY(m_ws->perform(ConfirmAbove{6}).isEmpty());
    QCOMPARE(findNext(m, -1, NavigationTarget::Unconfirmed).row, -1);
    QCOMPARE(findNext(m, -1, NavigationTarget::LowConfidence).row, -1);
}

void FilterNavigationTest::navigationInsideFilter() {
    BeadFilter f;
    f.shape = BeadFilter::Shape::OneToOne;
    m_filter->setFilter(f); // rows 0, 2, 4, 5
    const NavigationResult r = findNext(*m_filter, 0, NavigationTarget::LowConfidence, true, 0.5);
    QCOMPARE(m_filter->mapToSource(m_filter->index(r.row, 0)).row(), 2);
    QCOMPARE(findNext(*m_filter, -1, NavigationTarget::NotOneToOne).row, -1);
}

QTEST_MAIN(FilterNavigationTest)
#include "filter_navigation_test.moc"
