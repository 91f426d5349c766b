// Scale words after numbers: the values they give and the words they do not take.
#include "core/names/number_scale.h"

#include <gtest/gtest.h>

using namespace tandem;

TEST(ScaledNumber, ScaleWordsMultiply) {
    EXPECT_EQ(scaledNumber("20", "тыс"), "20000");
    EXPECT_EQ(scaledNumber("1.5", "billion"), "1500000000");
    EXPECT_EQ(scaledNumber("3", "миллионов"), "3000000");
    EXPECT_EQ(scaledNumber("2", "millionen"), "2000000");
    EXPECT_EQ(scaledNumber("2000", "万美元"), "20000000");
    EXPECT_EQ(scaledNumber("3", "億円"), "300000000");
    EXPECT_EQ(scaledNumber("20", "people"), "");
    EXPECT_EQ(scaledNumber("20", "mild"), ""); // "mil" is a word of its own, not a prefix
    EXPECT_EQ(scaledNumber("0.0001", "thousand"), ""); // not a whole number
    EXPECT_EQ(scaledNumber("5000000", "trillion"), ""); // too large to be meant
}
