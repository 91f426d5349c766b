// Word dictionaries: translations read from dictd articles or TSV word pairs, and the ones Debian's
// dictionary packages install.
#include "core/align/word_dictionary.h"

#include "core/align/tokens.h"
#include "core/error.h"
#include "core/formats/glossary_table.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>

namespace tandem {
namespace {

using aligner::firstCodePoints;
using aligner::foldWord;
using aligner::toUtf32;
using aligner::toUtf8;

constexpr std::size_t kShortestTranslation = 3; ///< letters: shorter words are prepositions and particles

bool isLetter(UChar32 c) { return u_isalpha(c) != 0; }

int scriptOf(UChar32 c) {
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    return U_FAILURE(status) ? USCRIPT_INVALID_CODE : static_cast<int>(script);
}

/// The script a language is written in (ICU's likely script: "ru" -> Cyrillic).
int scriptOfLanguage(const std::string& language) {
    UScriptCode codes[4];
    UErrorCode status = U_ZERO_ERROR;
    const std::int32_t count = uscript_getCode(language.c_str(), codes, 4, &status);
    return U_FAILURE(status) || count < 1 ? USCRIPT_INVALID_CODE : static_cast<int>(codes[0]);
}

/// The article without its headword line, bracketed transcriptions [..], cross references {..} and
/// parenthesised asides (..), with sense numbers ("1)", "2.") turned into chunk breaks (';'). Works on
/// the UTF-8 bytes: every mark it looks for is ASCII, and no byte of a longer character is.
std::string translationText(const std::string& headword, const std::string& article) {
    std::string_view body(article);
    const std::size_t firstBreak = body.find('\n');
    const std::string_view firstLine = body.substr(0, firstBreak);
    if (firstLine.find_first_not_of(" \t") != std::string_view::npos &&
        firstLine.substr(firstLine.find_first_not_of(" \t")).starts_with(headword))
        body = firstBreak == std::string_view::npos ? std::string_view() : body.substr(firstBreak + 1);
    auto endsInDigit = [](const std::string& text) {
        return !text.empty() && text.back() >= '0' && text.back() <= '9';
    };
    auto digitsToBreak = [&](std::string& text) {
        while (endsInDigit(text))
            text.pop_back();
        text.push_back(';');
    };
    std::string out;
    out.reserve(body.size());
    int depth = 0;
    for (const char c : body) {
        if (c == '[' || c == '{' || c == '(') {
            ++depth;
            continue;
        }
        if (c == ']' || c == '}' || c == ')') {
            if (depth > 0)
                --depth;
            else if (endsInDigit(out)) // "1)": a sense number; a lone ')' otherwise
                digitsToBreak(out);
            continue;
        }
        if (depth > 0)
            continue;
        if (c == '.' && endsInDigit(out)) { // "1." at the start of a sense
            digitsToBreak(out);
            continue;
        }
        out.push_back(c == '\n' || c == '\t' ? ' ' : c);
    }
    return out;
}

/// Lower case letter by letter, as the aligner's tokens are.
std::string lowerCase(std::string_view word) {
    std::u32string letters = toUtf32(word);
    for (char32_t& x : letters)
        x = static_cast<char32_t>(u_tolower(static_cast<UChar32>(x)));
    return toUtf8(letters);
}

/// The code point of UTF-8 `text` at byte `at` (negative for a malformed sequence), and where the
/// next one starts.
std::pair<UChar32, std::size_t> codePointAt(std::string_view text, std::size_t at) {
    const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
    auto i = static_cast<std::int32_t>(at);
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    return {c, static_cast<std::size_t>(i)};
}

bool isLetterAt(std::string_view text, std::size_t at) {
    return at < text.size() && isLetter(codePointAt(text, at).first);
}

/// The words of `text` in `translationScript` that come before the first word in `headwordScript`,
/// chunk by chunk (chunks end at ';'); labels such as "_n." and "_воен." are skipped.
void collectTranslations(std::string_view text, int headwordScript, int translationScript,
                         std::set<std::string>& out) {
    std::size_t k = 0;
    while (k < text.size()) {
        const auto [c, next] = codePointAt(text, k);
        if (c == '_') { // a label: skip it and its letters and dots
            k = next;
            while (k < text.size() && (text[k] == '.' || text[k] == '-' || isLetterAt(text, k)))
                k = codePointAt(text, k).second;
            continue;
        }
        if (!isLetter(c)) {
            k = next;
            continue;
        }
        std::size_t end = k, letters = 0;
        while (end < text.size()) {
            const auto [d, afterD] = codePointAt(text, end);
            if (!isLetter(d) && !(d == '-' && isLetterAt(text, afterD)))
                break;
            end = afterD;
            ++letters;
        }
        const int script = scriptOf(c);
        if (script == headwordScript) { // an example: nothing more from this chunk
            k = std::min(text.find(';', end), text.size());
            continue;
        }
        if (script == translationScript && letters >= kShortestTranslation)
            out.insert(lowerCase(text.substr(k, end - k)));
        k = end;
    }
}

/// A headword that is one word of letters (apostrophes and hyphens inside) in the given script.
bool isSingleWord(const std::string& headword, int script) {
    const std::u32string w = toUtf32(headword);
    if (w.empty() || !isLetter(static_cast<UChar32>(w.front())) || scriptOf(static_cast<UChar32>(w.front())) != script)
        return false;
    return std::all_of(w.begin(), w.end(), [](char32_t c) {
        return isLetter(static_cast<UChar32>(c)) || c == U'-' || c == U'\'' || c == U'\u2019';
    });
}

/// Word pairs as an OmegaT glossary (source TAB target [TAB note], read by the glossary reader), with
/// lines starting with '#' taken as comments.
std::shared_ptr<const WordDictionary> readTsvPairs(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError(file.string() + ": cannot open the dictionary");
    std::string uncommented; // comments blanked, so that the reader's line numbers stay the file's
    for (std::string line; std::getline(in, line);)
        uncommented += (line.starts_with('#') ? std::string() : line) + '\n';
    if (in.bad())
        throw IoError(file.string() + ": cannot read the dictionary");
    std::istringstream text(uncommented);
    std::vector<WordDictionary::WordPair> pairs;
    for (const Term& term : readOmegaTGlossary(text, file.string()).terms)
        pairs.emplace_back(lowerCase(term.source), lowerCase(term.target));
    return std::make_shared<const WordDictionary>(std::move(pairs), file.string());
}

std::string primaryLanguage(const std::string& language) { return icu::Locale(language.c_str()).getLanguage(); }

} // namespace

WordDictionary::WordDictionary(std::vector<WordPair> pairs, std::string origin)
    : m_pairs(std::move(pairs)), m_origin(std::move(origin)) {}

std::vector<WordDictionary::WordPair> WordDictionary::pairsFromDictd(const std::vector<DictdEntry>& entries,
                                                                     int headwordScript, int translationScript,
                                                                     bool reversed) {
    std::vector<WordPair> pairs;
    std::set<std::string> translations;
    for (const DictdEntry& e : entries) {
        if (!isSingleWord(e.headword, headwordScript))
            continue;
        translations.clear();
        collectTranslations(translationText(e.headword, e.text), headwordScript, translationScript, translations);
        const std::string headword = lowerCase(e.headword);
        for (const std::string& t : translations)
            pairs.push_back(reversed ? WordPair{t, headword} : WordPair{headword, t});
    }
    return pairs;
}

const WordDictionary::StemTable& WordDictionary::stems(std::size_t letters) const {
    const std::lock_guard lock(m_mutex);
    std::unique_ptr<StemTable>& table = m_stems[letters];
    if (!table) {
        table = std::make_unique<StemTable>();
        // A word comes back in many pairs (a headword with each of its translations): fold it once.
        std::unordered_map<std::string_view, std::string> stemOf;
        auto stem = [&](const std::string& word) -> const std::string& {
            auto [it, added] = stemOf.try_emplace(word);
            if (added)
                it->second = firstCodePoints(foldWord(word), letters);
            return it->second;
        };
        for (const auto& [source, target] : m_pairs) {
            std::vector<std::string>& targets = (*table)[stem(source)];
            const std::string& targetStem = stem(target);
            if (std::find(targets.begin(), targets.end(), targetStem) == targets.end())
                targets.push_back(targetStem);
        }
    }
    return *table;
}

std::shared_ptr<const WordDictionary> readWordDictionary(const std::filesystem::path& file,
                                                         const std::string& sourceLanguage,
                                                         const std::string& targetLanguage) {
    if (file.extension() != ".index")
        return readTsvPairs(file);
    const int sourceScript = scriptOfLanguage(sourceLanguage), targetScript = scriptOfLanguage(targetLanguage);
    if (sourceScript == targetScript)
        throw UsageError(file.string() + ": a dictd dictionary can only be used between two scripts (" +
                         sourceLanguage + " and " + targetLanguage + " share one); give word pairs as TSV instead");
    const std::vector<DictdEntry> entries = readDictd(file);
    // The direction: most headwords are written in the script of the dictionary's source language.
    std::size_t inSource = 0, inTarget = 0;
    for (const DictdEntry& e : entries) {
        const std::u32string w = toUtf32(e.headword);
        if (w.empty())
            continue;
        const int script = scriptOf(static_cast<UChar32>(w.front()));
        inSource += script == sourceScript ? 1 : 0;
        inTarget += script == targetScript ? 1 : 0;
    }
    if (inSource == 0 && inTarget == 0)
        throw ParseError(file.string() + ": no headword is written in the script of " + sourceLanguage + " or " +
                         targetLanguage);
    const bool reversed = inTarget > inSource;
    return std::make_shared<const WordDictionary>(
        WordDictionary::pairsFromDictd(entries, reversed ? targetScript : sourceScript,
                                       reversed ? sourceScript : targetScript, reversed),
        file.string());
}

std::shared_ptr<const WordDictionary> installedDictionary(const std::string& sourceLanguage,
                                                          const std::string& targetLanguage) {
    static std::mutex mutex;
    static std::map<std::pair<std::string, std::string>, std::shared_ptr<const WordDictionary>> loaded;
    const std::string source = primaryLanguage(sourceLanguage), target = primaryLanguage(targetLanguage);
    const std::lock_guard lock(mutex);
    const auto known = loaded.find({source, target});
    if (known != loaded.end())
        return known->second;
    const std::filesystem::path directory = "/usr/share/dictd";
    std::vector<std::filesystem::path> candidates;
    if ((source == "en" && target == "ru") || (source == "ru" && target == "en"))
        candidates.push_back(directory / "mueller7.index");
    const std::string sourceCode = icu::Locale(source.c_str()).getISO3Language();
    const std::string targetCode = icu::Locale(target.c_str()).getISO3Language();
    if (!sourceCode.empty() && !targetCode.empty()) {
        candidates.push_back(directory / ("freedict-" + sourceCode + "-" + targetCode + ".index"));
        candidates.push_back(directory / ("freedict-" + targetCode + "-" + sourceCode + ".index"));
    }
    std::shared_ptr<const WordDictionary> found;
    if (scriptOfLanguage(source) != scriptOfLanguage(target))
        for (const auto& candidate : candidates)
            if (std::filesystem::exists(candidate)) {
                found = readWordDictionary(candidate, source, target);
                break;
            }
    loaded[{source, target}] = found;
    return found;
}

} // namespace tandem
