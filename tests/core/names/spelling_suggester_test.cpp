// Spelling suggestions: profiles, the rules they report, refused combinations.
#include "core/names/spelling_suggester.h"

#include "core/error.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace tandem;

bool fired(const SpellingSuggestion& s, const std::string& rule) {
    return std::find(s.rules.begin(), s.rules.end(), rule) != s.rules.end();
}

struct Case {
    const char* name;
    const char* from;
    const char* to;
    SpellingProfile profile;
    const char* expected;
};

class SpellingTest : public ::testing::TestWithParam<Case> {};

TEST_P(SpellingTest, ProposesTheUsualSpelling) {
    const Case& c = GetParam();
    EXPECT_EQ(suggestSpelling(c.name, c.from, c.to, c.profile).spelling, c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Profiles, SpellingTest,
    ::testing::Values(Case{"Ghafari", "en", "ru", SpellingProfile::ArabicRu, "Гафари"},
                      Case{"al-Qurashi", "en", "ru", SpellingProfile::ArabicRu, "аль-Кураши"},
                      Case{"Abu Hafs al-Hashimi al-Qurashi", "en", "ru", SpellingProfile::ArabicRu,
                           "Абу Хафс аль-Хашими аль-Кураши"},
                      Case{"Sanaullah", "en", "ru", SpellingProfile::ArabicRu, "Санаулла"},
                      Case{"Yousafzai", "en", "ru", SpellingProfile::ArabicRu, "Юсафзай"},
                      Case{"Thabit", "en", "ru", SpellingProfile::ArabicRu, "Сабит"},
                      Case{"Washington", "en", "ru", SpellingProfile::Bgn, "Вашингтон"},
                      Case{"Jamal", "en", "ru", SpellingProfile::Bgn, "Джамал"},
                      Case{"Сулейманов", "ru", "en", SpellingProfile::Bgn, "Suleymanov"},
                      Case{"Щукин", "ru", "en", SpellingProfile::GostB, "Shhukin"},
                      Case{"Царёв", "ru", "en", SpellingProfile::GostB, "Czaryov"},
                      Case{"Київ", "uk", "en", SpellingProfile::Bgn, "Kyyiv"},
                      Case{"Kerman", "en", "de", SpellingProfile::Bgn, "Kerman"}));

TEST(Spelling, ReportsTheRulesThatFired) {
    const SpellingSuggestion s = suggestSpelling("al-Qurashi", "en", "ru", SpellingProfile::ArabicRu);
    EXPECT_TRUE(fired(s, "Arabic article al-, ad-, ash- … → аль-, ад-, аш- …"));
    EXPECT_TRUE(fired(s, "q → к"));
    EXPECT_FALSE(fired(s, "gh → г"));
    EXPECT_TRUE(suggestSpelling("Kerman", "en", "de", SpellingProfile::Bgn).rules.empty());
}

TEST(Spelling, RefusesProfilesThatDoNotApply) {
    EXPECT_THROW(suggestSpelling("Ghafari", "en", "ru", SpellingProfile::GostB), UsageError);
    EXPECT_THROW(suggestSpelling("Гафари", "ru", "en", SpellingProfile::ArabicRu), UsageError);
    EXPECT_THROW(suggestSpelling("2024", "en", "ru", SpellingProfile::Bgn), UsageError);
    EXPECT_THROW(spellingProfileFromString("iso9"), UsageError);
    EXPECT_EQ(spellingProfileFromString(toString(SpellingProfile::ArabicRu)), SpellingProfile::ArabicRu);
}

} // namespace
