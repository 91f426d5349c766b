// The alignment map's hit-testing (a click on the path or on the strip reaches the right bead) and
// its partial redraws (after an edit or new flags the picture is the one a fresh map draws).
#include "gui/alignment_map.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tandem;
using namespace tandem::gui;

namespace {
/// 40 beads over 50 source and 46 target segments, with a few 2-1, 1-2 and 1-0 / 0-1 beads.
Alignment someBeads(std::size_t& sourceSize, std::size_t& targetSize) {
    Alignment beads;
    std::size_t s = 0, t = 0;
    for (int i = 0; i < 40; ++i) {
        std::size_t m = 1, n = 1;
        if (i % 7 == 3)
            m = 2;
        if (i % 11 == 5)
            n = 2;
        if (i == 20)
            n = 0;
        if (i == 30)
            m = 0;
        if (i % 9 == 8)
            m = 3;
        beads.push_back({s, s + m, t, t + n, 0.5 + 0.01 * i, i < 10 ? BeadStatus::Confirmed : BeadStatus::Auto});
        s += m;
        t += n;
    }
    sourceSize = s;
    targetSize = t;
    return beads;
}
} // namespace

class AlignmentMapTest : public QObject {
    Q_OBJECT
private slots:
    void clickOnPathReachesBead();
    void clickOnStripReachesRow();
    void emptyMapHitsNothing();
    void hugeAlignmentStillHits();
    void editDrawsWhatAFreshMapDraws_data();
    void editDrawsWhatAFreshMapDraws();
};

void AlignmentMapTest::clickOnPathReachesBead() {
    std::size_t s = 0, t = 0;
    const Alignment beads = someBeads(s, t);
    AlignmentMap map;
    map.resize(420, 520);
    map.setAlignment(beads, s, t, std::vector<bool>(beads.size(), false));
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QSignalSpy clicked(&map, &AlignmentMap::beadClicked);
    for (int i = 0; i < int(beads.size()); ++i) {
        const QPoint at = map.beadCenter(i).toPoint();
        QCOMPARE(map.beadAt(at), i);
        QTest::mouseClick(&map, Qt::LeftButton, {}, at);
        QCOMPARE(clicked.count(), i + 1);
        QCOMPARE(clicked.last().first().toInt(), i);
    }
    // A point a little beside the path still reaches the nearest bead.
    const QPointF c = map.beadCenter(25);
    QCOMPARE(map.beadAt((c + QPointF(3, -3)).toPoint()), 25);
}

void AlignmentMapTest::clickOnStripReachesRow() {
    std::size_t s = 0, t = 0;
    const Alignment beads = someBeads(s, t);
    AlignmentMap map;
    map.resize(300, 406); // strip height 394 px for 40 beads: ~9.85 px per bead
    map.setAlignment(beads, s, t);
    const int top = 6, height = 406 - 12;
    for (int i = 0; i < 40; ++i) {
        const int y = top + int((i + 0.5) * height / 40.0);
        QCOMPARE(map.beadAt(QPoint(10, y)), i);
    }
    QCOMPARE(map.beadAt(QPoint(10, 2)), -1); // above the strip
}

void AlignmentMapTest::emptyMapHitsNothing() {
    AlignmentMap map;
    map.resize(200, 200);
    QCOMPARE(map.beadAt(QPoint(100, 100)), -1);
    map.setAlignment({}, 0, 0);
    QCOMPARE(map.beadAt(QPoint(10, 100)), -1);
}

void AlignmentMapTest::hugeAlignmentStillHits() {
    // 100,000 1-1 beads: every click lands within a bead or two of the one under the pixel.
    Alignment beads;
    for (std::size_t i = 0; i < 100000; ++i)
        beads.push_back({i, i + 1, i, i + 1, 0.9, BeadStatus::Auto});
    AlignmentMap map;
    map.resize(300, 600);
    map.setAlignment(beads, 100000, 100000);
    for (int i : {0, 777, 50000, 99999}) {
        const int hit = map.beadAt(map.beadCenter(i).toPoint());
        QVERIFY2(std::abs(hit - i) <= 400, qPrintable(QStringLiteral("%1 -> %2").arg(i).arg(hit)));
    }
}

namespace {
/// n beads of 1-1 over n segments per side, confidences spread over [0.2, 1], every fifth confirmed.
Alignment oneToOne(std::size_t n) {
    Alignment beads;
    for (std::size_t i = 0; i < n; ++i)
        beads.push_back({i, i + 1, i, i + 1, 0.2 + 0.8 * double(i % 97) / 96.0,
                         i % 5 == 0 ? BeadStatus::Confirmed : BeadStatus::Auto});
    return beads;
}

QImage picture(AlignmentMap& map) { return map.grab().toImage().convertToFormat(QImage::Format_RGB32); }
} // namespace

void AlignmentMapTest::editDrawsWhatAFreshMapDraws_data() {
    QTest::addColumn<int>("beads");
    QTest::newRow("article (antialiased)") << 300;
    QTest::newRow("book (plain lines)") << 60000;
}

void AlignmentMapTest::editDrawsWhatAFreshMapDraws() {
    QFETCH(int, beads);
    const auto n = std::size_t(beads);
    Alignment before = oneToOne(n);
    AlignmentMap map;
    map.resize(260, 600);
    map.setAlignment(before, n, n);
    picture(map); // lays the widget out: the edits below draw into a picture of the right size

    // Rows n/2 and n/2 + 1 merged (a 2-2 bead, marked).
    const std::size_t row = n / 2;
    Alignment after = before;
    after[row] = {row, row + 2, row, row + 2, 0.3, BeadStatus::Auto};
    after.erase(after.begin() + std::ptrdiff_t(row) + 1);
    map.applyEdit(after, row, 2, n, n);
    AlignmentMap fresh;
    fresh.resize(map.size());
    fresh.setAlignment(after, n, n);
    QCOMPARE(picture(map), picture(fresh));

    // Two rows flagged, one of them the merged row.
    std::vector<bool> flagged(after.size(), false);
    flagged[row] = flagged[n / 4] = true;
    map.setFlags(row - 1, {false, true, false});
    map.setFlags(n / 4, {true});
    fresh.setAlignment(after, n, n, flagged);
    QCOMPARE(picture(map), picture(fresh));

    // A split segment makes a document longer: everything moves, and is drawn again.
    after[row].srcEnd += 1;
    for (std::size_t i = row + 1; i < after.size(); ++i)
        after[i].srcBegin += 1, after[i].srcEnd += 1;
    map.applyEdit(after, row, 1, n + 1, n);
    fresh.setAlignment(after, n + 1, n, flagged);
    flagged[row] = false; // the edited row waits for its check
    fresh.setFlags(row, {false});
    QCOMPARE(picture(map), picture(fresh));
}

QTEST_MAIN(AlignmentMapTest)
#include "alignment_map_test.moc"
