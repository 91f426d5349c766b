// Lazy per-row height measurement for QTableView.
#include "gui/row_height_fitter.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace tandem::gui {

RowHeightFitter::RowHeightFitter(QTableView* view) : QObject(view), m_view(view) {
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &RowHeightFitter::schedule);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &RowHeightFitter::schedule);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, &RowHeightFitter::invalidateAll);
    attachModel();
}

void RowHeightFitter::attachModel() {
    QAbstractItemModel* model = m_view->model();
    m_fitted.assign(model ? std::size_t(model->rowCount()) : 0, false);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& a, const QModelIndex& b) { invalidate(a.row(), b.row()); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        m_fitted.insert(m_fitted.begin() + std::min<std::size_t>(std::size_t(first), m_fitted.size()),
                        std::size_t(last - first + 1), false);
        schedule();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex&, int first, int last) {
        const auto from = std::min<std::size_t>(std::size_t(first), m_fitted.size());
        const auto to = std::min<std::size_t>(std::size_t(last) + 1, m_fitted.size());
        m_fitted.erase(m_fitted.begin() + std::ptrdiff_t(from), m_fitted.begin() + std::ptrdiff_t(to));
        schedule();
    });
    const auto refitAll = [this] {
        m_fitted.assign(std::size_t(m_view->model()->rowCount()), false);
        schedule();
    };
    connect(model, &QAbstractItemModel::modelReset, this, refitAll);
    connect(model, &QAbstractItemModel::layoutChanged, this, refitAll);
}

void RowHeightFitter::invalidate(int first, int last) {
    for (int r = std::max(0, first); r <= last && std::size_t(r) < m_fitted.size(); ++r)
        m_fitted[std::size_t(r)] = false;
    schedule();
}

void RowHeightFitter::invalidateAll() {
    std::fill(m_fitted.begin(), m_fitted.end(), false);
    schedule();
}

void RowHeightFitter::schedule() {
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        fitVisible();
    });
}

void RowHeightFitter::fitVisible() {
    const QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    if (m_fitted.size() != std::size_t(model->rowCount()))
        m_fitted.assign(std::size_t(model->rowCount()), false);
    // Shrinking rows can bring more into view: repeat until a pass measures nothing new.
    for (int pass = 0; pass < 4; ++pass) {
        const int height = m_view->viewport()->height();
        int first = m_view->rowAt(0);
        if (first < 0)
            return;
        int last = m_view->rowAt(height - 1);
        if (last < 0)
            last = model->rowCount() - 1;
        bool measured = false;
        for (int r = first; r <= last; ++r) {
            if (m_fitted[std::size_t(r)])
                continue;
            m_view->resizeRowToContents(r);
            m_fitted[std::size_t(r)] = true;
            measured = true;
        }
        if (!measured)
            return;
    }
}

int RowHeightFitter::measuredRows() const { return int(std::count(m_fitted.begin(), m_fitted.end(), true)); }

} // namespace tandem::gui
