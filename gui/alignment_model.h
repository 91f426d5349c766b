// The alignment table model: a thin QAbstractTableModel over the open Project, one row per bead.
// Reads come straight from the project's memory; setData pushes an edit; a core Change becomes
// targeted row signals.
#pragma once

#include "core/project/project.h"
#include "gui/alignment_roles.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <vector>

namespace tandem::gui {

class Workspace;

class AlignmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit AlignmentModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Editing a text cell turns the change of its lines into core edits (text, split or merge of a
    /// segment) pushed on the undo stack.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// The side a column shows (Target for the target column, Source otherwise).
    static Side sideOfColumn(int column);
    /// The edits that turn bead row's `side` segments into `lines` (one per segment); empty + message
    /// when the change is not one the core can express.
    std::vector<Edit> editsForLines(int row, Side side, const QStringList& lines, QString* message) const;

    /// The last error of setData (shown by the window).
    const QString& lastError() const { return m_lastError; }

    /// Names to highlight: returns the spans of glossary names in a text of `side`. Set by the window.
    using NameFinder = std::function<QList<NameSpan>(Side side, const QString& text)>;
    void setNameFinder(NameFinder finder);
    /// Flag reasons per bead (from core checks); emits dataChanged where they differ.
    void setFlags(std::vector<QString> reasons);
    /// Flag reasons of beads [first, first + reasons.size()).
    void setFlagsRange(int first, const std::vector<QString>& reasons);
    const std::vector<QString>& flags() const { return m_flags; }

private:
    void onEdited(const Change& change);
    void onReplaced();
    int mapRow(int row) const;
    QString sideText(std::size_t row, Side side) const;

    Workspace& m_workspace;
    int m_rows = 0;
    /// While a change is being announced, rows are still numbered as before it (see mapRow).
    struct Pending {
        bool active = false;
        Change change;
    } m_pending;
    std::vector<QString> m_flags;
    NameFinder m_nameFinder;
    QString m_lastError;
};

} // namespace tandem::gui
