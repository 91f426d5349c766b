// AlignmentModel: rows are beads of the open project; roles feed the delegate, filter and navigation.
#include "gui/alignment_model.h"

#include "gui/workspace.h"

#include <QLocale>

namespace tandem::gui {

AlignmentModel::AlignmentModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent), m_workspace(workspace) {
    connect(&workspace, &Workspace::projectReplaced, this, &AlignmentModel::onReplaced);
    connect(&workspace, &Workspace::edited, this, &AlignmentModel::onEdited);
    onReplaced();
}

int AlignmentModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

int AlignmentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columnIndex(AlignmentColumn::Count);
}

Side AlignmentModel::sideOfColumn(int column) {
    return column == columnIndex(AlignmentColumn::Target) ? Side::Target : Side::Source;
}

int AlignmentModel::mapRow(int row) const {
    if (!m_pending.active)
        return row;
    const Change& c = m_pending.change;
    const auto r = std::size_t(row);
    if (r < c.row + std::min(c.removedRows, c.insertedRows))
        return row;
    if (r >= c.row + c.removedRows)
        return int(r - c.removedRows + c.insertedRows);
    return -1; // a row being removed: nothing to show
}

QString AlignmentModel::sideText(std::size_t row, Side side) const {
    const Project& p = m_workspace.project();
    const Bead& b = p.bead(row);
    const Document& doc = p.document(side);
    const std::size_t begin = side == Side::Source ? b.srcBegin : b.tgtBegin;
    const std::size_t end = side == Side::Source ? b.srcEnd : b.tgtEnd;
    QString out;
    for (std::size_t i = begin; i < end; ++i) {
        if (i > begin)
            out += QLatin1Char('\n');
        out += QString::fromStdString(doc.segments[i].text);
    }
    return out;
}

QVariant AlignmentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_workspace.hasProject())
        return {};
    const int mapped = mapRow(index.row());
    const Project& p = m_workspace.project();
    if (mapped < 0 || std::size_t(mapped) >= p.beadCount())
        return {};
    const auto row = std::size_t(mapped);
    const Bead& b = p.bead(row);
    const auto column = static_cast<AlignmentColumn>(index.column());
    const QString flag = row < m_flags.size() ? m_flags[row] : QString();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case AlignmentColumn::Source: return sideText(row, Side::Source);
        case AlignmentColumn::Target: return sideText(row, Side::Target);
        case AlignmentColumn::Shape:
            return flag.isEmpty() ? QString::fromStdString(b.shape())
                                  : QString::fromStdString(b.shape()) + QStringLiteral(" ") + QChar(0x2691);
        case AlignmentColumn::Confidence: {
            const QString number = QLocale().toString(b.confidence, 'f', 2);
            if (b.status == BeadStatus::Confirmed)
                return QString(QChar(0x2713)) + QLatin1Char(' ') + number;
            if (b.status == BeadStatus::NeedsReview)
                return QStringLiteral("? ") + number;
            return number;
        }
        case AlignmentColumn::Count: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == AlignmentColumn::Confidence) {
            const QString status = b.status == BeadStatus::Confirmed     ? tr("confirmed")
                                   : b.status == BeadStatus::NeedsReview ? tr("needs review")
                                                                         : tr("automatic");
            return tr("%1, confidence %2").arg(status).arg(b.confidence, 0, 'f', 3);
        }
        if (!flag.isEmpty())
            return flag;
        return {};
    case ConfidenceRole: return b.confidence;
    case StatusRole: return int(b.status);
    case ShapeRole: return QString::fromStdString(b.shape());
    case SourceCountRole: return int(b.srcCount());
    case TargetCountRole: return int(b.tgtCount());
    case FlaggedRole: return !flag.isEmpty();
    case FlagReasonRole: return flag;
    case SourceTextRole: return sideText(row, Side::Source);
    case TargetTextRole: return sideText(row, Side::Target);
    case BeadIndexRole: return mapped;
    case ParagraphEndRole: {
        if (column != AlignmentColumn::Source && column != AlignmentColumn::Target)
            return false;
        const Side side = sideOfColumn(index.column());
        const std::size_t end = side == Side::Source ? b.srcEnd : b.tgtEnd;
        const std::size_t begin = side == Side::Source ? b.srcBegin : b.tgtBegin;
        return end > begin && p.document(side).endsParagraph(end - 1);
    }
    case NameSpansRole:
        if ((column != AlignmentColumn::Source && column != AlignmentColumn::Target) || !m_nameFinder)
            return {};
        return QVariant::fromValue(m_nameFinder(sideOfColumn(index.column()), sideText(row, sideOfColumn(index.column()))));
    default: return {};
    }
}

QVariant AlignmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role == Qt::TextAlignmentRole && orientation == Qt::Vertical)
        return int(Qt::AlignRight | Qt::AlignTop);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (static_cast<AlignmentColumn>(section)) {
    case AlignmentColumn::Source:
    case AlignmentColumn::Target: {
        if (!m_workspace.hasProject())
            return section == 0 ? tr("Source") : tr("Target");
        const QString tag = QString::fromStdString(m_workspace.project().document(sideOfColumn(section)).language);
        const QLocale locale(tag);
        if (locale.language() == QLocale::C)
            return tag;
        // Native names carry a territory for English ("American English"); the language is enough.
        QString name = locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
        if (name.isEmpty())
            return tag;
        name[0] = name[0].toUpper();
        return name;
    }
    case AlignmentColumn::Shape: return tr("Shape");
    case AlignmentColumn::Confidence: return tr("Confidence");
    case AlignmentColumn::Count: break;
    }
    return {};
}

Qt::ItemFlags AlignmentModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == columnIndex(AlignmentColumn::Source) || index.column() == columnIndex(AlignmentColumn::Target))
        f |= Qt::ItemIsEditable;
    return f;
}

std::vector<Edit> AlignmentModel::editsForLines(int row, Side side, const QStringList& lines, QString* message) const {
    const Project& p = m_workspace.project();
    const Bead& b = p.bead(std::size_t(row));
    const std::size_t begin = side == Side::Source ? b.srcBegin : b.tgtBegin;
    const std::size_t end = side == Side::Source ? b.srcEnd : b.tgtEnd;
    QStringList old;
    for (std::size_t i = begin; i < end; ++i)
        old << QString::fromStdString(p.document(side).segments[i].text);
    std::vector<Edit> edits;
    const auto fail = [&](const QString& why) {
        if (message)
            *message = why;
        return std::vector<Edit>{};
    };
    if (old.isEmpty())
        return fail(tr("This side of the bead has no segment; insert one first (Ctrl+Enter)."));
    if (lines.size() == old.size()) {
        for (int i = 0; i < old.size(); ++i)
            if (lines[i] != old[i])
                edits.push_back(EditText{side, begin + std::size_t(i), lines[i].toStdString()});
        return edits;
    }
    // One line break added (a split at the cursor) or removed (a merge): find the first line that differs.
    int i = 0;
    while (i < std::min(lines.size(), old.size()) && lines[i] == old[i])
        ++i;
    if (lines.size() == old.size() + 1) {
        if (i >= old.size())
            return fail(tr("Split a segment or change its text, not both at once."));
        const QString& head = lines[i];
        const QString& tail = lines[i + 1];
        const QString& whole = old[i];
        for (int k = i + 2; k < lines.size(); ++k)
            if (lines[k] != old[k - 1])
                return fail(tr("Split a segment or change its text, not both at once."));
        if (!whole.startsWith(head) || !whole.trimmed().endsWith(tail.trimmed()) ||
            whole.mid(head.size()).trimmed() != tail.trimmed())
            return fail(tr("Split a segment or change its text, not both at once."));
        const auto offset = std::size_t(head.toUcs4().size());
        return {SplitSegment{side, begin + std::size_t(i), offset}};
    }
    if (lines.size() + 1 == old.size()) {
        if (i >= lines.size())
            return fail(tr("Merge two segments or change their text, not both at once."));
        for (int k = i + 1; k < lines.size(); ++k)
            if (lines[k] != old[k + 1])
                return fail(tr("Merge two segments or change their text, not both at once."));
        const QString& joined = lines[i];
        if (!joined.startsWith(old[i]) || !joined.endsWith(old[i + 1]) ||
            joined.size() < old[i].size() + old[i + 1].size())
            return fail(tr("Merge two segments or change their text, not both at once."));
        const QString separator = joined.mid(old[i].size(), joined.size() - old[i].size() - old[i + 1].size());
        return {MergeSegments{side, begin + std::size_t(i), separator.toStdString()}};
    }
    return fail(tr("Add or remove one line break at a time (one line per segment)."));
}

bool AlignmentModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable) || !m_workspace.hasProject())
        return false;
    const Side side = sideOfColumn(index.column());
    m_lastError.clear();
    const std::vector<Edit> edits =
        editsForLines(index.row(), side, value.toString().split(QLatin1Char('\n')), &m_lastError);
    if (edits.empty())
        return m_lastError.isEmpty();
    QUndoStack& stack = m_workspace.undoStack();
    if (edits.size() > 1)
        stack.beginMacro(tr("Edit text of row %1").arg(index.row() + 1));
    for (const Edit& e : edits) {
        m_lastError = m_workspace.perform(e);
        if (!m_lastError.isEmpty())
            break;
    }
    if (edits.size() > 1)
        stack.endMacro();
    return m_lastError.isEmpty();
}

void AlignmentModel::setNameFinder(NameFinder finder) {
    m_nameFinder = std::move(finder);
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnIndex(AlignmentColumn::Target)), {NameSpansRole});
}

void AlignmentModel::setFlags(std::vector<QString> reasons) {
    reasons.resize(std::size_t(m_rows));
    int first = -1, last = -1;
    for (std::size_t i = 0; i < reasons.size(); ++i) {
        const QString old = i < m_flags.size() ? m_flags[i] : QString();
        if (old != reasons[i]) {
            if (first < 0)
                first = int(i);
            last = int(i);
        }
    }
    m_flags = std::move(reasons);
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, columnIndex(AlignmentColumn::Count) - 1));
}

void AlignmentModel::setFlagsRange(int first, const std::vector<QString>& reasons) {
    if (first < 0 || reasons.empty())
        return;
    m_flags.resize(std::size_t(m_rows));
    int last = first - 1;
    for (std::size_t i = 0; i < reasons.size() && std::size_t(first) + i < m_flags.size(); ++i) {
        m_flags[std::size_t(first) + i] = reasons[i];
        last = first + int(i);
    }
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnIndex(AlignmentColumn::Count) - 1));
}

void AlignmentModel::onReplaced() {
    beginResetModel();
    m_pending = {};
    m_rows = m_workspace.hasProject() ? int(m_workspace.project().beadCount()) : 0;
    m_flags.assign(std::size_t(m_rows), QString());
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, columnIndex(AlignmentColumn::Count) - 1);
}

void AlignmentModel::onEdited(const Change& change) {
    const int row = int(change.row);
    const int removed = int(change.removedRows);
    const int inserted = int(change.insertedRows);
    const int common = std::min(removed, inserted);
    const int lastColumn = columnIndex(AlignmentColumn::Count) - 1;
    // Flags follow their beads: rows after the change move with it, changed rows lose theirs until
    // the next check.
    if (removed != inserted && std::size_t(row) <= m_flags.size()) {
        const auto at = m_flags.begin() + row;
        const auto drop = std::min<std::size_t>(std::size_t(removed), m_flags.size() - std::size_t(row));
        m_flags.erase(at, at + std::ptrdiff_t(drop));
        m_flags.insert(m_flags.begin() + row, std::size_t(inserted), QString());
    }
    for (int i = row; i < row + common && std::size_t(i) < m_flags.size(); ++i)
        m_flags[std::size_t(i)].clear();

    m_pending = {true, change};
    if (removed > inserted) {
        beginRemoveRows({}, row + inserted, row + removed - 1);
        m_pending.active = false;
        m_rows -= removed - inserted;
        endRemoveRows();
    } else if (inserted > removed) {
        beginInsertRows({}, row + removed, row + inserted - 1);
        m_pending.active = false;
        m_rows += inserted - removed;
        endInsertRows();
    }
    m_pending.active = false;
    if (common > 0)
        emit dataChanged(index(row, 0), index(row + common - 1, lastColumn));
    if (change.glossary && m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnIndex(AlignmentColumn::Target)), {NameSpansRole});
}

} // namespace tandem::gui
