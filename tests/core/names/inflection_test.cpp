// The endings table: consonant endings cut, base-form candidates, plurals, adjective agreement.
#include "core/names/inflection.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace tandem;

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(Inflection, CutsConsonantEndings) {
    EXPECT_EQ(cutConsonantEnding("Русланом"), "Руслан");
    EXPECT_EQ(cutConsonantEnding("Сулеймановым"), "Сулейманов");
    EXPECT_EQ(cutConsonantEnding("Путиным"), "Путин");
    EXPECT_EQ(cutConsonantEnding("Достоевского"), "Достоевск");
    EXPECT_EQ(cutConsonantEnding("Достоевским"), "Достоевск");
    EXPECT_EQ(cutConsonantEnding("Керманом"), "Керман");
}

TEST(Inflection, KeepsNamesThatOnlyLookInflected) {
    EXPECT_EQ(cutConsonantEnding("Салем"), "Салем");   // stem too short for -ем
    EXPECT_EQ(cutConsonantEnding("Ибрагим"), "Ибрагим"); // -им only after -ск/-цк
    EXPECT_EQ(cutConsonantEnding("Того"), "Того");
    EXPECT_EQ(cutConsonantEnding("Гафари"), "Гафари");
    EXPECT_EQ(cutConsonantEnding("Kerman"), "Kerman");   // not Cyrillic
}

TEST(Inflection, BaseFormCandidatesReachTheNominative) {
    EXPECT_TRUE(has(baseFormCandidates("Сулейманова"), "Сулейманов"));
    EXPECT_TRUE(has(baseFormCandidates("Сулейманову"), "Сулейманов"));
    EXPECT_TRUE(has(baseFormCandidates("Кермане"), "Керман"));
    EXPECT_TRUE(has(baseFormCandidates("Санауллы"), "Санаулла"));
    EXPECT_TRUE(has(baseFormCandidates("Политковской"), "Политковская"));
    EXPECT_TRUE(has(baseFormCandidates("Исламского"), "Исламское"));
    EXPECT_TRUE(has(baseFormCandidates("ИГИЛА"), "ИГИЛ"));
    EXPECT_EQ(baseFormCandidates("Гафари").front(), "Гафари"); // the word itself comes first
    EXPECT_EQ(baseFormCandidates("Telegram"), std::vector<std::string>{"Telegram"});
}

TEST(Inflection, NominativePlural) {
    EXPECT_EQ(nominativePlural("пуштунов"), "пуштуны");
    EXPECT_EQ(nominativePlural("узбеков"), "узбеки");
    EXPECT_EQ(nominativePlural("американцев"), "американцы");
    EXPECT_EQ(nominativePlural("таджиками"), "таджики");
}

TEST(Inflection, AdjectivesAgreeWithTheirNoun) {
    EXPECT_EQ(agreeAdjective("Калужский", "Калужской", "область"), "Калужская");
    EXPECT_EQ(agreeAdjective("Ближний", "Ближнему", "Восток"), "Ближний");
    EXPECT_EQ(agreeAdjective("Ближний", "Ближней", "Азия"), "Ближняя");
    EXPECT_EQ(agreeAdjective("Исламский", "Исламского", "государство"), "Исламское");
    EXPECT_EQ(agreeAdjective("Федеральный", "Федеральная", "служба"), "Федеральная");
    EXPECT_EQ(agreeAdjective("Кремль", "Кремля", "область"), "Кремль"); // not an adjective
}

TEST(Inflection, KnowsWhichLanguagesInflectNames) {
    EXPECT_TRUE(inflectsNames("ru"));
    EXPECT_TRUE(inflectsNames("uk-UA"));
    EXPECT_FALSE(inflectsNames("en"));
    EXPECT_FALSE(inflectsNames("bg"));
}

} // namespace
