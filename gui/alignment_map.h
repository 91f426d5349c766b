// The alignment map: the whole book's bead path drawn as source position against target position,
// with a strip of per-bead marks (confirmed, flagged, non-1-1) and the rows the table shows.
#pragma once

#include "core/model/alignment.h"

#include <QImage>
#include <QWidget>

#include <vector>

namespace tandem::gui {

/// Shows an alignment at a glance; a click emits the bead under the mouse.
class AlignmentMap : public QWidget {
    Q_OBJECT
public:
    explicit AlignmentMap(QWidget* parent = nullptr);

    /// Replaces what is drawn. flagged may be empty (nothing flagged) or hold one entry per bead.
    void setAlignment(Alignment beads, std::size_t sourceSize, std::size_t targetSize,
                      std::vector<bool> flagged = {});
    /// An edit replaced rows [row, row + removed) (their flags are dropped); `beads` is the alignment
    /// after it. Only the part of the plot the new rows cover is drawn again, unless a document's size
    /// changed (then every bead after the edit moved).
    void applyEdit(const Alignment& beads, std::size_t row, std::size_t removed, std::size_t sourceSize,
                   std::size_t targetSize);
    /// Sets the flags of beads [first, first + flagged.size()); draws again where a flag changed.
    void setFlags(std::size_t first, const std::vector<bool>& flagged);
    /// Marks beads [first, last] as the rows the table currently shows.
    void setVisibleRange(int first, int last);
    /// The bead at a widget position (strip: by row; plot: nearest bead on the path), -1 if none.
    int beadAt(QPoint pos) const;
    /// Where bead i is drawn on the plot (the middle of its segment), for tests and tooltips.
    QPointF beadCenter(int i) const;

    QSize sizeHint() const override { return {220, 400}; }
    QSize minimumSizeHint() const override { return {80, 120}; }

signals:
    void beadClicked(int bead);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    bool event(QEvent*) override;

private:
    static constexpr int StripWidth = 14;
    static constexpr int Margin = 6;
    QRectF plotRect() const;
    QRect stripRect() const;
    QPointF toPlot(double tgt, double src) const;
    /// The plot area that beads [first, last) are drawn in, pen and marks included.
    QRectF plotArea(std::size_t first, std::size_t last) const;
    /// Draws the whole cached picture again.
    void render();
    /// Draws the plot again inside `area` (everything that reaches into it).
    void renderPlot(const QRectF& area);
    /// Draws the strip again (cheap: one pass over the beads).
    void renderStrip();

    Alignment m_beads;
    std::vector<bool> m_flagged;
    std::size_t m_sourceSize = 0;
    std::size_t m_targetSize = 0;
    int m_firstVisible = -1;
    int m_lastVisible = -1;
    QImage m_cache;
};

} // namespace tandem::gui
