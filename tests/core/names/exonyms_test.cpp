// Country and region names from ICU: long and short forms in both languages.
#include "core/names/exonyms.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace tandem;

const Exonym* find(const std::vector<Exonym>& all, const std::string& code) {
    auto it = std::find_if(all.begin(), all.end(), [&](const Exonym& e) { return e.code == code; });
    return it == all.end() ? nullptr : &*it;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

TEST(Exonyms, NamesCountriesAndRegionsInBothLanguages) {
    const auto all = exonyms("en", "ru");
    EXPECT_GT(all.size(), 200u);
    const Exonym* us = find(all, "US");
    ASSERT_NE(us, nullptr);
    EXPECT_TRUE(has(us->source, "United States"));
    EXPECT_TRUE(has(us->source, "US")); // a short name may equal the code
    EXPECT_TRUE(has(us->target, "США"));
    const Exonym* cn = find(all, "CN");
    ASSERT_NE(cn, nullptr);
    EXPECT_TRUE(has(cn->target, "Китай"));
    const Exonym* centralAsia = find(all, "143");
    ASSERT_NE(centralAsia, nullptr);
    EXPECT_TRUE(has(centralAsia->target, "Центральная Азия"));
}

TEST(Exonyms, OtherLanguagePairsWork) {
    const auto all = exonyms("de", "uk");
    const Exonym* de = find(all, "DE");
    ASSERT_NE(de, nullptr);
    EXPECT_TRUE(has(de->source, "Deutschland"));
    EXPECT_TRUE(has(de->target, "Німеччина"));
}

} // namespace
