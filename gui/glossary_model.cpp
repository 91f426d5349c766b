// GlossaryModel: stored terms plus unstored suggestions, with the miner's evidence.
#include "gui/glossary_model.h"

#include "gui/workspace.h"

#include <QColor>
#include <QLocale>

#include <algorithm>
#include <unordered_set>

namespace tandem::gui {

GlossaryModel::GlossaryModel(Workspace& workspace, QObject* parent) : QAbstractTableModel(parent), m_workspace(workspace) {}

int GlossaryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int GlossaryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

void GlossaryModel::refresh() {
    beginResetModel();
    rebuild();
    endResetModel();
}

void GlossaryModel::setSuggestions(std::vector<NameSuggestion> suggestions) {
    beginResetModel();
    m_suggestions = std::move(suggestions);
    rebuild();
    endResetModel();
}

void GlossaryModel::rebuild() {
    m_rows.clear();
    if (!m_workspace.hasProject())
        return;
    std::unordered_set<std::string> stored;
    for (const Term& t : m_workspace.project().terms()) {
        m_rows.push_back({t.id, 0});
        stored.insert(t.source);
    }
    for (std::size_t i = 0; i < m_suggestions.size(); ++i)
        if (!stored.count(m_suggestions[i].term.source))
            m_rows.push_back({0, i});
}

const NameSuggestion* GlossaryModel::suggestionFor(const std::string& source) const {
    for (const NameSuggestion& s : m_suggestions)
        if (s.term.source == source)
            return &s;
    return nullptr;
}

Term GlossaryModel::term(int row) const {
    const Row& r = m_rows.at(std::size_t(row));
    if (r.termId != 0)
        if (const Term* t = m_workspace.project().findTerm(r.termId))
            return *t;
    if (r.termId == 0)
        return m_suggestions.at(r.suggestion).term;
    return {};
}

std::vector<NameEvidence> GlossaryModel::evidence(int row) const {
    const NameSuggestion* s = suggestionFor(term(row).source);
    return s ? s->evidence : std::vector<NameEvidence>{};
}

QString GlossaryModel::method(int row) const {
    const NameSuggestion* s = suggestionFor(term(row).source);
    if (!s)
        return {};
    switch (s->method) {
    case PairingMethod::Identical: return tr("identical", "found by: spelled the same on both sides");
    case PairingMethod::Known: return tr("known", "found by: a known pair (glossary or exonym list)");
    case PairingMethod::Transliteration: return tr("transliteration", "found by: the spellings transliterate");
    case PairingMethod::Cooccurrence: return tr("co-occurrence", "found by: the names occur in the same rows");
    case PairingMethod::Leftover: return tr("leftover", "found by: the only unpaired names of their row");
    }
    return {};
}

int GlossaryModel::rowOfSource(const QString& source) const {
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (QString::fromStdString(term(i).source) == source)
            return i;
    return -1;
}

QVariant GlossaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !m_workspace.hasProject() || std::size_t(index.row()) >= m_rows.size())
        return {};
    const Term t = term(index.row());
    const bool stored = m_rows[std::size_t(index.row())].termId != 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn: return QString::fromStdString(t.source);
        case TargetColumn: return QString::fromStdString(t.target);
        case StatusColumn:
            if (!stored)
                return tr("new");
            switch (t.status) {
            case TermStatus::Confirmed: return tr("confirmed");
            case TermStatus::Rejected: return tr("rejected");
            case TermStatus::Suggested: return tr("suggested");
            }
            return {};
        case ScoreColumn: return QLocale().toString(t.score, 'f', 2);
        case SeenColumn: {
            // Entries typed by hand have no count of their own: show how often mining saw them.
            const auto seen = std::max<std::size_t>(std::size_t(std::max(t.occurrences, 0)), evidence(index.row()).size());
            return QStringLiteral("%1×").arg(seen);
        }
        case MethodColumn: {
            const QString m = method(index.row());
            return t.note.empty() ? m : (m.isEmpty() ? QString::fromStdString(t.note)
                                                     : m + QStringLiteral(" · ") + QString::fromStdString(t.note));
        }
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList forms;
        for (const std::string& v : t.variants)
            forms << QString::fromStdString(v);
        return forms.isEmpty() ? QVariant() : tr("Forms seen: %1").arg(forms.join(QStringLiteral(", ")));
    }
    case Qt::ForegroundRole:
        if (t.status == TermStatus::Rejected)
            return QColor(Qt::gray);
        if (!stored)
            return QColor(0x30, 0x50, 0x90);
        return {};
    case Qt::FontRole:
        return {};
    case TermIdRole: return qlonglong(t.id);
    case StoredRole: return stored;
    case StatusRole: return int(t.status);
    case StatusKeyRole:
        if (!stored)
            return QStringLiteral("new");
        return QString::fromStdString(toString(t.status));
    case FirstBeadRole: {
        const auto ev = evidence(index.row());
        return ev.empty() ? -1 : int(ev.front().bead);
    }
    default: return {};
    }
}

QVariant GlossaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn: return tr("Source");
    case TargetColumn: return tr("Target");
    case StatusColumn: return tr("Status");
    case ScoreColumn: return tr("Score");
    case SeenColumn: return tr("Seen");
    case MethodColumn: return tr("Found by");
    }
    return {};
}

} // namespace tandem::gui
