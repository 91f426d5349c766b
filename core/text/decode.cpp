// Decoding bytes to UTF-8 with ICU converters and ICU's charset detector.
#include "core/text/decode.h"

#include "core/error.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace tandem {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

struct Bom {
    const char* encoding;
    std::size_t length;
};

/// The byte order mark at the start of `bytes`, if any (UTF-32 checked before UTF-16).
std::optional<Bom> byteOrderMark(std::string_view bytes) {
    if (bytes.substr(0, 3) == kUtf8Bom)
        return Bom{"UTF-8", 3};
    if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\x00\x00", 4))
        return Bom{"UTF-32LE", 4};
    if (bytes.substr(0, 4) == std::string_view("\x00\x00\xFE\xFF", 4))
        return Bom{"UTF-32BE", 4};
    if (bytes.substr(0, 2) == "\xFF\xFE")
        return Bom{"UTF-16LE", 2};
    if (bytes.substr(0, 2) == "\xFE\xFF")
        return Bom{"UTF-16BE", 2};
    return std::nullopt;
}

[[noreturn]] void throwBadBytes(const std::string& name, const std::string& encoding, std::size_t offset) {
    throw DecodeError(name + ": invalid " + encoding + " byte sequence at byte offset " + std::to_string(offset));
}

bool isUtf8Name(const std::string& encoding) {
    return ucnv_compareNames(encoding.c_str(), "UTF-8") == 0 || ucnv_compareNames(encoding.c_str(), "UTF8") == 0;
}

/// UTF-8 to UTF-8, validating; `base` is the offset of `bytes` in the file (after a BOM).
std::string decodeUtf8(std::string_view bytes, std::size_t base, const std::string& name, bool lenient) {
    std::string out;
    out.reserve(bytes.size());
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int64_t>(bytes.size());
    int64_t i = 0;
    while (i < length) {
        // Copy the ASCII run in one go; the slow path handles one multi-byte sequence.
        int64_t run = i;
        while (run < length && data[run] < 0x80)
            ++run;
        out.append(bytes.data() + i, static_cast<std::size_t>(run - i));
        i = run;
        if (i >= length)
            break;
        const int32_t window = static_cast<int32_t>(std::min<int64_t>(length - i, 4));
        int32_t j = 0;
        UChar32 c;
        U8_NEXT(data + i, j, window, c);
        if (c < 0) {
            if (!lenient)
                throwBadBytes(name, "UTF-8", base + static_cast<std::size_t>(i));
            out.append("\xEF\xBF\xBD");
        } else {
            out.append(bytes.data() + i, static_cast<std::size_t>(j));
        }
        i += j;
    }
    return out;
}

/// How UTF-8-like the bytes are: well-formed multi-byte sequences versus ill-formed ones.
struct Utf8Census {
    std::size_t valid = 0;
    std::size_t invalid = 0;
};

Utf8Census utf8Census(std::string_view bytes) {
    Utf8Census census;
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto length = static_cast<int64_t>(bytes.size());
    for (int64_t i = 0; i < length;) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int32_t window = static_cast<int32_t>(std::min<int64_t>(length - i, 4));
        int32_t j = 0;
        UChar32 c;
        U8_NEXT(data + i, j, window, c);
        ++(c < 0 ? census.invalid : census.valid);
        i += j;
    }
    return census;
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter openConverter(const std::string& encoding) {
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(encoding.c_str(), &status));
    if (U_FAILURE(status) || !converter)
        throw UsageError("unknown encoding '" + encoding + "'");
    return converter;
}

/// Any ICU encoding to UTF-8. `base` is the offset of `bytes` in the file.
std::string decodeWithIcu(std::string_view bytes, std::size_t base, const std::string& encoding,
                          const std::string& name, bool lenient) {
    Converter converter = openConverter(encoding);
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        throw IcuError(std::string("cannot configure the ") + encoding + " converter: " + u_errorName(status));

    icu::UnicodeString decoded;
    std::u16string buffer(64 * 1024, u'\0');
    const char* source = bytes.data();
    const char* const sourceEnd = bytes.data() + bytes.size();
    for (;;) {
        UChar* target = buffer.data();
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, sourceEnd, nullptr,
                       true, &status);
        decoded.append(buffer.data(), static_cast<int32_t>(target - buffer.data()));
        if (status == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) {
            char invalid[32];
            int8_t invalidLength = sizeof invalid;
            UErrorCode ignored = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter.get(), invalid, &invalidLength, &ignored);
            const auto consumed = static_cast<std::size_t>(source - bytes.data());
            if (!lenient)
                throwBadBytes(name, encoding, base + consumed - std::min<std::size_t>(consumed, U_SUCCESS(ignored) ? invalidLength : 0));
            decoded.append(static_cast<UChar>(0xFFFD));
            if (source >= sourceEnd && status == U_TRUNCATED_CHAR_FOUND)
                break;
            continue;
        }
        if (U_FAILURE(status))
            throw IcuError(name + ": decoding " + encoding + " failed: " + u_errorName(status));
        if (source >= sourceEnd)
            break;
    }
    std::string out;
    decoded.toUTF8String(out);
    return out;
}

/// ICU's best guess for bytes that are not UTF-8 (the first 256 KiB are enough to tell): the most
/// confident match that ICU can also convert. UTF-16 and UTF-32 need a byte order mark here.
std::string detectEncoding(std::string_view bytes, const std::string& name) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        throw IcuError(std::string("cannot open ICU's charset detector: ") + u_errorName(status));
    const std::string_view sample = bytes.substr(0, 256 * 1024);
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const char* detected = ucsdet_getName(matches[i], &nameStatus);
        if (U_FAILURE(nameStatus) || !detected || std::string_view(detected).starts_with("UTF-"))
            continue;
        UErrorCode openStatus = U_ZERO_ERROR;
        Converter converter(ucnv_open(detected, &openStatus));
        if (U_SUCCESS(openStatus) && converter)
            return detected;
    }
    throw DecodeError(name + ": cannot tell the text encoding; name it explicitly");
}

std::string decodeAs(std::string_view bytes, std::size_t base, const std::string& encoding, const std::string& name,
                     bool lenient) {
    return isUtf8Name(encoding) ? decodeUtf8(bytes, base, name, lenient)
                                : decodeWithIcu(bytes, base, encoding, name, lenient);
}

} // namespace

bool hasWideByteOrderMark(std::string_view bytes) {
    const std::optional<Bom> bom = byteOrderMark(bytes);
    return bom && std::string_view(bom->encoding) != "UTF-8";
}

DecodedText decodeText(std::string_view bytes, const std::string& name, const DecodeOptions& options) {
    const std::optional<Bom> bom = byteOrderMark(bytes);
    if (!options.encoding.empty()) {
        // An explicit encoding wins; a BOM of that same encoding is skipped.
        std::size_t skip = 0;
        if (bom) {
            Converter requested = openConverter(options.encoding);
            Converter marked = openConverter(bom->encoding);
            UErrorCode status = U_ZERO_ERROR;
            const char* a = ucnv_getName(requested.get(), &status);
            const char* b = ucnv_getName(marked.get(), &status);
            if (U_SUCCESS(status) && ucnv_compareNames(a, b) == 0)
                skip = bom->length;
        }
        return {decodeAs(bytes.substr(skip), skip, options.encoding, name, options.lenient), options.encoding};
    }
    if (bom)
        return {decodeAs(bytes.substr(bom->length), bom->length, bom->encoding, name, options.lenient), bom->encoding};

    const Utf8Census census = utf8Census(bytes);
    // Mostly well-formed UTF-8 with a few bad sequences is damaged UTF-8, not a legacy encoding.
    if (census.invalid == 0 || census.valid > 2 * census.invalid)
        return {decodeUtf8(bytes, 0, name, options.lenient), "UTF-8"};
    if (!options.declared.empty()) {
        UErrorCode status = U_ZERO_ERROR;
        Converter declared(ucnv_open(options.declared.c_str(), &status));
        if (U_SUCCESS(status) && declared && !isUtf8Name(options.declared))
            return {decodeWithIcu(bytes, 0, options.declared, name, options.lenient), options.declared};
    }
    const std::string detected = detectEncoding(bytes, name);
    return {decodeAs(bytes, 0, detected, name, options.lenient), detected};
}

} // namespace tandem
