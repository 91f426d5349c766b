// Review flags from core's consistency checks, run over the whole alignment or over the beads an
// edit touched.
#include "gui/review_flags.h"

#include "core/names/consistency_check.h"

#include <algorithm>

namespace tandem::gui {

std::vector<QString> reviewFlags(const Project& project, std::size_t first, std::size_t count) {
    const Alignment& beads = project.alignment();
    first = std::min(first, beads.size());
    const std::size_t last = count > beads.size() - first ? beads.size() : first + count;
    std::vector<QString> flags(last - first);
    if (flags.empty())
        return flags;
    const Alignment window(beads.begin() + std::ptrdiff_t(first), beads.begin() + std::ptrdiff_t(last));
    for (const CheckFinding& f : checkConsistency(project.source(), project.target(), window, project.terms())) {
        QString& reason = flags.at(f.bead);
        if (!reason.isEmpty())
            reason += QLatin1Char('\n');
        reason += QString::fromStdString(f.message);
    }
    return flags;
}

} // namespace tandem::gui
