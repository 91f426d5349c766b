// Next/previous row needing review, read through the alignment roles.
#include "gui/navigation.h"

#include "core/model/alignment.h"
#include "gui/alignment_roles.h"

#include <QAbstractItemModel>

namespace tandem::gui {

bool rowMatches(const QAbstractItemModel& model, int row, NavigationTarget target, double lowConfidence) {
    const QModelIndex i = model.index(row, 0);
    switch (target) {
    case NavigationTarget::Unconfirmed:
        return static_cast<BeadStatus>(i.data(StatusRole).toInt()) != BeadStatus::Confirmed;
    case NavigationTarget::LowConfidence:
        return static_cast<BeadStatus>(i.data(StatusRole).toInt()) != BeadStatus::Confirmed &&
               i.data(ConfidenceRole).toDouble() < lowConfidence;
    case NavigationTarget::NotOneToOne:
        return i.data(SourceCountRole).toInt() != 1 || i.data(TargetCountRole).toInt() != 1;
    case NavigationTarget::Flagged:
        return i.data(FlaggedRole).toBool();
    }
    return false;
}

NavigationResult findNext(const QAbstractItemModel& model, int from, NavigationTarget target, bool forward,
                          double lowConfidence) {
    const int n = model.rowCount();
    if (n == 0)
        return {};
    const int step = forward ? 1 : -1;
    int row = from < 0 ? (forward ? 0 : n - 1) : from + step;
    for (int visited = 0; visited < n; ++visited, row += step) {
        if (row >= n)
            row = 0;
        else if (row < 0)
            row = n - 1;
        if (rowMatches(model, row, target, lowConfidence))
            return {row, from >= 0 && (forward ? row <= from : row >= from)};
    }
    return {};
}

} // namespace tandem::gui
