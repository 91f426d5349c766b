// Base forms of common words from a Hunspell dictionary (Debian's hunspell-ru and others): the
// nominative of the nouns and adjectives inside multi-word names (Калужской области → Калужская
// область, Ближнему Востоку → Ближний Восток). Names the dictionary does not know are left to the
// endings table (inflection.h).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace tandem {

/// What the dictionary says about one word.
struct Lemma {
    std::string form;       ///< base form, with the word's capitalisation (Москвой → Москва)
    bool adjective = false; ///< an adjective (its base form is the masculine nominative)
    bool common = false;    ///< the dictionary writes it in lower case (a common word, not a name)
};

/// One Hunspell dictionary. Not thread-safe (Hunspell keeps state); one per thread.
class Lemmatizer {
public:
    /// Opens <directory>/<language>_*.aff/.dic (or <language>.aff/.dic); returns nullopt when the
    /// directory holds no dictionary for the language. Throws IoError when the files exist but
    /// cannot be read.
    static std::optional<Lemmatizer> open(const std::filesystem::path& directory, std::string_view language);

    Lemmatizer(Lemmatizer&&) noexcept;
    Lemmatizer& operator=(Lemmatizer&&) noexcept;
    ~Lemmatizer();

    /// The base form of `word`, or nullopt when the dictionary does not know it.
    std::optional<Lemma> lemma(std::string_view word);

    /// Where the dictionary was read from (the .dic file).
    const std::filesystem::path& dictionary() const;

private:
    struct Impl;
    explicit Lemmatizer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace tandem
