// Hunspell base forms: nouns and adjectives of multi-word names, capitalisation, absent dictionaries.
#include "core/names/lemmatizer.h"

#include "core/error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

using namespace tandem;

TEST(Lemmatizer, GivesBaseFormsWithTheWordsCapitalisation) {
    auto ru = Lemmatizer::open("/usr/share/hunspell", "ru");
    ASSERT_TRUE(ru) << "hunspell-ru is installed by scripts/install-deps.sh";
    const auto region = ru->lemma("области");
    ASSERT_TRUE(region);
    EXPECT_EQ(region->form, "область");
    EXPECT_TRUE(region->common);
    EXPECT_FALSE(region->adjective);
    const auto kaluga = ru->lemma("Калужской");
    ASSERT_TRUE(kaluga);
    EXPECT_EQ(kaluga->form, "Калужский");
    EXPECT_TRUE(kaluga->adjective);
    const auto moscow = ru->lemma("Москвой");
    ASSERT_TRUE(moscow);
    EXPECT_EQ(moscow->form, "Москва");
    EXPECT_FALSE(moscow->common);
    EXPECT_FALSE(ru->lemma("Сулейманова")); // names the dictionary does not know
    EXPECT_FALSE(ru->lemma(""));
}

TEST(Lemmatizer, NoDictionaryForTheLanguageIsNoLemmatizer) {
    EXPECT_FALSE(Lemmatizer::open("/usr/share/hunspell", "xx"));
    EXPECT_FALSE(Lemmatizer::open("/nonexistent/directory", "ru"));
    EXPECT_FALSE(Lemmatizer::open("/usr/share/hunspell", ""));
}

TEST(Lemmatizer, UnreadableDictionaryIsAnIoError) {
    const std::filesystem::path dir = std::filesystem::path(TANDEM_BINARY_DIR) / "lemmatizer_test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "zz_ZZ.dic") << "1\nword\n"; // no .aff beside it
    EXPECT_THROW(Lemmatizer::open(dir, "zz"), IoError);
}

} // namespace
