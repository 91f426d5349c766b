// dictd dictionaries: index lines "headword TAB offset TAB length" (base64 numbers, most significant
// digit first) into the article text.
#include "core/formats/dictd.h"

#include "core/error.h"

#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <optional>
#include <string_view>

namespace tandem {
namespace {

std::optional<std::uint64_t> decodeBase64Number(std::string_view digits) {
    if (digits.empty() || digits.size() > 10)
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : digits) {
        int digit = -1;
        if (c >= 'A' && c <= 'Z')
            digit = c - 'A';
        else if (c >= 'a' && c <= 'z')
            digit = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            digit = c - '0' + 52;
        else if (c == '+')
            digit = 62;
        else if (c == '/')
            digit = 63;
        if (digit < 0)
            return std::nullopt;
        value = value * 64 + static_cast<std::uint64_t>(digit);
    }
    return value;
}

std::string readWholeFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError(file.string() + ": cannot open the dictionary");
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw IoError(file.string() + ": cannot read the dictionary");
    return bytes;
}

/// The text of a .dict.dz file (dictzip is gzip with an extra header field; zlib reads it whole).
std::string gunzip(const std::string& compressed, const std::filesystem::path& file) {
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        throw IoError(file.string() + ": cannot start gzip decompression");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    std::string out;
    char buffer[1 << 16];
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            throw ParseError(file.string() + ": not a valid gzip/dictzip file (" +
                             (stream.msg != nullptr ? stream.msg : "truncated") + ")");
        }
        out.append(buffer, sizeof buffer - stream.avail_out);
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            throw ParseError(file.string() + ": the gzip/dictzip file is truncated");
        }
    }
    inflateEnd(&stream);
    return out;
}

/// NAME.index -> the text of NAME.dict.dz or NAME.dict.
std::string articleText(const std::filesystem::path& index) {
    std::filesystem::path base = index;
    base.replace_extension();
    const std::filesystem::path compressed = base.string() + ".dict.dz", plain = base.string() + ".dict";
    if (std::filesystem::exists(compressed))
        return gunzip(readWholeFile(compressed), compressed);
    if (std::filesystem::exists(plain))
        return readWholeFile(plain);
    throw IoError(index.string() + ": no " + compressed.filename().string() + " or " + plain.filename().string() +
                  " next to the index");
}

} // namespace

std::vector<DictdEntry> readDictd(const std::filesystem::path& index) {
    std::ifstream in(index, std::ios::binary);
    if (!in)
        throw IoError(index.string() + ": cannot open the dictionary index");
    const std::string text = articleText(index);
    std::vector<DictdEntry> entries;
    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        const std::size_t firstTab = line.find('\t');
        const std::size_t secondTab = firstTab == std::string::npos ? firstTab : line.find('\t', firstTab + 1);
        auto bad = [&](const std::string& what) {
            return ParseError(index.string() + ":" + std::to_string(lineNumber) + ": " + what);
        };
        if (secondTab == std::string::npos)
            throw bad("not a dictd index line (headword, offset and length separated by tabs)");
        const std::string_view view(line);
        const auto offset = decodeBase64Number(view.substr(firstTab + 1, secondTab - firstTab - 1));
        const std::size_t thirdTab = line.find('\t', secondTab + 1); // some indexes add a fourth field
        const auto length = decodeBase64Number(view.substr(secondTab + 1, thirdTab == std::string::npos
                                                                              ? std::string_view::npos
                                                                              : thirdTab - secondTab - 1));
        if (!offset || !length)
            throw bad("the offset or length is not a base64 number");
        if (*offset > text.size() || *length > text.size() - *offset)
            throw bad("the article lies beyond the end of the dictionary text");
        std::string headword = line.substr(0, firstTab);
        if (headword.starts_with("00-database") || headword.starts_with("00database"))
            continue;
        entries.push_back({std::move(headword), text.substr(*offset, *length)});
    }
    if (in.bad())
        throw IoError(index.string() + ": cannot read the dictionary index");
    return entries;
}

} // namespace tandem
