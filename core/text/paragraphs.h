// Cutting plain text into paragraphs: blank lines separate paragraphs and single line breaks are
// wraps inside one, or every line is a paragraph of its own.
#pragma once

#include "core/text/import.h"

#include <string_view>
#include <vector>

namespace tandem {

/// The paragraphs of `text` as byte ranges (whitespace-only lines never belong to one).
/// keepLineBreaks: every non-blank line is a paragraph. Line ends are \n, \r\n or \r.
std::vector<TextSpan> splitParagraphs(std::string_view text, bool keepLineBreaks);

} // namespace tandem
