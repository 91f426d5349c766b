// Text normalisation for segments: Unicode NFC, whitespace folded to single spaces, invisible
// format characters dropped, with a map from every normalised offset back to the original.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tandem {

/// A piece of text after normalisation, remembering where each byte came from in the original.
/// The original must be valid UTF-8 (decoding guarantees it); it need not outlive this object.
class NormalizedText {
public:
    explicit NormalizedText(std::string_view original);

    /// NFC, runs of whitespace (any White_Space character, newlines included) folded to one
    /// U+0020, leading and trailing whitespace removed, controls and zero-width marks dropped.
    const std::string& text() const { return m_text; }

    /// The byte offset in the original of byte `offset` of text() (offset == text().size() maps to
    /// the end of the last non-space character). Inside a word that NFC changed, every offset maps
    /// to the start of that word.
    std::size_t originalOffset(std::size_t offset) const;

private:
    struct Anchor {
        std::size_t normalized; ///< from this offset of m_text ...
        std::size_t original;   ///< ... bytes map to this original offset onwards
        bool flat;              ///< true: every offset up to the next anchor maps to `original`
    };
    void emit(std::string_view piece, std::size_t originalOffset, bool linear);

    std::string m_text;
    std::vector<Anchor> m_anchors;
};

/// NormalizedText(original).text(), for callers that do not need the map.
std::string normalizeText(std::string_view original);

} // namespace tandem
