// Tests of the bundled pairs in data/: the gold files agree with each other and with the texts,
// and automatic segmentation of the raw texts reproduces the hand segmentation.
#include "core/formats/alignment_io.h"
#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"
#include "core/text/import.h"
#include "core/text/normalize.h"

#include <gtest/gtest.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace tandem;

namespace {

/// One bundled pair and what its gold files must hold.
struct PairSpec {
    const char* name;        ///< folder under data/
    std::size_t minGlossary; ///< glossary entries, at least
};

const PairSpec kPairs[] = {
    {"meduza", 30},
    {"climate", 30},
};

void PrintTo(const PairSpec& pair, std::ostream* out) { *out << pair.name; }

/// Share of hand segments that automatic segmentation of the raw text must reproduce.
constexpr double kMinSegmentationShare = 0.95;

std::filesystem::path pairDir(const PairSpec& pair) { return std::filesystem::path(TANDEM_DATA_DIR) / pair.name; }

/// The lines of a UTF-8 file without their '\n'; a final newline does not make an empty last line.
std::vector<std::string> fileLines(const std::filesystem::path& file) {
    const std::string bytes = readFileBytes(file);
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < bytes.size()) {
        std::size_t end = bytes.find('\n', start);
        if (end == std::string::npos)
            end = bytes.size();
        lines.push_back(bytes.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
        if (tab == std::string::npos)
            return fields;
        start = tab + 1;
    }
}

/// Lower-cased word tokens of a Russian text: runs of letters and digits, with a hyphen or
/// apostrophe kept inside a word (аль-Кураши, Telegram-каналах).
std::vector<icu::UnicodeString> russianWords(const std::string& utf8) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
    text.toLower(icu::Locale("ru"));
    std::vector<icu::UnicodeString> words;
    icu::UnicodeString word;
    const int32_t n = text.length();
    for (int32_t i = 0; i < n; ++i) {
        const char16_t c = text.charAt(i);
        const bool joiner = (c == u'-' || c == u'\'' || c == u'\u2019') && !word.isEmpty() && i + 1 < n &&
                            u_isalnum(text.charAt(i + 1));
        if (u_isalnum(c) || joiner) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.push_back(word);
            word.remove();
        }
    }
    if (!word.isEmpty())
        words.push_back(word);
    return words;
}

/// The part of a Russian base form every case form starts with: up to two final vowels, й or ь
/// dropped, never below three letters (Москва → москв, Китай → кит, Азия → ази, США → сша).
icu::UnicodeString russianStem(icu::UnicodeString word) {
    static const icu::UnicodeString endings = icu::UnicodeString::fromUTF8("аеёиоуыэюяйь");
    for (int dropped = 0; dropped < 2 && word.length() > 3 && endings.indexOf(word.charAt(word.length() - 1)) >= 0;
         ++dropped)
        word.truncate(word.length() - 1);
    return word;
}

/// True when the words of `baseForm`, each in some case form, occur one after another in `words`.
bool occursInflected(const std::string& baseForm, const std::vector<icu::UnicodeString>& words) {
    std::vector<icu::UnicodeString> stems;
    for (const icu::UnicodeString& w : russianWords(baseForm))
        stems.push_back(russianStem(w));
    if (stems.empty() || stems.size() > words.size())
        return false;
    for (std::size_t i = 0; i + stems.size() <= words.size(); ++i) {
        bool all = true;
        for (std::size_t k = 0; k < stems.size() && all; ++k)
            all = words[i + k].startsWith(stems[k]);
        if (all)
            return true;
    }
    return false;
}

/// Length of the longest common subsequence of two segment lists (the segments both agree on, in order).
std::size_t commonSegments(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<std::size_t> row(b.size() + 1, 0), prev(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j)
            row[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], row[j - 1]);
        std::swap(row, prev);
    }
    return prev[b.size()];
}

struct GlossaryRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

std::vector<GlossaryRow> glossaryRows(const std::filesystem::path& file) {
    std::vector<GlossaryRow> rows;
    const std::vector<std::string> lines = fileLines(file);
    for (std::size_t i = 1; i < lines.size(); ++i)
        rows.push_back({i + 1, splitTabs(lines[i])});
    return rows;
}

class DataPair : public ::testing::TestWithParam<PairSpec> {
protected:
    std::filesystem::path dir() const { return pairDir(GetParam()); }
    std::vector<std::string> lines(const char* language) const {
        return fileLines(dir() / (std::string(language) + ".lines"));
    }
    std::string article(const char* language) const {
        return readFileBytes(dir() / ("article." + std::string(language) + ".txt"));
    }
};

TEST_P(DataPair, HandSegmentsAreSlicesOfTheNormalisedTextInOrder) {
    for (const char* language : {"en", "ru"}) {
        // Segments are the article's text with white space folded (a no-break space included).
        const std::string text = normalizeText(article(language));
        const std::vector<std::string> segments = lines(language);
        ASSERT_FALSE(segments.empty()) << language;
        std::size_t from = 0;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            const std::string& s = segments[i];
            SCOPED_TRACE(std::string(language) + ".lines:" + std::to_string(i + 1));
            ASSERT_FALSE(s.empty());
            EXPECT_EQ(normalizeText(s), s) << "not NFC with folded whitespace";
            const std::size_t at = text.find(s, from);
            ASSERT_NE(at, std::string::npos) << "not found in the article after the previous segment: " << s;
            // Nothing of the article is left out: between two segments there is only whitespace.
            EXPECT_EQ(normalizeText(text.substr(from, at - from)), "") << "text left out before: " << s;
            from = at + s.size();
        }
        EXPECT_EQ(normalizeText(text.substr(from)), "") << language << ": text left out at the end";
    }
}

TEST_P(DataPair, GoldCoversEveryLineOnceInOrder) {
    const std::filesystem::path gold = dir() / "gold.vecalign";
    std::vector<AlignmentLine> beads;
    ASSERT_NO_THROW(beads = readVecalignFile(gold));
    Alignment alignment;
    ASSERT_NO_THROW(alignment = toAlignment(beads, gold.string()));
    EXPECT_TRUE(coversExactly(alignment, lines("en").size(), lines("ru").size()))
        << gold << " does not cover " << lines("en").size() << " / " << lines("ru").size() << " lines";
}

TEST_P(DataPair, GoldHasTheShapesOfARealTranslation) {
    const Alignment gold = toAlignment(readVecalignFile(dir() / "gold.vecalign"), GetParam().name);
    std::map<std::string, std::size_t> shapes;
    std::size_t oneSided = 0;
    for (const Bead& b : gold) {
        ++shapes[b.shape()];
        if (b.srcCount() == 0 || b.tgtCount() == 0)
            oneSided += b.srcCount() + b.tgtCount();
    }
    for (const char* shape : {"2-1", "1-2", "1-0", "0-1"})
        EXPECT_GE(shapes[shape], 1u) << "no " << shape << " bead";
    EXPECT_GT(shapes["1-1"] * 2, gold.size()) << "most beads are 1-1";
    const double share = double(oneSided) / double(lines("en").size() + lines("ru").size());
    EXPECT_GE(share, 0.05);
    EXPECT_LE(share, 0.12);
}

TEST_P(DataPair, GlossaryRowsAreWellFormed) {
    const std::filesystem::path file = dir() / "glossary.tsv";
    const std::vector<std::string> lines = fileLines(file);
    ASSERT_FALSE(lines.empty());
    EXPECT_EQ(lines[0], "english\trussian\ttype\tnote");
    std::set<std::string> seen;
    const std::vector<GlossaryRow> rows = glossaryRows(file);
    for (const GlossaryRow& row : rows) {
        SCOPED_TRACE("glossary.tsv:" + std::to_string(row.line));
        ASSERT_EQ(row.fields.size(), 4u);
        for (std::size_t f = 0; f < 2; ++f) {
            EXPECT_FALSE(row.fields[f].empty());
            EXPECT_EQ(normalizeText(row.fields[f]), row.fields[f]);
        }
        EXPECT_NO_THROW(termTypeFromString(row.fields[2]));
        EXPECT_TRUE(seen.insert(row.fields[0]).second) << "duplicate " << row.fields[0];
    }
    EXPECT_GE(rows.size(), GetParam().minGlossary);
}

TEST_P(DataPair, GlossaryFormsOccurOnBothSides) {
    const std::string english = article("en");
    const std::vector<icu::UnicodeString> russian = russianWords(article("ru"));
    for (const GlossaryRow& row : glossaryRows(dir() / "glossary.tsv")) {
        ASSERT_GE(row.fields.size(), 2u);
        EXPECT_NE(english.find(row.fields[0]), std::string::npos) << row.fields[0] << " not in article.en.txt";
        EXPECT_TRUE(occursInflected(row.fields[1], russian)) << row.fields[1] << " not in article.ru.txt";
    }
}

TEST_P(DataPair, SegmentationReproducesTheHandSegmentation) {
    ImportOptions options;
    options.format = InputFormat::PlainText;
    options.keepLineBreaks = true;
    for (const char* language : {"en", "ru"}) {
        const Document doc = importDocument(dir() / ("article." + std::string(language) + ".txt"), language, options);
        std::vector<std::string> automatic;
        for (const Segment& s : doc.segments)
            automatic.push_back(s.text);
        const std::vector<std::string> hand = lines(language);
        const double share = double(commonSegments(hand, automatic)) / double(hand.size());
        RecordProperty(std::string(language) + "_share", std::to_string(share));
        std::ostringstream differences;
        for (const std::string& s : hand)
            if (std::find(automatic.begin(), automatic.end(), s) == automatic.end())
                differences << "\n  hand: " << s;
        for (const std::string& s : automatic)
            if (std::find(hand.begin(), hand.end(), s) == hand.end())
                differences << "\n  auto: " << s;
        EXPECT_GE(share, kMinSegmentationShare) << language << ": " << share << differences.str();
    }
}

INSTANTIATE_TEST_SUITE_P(Bundled, DataPair, ::testing::ValuesIn(kPairs),
                         [](const ::testing::TestParamInfo<PairSpec>& info) { return std::string(info.param.name); });

TEST(RussianFormCheck, FindsCaseFormsAndRejectsAbsentNames) {
    const std::vector<icu::UnicodeString> words =
        russianWords("Эксперт по Ближнему Востоку Руслан Сулейманов рассказал «Медузе» о теракте в Кермане.");
    EXPECT_TRUE(occursInflected("Ближний Восток", words));
    EXPECT_TRUE(occursInflected("Медуза", words));
    EXPECT_TRUE(occursInflected("Керман", words));
    EXPECT_FALSE(occursInflected("Восток Ближний", words)); // words must come in order
    EXPECT_FALSE(occursInflected("Кабул", words));
    EXPECT_FALSE(occursInflected("", words));
}

TEST(Segments, CommonSegmentsCountsAgreementInOrder) {
    EXPECT_EQ(commonSegments({"a", "b", "c"}, {"a", "b c"}), 1u);
    EXPECT_EQ(commonSegments({"a", "b", "c"}, {"a", "x", "b", "c"}), 3u);
    EXPECT_EQ(commonSegments({}, {"a"}), 0u);
}

} // namespace
