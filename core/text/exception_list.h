// Sentence-break exception lists: the abbreviations and initials after which a full stop does not
// end a sentence, per language. The lists live in data/segmentation/<lang>.txt and are compiled
// into the library, so the program needs no data directory at run time.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace tandem {

/// The parsed form of one data/segmentation/<lang>.txt file.
///
/// File format (UTF-8): one entry per line; `#` starts a comment line; blank lines are ignored.
/// An entry is an abbreviation ending in a full stop, possibly with inner spaces ("т. е.").
/// Lower-case entries also match with a capital first letter ("Prof." for "prof."). An entry
/// followed by the word `before-number` holds only when a digit comes next ("No. 5"). The directive
/// `%initials` declares that one capital letter and a full stop ("В.", "A.") never ends a sentence;
/// `%ordinals` that a number and a full stop does not either (German "am 3. Oktober");
/// `%starters The He She ...` names words that begin a new sentence even after an abbreviation
/// ("... in the U.S. She moved ..." breaks; "the U.S. Army" does not). Directives may repeat.
struct ExceptionList {
    std::unordered_set<std::string> abbreviations; ///< NFC, inner whitespace folded to one space
    std::unordered_set<std::string> beforeNumber;  ///< entries that hold only before a digit
    std::size_t maxWords = 1;                      ///< the most space-separated words in one entry
    std::unordered_set<std::string> starters;      ///< whole words that start a sentence after an abbreviation
    std::vector<std::string> multiWord;            ///< the entries with inner spaces ("z. B.", "т. е.")
    bool initials = false;                         ///< the %initials directive was present
    bool ordinals = false;                         ///< the %ordinals directive was present

    /// True when `words` (one or more words joined by single spaces, ending in '.') is an entry;
    /// `digitFollows` says whether the next sentence would start with a digit.
    bool contains(std::string_view words, bool digitFollows = false) const;

    /// True when `text` starts with a multi-word entry longer than `atLeast` bytes that ends at a
    /// word boundary ("z. B. für" for atLeast 2: a break after "z." would cut the entry).
    bool multiWordEntryAt(std::string_view text, std::size_t atLeast) const;
};

/// Parses the text of a list; ParseError naming `name` and the line for a malformed entry.
ExceptionList parseExceptionList(std::string_view text, const std::string& name);

/// The list compiled in for a language (its primary subtag: "en-GB" uses "en"), if there is one.
std::optional<ExceptionList> bundledExceptionList(const std::string& language);

/// The primary language subtag of a BCP 47 tag, lower case ("pt-BR" -> "pt", "ru_RU" -> "ru").
std::string primaryLanguage(const std::string& language);

} // namespace tandem
