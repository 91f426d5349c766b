// Paints and edits the alignment table's cells: wrapped segment text with glossary names highlighted
// and a rule under paragraph ends, the confidence band, status and flag marks; edits a side's text.
#pragma once

#include <QStyledItemDelegate>

namespace tandem::gui {

/// Item delegate of the alignment table.
class BeadDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit BeadDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    /// F2 saves the edit (InterText), Tab saves and moves on, Escape cancels; Enter stays a line break.
    bool eventFilter(QObject* editor, QEvent* event) override;

private:
    static constexpr int Padding = 4;
    static constexpr int BandWidth = 6;
};

} // namespace tandem::gui
