// TMX export: valid against the TMX 1.4 DTD (xmllint), read back by translate-toolkit with the same
// units and identical text, selection options, escaping and forbidden characters.
#include "core/error.h"
#include "core/formats/tmx_reader.h"
#include "core/formats/tmx_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace tandem {
namespace {

struct World {
    Document source{"en", {}};
    Document target{"ru", {}};
    Alignment alignment;
};

/// Awkward on purpose: markup characters, quotes, a forbidden control character, a tab, two
/// segments in one bead, a bead with an empty side, a 1-0 bead, Cyrillic.
World awkward() {
    World w;
    w.source.segments = {Segment{"Tom & Jerry <run>.", "", 0},
                         Segment{"He said \"no\".", "He said  \"no\".\n", 0},
                         Segment{"Second\tsentence\x01 here.", "", 1},
                         Segment{"Dropped.", "", 1},
                         Segment{"Lonely source.", "", 2},
                         Segment{"Low confidence.", "", 2}};
    w.target.segments = {Segment{"Том и Джерри <бегут>.", "", 0}, Segment{"Он сказал «нет». Второе.", "", 0},
                         Segment{"", "", 1}, Segment{"Низкая уверенность.", "", 2}};
    w.alignment = {Bead{0, 1, 0, 1, 0.9, BeadStatus::Confirmed}, Bead{1, 3, 1, 2, 0.7, BeadStatus::NeedsReview},
                   Bead{3, 4, 2, 3, 0.8}, Bead{4, 5, 3, 3, 0.5}, Bead{5, 6, 3, 4, 0.2}};
    return w;
}

class TempFile {
public:
    explicit TempFile(const std::string& suffix)
        : m_path(std::filesystem::temp_directory_path() /
                 ("tandem-tmx-test-" + std::to_string(getpid()) + "-" + std::to_string(++s_count) + suffix)) {}
    ~TempFile() { std::filesystem::remove(m_path); }
    std::string path() const { return m_path.string(); }

private:
    static inline int s_count = 0;
    std::filesystem::path m_path;
};

int run(const std::string& command) { return std::system(command.c_str()); }

std::string tmxText(const World& w, const TmxOptions& options = {}) {
    std::ostringstream out;
    writeTmx(out, w.source, w.target, w.alignment, options);
    return out.str();
}

TEST(TmxWriter, ValidatesAgainstTheTmx14Dtd) {
    const World w = awkward();
    TempFile file(".tmx");
    EXPECT_EQ(writeTmxFile(file.path(), w.source, w.target, w.alignment), 3u);
    const std::string dtd = std::string(TANDEM_SOURCE_DIR) + "/../shared/standards/tmx14.dtd";
    ASSERT_TRUE(std::filesystem::exists(dtd)) << dtd;
    EXPECT_EQ(run("xmllint --noout --dtdvalid '" + dtd + "' '" + file.path() + "'"), 0);
}

TEST(TmxWriter, HeaderCarriesEveryRequiredAttribute) {
    TmxOptions options;
    options.creationDate = "20261129T051500Z";
    options.creationToolVersion = "9.9";
    const std::string tmx = tmxText(awkward(), options);
    for (const char* expected :
         {"<tmx version=\"1.4\">", "creationtool=\"Tandem\"", "creationtoolversion=\"9.9\"", "segtype=\"sentence\"",
          "o-tmf=\"tandem\"", "adminlang=\"en\"", "srclang=\"en\"", "datatype=\"plaintext\"",
          "creationdate=\"20261129T051500Z\"", "<tuv xml:lang=\"ru\">", "<prop type=\"x-tandem-shape\">2-1</prop>",
          "<prop type=\"x-tandem-status\">needs-review</prop>", "Tom &amp; Jerry &lt;run&gt;.",
          "He said &quot;no&quot;. Second sentence here."})
        EXPECT_NE(tmx.find(expected), std::string::npos) << expected;
    EXPECT_EQ(tmx.find('\x01'), std::string::npos);
    EXPECT_EQ(tmx.find('\t'), std::string::npos);
}

TEST(TmxWriter, TranslateToolkitReadsTheSameUnits) {
    const World w = awkward();
    TempFile file(".tmx");
    TempFile listing(".json");
    writeTmxFile(file.path(), w.source, w.target, w.alignment);
    const std::string script = "import json,sys\n"
                               "from translate.storage import tmx\n"
                               "store = tmx.tmxfile.parsefile(sys.argv[1])\n"
                               "json.dump([[u.source, u.target] for u in store.units], open(sys.argv[2], 'w'))\n";
    ASSERT_EQ(run("/usr/bin/python3 -c \"" + script + "\" '" + file.path() + "' '" + listing.path() + "'"), 0);
    const auto units = nlohmann::json::parse(std::ifstream(listing.path()));
    const auto expected = nlohmann::json::array({
        nlohmann::json::array({"Tom & Jerry <run>.", "Том и Джерри <бегут>."}),
        nlohmann::json::array({"He said \"no\". Second sentence here.", "Он сказал «нет». Второе."}),
        nlohmann::json::array({"Low confidence.", "Низкая уверенность."}),
    });
    EXPECT_EQ(units, expected);
}

TEST(TmxWriter, SelectionOptions) {
    const World w = awkward();
    TmxOptions options;
    options.selection.confirmedOnly = true;
    std::ostringstream out;
    EXPECT_EQ(writeTmx(out, w.source, w.target, w.alignment, options), 1u);
    options.selection = {false, 0.6};
    EXPECT_EQ(writeTmx(out, w.source, w.target, w.alignment, options), 2u);
    options.selection = {false, 0.95}; // the confirmed bead passes whatever its confidence
    EXPECT_EQ(writeTmx(out, w.source, w.target, w.alignment, options), 1u);
}

TEST(TmxWriter, ReaderRoundTripsStatusAndConfidence) {
    const World w = awkward();
    const TmxMemory memory = readTmx(tmxText(w), "export.tmx");
    ASSERT_EQ(memory.alignment.size(), 3u);
    EXPECT_EQ(memory.alignment[0].status, BeadStatus::Confirmed);
    EXPECT_EQ(memory.alignment[1].status, BeadStatus::NeedsReview);
    EXPECT_DOUBLE_EQ(memory.alignment[2].confidence, 0.2);
    EXPECT_EQ(memory.source.segments[1].text, "He said \"no\". Second sentence here.");
}

TEST(TmxWriter, RefusesBadLanguageTagsAndDates) {
    World w = awkward();
    TmxOptions options;
    options.creationDate = "2026-11-29";
    EXPECT_THROW(tmxText(w, options), ExportError);
    w.target.language = "";
    EXPECT_THROW(tmxText(w), ExportError);
    w.target.language = "ru RU";
    EXPECT_THROW(tmxText(w), ExportError);
    EXPECT_TRUE(isLanguageTag("zh-Hant-TW"));
    EXPECT_TRUE(isLanguageTag("pt-BR"));
    EXPECT_FALSE(isLanguageTag("en-"));
    EXPECT_FALSE(isLanguageTag("e"));
    EXPECT_THROW(writeTmxFile("/nonexistent-dir/out.tmx", w.source, w.target, w.alignment), IoError);
}

TEST(TmxWriter, EmptyAlignmentIsStillValid) {
    const World w{Document{"en", {}}, Document{"ru", {}}, {}};
    TempFile file(".tmx");
    EXPECT_EQ(writeTmxFile(file.path(), w.source, w.target, w.alignment), 0u);
    const std::string dtd = std::string(TANDEM_SOURCE_DIR) + "/../shared/standards/tmx14.dtd";
    EXPECT_EQ(run("xmllint --noout --dtdvalid '" + dtd + "' '" + file.path() + "'"), 0);
}

} // namespace
} // namespace tandem
