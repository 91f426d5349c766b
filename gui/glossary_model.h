// The glossary table model: the project's stored terms followed by fresh suggestions from the last
// mining run that are not stored yet; each row carries its evidence (beads and surface forms).
#pragma once

#include "core/model/glossary.h"
#include "core/names/name_mining.h"

#include <QAbstractTableModel>

#include <vector>

namespace tandem::gui {

class Workspace;

class GlossaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SourceColumn, TargetColumn, StatusColumn, ScoreColumn, SeenColumn, MethodColumn, ColumnCount };
    enum Role {
        TermIdRole = Qt::UserRole + 1,
        StoredRole,
        StatusRole,
        FirstBeadRole,
        StatusKeyRole, ///< "new", "suggested", "confirmed" or "rejected" in any interface language (filters)
    };

    explicit GlossaryModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads the stored terms (after an edit, undo or redo of the glossary).
    void refresh();
    /// Replaces the mining results (suggestions not stored are listed after the stored terms).
    void setSuggestions(std::vector<NameSuggestion> suggestions);

    /// The term of a row (stored, or a fresh suggestion with id 0 and status Suggested).
    Term term(int row) const;
    /// Evidence for a row: the mining evidence of its source form (empty if mining did not see it).
    std::vector<NameEvidence> evidence(int row) const;
    /// Row of the first entry whose source form is `source`, -1 if none.
    int rowOfSource(const QString& source) const;
    /// How a row's pair was found, in the interface language ("" when mining did not see it).
    QString method(int row) const;

private:
    const NameSuggestion* suggestionFor(const std::string& source) const;
    void rebuild();

    Workspace& m_workspace;
    std::vector<NameSuggestion> m_suggestions;
    /// The rows: a stored term (id != 0) or a fresh suggestion (index into m_suggestions).
    struct Row {
        std::int64_t termId = 0;
        std::size_t suggestion = 0;
    };
    std::vector<Row> m_rows;
};

} // namespace tandem::gui
