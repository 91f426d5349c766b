// Painting and hit-testing of the alignment map. The path is rendered once per change into a cached
// image (a whole book is 100,000 short lines); the visible-rows marker is drawn over it each paint.
#include "gui/alignment_map.h"

#include "gui/palette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

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

void AlignmentMap::render() {
    m_cache = QImage(size(), QImage::Format_ARGB32_Premultiplied);
    if (m_cache.isNull())
        return;
    m_cache.fill(palette().color(QPalette::Base));
    QPainter p(&m_cache);
    p.setRenderHint(QPainter::Antialiasing, m_beads.size() < 5000);

    const QRectF plot = plotRect();
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p.drawRect(plot);
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 1, Qt::DashLine));
    p.drawLine(plot.topLeft(), plot.bottomRight());

    // The path, then marks on doubtful beads (one per pixel so a book stays legible).
    QPointF lastMark(-10, -10);
    for (std::size_t i = 0; i < m_beads.size(); ++i) {
        const Bead& b = m_beads[i];
        p.setPen(QPen(beadColor(b), 2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(toPlot(double(b.tgtBegin), double(b.srcBegin)), toPlot(double(b.tgtEnd), double(b.srcEnd)));
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    for (std::size_t i = 0; i < m_beads.size(); ++i) {
        const Bead& b = m_beads[i];
        const bool odd = b.srcCount() != 1 || b.tgtCount() != 1;
        if (!m_flagged[i] && !odd)
            continue;
        const QPointF c = beadCenter(int(i));
        if (std::abs(c.x() - lastMark.x()) < 2 && std::abs(c.y() - lastMark.y()) < 2 && !m_flagged[i])
            continue;
        lastMark = c;
        p.setPen(Qt::NoPen);
        p.setBrush(m_flagged[i] ? flagColor() : nonOneToOneColor());
        p.drawEllipse(c, 2.5, 2.5);
    }

    // The strip: one pixel row covers n / height beads; it shows the most worrying of them.
    const QRect strip = stripRect();
    const int rows = std::max(1, strip.height());
    const std::size_t n = m_beads.size();
    p.setRenderHint(QPainter::Antialiasing, false);
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

void AlignmentMap::resizeEvent(QResizeEvent*) { render(); }

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
