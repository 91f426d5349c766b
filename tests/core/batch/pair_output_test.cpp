// Batch output records: JSONL keeps every bead and its segment numbers, TSV rows stay one line each,
// TMX units frame into valid TMX 1.4b, and --min-confidence filters all three.
#include "core/batch/pair_output.h"

#include "core/error.h"
#include "tests/core/batch/batch_test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace {

using tandem::AlignedPair;
using tandem::BatchFormat;

using tandem::test::bead;

struct Sample {
    std::string id = "news-1";
    tandem::Document source = tandem::documentFromLines(
        {"The U.S. Army arrived.", "It was late.", "Nobody \"waited\" <here>.", "Extra line."}, "en");
    tandem::Document target =
        tandem::documentFromLines({"Армия США прибыла, было поздно.", "Никто «не ждал» <здесь>."}, "ru");
    tandem::Alignment alignment = {bead(0, 2, 0, 1, 0.91234), bead(2, 3, 1, 2, 0.4), bead(3, 4, 2, 2, 0.05)};
    AlignedPair pair() const { return AlignedPair{id, source, target, alignment}; }
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

TEST(PairOutput, JsonlHasOneRecordPerBeadWithSegmentNumbers) {
    const Sample s;
    std::size_t written = 0;
    const std::string out = tandem::formatPair(BatchFormat::Jsonl, s.pair(), {}, written);
    EXPECT_EQ(written, 3u);
    const auto records = lines(out);
    ASSERT_EQ(records.size(), 3u);
    const auto first = nlohmann::json::parse(records[0]);
    EXPECT_EQ(first["pair"], "news-1");
    EXPECT_EQ(first["bead"], 0);
    EXPECT_EQ(first["shape"], "2-1");
    EXPECT_DOUBLE_EQ(first["confidence"].get<double>(), 0.9123);
    EXPECT_EQ(first["source_lang"], "en");
    EXPECT_EQ(first["target_lang"], "ru");
    EXPECT_EQ(first["source_segments"], nlohmann::json::array({0, 1}));
    EXPECT_EQ(first["target_segments"], nlohmann::json::array({0}));
    EXPECT_EQ(first["source"], "The U.S. Army arrived. It was late.");
    EXPECT_EQ(first["target"], "Армия США прибыла, было поздно.");
    EXPECT_EQ(nlohmann::json::parse(records[1])["source"], "Nobody \"waited\" <here>.");
    const auto deletion = nlohmann::json::parse(records[2]);
    EXPECT_EQ(deletion["shape"], "1-0");
    EXPECT_EQ(deletion["target"], "");
    EXPECT_TRUE(deletion["target_segments"].empty());
}

TEST(PairOutput, TsvRowsLeaveOutEmptySidesAndFlattenTabs) {
    Sample s;
    s.source.segments[2].text = "Tab\there\nand newline";
    std::size_t written = 0;
    const std::string out = tandem::formatPair(BatchFormat::Tsv, s.pair(), {}, written);
    EXPECT_EQ(written, 2u);
    const auto rows = lines(out);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0], "The U.S. Army arrived. It was late.\tАрмия США прибыла, было поздно.\t0.9123\tnews-1\t2-1");
    EXPECT_EQ(rows[1], "Tab here and newline\tНикто «не ждал» <здесь>.\t0.4000\tnews-1\t1-1");
}

TEST(PairOutput, MinConfidenceFiltersEveryFormat) {
    const Sample s;
    for (const auto format : {BatchFormat::Jsonl, BatchFormat::Tsv, BatchFormat::Tmx}) {
        std::size_t written = 0;
        tandem::PairOutputOptions options;
        options.minConfidence = 0.5;
        const std::string out = tandem::formatPair(format, s.pair(), options, written);
        EXPECT_EQ(written, 1u) << tandem::toString(format);
        EXPECT_NE(out.find("Army"), std::string::npos);
        EXPECT_EQ(out.find("Nobody"), std::string::npos) << tandem::toString(format);
    }
}

TEST(PairOutput, TmxDocumentIsEscapedDatedAndDeterministic) {
    const Sample s;
    tandem::PairOutputOptions options;
    options.tmxDate = "20240131T120000Z";
    std::size_t written = 0;
    const std::string tmx = tandem::formatPair(BatchFormat::Tmx, s.pair(), options, written);
    EXPECT_EQ(written, 2u); // the 1-0 bead has no translation unit
    EXPECT_EQ(tmx.rfind("<?xml", 0), 0u);
    EXPECT_NE(tmx.find("srclang=\"en\""), std::string::npos);
    EXPECT_NE(tmx.find("creationdate=\"20240131T120000Z\""), std::string::npos);
    EXPECT_NE(tmx.find("&lt;here&gt;"), std::string::npos);
    EXPECT_EQ(tmx.find("<here>"), std::string::npos);
    std::size_t again = 0;
    EXPECT_EQ(tandem::formatPair(BatchFormat::Tmx, s.pair(), options, again), tmx);
}

TEST(PairOutput, JoinerConcatenatesJsonlAndTsv) {
    for (const auto format : {BatchFormat::Jsonl, BatchFormat::Tsv}) {
        tandem::OutputJoiner joiner(format);
        std::string joined = joiner.add("a\n");
        joined += joiner.add("b\n");
        joined += joiner.finish();
        EXPECT_EQ(joined, "a\nb\n");
    }
}

TEST(PairOutput, JoinerKeepsTheFirstTmxHeaderAndEveryUnit) {
    Sample first;
    Sample second;
    second.id = "news-2";
    second.source.language = "de";
    second.source.segments[0].text = "Die Armee kam.";
    std::size_t written = 0;
    tandem::OutputJoiner joiner(BatchFormat::Tmx);
    std::string joined = joiner.add(tandem::formatPair(BatchFormat::Tmx, first.pair(), {}, written));
    joined += joiner.add(tandem::formatPair(BatchFormat::Tmx, second.pair(), {}, written));
    joined += joiner.finish();
    const auto count = [&](const std::string& needle) {
        std::size_t n = 0;
        for (auto at = joined.find(needle); at != std::string::npos; at = joined.find(needle, at + 1))
            ++n;
        return n;
    };
    EXPECT_EQ(count("<?xml"), 1u);
    EXPECT_EQ(count("<header"), 1u);
    EXPECT_EQ(count("<tu "), 4u);
    EXPECT_EQ(count("</tmx>"), 1u);
    EXPECT_NE(joined.find("srclang=\"en\""), std::string::npos);
    EXPECT_NE(joined.find("Die Armee kam."), std::string::npos);
    EXPECT_NE(joined.find("xml:lang=\"de\""), std::string::npos);
    EXPECT_EQ(joined.substr(joined.size() - 7), "</tmx>\n");

    tandem::OutputJoiner empty(BatchFormat::Tmx);
    const std::string none = empty.finish();
    EXPECT_NE(none.find("srclang=\"und\""), std::string::npos);
    EXPECT_NE(none.find("</tmx>"), std::string::npos);
    EXPECT_EQ(none.find("<tu "), std::string::npos);
}

TEST(PairOutput, JoinerRefusesSomethingThatIsNotTmx) {
    tandem::OutputJoiner joiner(BatchFormat::Tmx);
    EXPECT_THROW(joiner.add("{\"pair\": 1}\n"), tandem::ExportError);
}

TEST(PairOutput, JoinsSegmentsWithoutSpacesForUnspacedScripts) {
    const auto zh = tandem::documentFromLines({"你好。", "再见。"}, "zh-Hans");
    EXPECT_EQ(tandem::joinSegments(zh, 0, 2), "你好。再见。");
    const auto en = tandem::documentFromLines({"Hello.", "Bye."}, "en");
    EXPECT_EQ(tandem::joinSegments(en, 0, 2), "Hello. Bye.");
    EXPECT_EQ(tandem::joinSegments(en, 1, 1), "");
}

TEST(PairOutput, FormatNames) {
    for (const auto format : {BatchFormat::Tmx, BatchFormat::Jsonl, BatchFormat::Tsv})
        EXPECT_EQ(tandem::batchFormatFromString(tandem::toString(format)), format);
    EXPECT_THROW(tandem::batchFormatFromString("xliff"), tandem::UsageError);
}

} // namespace
