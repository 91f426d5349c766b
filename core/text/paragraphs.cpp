// Paragraph splitting of plain text by blank lines or by line.
#include "core/text/paragraphs.h"

namespace tandem {
namespace {

bool isBlank(std::string_view line) {
    for (char c : line)
        if (c != ' ' && c != '\t' && c != '\f' && c != '\v')
            return false;
    return true;
}

} // namespace

std::vector<TextSpan> splitParagraphs(std::string_view text, bool keepLineBreaks) {
    std::vector<TextSpan> paragraphs;
    bool open = false;
    std::size_t lineBegin = 0;
    while (lineBegin < text.size()) {
        std::size_t lineEnd = lineBegin;
        while (lineEnd < text.size() && text[lineEnd] != '\n' && text[lineEnd] != '\r')
            ++lineEnd;
        const std::string_view line = text.substr(lineBegin, lineEnd - lineBegin);
        if (isBlank(line)) {
            open = false;
        } else if (open && !keepLineBreaks) {
            paragraphs.back().length = lineEnd - paragraphs.back().offset;
        } else {
            paragraphs.push_back({lineBegin, line.size()});
            open = true;
        }
        std::size_t next = lineEnd;
        if (next < text.size())
            next += (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? 2 : 1;
        lineBegin = next;
    }
    return paragraphs;
}

} // namespace tandem
