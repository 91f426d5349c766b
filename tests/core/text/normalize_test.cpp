// Tests of segment normalisation: NFC, whitespace folding, dropped invisibles, and the offset map
// back to the original text.
#include "core/text/normalize.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

TEST(Normalize, FoldsWhitespaceAndTrims) {
    EXPECT_EQ(normalizeText("  one\t two\n\nthree  "), "one two three");
    EXPECT_EQ(normalizeText("no\u00A0break\u2009thin\u3000ideographic"), "no break thin ideographic");
    EXPECT_EQ(normalizeText(""), "");
    EXPECT_EQ(normalizeText(" \n\t "), "");
}

TEST(Normalize, ComposesToNfc) {
    EXPECT_EQ(normalizeText("e\u0301te\u0301"), "\u00E9t\u00E9");
    EXPECT_EQ(normalizeText("\u0418\u0306\u043E\u0433"), "\u0419\u043E\u0433"); // Й from И + breve
}

TEST(Normalize, DropsInvisibleCharacters) {
    EXPECT_EQ(normalizeText("soft\u00ADhyphen zero\u200Bwidth \uFEFFbom"), "softhyphen zerowidth bom");
    EXPECT_EQ(normalizeText("bell\x07 here"), "bell here");
    EXPECT_EQ(normalizeText("a \u200B b"), "a b");
}

TEST(Normalize, OffsetsMapBackToTheOriginal) {
    const std::string original = "  One  two\nthree ";
    const NormalizedText n(original);
    ASSERT_EQ(n.text(), "One two three");
    EXPECT_EQ(n.originalOffset(0), 2u);                 // "One"
    EXPECT_EQ(n.originalOffset(3), 5u);                 // the space after "One"
    EXPECT_EQ(n.originalOffset(4), 7u);                 // "two"
    EXPECT_EQ(n.originalOffset(8), 11u);                // "three"
    EXPECT_EQ(n.originalOffset(n.text().size()), 16u);  // end of "three"
}

TEST(Normalize, WordsChangedByNfcMapToTheirStart) {
    const std::string original = "x cafe\u0301 y";
    const NormalizedText n(original);
    ASSERT_EQ(n.text(), "x caf\u00E9 y");
    EXPECT_EQ(n.originalOffset(2), 2u);
    EXPECT_EQ(n.originalOffset(4), 2u); // inside the composed word
    const std::size_t y = n.text().find('y');
    EXPECT_EQ(original.substr(n.originalOffset(y)), "y");
}

TEST(Normalize, EverySliceOfTheMapIsValidText) {
    const std::string original = "Сказал:\u00A0«Да». \u00A0 Ушёл\n(e\u0301)  ";
    const NormalizedText n(original);
    for (std::size_t i = 0; i <= n.text().size(); ++i)
        EXPECT_LE(n.originalOffset(i), original.size());
    EXPECT_EQ(original.substr(n.originalOffset(0), n.originalOffset(n.text().size()) - n.originalOffset(0)),
              "Сказал:\u00A0«Да». \u00A0 Ушёл\n(e\u0301)");
}

} // namespace
} // namespace tandem
