// Word translations from a bilingual dictionary, turned the way of an alignment (source word ->
// target word). The lexicon uses them as a prior: a pair the dictionary knows is learned when it
// meets once in the first pass's 1-1 beads, where an unknown pair must meet twice (a news article
// repeats few words).
#pragma once

#include "core/formats/dictd.h"

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tandem {

class WordDictionary {
public:
    using WordPair = std::pair<std::string, std::string>; ///< (source word, target word), lower case
    /// Target stems by source stem (words folded and cut to some number of letters).
    using StemTable = std::unordered_map<std::string, std::vector<std::string>>;

    WordDictionary(std::vector<WordPair> pairs, std::string origin);

    /// The translations in dictd articles: for each one-word headword written in `headwordScript`,
    /// the words in `translationScript` of its senses, up to the first word in the headword's script
    /// (where a usage example begins); labels (_n., _воен.) and bracketed or parenthesised asides are
    /// skipped. `reversed` turns the pairs round (a Russian-English alignment from an English-Russian
    /// dictionary). The scripts are ICU UScriptCodes and must differ.
    static std::vector<WordPair> pairsFromDictd(const std::vector<DictdEntry>& entries, int headwordScript,
                                                int translationScript, bool reversed);

    const std::vector<WordPair>& pairs() const { return m_pairs; }
    /// Where the pairs came from (a file), for messages and summaries.
    const std::string& origin() const { return m_origin; }
    /// The pairs as stems of `letters` letters, worked out on first use. Thread-safe.
    const StemTable& stems(std::size_t letters) const;

private:
    std::vector<WordPair> m_pairs;
    std::string m_origin;
    mutable std::mutex m_mutex;
    mutable std::map<std::size_t, std::unique_ptr<StemTable>> m_stems;
};

/// A dictionary file for aligning `sourceLanguage` with `targetLanguage`: a dictd index (NAME.index;
/// its direction is told by the script of its headwords) or word pairs in OmegaT's glossary TSV
/// (source TAB target [TAB note]; lines starting with '#' are comments).
/// Throws IoError / ParseError naming the file; UsageError when a dictd dictionary's languages are
/// written in the same script (its translations cannot be told from its examples).
std::shared_ptr<const WordDictionary> readWordDictionary(const std::filesystem::path& file,
                                                         const std::string& sourceLanguage,
                                                         const std::string& targetLanguage);

/// The dictionary a Debian package installs for this pair of languages (either way round): Mueller's
/// English-Russian (mueller7-dict) or a FreeDict one between two scripts; null when none is. Read once
/// per process and shared.
std::shared_ptr<const WordDictionary> installedDictionary(const std::string& sourceLanguage,
                                                          const std::string& targetLanguage);

} // namespace tandem
