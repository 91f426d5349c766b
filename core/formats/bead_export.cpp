// Bead selection and one-line export text.
#include "core/formats/bead_export.h"

#include <string_view>

namespace tandem {
namespace {

/// Length of the whitespace sequence at s[i] (0 when there is none): ASCII whitespace, NEL,
/// NBSP is kept (it is text), LINE SEPARATOR and PARAGRAPH SEPARATOR.
std::size_t whitespaceAt(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x85)
        return 2;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
        return 3;
    return 0;
}

} // namespace

bool selects(const ExportSelection& selection, const Bead& bead) {
    if (bead.status == BeadStatus::Confirmed)
        return true;
    return !selection.confirmedOnly && bead.confidence >= selection.minConfidence;
}

std::string exportText(const Document& document, std::size_t begin, std::size_t end) {
    std::string out;
    bool pendingSpace = false;
    for (std::size_t k = begin; k < end && k < document.segments.size(); ++k) {
        const Segment& segment = document.segments[k];
        const std::string_view text = segment.original.empty() ? segment.text : segment.original;
        pendingSpace = true; // between segments
        for (std::size_t i = 0; i < text.size();) {
            if (const std::size_t n = whitespaceAt(text, i)) {
                pendingSpace = true;
                i += n;
                continue;
            }
            if (pendingSpace && !out.empty())
                out += ' ';
            pendingSpace = false;
            out += text[i++];
        }
    }
    return out;
}

} // namespace tandem
