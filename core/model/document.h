// Documents and segments: one side's text after import and segmentation.
//
// Vocabulary: a *document* is one side (source or target) with its BCP 47 language tag; it is cut
// into *paragraphs* and those into *segments* (sentences, headings, captions).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tandem {

/// One sentence (or heading, caption) of a document.
struct Segment {
    std::string text;          ///< NFC-normalised UTF-8, whitespace folded: what aligners and views use
    std::string original;      ///< the text as it stood in the file (for export); empty = same as text
    std::size_t paragraph = 0; ///< index of the paragraph this segment belongs to (0-based, increasing)

    friend bool operator==(const Segment&, const Segment&) = default;
};

/// One side of a pair: a language and its segments, in order.
struct Document {
    std::string language;          ///< BCP 47 tag, e.g. "en", "ru"
    std::vector<Segment> segments; ///< in document order

    /// True when segment i is the last one of its paragraph.
    bool endsParagraph(std::size_t i) const {
        return i + 1 >= segments.size() || segments[i + 1].paragraph != segments[i].paragraph;
    }
    friend bool operator==(const Document&, const Document&) = default;
};

/// Builds a document from ready segments, one paragraph each (pre-segmented input).
Document documentFromLines(const std::vector<std::string>& lines, std::string language);

} // namespace tandem
