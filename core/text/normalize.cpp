// Normalisation of segment text (NFC, folded whitespace) with an offset map back to the original.
#include "core/text/normalize.h"

#include "core/error.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace tandem {
namespace {

/// Unicode White_Space, with the ASCII answer computed here (it is most of every text).
bool isWhiteSpace(UChar32 c) {
    if (c < 0x80)
        return c == ' ' || (c >= '\t' && c <= '\r');
    return u_isUWhiteSpace(c);
}

/// Characters that carry no text and only get in the way of matching: soft hyphen, zero-width
/// space, word joiner, byte order mark, direction marks, and controls that are not whitespace.
bool isDropped(UChar32 c) {
    if (c < 0x80)
        return c < 0x20 || c == 0x7F;
    switch (c) {
    case 0x00AD: case 0x200B: case 0x200E: case 0x200F: case 0x2060: case 0xFEFF:
        return true;
    default:
        return u_charType(c) == U_CONTROL_CHAR;
    }
}

/// True when normalisation would leave the (non-empty, trimmed) text as it is apart from NFC: words
/// separated by single spaces, nothing to drop. Most paragraphs are; they skip the word loop.
bool isFolded(std::string_view text) {
    if (text.front() == ' ' || text.back() == ' ')
        return false;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    bool afterSpace = false;
    for (int32_t i = 0; i < length;) {
        const uint8_t b = bytes[i];
        if (b < 0x80) {
            if (b == ' ') {
                if (afterSpace)
                    return false;
                afterSpace = true;
            } else if (b < 0x20 || b == 0x7F) {
                return false;
            } else {
                afterSpace = false;
            }
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || isWhiteSpace(c) || isDropped(c))
            return false;
        afterSpace = false;
    }
    return true;
}

const icu::Normalizer2& nfc() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        throw IcuError(std::string("cannot load ICU's NFC data: ") + u_errorName(status));
    return *n;
}

} // namespace

void NormalizedText::emit(std::string_view piece, std::size_t originalOffset, bool linear) {
    const std::size_t at = m_text.size();
    if (!linear) {
        m_anchors.push_back({at, originalOffset, true});
    } else if (m_anchors.empty() || m_anchors.back().flat ||
               at - m_anchors.back().normalized != originalOffset - m_anchors.back().original) {
        m_anchors.push_back({at, originalOffset, false});
    }
    m_text.append(piece);
}

NormalizedText::NormalizedText(std::string_view original) {
    const icu::Normalizer2& normalizer = nfc();
    UErrorCode status = U_ZERO_ERROR;
    const bool alreadyNfc = normalizer.isNormalizedUTF8(original, status) && U_SUCCESS(status);
    std::size_t begin = 0, end = original.size();
    const auto asciiSpace = [](char c) { return static_cast<unsigned char>(c) < 0x80 && isWhiteSpace(c); };
    while (begin < end && asciiSpace(original[begin]))
        ++begin;
    while (end > begin && asciiSpace(original[end - 1]))
        --end;
    if (begin == end) {
        m_anchors = {{0, 0, false}};
        return;
    }
    if (alreadyNfc && isFolded(original.substr(begin, end - begin))) {
        m_text = original.substr(begin, end - begin);
        m_anchors = {{0, begin, false}};
        return;
    }
    m_text.reserve(original.size());

    const auto* bytes = reinterpret_cast<const uint8_t*>(original.data());
    const auto length = static_cast<int32_t>(original.size());
    int32_t i = 0;
    bool pendingSpace = false;
    std::size_t spaceAt = 0;
    std::size_t lastEnd = 0;
    std::string word;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c >= 0 && isWhiteSpace(c)) {
            if (!pendingSpace)
                spaceAt = static_cast<std::size_t>(start);
            pendingSpace = true;
            continue;
        }
        // A word: the maximal run of non-whitespace characters from `start`.
        int32_t end = i;
        bool clean = c >= 0 && !isDropped(c);
        while (end < length) {
            int32_t next = end;
            UChar32 d;
            U8_NEXT(bytes, next, length, d);
            if (d >= 0 && isWhiteSpace(d))
                break;
            if (d < 0 || isDropped(d))
                clean = false;
            end = next;
        }
        i = end;
        const std::string_view raw = original.substr(static_cast<std::size_t>(start),
                                                     static_cast<std::size_t>(end - start));
        std::string_view piece = raw;
        if (!clean) {
            word.clear();
            for (int32_t j = start; j < end;) {
                UChar32 d;
                U8_NEXT(bytes, j, end, d);
                if (d < 0)
                    d = 0xFFFD;
                if (isDropped(d))
                    continue;
                char buffer[U8_MAX_LENGTH];
                int32_t n = 0;
                U8_APPEND_UNSAFE(buffer, n, d);
                word.append(buffer, static_cast<std::size_t>(n));
            }
            piece = word;
        }
        std::string composed;
        if (!alreadyNfc) {
            UErrorCode wordStatus = U_ZERO_ERROR;
            if (!normalizer.isNormalizedUTF8(piece, wordStatus)) {
                icu::StringByteSink<std::string> sink(&composed);
                normalizer.normalizeUTF8(0, piece, sink, nullptr, wordStatus);
                if (U_FAILURE(wordStatus))
                    throw IcuError(std::string("NFC normalisation failed: ") + u_errorName(wordStatus));
                piece = composed;
            }
        }
        if (piece.empty())
            continue; // a word made only of dropped characters
        if (pendingSpace && !m_text.empty())
            emit(" ", spaceAt, true);
        pendingSpace = false;
        emit(piece, static_cast<std::size_t>(start), piece.data() == raw.data());
        lastEnd = static_cast<std::size_t>(end);
    }
    m_anchors.push_back({m_text.size(), lastEnd, false});
}

std::size_t NormalizedText::originalOffset(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), offset,
                               [](std::size_t value, const Anchor& a) { return value < a.normalized; });
    const Anchor& a = *(it - 1);
    return a.flat ? a.original : a.original + (offset - a.normalized);
}

std::string normalizeText(std::string_view original) { return NormalizedText(original).text(); }

} // namespace tandem
