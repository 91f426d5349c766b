// Review flags from core's consistency checks, run over the whole alignment or over the beads an
// edit touched (then on a copy of just their segments).
#include "gui/review_flags.h"

#include "core/names/consistency_check.h"

#include <algorithm>

namespace tandem::gui {

namespace {
/// Segments [begin, end) of doc as a document of their own.
Document slice(const Document& doc, std::size_t begin, std::size_t end) {
    Document out;
    out.language = doc.language;
    out.segments.assign(doc.segments.begin() + std::ptrdiff_t(begin), doc.segments.begin() + std::ptrdiff_t(end));
    return out;
}
} // namespace

std::vector<QString> reviewFlags(const Document& source, const Document& target, const Alignment& beads,
                                 const std::vector<Term>& terms, std::size_t first, std::size_t count) {
    first = std::min(first, beads.size());
    const std::size_t last = count > beads.size() - first ? beads.size() : first + count;
    std::vector<QString> flags(last - first);
    if (flags.empty())
        return flags;
    std::vector<CheckFinding> findings;
    if (first == 0 && last == beads.size()) {
        findings = checkConsistency(source, target, beads, terms);
    } else {
        const Bead& a = beads[first];
        const Bead& b = beads[last - 1];
        Alignment window(beads.begin() + std::ptrdiff_t(first), beads.begin() + std::ptrdiff_t(last));
        for (Bead& bead : window) {
            bead.srcBegin -= a.srcBegin;
            bead.srcEnd -= a.srcBegin;
            bead.tgtBegin -= a.tgtBegin;
            bead.tgtEnd -= a.tgtBegin;
        }
        findings = checkConsistency(slice(source, a.srcBegin, b.srcEnd), slice(target, a.tgtBegin, b.tgtEnd), window, terms);
    }
    for (const CheckFinding& f : findings) {
        QString& reason = flags.at(f.bead);
        if (!reason.isEmpty())
            reason += QLatin1Char('\n');
        reason += QString::fromStdString(f.message);
    }
    return flags;
}

std::vector<QString> reviewFlags(const Project& project, std::size_t first, std::size_t count) {
    return reviewFlags(project.source(), project.target(), project.alignment(), project.terms(), first, count);
}

} // namespace tandem::gui
