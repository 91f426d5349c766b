// Review flags from core's consistency checks, run over the whole alignment or over the beads an
// edit touched (then on a copy of just their segments), worded in the interface language.
#include "gui/review_flags.h"

#include "core/names/consistency_check.h"
#include "gui/content_window.h"

#include <QCoreApplication>

#include <algorithm>

namespace tandem::gui {

namespace {
QString quoted(const std::string& form) {
    return QCoreApplication::translate("tandem::gui::ReviewFlags", "‘%1’", "a name quoted in a flag")
        .arg(QString::fromStdString(form));
}

QString listed(const QStringList& items) {
    return items.isEmpty() ? QCoreApplication::translate("tandem::gui::ReviewFlags", "none", "no numbers")
                           : items.join(QStringLiteral(", "));
}

/// The translator's line for a finding of core's check.
QString describeFinding(const CheckFinding& f) {
    switch (f.kind) {
    case FindingKind::MissingName:
        if (f.forms.size() == 2)
            return QCoreApplication::translate("tandem::gui::ReviewFlags",
                                               "the confirmed name %1 ↔ %2 is on one side only")
                .arg(quoted(f.forms[0]), quoted(f.forms[1]));
        break;
    case FindingKind::NumberMismatch: {
        QStringList sourceOnly, targetOnly;
        for (std::size_t k = 0; k < f.forms.size(); ++k)
            (k < f.sourceOnly ? sourceOnly : targetOnly) << QString::fromStdString(f.forms[k]);
        return QCoreApplication::translate("tandem::gui::ReviewFlags",
                                           "numbers differ: only in the source %1; only in the target %2")
            .arg(listed(sourceOnly), listed(targetOnly));
    }
    case FindingKind::TwoRenderings: {
        QStringList spellings;
        for (const std::string& form : f.forms)
            spellings << quoted(form);
        return QCoreApplication::translate("tandem::gui::ReviewFlags", "one name is spelled in two ways: %1")
            .arg(spellings.join(QStringLiteral(", ")));
    }
    }
    return QString::fromStdString(f.message);
}

/// One reason per bead of `beads`, every finding on a line of its own.
std::vector<QString> check(const Document& source, const Document& target, const Alignment& beads,
                           const std::vector<Term>& terms) {
    std::vector<QString> flags(beads.size());
    for (const CheckFinding& f : checkConsistency(source, target, beads, terms)) {
        QString& reason = flags.at(f.bead);
        if (!reason.isEmpty())
            reason += QLatin1Char('\n');
        reason += describeFinding(f);
    }
    return flags;
}
} // namespace

std::vector<QString> reviewFlags(const Document& source, const Document& target, const Alignment& beads,
                                 const std::vector<Term>& terms, std::size_t first, std::size_t count) {
    first = std::min(first, beads.size());
    const std::size_t last = count > beads.size() - first ? beads.size() : first + count;
    if (first == last)
        return {};
    if (first == 0 && last == beads.size())
        return check(source, target, beads, terms);
    const ContentWindow w = contentWindow(source, target, beads, first, last);
    return check(w.source, w.target, w.beads, terms);
}

std::vector<QString> reviewFlags(const Project& project, std::size_t first, std::size_t count) {
    return reviewFlags(project.source(), project.target(), project.alignment(), project.terms(), first, count);
}

} // namespace tandem::gui
