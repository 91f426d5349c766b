// Tokens and name candidates: dotted acronyms, possessives, particles, quotes, foreign script,
// sentence-initial words judged by the whole document.
#include "core/names/name_candidates.h"

#include <gtest/gtest.h>

namespace {

using namespace tandem;

std::vector<std::string> texts(const NameCandidateFinder& finder, std::size_t segment) {
    std::vector<std::string> out;
    for (const NameCandidate& c : finder.candidates(segment))
        out.push_back(c.text);
    return out;
}

TEST(NameTokens, DottedAcronymsPossessivesAndHyphens) {
    const auto tokens = tokenizeForNames("the U.S. and Russia’s ISIS-linked al-Qurashi", true);
    ASSERT_EQ(tokens.size(), 6u);
    EXPECT_EQ(tokens[1].text, "U.S.");
    EXPECT_TRUE(tokens[1].acronym);
    EXPECT_EQ(tokens[3].text, "Russia");
    EXPECT_TRUE(tokens[3].possessive);
    EXPECT_EQ(tokens[4].text, "ISIS"); // the lower-case part after the hyphen is not a name
    EXPECT_EQ(tokens[5].text, "al-Qurashi");
    EXPECT_TRUE(tokens[5].capitalised);
    EXPECT_TRUE(tokens[0].sentenceInitial);
    EXPECT_FALSE(tokens[1].sentenceInitial);
}

TEST(NameTokens, TheAbbreviatedSaintKeepsItsDot) {
    const auto tokens = tokenizeForNames("He lives in St. Louis. Main St. was closed.", true);
    ASSERT_EQ(tokens.size(), 9u);
    EXPECT_EQ(tokens[3].text, "St.");
    EXPECT_EQ(tokens[4].text, "Louis");
    EXPECT_FALSE(tokens[4].sentenceInitial);
    EXPECT_FALSE(tokens[4].breakBefore);
    EXPECT_TRUE(tokens[5].sentenceInitial);
    EXPECT_EQ(tokens[6].text, "St"); // before a lower-case word the dot is punctuation
}

TEST(NameCandidates, RunsWithParticlesAndNotSentenceInitialCommonWords) {
    const Document doc = documentFromLines({"Currently, this post is held by Abu Hafs al-Hashimi al-Qurashi.",
                                            "The New York Times reported that Ludwig van Beethoven lived in Bonn.",
                                            "Sanaullah Ghafari took over. Kerman is in Iran.", "Kerman suffered; currently calm."},
                                           "en");
    const NameCandidateFinder finder(doc);
    EXPECT_EQ(texts(finder, 0), (std::vector<std::string>{"Abu Hafs al-Hashimi al-Qurashi"}));
    EXPECT_EQ(texts(finder, 1), (std::vector<std::string>{"New York Times", "Ludwig van Beethoven", "Bonn"}));
    // A two-word name at the start of a sentence stays; a single word needs to be seen in mid-sentence.
    EXPECT_EQ(texts(finder, 2), (std::vector<std::string>{"Sanaullah Ghafari", "Iran"}));
}

TEST(NameCandidates, SingleInitialWordNeedsEvidence) {
    const Document doc = documentFromLines({"Kerman was hit.", "Twin blasts hit Kerman."}, "en");
    const NameCandidateFinder finder(doc);
    EXPECT_EQ(texts(finder, 0), (std::vector<std::string>{"Kerman"}));
    EXPECT_TRUE(finder.seenLowercase("blasts"));
    EXPECT_FALSE(finder.seenLowercase("Kerman"));
}

TEST(NameCandidates, QuotedNamesForeignScriptAndMonths) {
    const Document doc = documentFromLines({"Стрельба в «Крокус Сити Холл» 22 марта, пишет The New York Times и CNN.",
                                            "Ответственность взяло «Исламское государство», сообщает Telegram-канал."},
                                           "ru");
    const NameCandidateFinder finder(doc);
    EXPECT_FALSE(finder.latinDocument());
    const auto first = finder.candidates(0);
    ASSERT_EQ(first.size(), 3u);
    EXPECT_EQ(first[0].text, "Крокус Сити Холл");
    EXPECT_EQ(first[0].kind, CandidateKind::Quoted);
    EXPECT_EQ(first[1].text, "The New York Times");
    EXPECT_EQ(first[1].kind, CandidateKind::ForeignScript);
    EXPECT_EQ(first[2].text, "CNN");
    EXPECT_EQ(texts(finder, 1), (std::vector<std::string>{"Исламское государство", "Telegram"}));
}

TEST(NameCandidates, MonthNamesAreNotNames) {
    const Document doc = documentFromLines({"On March 7, Ghafari left; in January he was back."}, "en");
    EXPECT_EQ(texts(NameCandidateFinder(doc), 0), (std::vector<std::string>{"Ghafari"}));
}

TEST(NameCandidates, EmptyAndPunctuationOnlySegments) {
    const Document doc = documentFromLines({"", "— … «» ()", "123"}, "en");
    const NameCandidateFinder finder(doc);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_TRUE(finder.candidates(i).empty());
}

} // namespace
