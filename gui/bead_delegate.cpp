// Cell painting and in-place editing for the alignment table. Text is laid out with QTextLayout so
// that name highlights and segment breaks survive wrapping; heights are computed per row on demand.
#include "gui/bead_delegate.h"

#include "core/model/alignment.h"
#include "gui/alignment_roles.h"
#include "gui/palette.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextLayout>

#include <cmath>

namespace tandem::gui {

namespace {

bool isTextColumn(const QModelIndex& index) {
    return index.column() == columnIndex(AlignmentColumn::Source) || index.column() == columnIndex(AlignmentColumn::Target);
}

/// Lays text out in width; segment breaks ('\n') become line separators so spans keep their offsets.
qreal layoutText(QTextLayout& layout, const QString& text, const QFont& font, qreal width,
                 const QList<NameSpan>& spans, const QPalette& palette) {
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(shown);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    for (const NameSpan& s : spans) {
        QTextLayout::FormatRange r;
        r.start = s.start;
        r.length = s.length;
        if (s.confirmed) {
            r.format.setBackground(QColor(0xff, 0xec, 0x9a));
        } else {
            r.format.setUnderlineStyle(QTextCharFormat::DotLine);
            r.format.setUnderlineColor(palette.color(QPalette::Link));
        }
        formats << r;
    }
    layout.setFormats(formats);
    layout.beginLayout();
    qreal height = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(std::max<qreal>(10, width));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

BeadDelegate::BeadDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void BeadDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& pal = opt.palette;
    painter->save();
    painter->fillRect(opt.rect, selected ? pal.brush(QPalette::Highlight) : opt.backgroundBrush);
    if (!selected && opt.backgroundBrush.style() == Qt::NoBrush && (index.row() % 2))
        painter->fillRect(opt.rect, pal.brush(QPalette::AlternateBase));
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect inner = opt.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const auto status = static_cast<BeadStatus>(index.data(StatusRole).toInt());

    if (isTextColumn(index)) {
        QTextLayout layout;
        const auto spans = index.data(NameSpansRole).value<QList<NameSpan>>();
        layoutText(layout, index.data(Qt::DisplayRole).toString(), opt.font, inner.width(), spans, pal);
        painter->setPen(textColor);
        painter->setClipRect(opt.rect);
        layout.draw(painter, inner.topLeft());
        if (index.data(ParagraphEndRole).toBool()) {
            painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
            painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
        }
    } else if (index.column() == columnIndex(AlignmentColumn::Confidence)) {
        Bead shown;
        shown.confidence = index.data(ConfidenceRole).toDouble();
        shown.status = status;
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), BandWidth, opt.rect.height()), beadColor(shown));
        painter->setPen(textColor);
        if (status == BeadStatus::Confirmed && !selected)
            painter->setPen(beadColor(shown));
        painter->drawText(inner.adjusted(BandWidth, 0, 0, 0), Qt::AlignRight | Qt::AlignTop,
                          index.data(Qt::DisplayRole).toString());
    } else {
        const bool odd = index.data(SourceCountRole).toInt() != 1 || index.data(TargetCountRole).toInt() != 1;
        const bool flagged = index.data(FlaggedRole).toBool();
        painter->setPen(selected ? textColor : flagged ? flagColor() : odd ? nonOneToOneColor().darker(130) : textColor);
        QFont f = opt.font;
        f.setBold(odd);
        painter->setFont(f);
        painter->drawText(inner, Qt::AlignHCenter | Qt::AlignTop, index.data(Qt::DisplayRole).toString());
    }
    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight).darker(150), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(opt.rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

QSize BeadDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QFontMetrics fm(option.font);
    const int oneLine = fm.lineSpacing() + Padding;
    if (!isTextColumn(index))
        return {fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 2 * Padding + BandWidth + 14, oneLine};
    const int width = option.rect.width() > 0 ? option.rect.width() : 300;
    QTextLayout layout;
    const qreal h = layoutText(layout, index.data(Qt::DisplayRole).toString(), option.font, width - 2 * Padding, {},
                               option.palette);
    return {width, std::max(oneLine, int(std::ceil(h)) + Padding + 1)};
}

QWidget* BeadDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const {
    if (!isTextColumn(index))
        return nullptr;
    auto* editor = new QPlainTextEdit(parent);
    editor->setFrameShape(QFrame::Box);
    editor->setToolTip(tr("One line per segment. Enter splits a segment at the cursor, joining two lines merges "
                          "them. F2 saves, Tab saves and moves on, Escape cancels."));
    return editor;
}

void BeadDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* edit = static_cast<QPlainTextEdit*>(editor);
    if (edit->document()->isModified())
        return;
    edit->setPlainText(index.data(Qt::EditRole).toString());
    edit->moveCursor(QTextCursor::End);
}

void BeadDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    auto* edit = static_cast<QPlainTextEdit*>(editor);
    if (edit->document()->isModified())
        model->setData(index, edit->toPlainText(), Qt::EditRole);
}

void BeadDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const {
    QRect r = option.rect;
    r.setHeight(std::max(r.height(), 4 * option.fontMetrics.lineSpacing()));
    editor->setGeometry(r);
}

bool BeadDelegate::eventFilter(QObject* object, QEvent* event) {
    auto* editor = qobject_cast<QWidget*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F2) {
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace tandem::gui
