// Tests of decoding: BOMs, UTF-8, UTF-16, legacy encodings found by ICU's detector, an explicit
// encoding, and strict versus lenient handling of bad bytes (the error names file and offset).
#include "core/text/decode.h"

#include "core/error.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <string>

namespace tandem {
namespace {

const std::string kRussian =
    "Массовый расстрел и пожар в концертном зале \"Крокус Сити Холл\" под Москвой 22 марта стали самым "
    "смертоносным терактом в России со времён захвата школы в Беслане в 2004 году. Четверо "
    "подозреваемых, которые сейчас находятся под стражей, - граждане Таджикистана. Эксперты отмечают, "
    "что ИГИЛ-Хорасан объявил Россию одним из своих главных врагов.";
const std::string kFrench =
    "Les élèves de l'école été très sérieux: ils préparèrent la fête de Noël, décorèrent la forêt "
    "et chantèrent à côté du théâtre. Où est passée la journée? Déjà l'hiver arrive, ça ne change "
    "rien à la qualité des crêpes que nous mangeâmes près du lycée.";
const std::string kCzech =
    "Příliš žluťoučký kůň úpěl ďábelské ódy. Čeština je západoslovanský jazyk, nejbližší slovenštině, "
    "poté polštině a lužické srbštině. Řeka Vltava protéká Prahou a její břehy jsou plné života; "
    "v létě se lidé procházejí po nábřeží a večer posedávají v hospodách, kde se čepuje pivo.";

/// The UTF-8 text in another encoding, through ICU.
std::string encode(const std::string& utf8, const char* encoding) {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
    std::string out(static_cast<std::size_t>(text.length()) * 4 + 8, '\0');
    const int32_t n = text.extract(0, text.length(), out.data(), static_cast<uint32_t>(out.size()), encoding);
    out.resize(static_cast<std::size_t>(n));
    return out;
}

TEST(Decode, PlainUtf8) {
    const DecodedText decoded = decodeText(kRussian, "a.txt");
    EXPECT_EQ(decoded.text, kRussian);
    EXPECT_EQ(decoded.encoding, "UTF-8");
}

TEST(Decode, Utf8ByteOrderMarkIsDropped) {
    const DecodedText decoded = decodeText("\xEF\xBB\xBF" + kFrench, "a.txt");
    EXPECT_EQ(decoded.text, kFrench);
    EXPECT_EQ(decoded.encoding, "UTF-8");
}

TEST(Decode, Utf16LittleAndBigEndianWithByteOrderMark) {
    const DecodedText le = decodeText("\xFF\xFE" + encode(kRussian, "UTF-16LE"), "le.txt");
    EXPECT_EQ(le.text, kRussian);
    EXPECT_EQ(le.encoding, "UTF-16LE");
    const DecodedText be = decodeText("\xFE\xFF" + encode(kRussian, "UTF-16BE"), "be.txt");
    EXPECT_EQ(be.text, kRussian);
    EXPECT_EQ(be.encoding, "UTF-16BE");
}

TEST(Decode, Utf16OddLengthIsATruncatedSequenceAtTheEnd) {
    const std::string bytes = "\xFF\xFE" + encode("abc", "UTF-16LE") + "x";
    try {
        decodeText(bytes, "odd.txt");
        FAIL() << "expected DecodeError";
    } catch (const DecodeError& e) {
        EXPECT_NE(std::string(e.what()).find("odd.txt"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("byte offset 8"), std::string::npos) << e.what();
    }
    EXPECT_EQ(decodeText(bytes, "odd.txt", {{}, {}, true}).text, "abc\xEF\xBF\xBD");
}

struct LegacyCase {
    const std::string* text;
    const char* encoding;
};

class Legacy : public ::testing::TestWithParam<LegacyCase> {};

TEST_P(Legacy, DetectedAndDecoded) {
    const std::string bytes = encode(*GetParam().text, GetParam().encoding);
    ASSERT_NE(bytes, *GetParam().text);
    const DecodedText decoded = decodeText(bytes, "legacy.txt");
    EXPECT_EQ(decoded.encoding, GetParam().encoding);
    EXPECT_EQ(decoded.text, *GetParam().text);
}

TEST_P(Legacy, ExplicitEncodingOverridesDetection) {
    const std::string bytes = encode(*GetParam().text, GetParam().encoding);
    const DecodedText decoded = decodeText(bytes, "legacy.txt", {GetParam().encoding, {}, false});
    EXPECT_EQ(decoded.text, *GetParam().text);
    EXPECT_EQ(decoded.encoding, GetParam().encoding);
}

INSTANTIATE_TEST_SUITE_P(Encodings, Legacy,
                         ::testing::Values(LegacyCase{&kRussian, "windows-1251"}, LegacyCase{&kRussian, "KOI8-R"},
                                           LegacyCase{&kFrench, "ISO-8859-1"}, LegacyCase{&kCzech, "ISO-8859-2"}));

TEST(Decode, ExplicitEncodingChangesTheReading) {
    // The same bytes read as KOI8-R instead of windows-1251 give other letters, as asked.
    const std::string bytes = encode("Привет", "windows-1251");
    EXPECT_EQ(decodeText(bytes, "a.txt", {"windows-1251", {}, false}).text, "Привет");
    EXPECT_NE(decodeText(bytes, "a.txt", {"KOI8-R", {}, false}).text, "Привет");
}

TEST(Decode, UnknownEncodingNameIsAUsageError) {
    EXPECT_THROW(decodeText("abc", "a.txt", {"no-such-encoding", {}, false}), UsageError);
}

TEST(Decode, InvalidUtf8NamesFileAndOffset) {
    const std::string head = "Привет, мир! ";
    const std::string bytes = head + "\xC3\x28" + kRussian;
    try {
        decodeText(bytes, "broken.txt");
        FAIL() << "expected DecodeError";
    } catch (const DecodeError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "broken.txt: invalid UTF-8 byte sequence at byte offset " + std::to_string(head.size()));
    }
}

TEST(Decode, TruncatedUtf8AtTheEndIsAnError) {
    const std::string bytes = kRussian + std::string("\xD0");
    try {
        decodeText(bytes, "cut.txt");
        FAIL() << "expected DecodeError";
    } catch (const DecodeError& e) {
        EXPECT_NE(std::string(e.what()).find("at byte offset " + std::to_string(kRussian.size())), std::string::npos)
            << e.what();
    }
}

TEST(Decode, LenientReplacesBadBytesWithReplacementCharacter) {
    const std::string bytes = "Мир\xFF\xFEмир" + kRussian;
    const DecodedText decoded = decodeText(bytes, "a.txt", {{}, {}, true});
    EXPECT_EQ(decoded.text, "Мир\xEF\xBF\xBD\xEF\xBF\xBDмир" + kRussian);
}

TEST(Decode, InvalidBytesInAnExplicitEncoding) {
    // 0xE9 is no ASCII byte; in Shift_JIS, 0x81 must be followed by a trail byte.
    try {
        decodeText("ab\xE9" "cd", "x.txt", {"US-ASCII", {}, false});
        FAIL() << "expected DecodeError";
    } catch (const DecodeError& e) {
        EXPECT_EQ(std::string(e.what()), "x.txt: invalid US-ASCII byte sequence at byte offset 2");
    }
    EXPECT_EQ(decodeText("ab\xE9" "cd", "x.txt", {"US-ASCII", {}, true}).text, "ab\xEF\xBF\xBD" "cd");
    EXPECT_THROW(decodeText("abcd\x81", "y.txt", {"Shift_JIS", {}, false}), DecodeError);
}

TEST(Decode, DeclaredEncodingIsTriedBeforeDetection) {
    const std::string bytes = encode("Ёж", "KOI8-R");
    EXPECT_EQ(decodeText(bytes, "a.html", {{}, "KOI8-R", false}).text, "Ёж");
}

TEST(Decode, EmptyInputIsEmptyUtf8) {
    const DecodedText decoded = decodeText("", "empty.txt");
    EXPECT_EQ(decoded.text, "");
    EXPECT_EQ(decoded.encoding, "UTF-8");
}

} // namespace
} // namespace tandem
