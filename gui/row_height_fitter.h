// Lazy row heights for the alignment table: only rows that scroll into view are measured (wrapped
// text), once, until their data or the column widths change. A 100,000-row table never measures
// more than a screenful at a time.
#pragma once

#include <QObject>

#include <vector>

class QTableView;

namespace tandem::gui {

class RowHeightFitter : public QObject {
    Q_OBJECT
public:
    /// Attaches to view (and its current and future model).
    explicit RowHeightFitter(QTableView* view);

    /// Measures the rows now in the viewport that are not measured yet.
    void fitVisible();
    /// Forgets every measurement (column widths or fonts changed).
    void invalidateAll();
    /// Rows measured so far (for the benchmark and tests).
    int measuredRows() const;

private:
    void attachModel();
    void invalidate(int first, int last);
    void schedule();

    QTableView* m_view;
    std::vector<bool> m_fitted;
    bool m_scheduled = false;
};

} // namespace tandem::gui
