// Import: reading a file (plain text in any common encoding, HTML, DOCX, one segment per line),
// decoding, normalising and segmenting it into a Document. The one entry point of core/text.
//
// Vocabulary: the *extracted text* is what the file says as plain UTF-8 before normalisation (the
// decoded file for text input; the paragraphs of an HTML or DOCX file separated by blank lines).
// Segment::original is a slice of it; Segment::text is that slice in NFC with whitespace folded.
#pragma once

#include "core/model/document.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tandem {

/// What kind of file the bytes are. Auto sniffs: a zip is read as DOCX, markup as HTML, anything
/// else as plain text; PNG, PDF and other binary data give a ParseError.
enum class InputFormat { Auto, PlainText, Html, Docx, Lines };

struct ImportOptions {
    InputFormat format = InputFormat::Auto;
    std::string encoding;        ///< empty: detect (BOM, UTF-8 validity, ICU CharsetDetector); else an ICU converter name
    bool lenient = false;        ///< replace undecodable bytes with U+FFFD instead of throwing DecodeError (message names file + byte offset)
    bool keepLineBreaks = false; ///< plain text and HTML <br>: every line is its own paragraph
};

/// A byte range [offset, offset + length) of ImportResult::text.
struct TextSpan {
    std::size_t offset = 0;
    std::size_t length = 0;
};

/// Everything an import produces: the document plus where each part came from.
struct ImportResult {
    Document document;
    std::string text;                  ///< the extracted text (see the vocabulary above)
    std::vector<TextSpan> segments;    ///< one per document segment: its original text in `text`
    std::vector<TextSpan> paragraphs;  ///< one per paragraph index of the document
    InputFormat format = InputFormat::Auto; ///< the format actually read (never Auto)
    std::string encoding;              ///< the encoding the bytes were decoded from ("UTF-8" for DOCX)
    std::vector<std::string> notices;  ///< things the user should hear once (no exception list for the language, ...)
};

/// Reads, decodes, normalises (NFC, whitespace folded) and segments a file into a Document.
/// Throws IoError (unreadable), DecodeError (undecodable bytes), ParseError (not text/HTML/DOCX).
Document importDocument(const std::filesystem::path& file, const std::string& language,
                        const ImportOptions& options = {});

/// The same from bytes already read (stdin); `name` is used in error messages.
Document importDocumentFromBytes(std::string_view bytes, const std::string& name, const std::string& language,
                                 const ImportOptions& options = {});

/// importDocument with the extracted text, spans and notices.
ImportResult importFile(const std::filesystem::path& file, const std::string& language,
                        const ImportOptions& options = {});

/// importDocumentFromBytes with the extracted text, spans and notices.
ImportResult importBytes(std::string_view bytes, const std::string& name, const std::string& language,
                         const ImportOptions& options = {});

/// Reads a whole file; IoError naming it when it is missing or unreadable.
std::string readFileBytes(const std::filesystem::path& file);

/// "auto", "text", "html", "docx", "lines".
std::string toString(InputFormat format);
/// Inverse of toString; UsageError for an unknown name.
InputFormat inputFormatFromString(const std::string& name);

} // namespace tandem
