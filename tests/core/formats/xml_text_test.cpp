// XML 1.0 character filtering: forbidden code points and broken UTF-8 never reach an export.
#include "core/formats/xml_text.h"

#include <gtest/gtest.h>

using tandem::isXmlSafeText;
using tandem::xmlSafeText;

TEST(XmlSafeText, KeepsOrdinaryTextAndMarkupCharacters) {
    const std::string s = "Гафари & al-Qurashi <b> \"quoted\"\ttab\nline";
    EXPECT_EQ(xmlSafeText(s), s);
    EXPECT_TRUE(isXmlSafeText(s));
}

TEST(XmlSafeText, DropsControlCharactersAndNonCharacters) {
    EXPECT_EQ(xmlSafeText(std::string("a\x01" "b\x1F" "c", 5)), "abc");
    EXPECT_EQ(xmlSafeText(std::string("x\0y", 3)), "xy");
    EXPECT_EQ(xmlSafeText("a\xEF\xBF\xBE" "b"), "ab"); // U+FFFE
    EXPECT_FALSE(isXmlSafeText("a\x01"));
}

TEST(XmlSafeText, DropsInvalidUtf8AndSurrogates) {
    EXPECT_EQ(xmlSafeText("ok\xC3"), "ok");              // truncated sequence
    EXPECT_EQ(xmlSafeText("a\xED\xA0\x80z"), "az");      // encoded surrogate
    EXPECT_EQ(xmlSafeText("a\xC0\xAFz"), "az");          // overlong '/'
    EXPECT_EQ(xmlSafeText("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80"); // emoji kept
}
