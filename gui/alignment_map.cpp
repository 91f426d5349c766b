// Painting and hit-testing of the alignment map. The path is rendered into a cached image (a whole
// book is 100,000 short lines) once, then an edit draws again only the part of the plot its beads
// cover, and the strip; the visible-rows marker is drawn over the image at each paint.
#include "gui/alignment_map.h"

#include "gui/palette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <ranges>

namespace tandem::gui {

AlignmentMap::AlignmentMap(QWidget* parent) : QWidget(parent) {
    setMouseTracking(false);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Alignment map: source down, target across. Click to jump to a bead."));
}

void AlignmentMap::setAlignment(Alignment beads, std::size_t sourceSize, std::size_t targetSize,
                                std::vector<bool> flagged) {
    m_beads = std::move(beads);
    m_sourceSize = sourceSize;
    m_targetSize = targetSize;
    m_flagged = std::move(flagged);
    m_flagged.resize(m_beads.size(), false);
    render();
    update();
}

void AlignmentMap::applyEdit(const Alignment& beads, std::size_t row, std::size_t removed, std::size_t sourceSize,
                             std::size_t targetSize) {
    row = std::min(row, m_beads.size());
    removed = std::min(removed, m_beads.size() - row);
    const std::size_t inserted = beads.size() + removed - m_beads.size();
    if (beads.size() + removed < m_beads.size() || row + inserted > beads.size()) {
        setAlignment(beads, sourceSize, targetSize);
        return;
    }
    const auto flag = m_flagged.begin() + std::ptrdiff_t(row);
    m_flagged.erase(flag, flag + std::ptrdiff_t(removed));
    m_flagged.insert(m_flagged.begin() + std::ptrdiff_t(row), inserted, false);
    if (sourceSize != m_sourceSize || targetSize != m_targetSize || m_cache.size() != size()) {
        m_beads = beads;
        m_sourceSize = sourceSize;
        m_targetSize = targetSize;
        render();
    } else {
        // The new rows cover the segments the old ones did; the row after them is drawn again too, as
        // whether its mark shows depends on its predecessor.
        const auto at = m_beads.begin() + std::ptrdiff_t(row);
        m_beads.erase(at, at + std::ptrdiff_t(removed));
        const auto from = beads.begin() + std::ptrdiff_t(row);
        m_beads.insert(m_beads.begin() + std::ptrdiff_t(row), from, from + std::ptrdiff_t(inserted));
        renderPlot(plotArea(row, row + inserted + 1));
        renderStrip();
    }
    update();
}

void AlignmentMap::setFlags(std::size_t first, const std::vector<bool>& flagged) {
    std::size_t lo = m_flagged.size(), hi = 0;
    for (std::size_t i = 0; i < flagged.size() && first + i < m_flagged.size(); ++i) {
        if (m_flagged[first + i] == flagged[i])
            continue;
        m_flagged[first + i] = flagged[i];
        lo = std::min(lo, first + i);
        hi = first + i + 1;
    }
    if (lo >= hi)
        return;
    if (m_cache.size() != size()) {
        render();
    } else {
        renderPlot(plotArea(lo, hi + 1));
        renderStrip();
    }
    update();
}

void AlignmentMap::setVisibleRange(int first, int last) {
    if (first == m_firstVisible && last == m_lastVisible)
        return;
    m_firstVisible = first;
    m_lastVisible = last;
    update();
}

QRect AlignmentMap::stripRect() const { return {Margin, Margin, StripWidth, height() - 2 * Margin}; }

QRectF AlignmentMap::plotRect() const {
    const double left = Margin + StripWidth + Margin;
    return {left, double(Margin), std::max(1.0, width() - left - Margin), std::max(1.0, double(height() - 2 * Margin))};
}

QPointF AlignmentMap::toPlot(double tgt, double src) const {
    const QRectF r = plotRect();
    const double tx = m_targetSize ? tgt / double(m_targetSize) : 0.0;
    const double sy = m_sourceSize ? src / double(m_sourceSize) : 0.0;
    return {r.left() + tx * r.width(), r.top() + sy * r.height()};
}

QPointF AlignmentMap::beadCenter(int i) const {
    const Bead& b = m_beads[std::size_t(i)];
    return toPlot((double(b.tgtBegin) + double(b.tgtEnd)) / 2.0, (double(b.srcBegin) + double(b.srcEnd)) / 2.0);
}

namespace {
double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}
} // namespace

int AlignmentMap::beadAt(QPoint pos) const {
    if (m_beads.empty())
        return -1;
    const int n = int(m_beads.size());
    const QRect strip = stripRect();
    if (pos.x() <= strip.right() + Margin / 2) {
        if (pos.y() < strip.top() || pos.y() > strip.bottom())
            return -1;
        const double share = double(pos.y() - strip.top()) / std::max(1, strip.height());
        return std::clamp(int(share * n), 0, n - 1);
    }
    // Bead centres are monotone in x + y: find the first at or past the click, then take the nearest
    // path segment among its neighbours.
    const double key = pos.x() + pos.y();
    int lo = 0, hi = n;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const QPointF c = beadCenter(mid);
        if (c.x() + c.y() < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    int best = -1;
    double bestDistance = 1e300;
    for (int i = std::max(0, lo - 64); i < std::min(n, lo + 64); ++i) {
        const Bead& b = m_beads[std::size_t(i)];
        const double d = distanceToSegment(QPointF(pos), toPlot(double(b.tgtBegin), double(b.srcBegin)),
                                           toPlot(double(b.tgtEnd), double(b.srcEnd)));
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

namespace {
/// Up to this many beads the path is drawn antialiased with round caps; a book gets plain lines.
constexpr std::size_t kDetailedLimit = 5000;
/// How far a bead's pen and mark reach beyond its line, in pixels.
constexpr double kReach = 4.0;

/// A mark as the plot draws it: a pre-rendered dot placed on whole pixels.
struct Mark {
    bool shown = false;
    bool flagged = false;
    QPoint topLeft;
    friend bool operator==(const Mark&, const Mark&) = default;
};

constexpr int kDotSize = 7;

QImage dot(const QColor& color) {
    QImage image(kDotSize, kDotSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QPointF(kDotSize / 2.0, kDotSize / 2.0), 2.5, 2.5);
    return image;
}
} // namespace

QRectF AlignmentMap::plotArea(std::size_t first, std::size_t last) const {
    last = std::min(last, m_beads.size());
    if (first >= last)
        return {};
    const Bead& a = m_beads[first];
    const Bead& b = m_beads[last - 1];
    const QRectF line(toPlot(double(a.tgtBegin), double(a.srcBegin)), toPlot(double(b.tgtEnd), double(b.srcEnd)));
    return line.normalized().adjusted(-kReach, -kReach, kReach, kReach);
}

void AlignmentMap::render() {
    m_cache = QImage(size(), QImage::Format_ARGB32_Premultiplied);
    if (m_cache.isNull())
        return;
    m_cache.fill(palette().color(QPalette::Base));
    renderPlot(QRectF(rect()));
    renderStrip();
}

void AlignmentMap::renderPlot(const QRectF& area) {
    if (m_cache.isNull())
        return;
    // Everything right of the strip belongs to the plot.
    const QRect clip = area.toAlignedRect() & QRect(QPoint(stripRect().right() + 1, 0), m_cache.size());
    if (clip.isEmpty())
        return;
    QPainter p(&m_cache);
    p.setClipRect(clip);
    p.fillRect(clip, palette().color(QPalette::Base));
    const bool detailed = m_beads.size() < kDetailedLimit;
    p.setRenderHint(QPainter::Antialiasing, detailed);

    const QRectF plot = plotRect();
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p.drawRect(plot);
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DashLine));
    p.drawLine(plot.topLeft(), plot.bottomRight());

    // The beads that reach into the area: the path is monotone, so they are one run of rows.
    const QRectF reach = QRectF(clip).adjusted(-kReach, -kReach, kReach, kReach);
    const auto rows = std::views::iota(std::size_t(0), m_beads.size());
    const auto firstRow = std::ranges::partition_point(rows, [&](std::size_t i) {
        const QPointF end = toPlot(double(m_beads[i].tgtEnd), double(m_beads[i].srcEnd));
        return end.x() < reach.left() || end.y() < reach.top();
    });
    const auto lastRow = std::ranges::partition_point(rows, [&](std::size_t i) {
        const QPointF begin = toPlot(double(m_beads[i].tgtBegin), double(m_beads[i].srcBegin));
        return begin.x() <= reach.right() && begin.y() <= reach.bottom();
    });
    const std::size_t first = *firstRow;
    const std::size_t last = std::max(first, std::size_t(*lastRow));

    // The path. A book's beads are shorter than a pixel: plain lines, two pixels wide, drawn with
    // the raster engine's fast pen (a wide pen would be stroked as a polygon per bead).
    QRgb current = 0;
    for (std::size_t i = first; i < last; ++i) {
        const Bead& b = m_beads[i];
        const QColor color = beadColor(b);
        const QLineF line(toPlot(double(b.tgtBegin), double(b.srcBegin)), toPlot(double(b.tgtEnd), double(b.srcEnd)));
        if (detailed) {
            p.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(line);
            continue;
        }
        if (i == first || color.rgb() != current) {
            current = color.rgb();
            p.setPen(QPen(color, 1));
        }
        p.drawLine(line);
        p.drawLine(line.translated(1, 0));
    }

    // Marks on doubtful beads; a mark that would cover its predecessor's exactly is left out, so a
    // book stays legible (and the choice depends on neighbours only, as redrawing a part needs).
    static const QImage flagDot = dot(flagColor());
    static const QImage oddDot = dot(nonOneToOneColor());
    const auto markOf = [&](std::size_t i) {
        const Bead& b = m_beads[i];
        Mark m;
        m.flagged = m_flagged[i];
        m.shown = m.flagged || b.srcCount() != 1 || b.tgtCount() != 1;
        if (m.shown) {
            const QPointF c = beadCenter(int(i));
            m.topLeft = QPoint(int(std::lround(c.x() - kDotSize / 2.0)), int(std::lround(c.y() - kDotSize / 2.0)));
        }
        return m;
    };
    for (std::size_t i = first; i < last; ++i) {
        const Mark m = markOf(i);
        if (!m.shown || (i > 0 && markOf(i - 1) == m))
            continue;
        p.drawImage(m.topLeft, m.flagged ? flagDot : oddDot);
    }
}

void AlignmentMap::renderStrip() {
    if (m_cache.isNull())
        return;
    // One pixel row covers n / height beads; it shows the most worrying of them.
    QPainter p(&m_cache);
    const QRect strip = stripRect();
    p.fillRect(strip, palette().color(QPalette::Base));
    const int rows = std::max(1, strip.height());
    const std::size_t n = m_beads.size();
    for (int y = 0; y < rows && n > 0; ++y) {
        std::size_t from = std::size_t(double(y) / rows * double(n));
        std::size_t to = std::max(from + 1, std::size_t(double(y + 1) / rows * double(n)));
        to = std::min(to, n);
        if (from >= n)
            break;
        bool anyFlag = false, anyOdd = false, allConfirmed = true;
        double worst = 1.0;
        for (std::size_t i = from; i < to; ++i) {
            const Bead& b = m_beads[i];
            anyFlag = anyFlag || m_flagged[i];
            anyOdd = anyOdd || b.srcCount() != 1 || b.tgtCount() != 1;
            if (b.status != BeadStatus::Confirmed) {
                allConfirmed = false;
                worst = std::min(worst, b.confidence);
            }
        }
        const int half = StripWidth / 2;
        Bead shown;
        shown.confidence = worst;
        shown.status = allConfirmed ? BeadStatus::Confirmed : BeadStatus::Auto;
        p.fillRect(strip.left(), strip.top() + y, half, 1, beadColor(shown));
        if (anyFlag || anyOdd)
            p.fillRect(strip.left() + half, strip.top() + y, StripWidth - half, 1,
                       anyFlag ? flagColor() : nonOneToOneColor());
    }
}

void AlignmentMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    if (m_cache.size() != size())
        render();
    p.drawImage(0, 0, m_cache);
    if (m_beads.empty() || m_firstVisible < 0)
        return;
    const int n = int(m_beads.size());
    const int first = std::clamp(m_firstVisible, 0, n - 1);
    const int last = std::clamp(m_lastVisible, first, n - 1);

    const QRect strip = stripRect();
    const double y0 = strip.top() + double(first) / n * strip.height();
    const double y1 = strip.top() + double(last + 1) / n * strip.height();
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(strip.left() - 2, y0 - 1, StripWidth + 4, std::max(3.0, y1 - y0 + 2)));

    const Bead& a = m_beads[std::size_t(first)];
    const Bead& b = m_beads[std::size_t(last)];
    const QPointF topLeft = toPlot(double(a.tgtBegin), double(a.srcBegin));
    const QPointF bottomRight = toPlot(double(b.tgtEnd), double(b.srcEnd));
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    QRectF band(topLeft, bottomRight);
    band = band.normalized().adjusted(-3, -3, 3, 3);
    p.fillRect(band, fill);
    p.drawRect(band);
}

void AlignmentMap::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton)
        return;
    const int bead = beadAt(e->position().toPoint());
    if (bead >= 0)
        emit beadClicked(bead);
}

void AlignmentMap::mouseMoveEvent(QMouseEvent* e) {
    if (e->buttons() & Qt::LeftButton)
        mousePressEvent(e);
}

void AlignmentMap::resizeEvent(QResizeEvent*) {
    // Qt repeats the resize event of a hidden widget at each grab(): draw only for a new size.
    if (m_cache.size() != size())
        render();
}

bool AlignmentMap::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const int i = beadAt(help->pos());
        if (i >= 0) {
            const Bead& b = m_beads[std::size_t(i)];
            QToolTip::showText(help->globalPos(),
                               tr("Bead %1 · %2 · confidence %3%4")
                                   .arg(i + 1)
                                   .arg(QString::fromStdString(b.shape()))
                                   .arg(b.confidence, 0, 'f', 2)
                                   .arg(m_flagged[std::size_t(i)] ? tr(" · flagged") : QString()),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(e);
}

} // namespace tandem::gui
