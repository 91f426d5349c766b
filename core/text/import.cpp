// The import pipeline: sniff the format, decode or extract the text, cut paragraphs, normalise,
// segment, and record where every segment came from.
#include "core/text/import.h"

#include "core/error.h"
#include "core/text/decode.h"
#include "core/text/docx_import.h"
#include "core/text/html_import.h"
#include "core/text/normalize.h"
#include "core/text/paragraphs.h"
#include "core/text/sentence_segmenter.h"

#include <fstream>
#include <limits>
#include <optional>
#include <sstream>

namespace tandem {
namespace {

struct Magic {
    std::string_view bytes;
    const char* what;
};

/// Signatures of binary formats people might hand us by mistake.
constexpr Magic kBinaryMagics[] = {
    {"\x89PNG\r\n\x1A\n", "a PNG image"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"%PDF-", "a PDF document"},
    {"\x1F\x8B", "gzip-compressed data"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old binary Office document (.doc); save it as DOCX"},
    {"\x7F" "ELF", "an executable"},
    {"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
    {"{\\rtf", "an RTF document; save it as DOCX"},
};

std::optional<const char*> binaryKind(std::string_view bytes) {
    for (const Magic& magic : kBinaryMagics)
        if (bytes.starts_with(magic.bytes))
            return magic.what;
    return std::nullopt;
}

/// Text has no NUL bytes and hardly any other control characters; binary data has many.
void rejectBinary(std::string_view text, const std::string& name) {
    std::size_t controls = 0;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            throw ParseError(name + ": binary data, not text, HTML or DOCX (it contains NUL bytes)");
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    if (controls > 8 && controls * 100 > text.size())
        throw ParseError(name + ": binary data, not text, HTML or DOCX (" + std::to_string(controls) +
                         " control characters)");
}

/// Raw bytes with NULs are binary unless a UTF-16/32 byte order mark or a named encoding explains them.
void rejectBinaryBytes(std::string_view bytes, const std::string& name, const ImportOptions& options) {
    if (options.encoding.empty() && !hasWideByteOrderMark(bytes) &&
        bytes.substr(0, 64 * 1024).find('\0') != std::string_view::npos)
        throw ParseError(name + ": binary data, not text, HTML or DOCX (it contains NUL bytes)");
}

InputFormat sniff(std::string_view bytes, const std::string& name, const ImportOptions& options) {
    if (looksLikeZip(bytes))
        return InputFormat::Docx;
    if (const std::optional<const char*> kind = binaryKind(bytes))
        throw ParseError(name + ": not a text, HTML or DOCX file (it looks like " + *kind + ")");
    rejectBinaryBytes(bytes, name, options);
    return looksLikeHtml(bytes) ? InputFormat::Html : InputFormat::PlainText;
}

std::string joinParagraphs(const std::vector<std::string>& paragraphs) {
    std::string text;
    for (const std::string& paragraph : paragraphs) {
        if (!text.empty())
            text += "\n\n";
        text += paragraph;
    }
    return text;
}

/// Normalises and segments every paragraph of result.text into result.document.
void segmentText(ImportResult& result, const std::string& name, const std::string& language, bool keepLineBreaks) {
    const bool lines = result.format == InputFormat::Lines;
    std::optional<SentenceSegmenter> segmenter;
    if (!lines) {
        segmenter.emplace(language);
        if (!segmenter->hasExceptionList())
            result.notices.push_back("no sentence-break exception list for language '" + language +
                                     "'; segmenting with ICU's default rules only");
    }
    const std::string_view text = result.text;
    for (const TextSpan& paragraph : splitParagraphs(text, keepLineBreaks || lines)) {
        const NormalizedText normalized(text.substr(paragraph.offset, paragraph.length));
        const std::string& clean = normalized.text();
        if (clean.empty())
            continue;
        const std::vector<TextRange> ranges =
            lines ? std::vector<TextRange>{{0, clean.size()}} : segmenter->split(clean);
        const std::size_t index = result.paragraphs.size();
        result.paragraphs.push_back(paragraph);
        for (const TextRange& range : ranges) {
            const std::size_t begin = normalized.originalOffset(range.begin);
            const std::size_t end = normalized.originalOffset(range.end);
            Segment segment;
            segment.text = clean.substr(range.begin, range.end - range.begin);
            const std::string_view original = text.substr(paragraph.offset + begin, end - begin);
            if (original != segment.text)
                segment.original = original;
            segment.paragraph = index;
            result.document.segments.push_back(std::move(segment));
            result.segments.push_back({paragraph.offset + begin, end - begin});
        }
    }
    if (result.document.segments.empty())
        result.notices.push_back(name + ": no text to segment");
}

} // namespace

std::string toString(InputFormat format) {
    switch (format) {
    case InputFormat::Auto: return "auto";
    case InputFormat::PlainText: return "text";
    case InputFormat::Html: return "html";
    case InputFormat::Docx: return "docx";
    case InputFormat::Lines: return "lines";
    }
    return "auto";
}

InputFormat inputFormatFromString(const std::string& name) {
    for (InputFormat format : {InputFormat::Auto, InputFormat::PlainText, InputFormat::Html, InputFormat::Docx,
                               InputFormat::Lines})
        if (toString(format) == name)
            return format;
    throw UsageError("unknown input format '" + name + "' (expected auto, text, html, docx or lines)");
}

std::string readFileBytes(const std::filesystem::path& file) {
    std::error_code error;
    if (std::filesystem::is_directory(file, error))
        throw IoError(file.string() + ": is a directory, not a file");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError(file.string() + ": cannot open (" +
                      (std::filesystem::exists(file, error) ? "permission denied" : "no such file") + ")");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        throw IoError(file.string() + ": read error");
    return std::move(bytes).str();
}

ImportResult importBytes(std::string_view bytes, const std::string& name, const std::string& language,
                         const ImportOptions& options) {
    if (language.empty())
        throw UsageError("no language given for " + name);
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int32_t>::max()))
        throw ParseError(name + ": larger than 2 GiB, more than one document can be; split it");
    ImportResult result;
    result.document.language = language;
    result.format = options.format == InputFormat::Auto ? sniff(bytes, name, options) : options.format;
    if (result.format != InputFormat::Docx)
        rejectBinaryBytes(bytes, name, options);
    switch (result.format) {
    case InputFormat::Docx:
        result.text = joinParagraphs(extractDocxParagraphs(bytes, name));
        result.encoding = "UTF-8";
        break;
    case InputFormat::Html: {
        DecodeOptions decode{options.encoding, options.encoding.empty() ? declaredHtmlCharset(bytes) : "",
                             options.lenient};
        DecodedText decoded = decodeText(bytes, name, decode);
        rejectBinary(decoded.text, name);
        result.text = joinParagraphs(extractHtmlParagraphs(decoded.text, name));
        result.encoding = std::move(decoded.encoding);
        break;
    }
    case InputFormat::PlainText:
    case InputFormat::Lines:
    case InputFormat::Auto: {
        DecodedText decoded = decodeText(bytes, name, DecodeOptions{options.encoding, {}, options.lenient});
        rejectBinary(decoded.text, name);
        result.text = std::move(decoded.text);
        result.encoding = std::move(decoded.encoding);
        break;
    }
    }
    segmentText(result, name, language, options.keepLineBreaks);
    return result;
}

ImportResult importFile(const std::filesystem::path& file, const std::string& language, const ImportOptions& options) {
    return importBytes(readFileBytes(file), file.string(), language, options);
}

Document importDocument(const std::filesystem::path& file, const std::string& language, const ImportOptions& options) {
    return importFile(file, language, options).document;
}

Document importDocumentFromBytes(std::string_view bytes, const std::string& name, const std::string& language,
                                 const ImportOptions& options) {
    return importBytes(bytes, name, language, options).document;
}

} // namespace tandem
