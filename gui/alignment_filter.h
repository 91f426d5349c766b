// The filter proxy over the alignment model: status, confidence below x, bead shape, empty side,
// flagged only, and a regular expression on either side.
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <optional>

namespace tandem::gui {

/// What the table shows; every criterion defaults to "anything".
struct BeadFilter {
    enum class Status { Any, Unconfirmed, Auto, Confirmed, NeedsReview };
    enum class Shape { Any, OneToOne, NotOneToOne, Exact };
    enum class Empty { Any, Source, Target, Either };
    enum class Side { Both, Source, Target };

    Status status = Status::Any;
    std::optional<double> confidenceBelow; ///< keep beads whose confidence is below this
    Shape shape = Shape::Any;
    QString exactShape; ///< "2-1" when shape == Exact
    Empty empty = Empty::Any;
    bool flaggedOnly = false;
    QRegularExpression text; ///< empty pattern = no text criterion
    Side textSide = Side::Both;

    bool isActive() const;
};

/// A QSortFilterProxyModel that keeps row order and applies a BeadFilter.
class AlignmentFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AlignmentFilter(QObject* parent = nullptr);

    const BeadFilter& filter() const { return m_filter; }
    void setFilter(BeadFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    BeadFilter m_filter;
};

} // namespace tandem::gui
