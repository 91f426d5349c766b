// Name keys: equal keys across scripts and grammatical cases, articles, acronyms, other scripts.
#include "core/names/name_key.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using tandem::keySimilarity;
using tandem::nameKey;
using tandem::NameKeyer;

namespace {

struct SameKey {
    const char* source;
    const char* sourceLang;
    const char* target;
    const char* targetLang;
};

class SameKeyTest : public ::testing::TestWithParam<SameKey> {};

TEST_P(SameKeyTest, KeysAreEqual) {
    const SameKey& p = GetParam();
    EXPECT_EQ(nameKey(p.source, p.sourceLang), nameKey(p.target, p.targetLang))
        << p.source << " vs " << p.target;
    EXPECT_FALSE(nameKey(p.source, p.sourceLang).empty());
}

INSTANTIATE_TEST_SUITE_P(
    AcrossScripts, SameKeyTest,
    ::testing::Values(SameKey{"Ghafari", "en", "Гафари", "ru"}, SameKey{"Ghafari", "en", "Гаффари", "ru"},
                      SameKey{"al-Qurashi", "en", "аль-Кураши", "ru"}, SameKey{"Qurashi", "en", "аль-Кураши", "ru"},
                      SameKey{"Abu Hafs al-Hashimi al-Qurashi", "en", "Абу Хафс аль-Хашими аль-Кураши", "ru"},
                      SameKey{"Ruslan Suleymanov", "en", "Руслана Сулейманова", "ru"},
                      SameKey{"Suleymanov", "en", "Сулеймановым", "ru"}, SameKey{"Suleymanov", "en", "Сулейманову", "ru"},
                      SameKey{"Kerman", "en", "Кермане", "ru"}, SameKey{"Kerman", "en", "Керманом", "ru"},
                      SameKey{"Khorasan", "en", "Хорасана", "ru"}, SameKey{"Sanaullah", "en", "Санауллы", "ru"},
                      SameKey{"FSB", "en", "ФСБ", "ru"}, SameKey{"CNN", "en", "CNN", "ru"},
                      SameKey{"Telegram", "en", "Telegram", "ru"}, SameKey{"Telegram", "en", "Телеграма", "ru"},
                      SameKey{"Crocus", "en", "«Крокус", "ru"}, SameKey{"Kadyrov", "en", "Кадыровым", "ru"},
                      SameKey{"Zhukov", "en", "Жукова", "ru"}, SameKey{"Yasin", "en", "Ясином", "ru"},
                      SameKey{"Kyiv", "en", "Київ", "uk"}, SameKey{"Tsipras", "en", "Τσίπρας", "el"},
                      SameKey{"Sofia", "en", "София", "bg"}, SameKey{"Erdoğan", "tr", "Эрдоганом", "ru"}));

TEST(NameKey, DistinctNamesGetDistinctKeys) {
    EXPECT_NE(nameKey("Kerman", "en"), nameKey("Kabul", "en"));
    EXPECT_NE(nameKey("Гафари", "ru"), nameKey("Кураши", "ru"));
    EXPECT_LT(keySimilarity(nameKey("Kerman", "en"), nameKey("Кабуле", "ru")), 0.5);
}

TEST(NameKey, CloseRenderingsAreSimilar) {
    EXPECT_GE(keySimilarity(nameKey("Konstantinos", "en"), nameKey("Κωνσταντίνος", "el")), 0.8);
    EXPECT_GE(keySimilarity(nameKey("Yousafzai", "en"), nameKey("Юсуфзай", "ru")), 0.8);
    EXPECT_GE(keySimilarity(nameKey("Crocus City Hall", "en"), nameKey("«Крокус Сити Холл»", "ru")), 0.8);
}

TEST(NameKey, IndeclinableAndShortStemsStay) {
    // -ем after a short stem is part of the name, not an ending.
    EXPECT_EQ(nameKey("Салем", "ru"), nameKey("Salem", "en"));
    EXPECT_EQ(nameKey("Кураши", "ru"), nameKey("Кураши", "ru"));
    EXPECT_EQ(nameKey("Abu", "en"), nameKey("Абу", "ru"));
}

TEST(NameKey, NoLettersGiveAnEmptyKey) {
    EXPECT_EQ(nameKey("", "en"), "");
    EXPECT_EQ(nameKey("«» 2024 —", "ru"), "");
}

TEST(NameKey, BadAndOddInputGivesKeysNotErrors) {
    EXPECT_EQ(nameKey("\xFF\xFE\xC3", "ru"), "");                 // invalid UTF-8 is no letters
    EXPECT_EQ(nameKey("Гафари\xFF", "ru"), nameKey("Гафари", "ru")); // a stray byte is dropped
    EXPECT_EQ(nameKey("Kerman", "zz-Unknown"), nameKey("Kerman", "en"));
    EXPECT_FALSE(nameKey("東京", "ja").empty()); // any script ICU romanises gets a key
    const std::string huge(200000, 'a');
    EXPECT_FALSE(nameKey("K" + huge + "rman", "en").empty());
}

TEST(NameKey, KeysAreSkeletons) {
    EXPECT_EQ(nameKey("Ghafari", "en"), "gafar");
    EXPECT_EQ(nameKey("аль-Кураши", "ru"), "kuraš");
    EXPECT_EQ(nameKey("ФСБ", "ru"), "fsb");
}

TEST(NameKeyer, RomanisesForDisplay) {
    NameKeyer keyer;
    EXPECT_EQ(keyer.romanise("Гафари", "ru"), "Gafari");
    EXPECT_EQ(keyer.romanise("Kerman", "en"), "Kerman");
}

TEST(NameKeyer, CachesKeys) {
    NameKeyer keyer;
    const std::string first = keyer.key("Сулейманова", "ru");
    EXPECT_EQ(keyer.cacheSize(), 1u);
    EXPECT_EQ(keyer.key("Сулейманова", "ru"), first);
    EXPECT_EQ(keyer.cacheSize(), 1u);
    // The language is part of the cache key.
    keyer.key("Сулейманова", "bg");
    EXPECT_EQ(keyer.cacheSize(), 2u);
}

TEST(NameKey, IsThreadSafe) {
    const std::vector<std::string> words = {"Гафари", "Сулейманова", "Кермане", "Ghafari", "al-Qurashi", "ФСБ"};
    std::vector<std::string> expected;
    for (const auto& w : words)
        expected.push_back(nameKey(w, "ru"));
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round)
                for (std::size_t i = 0; i < words.size(); ++i)
                    if (nameKey(words[i], "ru") != expected[i])
                        ++failures[static_cast<std::size_t>(t)];
        });
    for (auto& th : threads)
        th.join();
    EXPECT_EQ(failures, std::vector<int>(4, 0));
}

TEST(KeySimilarity, IsNormalisedEditDistance) {
    EXPECT_DOUBLE_EQ(keySimilarity("gafar", "gafar"), 1.0);
    EXPECT_DOUBLE_EQ(keySimilarity("gafar", "gafor"), 0.8);
    EXPECT_DOUBLE_EQ(keySimilarity("", "gafar"), 0.0);
    EXPECT_DOUBLE_EQ(keySimilarity("abc", "xyz"), 0.0);
    EXPECT_DOUBLE_EQ(keySimilarity("kuraš", "kuras"), 0.8); // š is one code point
}

} // namespace
