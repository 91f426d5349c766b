// Parsing and lookup of the per-language sentence-break exception lists.
#include "core/text/exception_list.h"

#include "core/error.h"
#include "core/text/bundled_exception_lists.h"
#include "core/text/normalize.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace tandem {

bool ExceptionList::contains(std::string_view words, bool digitFollows) const {
    if (words.empty())
        return false;
    const auto has = [&](const std::string& key) {
        return abbreviations.count(key) != 0 || (digitFollows && beforeNumber.count(key) != 0);
    };
    if (has(std::string(words)))
        return true;
    // A capitalised form of a lower-case entry: "Prof." for "prof.", "См." for "см.".
    const auto* bytes = reinterpret_cast<const uint8_t*>(words.data());
    int32_t i = 0;
    UChar32 first;
    U8_NEXT(bytes, i, static_cast<int32_t>(words.size()), first);
    if (first < 0 || !u_isupper(first))
        return false;
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, u_tolower(first));
    std::string lowered(buffer, static_cast<std::size_t>(n));
    lowered.append(words.substr(static_cast<std::size_t>(i)));
    return has(lowered);
}

bool ExceptionList::multiWordEntryAt(std::string_view text, std::size_t atLeast) const {
    for (const std::string& entry : multiWord) {
        if (entry.size() <= atLeast || text.size() < entry.size())
            continue;
        if (text.size() > entry.size() && text[entry.size()] != ' ')
            continue;
        const std::string_view head = text.substr(0, entry.size());
        if (head == entry || (head.find(' ') != std::string_view::npos && contains(head)))
            return true; // the entry itself, or its capitalised form ("Z. B.")
    }
    return false;
}

ExceptionList parseExceptionList(std::string_view text, const std::string& name) {
    ExceptionList list;
    std::size_t lineNumber = 0;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
        ++lineNumber;
        std::string entry = normalizeText(line);
        constexpr std::string_view kBeforeNumber = " before-number";
        const bool beforeNumberOnly = entry.ends_with(kBeforeNumber);
        if (beforeNumberOnly)
            entry.resize(entry.size() - kBeforeNumber.size());
        if (entry.empty() || entry.front() == '#')
            continue;
        if (entry.front() == '%') {
            const std::string_view directive = std::string_view(entry).substr(0, entry.find(' '));
            if (directive == "%initials" && directive.size() == entry.size()) {
                list.initials = true;
            } else if (directive == "%ordinals" && directive.size() == entry.size()) {
                list.ordinals = true;
            } else if (directive == "%starters" && directive.size() < entry.size()) {
                std::string_view words = std::string_view(entry).substr(directive.size() + 1);
                while (!words.empty()) {
                    const std::size_t space = words.find(' ');
                    list.starters.emplace(words.substr(0, space));
                    words = space == std::string_view::npos ? std::string_view() : words.substr(space + 1);
                }
            } else {
                throw ParseError(name + ":" + std::to_string(lineNumber) + ": unknown directive '" + entry + "'");
            }
            continue;
        }
        if (entry.back() != '.')
            throw ParseError(name + ":" + std::to_string(lineNumber) + ": entry '" + entry +
                             "' does not end with a full stop");
        list.maxWords = std::max<std::size_t>(list.maxWords,
                                              1 + static_cast<std::size_t>(std::count(entry.begin(), entry.end(), ' ')));
        if (!beforeNumberOnly && entry.find(' ') != std::string::npos)
            list.multiWord.push_back(entry);
        (beforeNumberOnly ? list.beforeNumber : list.abbreviations).insert(entry);
    }
    return list;
}

std::string primaryLanguage(const std::string& language) {
    std::string tag = language;
    std::replace(tag.begin(), tag.end(), '_', '-');
    const std::string primary = tag.substr(0, tag.find('-'));
    std::string lower;
    for (char ch : primary)
        lower.push_back(static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch));
    return lower;
}

std::optional<ExceptionList> bundledExceptionList(const std::string& language) {
    const std::string primary = primaryLanguage(language);
    const std::optional<std::string_view> text = bundledExceptionListText(primary);
    if (!text)
        return std::nullopt;
    return parseExceptionList(*text, "data/segmentation/" + primary + ".txt");
}

} // namespace tandem
