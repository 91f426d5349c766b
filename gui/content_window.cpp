// Copying a window of beads and their segments out of a project's content.
#include "gui/content_window.h"

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

ContentWindow contentWindow(const Document& source, const Document& target, const Alignment& beads, std::size_t first,
                            std::size_t last) {
    const Bead& a = beads[first];
    const Bead& b = beads[last - 1];
    ContentWindow w{slice(source, a.srcBegin, b.srcEnd), slice(target, a.tgtBegin, b.tgtEnd),
                    Alignment(beads.begin() + std::ptrdiff_t(first), beads.begin() + std::ptrdiff_t(last)), a.srcBegin,
                    a.tgtBegin};
    for (Bead& bead : w.beads) {
        bead.srcBegin -= w.srcOffset;
        bead.srcEnd -= w.srcOffset;
        bead.tgtBegin -= w.tgtOffset;
        bead.tgtEnd -= w.tgtOffset;
    }
    return w;
}

} // namespace tandem::gui
