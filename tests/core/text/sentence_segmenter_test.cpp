// Table-driven tests of sentence segmentation: English, Russian, German, French, and a language
// without an exception list (ICU's rules only).
#include "core/text/sentence_segmenter.h"

#include "core/error.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace tandem {
namespace {

struct Case {
    const char* text;
    std::vector<std::string> sentences;
};

void PrintTo(const Case& c, std::ostream* out) { *out << c.text; }

class Segmentation : public ::testing::TestWithParam<Case> {
protected:
    void check(const std::string& language) {
        SentenceSegmenter segmenter(language);
        ASSERT_TRUE(segmenter.hasExceptionList()) << language;
        EXPECT_EQ(segmenter.segment(GetParam().text), GetParam().sentences);
    }
};

class English : public Segmentation {};
class Russian : public Segmentation {};
class German : public Segmentation {};
class French : public Segmentation {};

TEST_P(English, Segments) { check("en"); }
TEST_P(Russian, Segments) { check("ru"); }
TEST_P(German, Segments) { check("de"); }
TEST_P(French, Segments) { check("fr"); }

const Case kEnglish[] = {
    {"The U.S. Army arrived.", {"The U.S. Army arrived."}},
    {"The U.S. Army arrived. It was late.", {"The U.S. Army arrived.", "It was late."}},
    {"She lives in the U.S. She likes it.", {"She lives in the U.S.", "She likes it."}},
    {"Forces from the U.K. and the U.S.A. Met in Kabul.", {"Forces from the U.K. and the U.S.A. Met in Kabul."}},
    {"He earned a Ph.D. Students loved him.", {"He earned a Ph.D. Students loved him."}},
    {"Mr. Smith met Dr. Jones at 5 p.m. on Monday.", {"Mr. Smith met Dr. Jones at 5 p.m. on Monday."}},
    {"It was 9 a.m. The sun was up.", {"It was 9 a.m.", "The sun was up."}},
    {"Prof. Lee and Gen. Miller spoke. Sen. Warren left.", {"Prof. Lee and Gen. Miller spoke.", "Sen. Warren left."}},
    {"J. R. R. Tolkien wrote it. It sold well.", {"J. R. R. Tolkien wrote it.", "It sold well."}},
    {"George W. Bush spoke. Nobody listened.", {"George W. Bush spoke.", "Nobody listened."}},
    {"Washington, D.C. Is the capital.", {"Washington, D.C. Is the capital."}},
    {"They met in Washington, D.C. The talks failed.", {"They met in Washington, D.C.", "The talks failed."}},
    {"See e.g. the appendix. It helps.", {"See e.g. the appendix.", "It helps."}},
    {"Use a solvent, i.e. Acetone. Then rinse.", {"Use a solvent, i.e. Acetone.", "Then rinse."}},
    {"Smith et al. Found the same effect.", {"Smith et al. Found the same effect."}},
    {"He works at Acme Inc. in Ohio.", {"He works at Acme Inc. in Ohio."}},
    {"See No. 5 for details. He said no. Then he left.", {"See No. 5 for details.", "He said no.", "Then he left."}},
    {"Read p. 42 and pp. 10-12. Then stop.", {"Read p. 42 and pp. 10-12.", "Then stop."}},
    {"Wait... What happened? Nobody knows!", {"Wait...", "What happened?", "Nobody knows!"}},
    {"He paused... and then left.", {"He paused... and then left."}},
    {"Is it true?! Yes.", {"Is it true?!", "Yes."}},
    {"1. Buy milk. 2. Call mom. 3. Write code.", {"1. Buy milk.", "2. Call mom.", "3. Write code."}},
    {"a) first item; b) second item.", {"a) first item; b) second item."}},
    {"He said, \"Go home.\" Then he left.", {"He said, \"Go home.\"", "Then he left."}},
    {"\u201cGo home,\u201d he said. \u201cNow.\u201d", {"\u201cGo home,\u201d he said.", "\u201cNow.\u201d"}},
    {"(This is a parenthetical sentence.) This is not.", {"(This is a parenthetical sentence.)", "This is not."}},
    {"The attack killed 182 people (including 13 U.S. servicemen). Nobody claimed it.",
     {"The attack killed 182 people (including 13 U.S. servicemen).", "Nobody claimed it."}},
    {"Prices rose 2.5% in March. The meeting is at 3.30 today.",
     {"Prices rose 2.5% in March.", "The meeting is at 3.30 today."}},
    {"Visit www.example.com today. Email a.b@example.com now.",
     {"Visit www.example.com today.", "Email a.b@example.com now."}},
    {"It cost $4.99. That's cheap.", {"It cost $4.99.", "That's cheap."}},
    {"World War II ended in 1945. Peace followed.", {"World War II ended in 1945.", "Peace followed."}},
    {"The vote was held in March. 26 people were detained.",
     {"The vote was held in March.", "26 people were detained."}},
    {"Call tel. 555 0100 today.", {"Call tel. 555 0100 today."}},
    {"What is ISIS-K?", {"What is ISIS-K?"}},
    {"Source: Meduza", {"Source: Meduza"}},
    {"ISIS-K\u2019s sworn enemy What does the Islamic State branch claiming responsibility have against Russia?",
     {"ISIS-K\u2019s sworn enemy What does the Islamic State branch claiming responsibility have against Russia?"}},
    {"Who art thou? that we may give an answer.", {"Who art thou? that we may give an answer."}},
    {"St. Petersburg is cold. Mt. Everest is high.", {"St. Petersburg is cold.", "Mt. Everest is high."}},
};

const Case kRussian[] = {
    {"Президент России В. В. Путин провёл совещание в г. Москве.",
     {"Президент России В. В. Путин провёл совещание в г. Москве."}},
    {"Поэт А. С. Пушкин родился в 1799 г. в Москве.", {"Поэт А. С. Пушкин родился в 1799 г. в Москве."}},
    {"Поэт А.С. Пушкин родился в Москве. Это известно.", {"Поэт А.С. Пушкин родился в Москве.", "Это известно."}},
    {"Президент России В. В. Путин провёл совещание в г. Москве. Оно длилось час.",
     {"Президент России В. В. Путин провёл совещание в г. Москве.", "Оно длилось час."}},
    {"Это важно, т. е. очень важно. Понятно?", {"Это важно, т. е. очень важно.", "Понятно?"}},
    {"Столица, т. е. Москва, росла.", {"Столица, т. е. Москва, росла."}},
    {"Столица, т.е. Москва, росла.", {"Столица, т.е. Москва, росла."}},
    {"Проф. Иванов выступил. Его слушали.", {"Проф. Иванов выступил.", "Его слушали."}},
    {"Выступил проф. Сидоров. Его слушали.", {"Выступил проф. Сидоров.", "Его слушали."}},
    {"Пришёл акад. Сахаров и доц. Петрова.", {"Пришёл акад. Сахаров и доц. Петрова."}},
    {"Он живёт на ул. Тверской, д. 5, кв. 10. Это в центре.",
     {"Он живёт на ул. Тверской, д. 5, кв. 10.", "Это в центре."}},
    {"В 2020 г. Россия приняла поправки. В 2021 г. их применили.",
     {"В 2020 г. Россия приняла поправки.", "В 2021 г. их применили."}},
    {"Это было в XIX в. Тогда всё было иначе.", {"Это было в XIX в.", "Тогда всё было иначе."}},
    {"В XIX в. Россия росла.", {"В XIX в. Россия росла."}},
    {"Он сказал: «Я приду». Потом ушёл.", {"Он сказал: «Я приду».", "Потом ушёл."}},
    {"«Ты придёшь?» — спросил он. «Да», — ответила она.", {"«Ты придёшь?» — спросил он.", "«Да», — ответила она."}},
    {"«Ты придёшь?» Она молчала.", {"«Ты придёшь?»", "Она молчала."}},
    {"Цена выросла на 2,5 %. Эксперты удивлены.", {"Цена выросла на 2,5 %.", "Эксперты удивлены."}},
    {"Подробнее см. гл. 5. Там всё описано.", {"Подробнее см. гл. 5.", "Там всё описано."}},
    {"Подождите... Что случилось?", {"Подождите...", "Что случилось?"}},
    {"Он замолчал... и ушёл.", {"Он замолчал... и ушёл."}},
    {"1. Купить хлеб. 2. Позвонить маме.", {"1. Купить хлеб.", "2. Позвонить маме."}},
    {"Учёные (в т. ч. акад. Сахаров) подписали письмо. Его опубликовали.",
     {"Учёные (в т. ч. акад. Сахаров) подписали письмо.", "Его опубликовали."}},
    {"(Это пояснение.) А это нет.", {"(Это пояснение.)", "А это нет."}},
    {"Иванов, Петров и др. Они пришли.", {"Иванов, Петров и др.", "Они пришли."}},
    {"Он родился в США. Там он и вырос.", {"Он родился в США.", "Там он и вырос."}},
    {"Армия заняла посты в Каргиле. 26 июля армия объявила об успехе.",
     {"Армия заняла посты в Каргиле.", "26 июля армия объявила об успехе."}},
    {"На поддержку выделили около $3 трлн. 24 апреля закон подписали.",
     {"На поддержку выделили около $3 трлн.", "24 апреля закон подписали."}},
    {"Он прочитал т. 2 за неделю.", {"Он прочитал т. 2 за неделю."}},
    {"Что такое ИГИЛ-Х?", {"Что такое ИГИЛ-Х?"}},
    {"Источник: «Медуза»", {"Источник: «Медуза»"}},
    {"Смертельный враг Почему ИГИЛ ненавидит Россию", {"Смертельный враг Почему ИГИЛ ненавидит Россию"}},
    {"Кто ты? Илия? Нет!", {"Кто ты?", "Илия?", "Нет!"}},
    {"Братия мои! не многие делайтесь учителями.", {"Братия мои! не многие делайтесь учителями."}},
    {"Он жил в с. Михайловском и в пос. Лесном.", {"Он жил в с. Михайловском и в пос. Лесном."}},
};

const Case kGerman[] = {
    {"Dr. Müller kam um 9 Uhr. Er war pünktlich.", {"Dr. Müller kam um 9 Uhr.", "Er war pünktlich."}},
    {"Das gilt z. B. für Bern. Die Stadt ist alt.", {"Das gilt z. B. für Bern.", "Die Stadt ist alt."}},
    {"Das gilt z.B. Für alle.", {"Das gilt z.B. Für alle."}},
    {"Siehe Nr. 5 und S. 12. Danach folgt mehr.", {"Siehe Nr. 5 und S. 12.", "Danach folgt mehr."}},
    {"Am 3. Oktober kam er. Er blieb.", {"Am 3. Oktober kam er.", "Er blieb."}},
    {"Prof. Dr. Weber las vor. Alle hörten zu.", {"Prof. Dr. Weber las vor.", "Alle hörten zu."}},
    {"Er fragte: »Kommst du?« »Ja.«", {"Er fragte: »Kommst du?«", "»Ja.«"}},
    {"Die Zahl war 3. Danach kam nichts.", {"Die Zahl war 3.", "Danach kam nichts."}},
};

const Case kFrench[] = {
    {"M. Dupont est arrivé. Il était en retard.", {"M. Dupont est arrivé.", "Il était en retard."}},
    {"Mme. Martin et Dr. Petit sont venus.", {"Mme. Martin et Dr. Petit sont venus."}},
    {"Voir p. ex. Lyon et Paris. Puis relire.", {"Voir p. ex. Lyon et Paris.", "Puis relire."}},
    {"« Viens-tu ? » Elle se tut.", {"« Viens-tu ? »", "Elle se tut."}},
    {"César est mort en 44 av. J.-C. Rome a changé.", {"César est mort en 44 av. J.-C. Rome a changé."}},
    {"« Viens-tu ? » demanda-t-il. Elle se tut.", {"« Viens-tu ? » demanda-t-il.", "Elle se tut."}},
    {"Il a dit non. Puis il est parti.", {"Il a dit non.", "Puis il est parti."}},
};

INSTANTIATE_TEST_SUITE_P(Cases, English, ::testing::ValuesIn(kEnglish));
INSTANTIATE_TEST_SUITE_P(Cases, Russian, ::testing::ValuesIn(kRussian));
INSTANTIATE_TEST_SUITE_P(Cases, German, ::testing::ValuesIn(kGerman));
INSTANTIATE_TEST_SUITE_P(Cases, French, ::testing::ValuesIn(kFrench));

TEST(SentenceSegmenter, TablesAreLargeEnough) {
    EXPECT_GE(std::size(kEnglish), 30u);
    EXPECT_GE(std::size(kRussian), 30u);
}

TEST(SentenceSegmenter, LanguageWithoutListUsesIcuRules) {
    SentenceSegmenter segmenter("nl");
    EXPECT_FALSE(segmenter.hasExceptionList());
    EXPECT_EQ(segmenter.segment("Het regent. De zon schijnt niet."),
              (std::vector<std::string>{"Het regent.", "De zon schijnt niet."}));
}

TEST(SentenceSegmenter, RegionSubtagUsesTheLanguageList) {
    SentenceSegmenter segmenter("en-GB");
    EXPECT_TRUE(segmenter.hasExceptionList());
    EXPECT_EQ(segmenter.segment("The U.S. Army arrived."), std::vector<std::string>{"The U.S. Army arrived."});
}

TEST(SentenceSegmenter, RangesPointIntoTheParagraphWithoutSpaces) {
    SentenceSegmenter segmenter("en");
    const std::string text = "  One.   Two?  ";
    const std::vector<TextRange> ranges = segmenter.split(text);
    ASSERT_EQ(ranges.size(), 2u);
    EXPECT_EQ(text.substr(ranges[0].begin, ranges[0].end - ranges[0].begin), "One.");
    EXPECT_EQ(text.substr(ranges[1].begin, ranges[1].end - ranges[1].begin), "Two?");
}

TEST(SentenceSegmenter, EmptyAndBlankParagraphsHaveNoSentences) {
    SentenceSegmenter segmenter("ru");
    EXPECT_TRUE(segmenter.split("").empty());
    EXPECT_TRUE(segmenter.split("   ").empty());
}

TEST(SentenceSegmenter, CustomListReplacesTheBundledOne) {
    SentenceSegmenter plain("en", parseExceptionList("", "empty"));
    EXPECT_EQ(plain.segment("Mr. Smith came."), (std::vector<std::string>{"Mr.", "Smith came."}));
    SentenceSegmenter custom("en", parseExceptionList("Xyz.\n", "custom"));
    EXPECT_EQ(custom.segment("Ask Xyz. Smith knows."), std::vector<std::string>{"Ask Xyz. Smith knows."});
}

TEST(SentenceSegmenter, RejectsAnInvalidLanguageTag) {
    EXPECT_THROW(SentenceSegmenter("not a tag!"), Error);
}

} // namespace
} // namespace tandem
