// Tokens the aligner sees: number normalisation, words, URLs, punctuation profile, scripts, LCS.
#include "core/align/tokens.h"

#include <gtest/gtest.h>

#include <unicode/uscript.h>

using namespace tandem::aligner;

namespace {

std::vector<std::string> numbersIn(const std::string& text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text).tokens)
        if (t.kind == TokenKind::Number)
            out.push_back(t.text);
    return out;
}

} // namespace

struct NumberCase {
    const char* text;
    std::vector<std::string> numbers;
};

class NumberNormalisation : public ::testing::TestWithParam<NumberCase> {};

TEST_P(NumberNormalisation, WrittenFormsMeet) {
    EXPECT_EQ(numbersIn(GetParam().text), GetParam().numbers) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(Forms, NumberNormalisation,
                         ::testing::Values(NumberCase{"1,000 people", {"1000"}},
                                           NumberCase{"1 000 человек", {"1000"}},
                                           NumberCase{"1\xC2\xA0" "000 человек", {"1000"}},
                                           NumberCase{"1.000 Leute", {"1000"}},
                                           NumberCase{"1000 people", {"1000"}},
                                           NumberCase{"12,345,678 dollars", {"12345678"}},
                                           NumberCase{"3,5 %", {"3.5"}},
                                           NumberCase{"3.5%", {"3.5"}},
                                           NumberCase{"2.50 francs", {"2.5"}},
                                           NumberCase{"8839,8 m", {"8839.8"}},
                                           NumberCase{"1,234.5 и 1.234,5", {"1234.5", "1234.5"}},
                                           NumberCase{"in 2020 3 people", {"2020", "3"}},
                                           NumberCase{"May 25, 2020", {"25", "2020"}},
                                           NumberCase{"007", {"7"}},
                                           NumberCase{"21-го числа", {"21"}}));

TEST(Tokenize, WordsAreLowerCasedWithTheirShape) {
    const TokenizedSegment seg = tokenize("The FSB met O'Brien in Москве.");
    ASSERT_EQ(seg.tokens.size(), 6u);
    EXPECT_EQ(seg.tokens[0].text, "the");
    EXPECT_TRUE(seg.tokens[0].sentenceInitial);
    EXPECT_TRUE(seg.tokens[1].acronym);
    EXPECT_EQ(seg.tokens[1].surface, "FSB");
    EXPECT_EQ(seg.tokens[3].text, "o'brien");
    EXPECT_TRUE(seg.tokens[3].capitalised);
    EXPECT_FALSE(seg.tokens[3].sentenceInitial);
    EXPECT_EQ(seg.tokens[5].text, "москве");
}

TEST(Tokenize, UrlsStayWholeWithoutTrailingPunctuation) {
    const TokenizedSegment seg = tokenize("See https://meduza.io/en/news, then www.example.org.");
    std::vector<std::string> urls;
    for (const Token& t : seg.tokens)
        if (t.kind == TokenKind::Url)
            urls.push_back(t.text);
    EXPECT_EQ(urls, (std::vector<std::string>{"https://meduza.io/en/news", "www.example.org"}));
}

TEST(Tokenize, PunctuationProfileAndLength) {
    const TokenizedSegment seg = tokenize("«Why?» he asked (twice)!");
    EXPECT_EQ(seg.punctuation[0], 1); // ?
    EXPECT_EQ(seg.punctuation[1], 1); // !
    EXPECT_EQ(seg.punctuation[4], 2); // « »
    EXPECT_EQ(seg.punctuation[5], 1); // (
    EXPECT_EQ(seg.length, 21u);       // code points that are not white space
}

TEST(Tokenize, BulletsAndDashesButNotHyphensAreCounted) {
    const TokenizedSegment seg = tokenize("• al-Qurashi — the leader – said");
    EXPECT_EQ(seg.punctuation[kBulletClass], 1); // •
    EXPECT_EQ(seg.punctuation[6], 2);            // — and –, not the hyphen of al-Qurashi
}

TEST(Tokenize, SegmentsEndingInALetterOrDigitAreHeadings) {
    EXPECT_EQ(tokenize("Russia’s recruitment").punctuation[kHeadingClass], 1);
    EXPECT_EQ(tokenize("• Поделиться в или").punctuation[kHeadingClass], 1);
    EXPECT_EQ(tokenize("Chapter 12").punctuation[kHeadingClass], 1);
    EXPECT_EQ(tokenize("«Ты реально террорист»").punctuation[kHeadingClass], 1); // quotes aside
    EXPECT_EQ(tokenize("March 7, 2024.").punctuation[kHeadingClass], 0);
    EXPECT_EQ(tokenize("He said: “Yes.”").punctuation[kHeadingClass], 0);
    EXPECT_EQ(tokenize("И вот:").punctuation[kHeadingClass], 0);
    EXPECT_EQ(tokenize("").punctuation[kHeadingClass], 0);
}

TEST(Tokenize, SentenceEndsAndPunctuationOfOtherScripts) {
    const TokenizedSegment chinese = tokenize("他问：“为什么？”（两次）。");
    EXPECT_EQ(chinese.punctuation[0], 1); // ？
    EXPECT_EQ(chinese.punctuation[2], 1); // ：
    EXPECT_EQ(chinese.punctuation[5], 1); // （
    EXPECT_EQ(chinese.punctuation[kHeadingClass], 0);
    EXPECT_TRUE(tokenize("这是一个句子。").endsTerminal);
    EXPECT_TRUE(tokenize("「本当ですか？」").endsTerminal); // closing bracket aside
    EXPECT_TRUE(tokenize("هل هذا صحيح؟").endsTerminal);
    EXPECT_TRUE(tokenize("यह एक वाक्य है।").endsTerminal);
    EXPECT_FALSE(tokenize("第一章").endsTerminal);
    EXPECT_EQ(tokenize("第一章").punctuation[kHeadingClass], 1);
}

TEST(Tokenize, InvalidUtf8IsCountedButNeverTokenised) {
    const TokenizedSegment seg = tokenize(std::string("ab\xFF\xFE cd"));
    ASSERT_EQ(seg.tokens.size(), 2u);
    EXPECT_EQ(seg.tokens[0].text, "ab");
    EXPECT_EQ(seg.tokens[1].text, "cd");
    EXPECT_EQ(seg.length, 6u);
}

TEST(Tokenize, EmptyAndBlank) {
    EXPECT_TRUE(tokenize("").tokens.empty());
    EXPECT_EQ(tokenize("   \t ").length, 0u);
}

TEST(FoldWord, DropsDiacriticsAndCase) {
    EXPECT_EQ(foldWord("Élève"), "eleve");
    EXPECT_EQ(foldWord("Zürich"), "zurich");
    EXPECT_EQ(foldWord("ЁЛКА"), "елка");
}

TEST(DominantScript, CountsLetters) {
    EXPECT_EQ(dominantScript({"Hello there", "NATO"}), USCRIPT_LATIN);
    EXPECT_EQ(dominantScript({"Привет, NATO и мир"}), USCRIPT_CYRILLIC);
    EXPECT_EQ(dominantScript({"123 456", ""}), USCRIPT_COMMON);
}

TEST(LongestCommonSubsequence, Classic) {
    EXPECT_EQ(longestCommonSubsequence(toUtf32("gletscher"), toUtf32("glacier")), 5u);
    EXPECT_EQ(longestCommonSubsequence(toUtf32("expedition"), toUtf32("expédition")), 9u);
    EXPECT_EQ(longestCommonSubsequence(toUtf32(""), toUtf32("abc")), 0u);
    EXPECT_EQ(toUtf8(toUtf32("Сулейманов")), "Сулейманов");
}

TEST(CodePointCount, AgreesWithUtf32) {
    for (const char* text : {"", "glacier", "Сулейманов", "élève", "北京", "a😀b"})
        EXPECT_EQ(codePointCount(text), toUtf32(text).size()) << text;
}

TEST(Tokenize, AsciiAndIcuPathsAgreeOnCase) {
    // The ASCII fast paths must classify like ICU: capitals, acronyms, lower-case continuation.
    const TokenizedSegment s = tokenize("NATO and Ärzte met\tin Bern; über 3 days.");
    ASSERT_GE(s.tokens.size(), 5u);
    EXPECT_TRUE(s.tokens[0].acronym);
    EXPECT_EQ(s.tokens[0].text, "nato");
    EXPECT_FALSE(s.tokens[1].capitalised);
    EXPECT_TRUE(s.tokens[2].capitalised);
    EXPECT_EQ(s.tokens[2].text, "ärzte");
    EXPECT_TRUE(s.endsTerminal);
    EXPECT_FALSE(s.startsLower);
    EXPECT_EQ(s.length, 32u); // code points that are not white space
}
