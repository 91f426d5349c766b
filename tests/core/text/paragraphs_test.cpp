// Tests of paragraph splitting in plain text: blank lines, wrapped lines, every line its own.
#include "core/text/paragraphs.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

std::vector<std::string> paragraphs(std::string_view text, bool keepLineBreaks) {
    std::vector<std::string> out;
    for (const TextSpan& span : splitParagraphs(text, keepLineBreaks))
        out.emplace_back(text.substr(span.offset, span.length));
    return out;
}

TEST(Paragraphs, BlankLinesSeparateAndWrapsJoin) {
    EXPECT_EQ(paragraphs("one\ntwo\n\nthree\n", false), (std::vector<std::string>{"one\ntwo", "three"}));
}

TEST(Paragraphs, WhitespaceOnlyLinesAreBlank) {
    EXPECT_EQ(paragraphs("a\n \t \nb", false), (std::vector<std::string>{"a", "b"}));
}

TEST(Paragraphs, KeepLineBreaksMakesEveryLineAParagraph) {
    EXPECT_EQ(paragraphs("one\ntwo\n\n\nthree", true), (std::vector<std::string>{"one", "two", "three"}));
}

TEST(Paragraphs, WindowsAndOldMacLineEnds) {
    EXPECT_EQ(paragraphs("a\r\nb\r\n\r\nc\rd\r\re", false), (std::vector<std::string>{"a\r\nb", "c\rd", "e"}));
    EXPECT_EQ(paragraphs("a\r\nb", true), (std::vector<std::string>{"a", "b"}));
}

TEST(Paragraphs, EmptyInput) {
    EXPECT_TRUE(splitParagraphs("", false).empty());
    EXPECT_TRUE(splitParagraphs("\n\n \n", true).empty());
}

} // namespace
} // namespace tandem
