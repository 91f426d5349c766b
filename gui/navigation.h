// Review navigation: the next (or previous) row needing attention in whatever model the table shows
// (the filter proxy included), wrapping around the end.
#pragma once

class QAbstractItemModel;

namespace tandem::gui {

/// What "next" looks for.
enum class NavigationTarget { Unconfirmed, LowConfidence, NotOneToOne, Flagged };

/// Where a search landed: row -1 when nothing matches; wrapped when it passed the end (or start).
struct NavigationResult {
    int row = -1;
    bool wrapped = false;
};

/// True when the row of model matches target; lowConfidence is the threshold for LowConfidence.
bool rowMatches(const QAbstractItemModel& model, int row, NavigationTarget target, double lowConfidence);

/// Searches from the row after `from` (before it when !forward), wrapping once; from may be -1.
NavigationResult findNext(const QAbstractItemModel& model, int from, NavigationTarget target, bool forward = true,
                          double lowConfidence = 0.5);

} // namespace tandem::gui
