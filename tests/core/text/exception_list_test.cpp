// Tests of the exception-list format and of the lists compiled into the library from
// data/segmentation (the compiled text must be the file, byte for byte).
#include "core/text/exception_list.h"

#include "core/error.h"
#include "core/text/bundled_exception_lists.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace tandem {
namespace {

TEST(ExceptionList, ParsesEntriesDirectivesAndComments) {
    const ExceptionList list = parseExceptionList(
        "# comment\n\n%initials\nDr.\nт.  е.\nNo. before-number\n%starters The He\n%ordinals\n", "test");
    EXPECT_TRUE(list.initials);
    EXPECT_TRUE(list.ordinals);
    EXPECT_TRUE(list.contains("Dr."));
    EXPECT_TRUE(list.contains("т. е."));
    EXPECT_EQ(list.maxWords, 2u);
    EXPECT_EQ(list.multiWord, std::vector<std::string>{"т. е."});
    EXPECT_FALSE(list.contains("No."));
    EXPECT_TRUE(list.contains("No.", true));
    EXPECT_EQ(list.starters.size(), 2u);
    EXPECT_TRUE(list.starters.count("He"));
}

TEST(ExceptionList, LowerCaseEntriesMatchCapitalised) {
    const ExceptionList list = parseExceptionList("проф.\nU.S.\n", "test");
    EXPECT_TRUE(list.contains("Проф."));
    EXPECT_TRUE(list.contains("проф."));
    EXPECT_FALSE(list.contains("u.s."));
}

TEST(ExceptionList, MultiWordEntryAtStart) {
    const ExceptionList list = parseExceptionList("z. B.\n", "de");
    EXPECT_TRUE(list.multiWordEntryAt("z. B. für", 2));
    EXPECT_TRUE(list.multiWordEntryAt("Z. B. für", 2));
    EXPECT_FALSE(list.multiWordEntryAt("z. Bern", 2));
    EXPECT_FALSE(list.multiWordEntryAt("z. B. für", 6));
}

TEST(ExceptionList, MalformedLinesNameFileAndLine) {
    try {
        parseExceptionList("Dr.\nMr\n", "xx.txt");
        FAIL() << "expected ParseError";
    } catch (const ParseError& e) {
        EXPECT_EQ(std::string(e.what()), "xx.txt:2: entry 'Mr' does not end with a full stop");
    }
    EXPECT_THROW(parseExceptionList("%nonsense\n", "xx.txt"), ParseError);
    EXPECT_THROW(parseExceptionList("%starters\n", "xx.txt"), ParseError);
}

TEST(ExceptionList, PrimaryLanguage) {
    EXPECT_EQ(primaryLanguage("en-GB"), "en");
    EXPECT_EQ(primaryLanguage("ru_RU"), "ru");
    EXPECT_EQ(primaryLanguage("DE"), "de");
}

TEST(ExceptionList, BundledListsAreTheDataFilesByteForByte) {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(TANDEM_DATA_DIR "/segmentation")) {
        if (entry.path().extension() != ".txt")
            continue;
        ++files;
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        const std::string language = entry.path().stem().string();
        const std::optional<std::string_view> bundled = bundledExceptionListText(language);
        ASSERT_TRUE(bundled) << language;
        EXPECT_EQ(*bundled, content.str()) << language;
        EXPECT_NO_THROW(bundledExceptionList(language)) << language;
    }
    EXPECT_GE(files, 4u);
    for (const char* language : {"en", "ru", "de", "fr"})
        EXPECT_TRUE(bundledExceptionList(language)) << language;
    EXPECT_FALSE(bundledExceptionList("nl"));
}

TEST(ExceptionList, BundledListsProtectTheIssueExamples) {
    const ExceptionList en = *bundledExceptionList("en");
    EXPECT_TRUE(en.contains("U.S."));
    EXPECT_TRUE(en.contains("Ph.D."));
    const ExceptionList ru = *bundledExceptionList("ru");
    EXPECT_TRUE(ru.contains("т. е."));
    EXPECT_TRUE(ru.contains("г."));
    EXPECT_TRUE(ru.contains("проф."));
    EXPECT_TRUE(ru.initials);
}

} // namespace
} // namespace tandem
