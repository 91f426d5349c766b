// Decoding of text files to UTF-8: byte order marks, UTF-8 validation, legacy encodings found by
// ICU's charset detector, an explicit encoding, and strict or lenient handling of bad bytes.
#pragma once

#include <string>
#include <string_view>

namespace tandem {

struct DecodeOptions {
    std::string encoding;   ///< empty: detect; else any name ICU's converters know ("windows-1251", "KOI8-R")
    std::string declared;   ///< an encoding the file itself declares (HTML <meta charset>), tried before ICU's detector
    bool lenient = false;   ///< true: undecodable bytes become U+FFFD; false: DecodeError
};

struct DecodedText {
    std::string text;     ///< UTF-8 without a byte order mark
    std::string encoding; ///< the encoding used, as ICU names it ("UTF-8", "UTF-16LE", "windows-1251" ...)
};

/// Decodes `bytes` (from the file `name`, used in error messages).
/// Detection order: byte order mark, valid UTF-8, the declared encoding, ICU's charset detector.
/// Bytes that are UTF-8 apart from a few broken sequences count as UTF-8 with errors, not as a
/// legacy encoding. Throws DecodeError naming the file, the encoding and the byte offset of the
/// first bad sequence (unless lenient), and UsageError for an encoding name ICU does not know.
DecodedText decodeText(std::string_view bytes, const std::string& name, const DecodeOptions& options = {});

/// Whether the bytes start with a UTF-16 or UTF-32 byte order mark (such text contains NUL bytes).
bool hasWideByteOrderMark(std::string_view bytes);

} // namespace tandem
