// Word dictionaries: translations taken from Mueller-style dictd articles (senses kept, usage
// examples, labels and asides left out), TSV word pairs, the direction of a dictd dictionary, and
// the dictionary Debian installs for English-Russian.
#include "core/align/word_dictionary.h"

#include "core/error.h"

#include <gtest/gtest.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

using namespace tandem;
namespace fs = std::filesystem;

namespace {

// Two articles as Mueller's English-Russian dictionary writes them.
const std::vector<DictdEntry> kArticles = {
    {"evidence", "evidence\n   [↗ɛvɪdɜns]\n   1. _n.\n      1) очевидность; in evidence заметный, бросающийся в глаза {ср. тж. 3}\n"
                 "      2) основание; данные, признаки; to give (или to bear) evidence\n      свидетельствовать\n"
                 "      3) _юр. улика; свидетельское показание\n   2. _v. служить доказательством, доказывать\n"},
    {"attack", "attack\n   [ɜ↗tæk]\n   1. _n.\n      1) атака, наступление; нападение\n      2) _pl. нападки\n"
               "   2. _v.\n      3) предпринимать; браться энергично (за что-л.), набрасываться (на\n      работу и т.п.)\n"},
    {"New York", "New York\n   Нью-Йорк\n"}, // not one word: left out
};

std::set<std::string> translationsOf(const std::vector<WordDictionary::WordPair>& pairs, const std::string& word) {
    std::set<std::string> out;
    for (const auto& [source, target] : pairs)
        if (source == word)
            out.insert(target);
    return out;
}

fs::path writeFile(const std::string& name, const std::string& text) {
    const fs::path path = fs::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

} // namespace

TEST(WordDictionary, SensesAreTranslationsExamplesAndLabelsAreNot) {
    const auto pairs = WordDictionary::pairsFromDictd(kArticles, USCRIPT_LATIN, USCRIPT_CYRILLIC, false);
    EXPECT_EQ(translationsOf(pairs, "evidence"),
              (std::set<std::string>{"очевидность", "основание", "данные", "признаки", "улика", "свидетельское",
                                     "показание", "служить", "доказательством", "доказывать"}));
    EXPECT_EQ(translationsOf(pairs, "attack"),
              (std::set<std::string>{"атака", "наступление", "нападение", "нападки", "предпринимать", "браться",
                                     "энергично", "набрасываться"}));
    EXPECT_TRUE(translationsOf(pairs, "new york").empty());
}

TEST(WordDictionary, ReversedPairsServeTheOtherDirection) {
    const auto pairs = WordDictionary::pairsFromDictd(kArticles, USCRIPT_LATIN, USCRIPT_CYRILLIC, true);
    EXPECT_EQ(translationsOf(pairs, "атака"), std::set<std::string>{"attack"});
}

TEST(WordDictionary, StemsAreFoldedAndCut) {
    const WordDictionary dictionary({{"Attack", "атака"}, {"attacks", "нападение"}, {"attack", "Атаковать"}}, "test");
    const auto& stems = dictionary.stems(5);
    ASSERT_EQ(stems.count("attac"), 1u);
    EXPECT_EQ(stems.at("attac"), (std::vector<std::string>{"атака", "напад", "атако"}));
}

TEST(WordDictionary, TsvPairsAndTheirErrors) {
    const fs::path good = writeFile("tandem-words.tsv", "# comment\nfalcon\tсокол\nHawk\tястреб\n");
    const auto dictionary = readWordDictionary(good, "en", "ru");
    EXPECT_EQ(dictionary->pairs(), (std::vector<WordDictionary::WordPair>{{"falcon", "сокол"}, {"hawk", "ястреб"}}));
    const fs::path bad = writeFile("tandem-words-bad.tsv", "falcon\tсокол\nhawk ястреб\n");
    try {
        readWordDictionary(bad, "en", "ru");
        FAIL() << "no error";
    } catch (const ParseError& e) {
        EXPECT_NE(std::string(e.what()).find("tandem-words-bad.tsv:2: "), std::string::npos) << e.what();
    }
    EXPECT_THROW(readWordDictionary(fs::temp_directory_path() / "tandem-no-such.tsv", "en", "ru"), IoError);
    fs::remove(good);
    fs::remove(bad);
}

TEST(WordDictionary, DictdDirectionFollowsTheHeadwordsScript) {
    const fs::path dir = fs::temp_directory_path() / "tandem-dictd-direction";
    fs::create_directories(dir);
    std::ofstream(dir / "d.dict", std::ios::binary) << "falcon\n   сокол\n";
    std::ofstream(dir / "d.index", std::ios::binary) << "falcon\tA\tV\n"; // offset 0, length 21 bytes
    EXPECT_EQ(readWordDictionary(dir / "d.index", "en", "ru")->pairs(),
              (std::vector<WordDictionary::WordPair>{{"falcon", "сокол"}}));
    EXPECT_EQ(readWordDictionary(dir / "d.index", "ru", "en")->pairs(),
              (std::vector<WordDictionary::WordPair>{{"сокол", "falcon"}}));
    EXPECT_THROW(readWordDictionary(dir / "d.index", "de", "fr"), UsageError); // one script: no way to tell
    fs::remove_all(dir);
}

TEST(WordDictionary, MuellerIsInstalledForEnglishRussian) {
    // scripts/install-deps.sh installs mueller7-dict; the aligner's quality on English-Russian
    // relies on it.
    const auto dictionary = installedDictionary("en", "ru");
    ASSERT_NE(dictionary, nullptr) << "mueller7-dict is not installed (/usr/share/dictd/mueller7.index)";
    EXPECT_GT(dictionary->pairs().size(), 100000u);
    const auto& stems = dictionary->stems(5);
    ASSERT_EQ(stems.count("evide"), 1u);
    const auto& evidence = stems.at("evide");
    EXPECT_NE(std::find(evidence.begin(), evidence.end(), "доказ"), evidence.end());
    EXPECT_EQ(installedDictionary("en-GB", "ru"), dictionary); // loaded once, shared
    EXPECT_EQ(installedDictionary("ru", "en")->pairs().front().first.empty(), false);
    EXPECT_EQ(installedDictionary("de", "fr"), nullptr); // none between two Latin-script languages
}
