// Row acceptance for the alignment filter: every criterion reads the model's roles, none touches core.
#include "gui/alignment_filter.h"

#include "core/model/alignment.h"
#include "gui/alignment_roles.h"

namespace tandem::gui {

bool BeadFilter::isActive() const {
    return status != Status::Any || confidenceBelow || shape != Shape::Any || empty != Empty::Any || flaggedOnly ||
           !text.pattern().isEmpty();
}

AlignmentFilter::AlignmentFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
}

void AlignmentFilter::setFilter(BeadFilter filter) {
    m_filter = std::move(filter);
    invalidateFilter();
}

bool AlignmentFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_filter.isActive())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto status = static_cast<BeadStatus>(i.data(StatusRole).toInt());
    switch (m_filter.status) {
    case BeadFilter::Status::Any: break;
    case BeadFilter::Status::Unconfirmed:
        if (status == BeadStatus::Confirmed)
            return false;
        break;
    case BeadFilter::Status::Auto:
        if (status != BeadStatus::Auto)
            return false;
        break;
    case BeadFilter::Status::Confirmed:
        if (status != BeadStatus::Confirmed)
            return false;
        break;
    case BeadFilter::Status::NeedsReview:
        if (status != BeadStatus::NeedsReview)
            return false;
        break;
    }
    if (m_filter.confidenceBelow && !(i.data(ConfidenceRole).toDouble() < *m_filter.confidenceBelow))
        return false;
    const int src = i.data(SourceCountRole).toInt();
    const int tgt = i.data(TargetCountRole).toInt();
    switch (m_filter.shape) {
    case BeadFilter::Shape::Any: break;
    case BeadFilter::Shape::OneToOne:
        if (src != 1 || tgt != 1)
            return false;
        break;
    case BeadFilter::Shape::NotOneToOne:
        if (src == 1 && tgt == 1)
            return false;
        break;
    case BeadFilter::Shape::Exact:
        if (i.data(ShapeRole).toString() != m_filter.exactShape)
            return false;
        break;
    }
    switch (m_filter.empty) {
    case BeadFilter::Empty::Any: break;
    case BeadFilter::Empty::Source:
        if (src != 0)
            return false;
        break;
    case BeadFilter::Empty::Target:
        if (tgt != 0)
            return false;
        break;
    case BeadFilter::Empty::Either:
        if (src != 0 && tgt != 0)
            return false;
        break;
    }
    if (m_filter.flaggedOnly && !i.data(FlaggedRole).toBool())
        return false;
    if (!m_filter.text.pattern().isEmpty()) {
        if (!m_filter.text.isValid())
            return false;
        const bool inSource = m_filter.textSide != BeadFilter::Side::Target &&
                              m_filter.text.match(i.data(SourceTextRole).toString()).hasMatch();
        const bool inTarget = m_filter.textSide != BeadFilter::Side::Source &&
                              m_filter.text.match(i.data(TargetTextRole).toString()).hasMatch();
        if (!inSource && !inTarget)
            return false;
    }
    return true;
}

} // namespace tandem::gui
