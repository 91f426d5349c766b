// The batch runner on manifests built from the gold sets: broken entries skipped and reported, the
// outputs identical to (and scoring the same F1 as) aligning the pairs one by one, resume, ordered
// stream and combined outputs, cancellation, fatal output errors.
#include "batch_test_support.h"

#include "core/align/aligner.h"
#include "core/align/word_dictionary.h"
#include "core/align/evaluation.h"
#include "core/batch/atomic_file.h"
#include "core/batch/batch_runner.h"
#include "core/error.h"
#include "core/text/import.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using namespace tandem;
using namespace tandem::test;

BatchSummary runManifest(const fs::path& dir, BatchOptions options, const BatchCallback& onPair = {},
                         std::stop_token stop = {}) {
    std::ifstream in(dir / "manifest.tsv", std::ios::binary);
    ManifestReader reader(in, "manifest.tsv", dir);
    return runBatch(reader, options, onPair, stop);
}

/// The alignment of one manifest pair made the plain way: import both sides, align, nothing else.
Alignment alignOneByOne(const fs::path& dir, const ManifestLine& line) {
    ImportOptions import;
    import.format = inputFormatFromString(line.format);
    const Document source = importDocument(dir / line.source, line.sourceLanguage, import);
    const Document target = importDocument(dir / line.target, line.targetLanguage, import);
    AlignOptions options; // what the batch does: the dictionary installed for the pair, if any
    options.dictionary = installedDictionary(line.sourceLanguage, line.targetLanguage);
    return align(source, target, options);
}

bool sameBeads(const std::vector<AlignmentLine>& written, const Alignment& reference) {
    const auto expected = toLines(reference);
    if (written.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < written.size(); ++i)
        if (written[i].source != expected[i].source || written[i].target != expected[i].target ||
            std::abs(*written[i].confidence - *expected[i].confidence) > 0.00005)
            return false;
    return true;
}

TEST(BatchRunner, ManifestOfGoldSetsSkipsBrokenPairsAndMatchesOneByOneAlignment) {
    const fs::path dir = freshTestDir("batch-gold");
    const auto lines = writeManifest(dir, 3, true, true);
    std::size_t good = 0;
    for (const auto& line : lines)
        good += line.expectFail.empty();
    ASSERT_GE(good, 200u);

    BatchOptions options;
    options.outputDir = dir / "out";
    options.jobs = 2;
    std::size_t reports = 0;
    const auto summary = runManifest(dir, options, [&](const PairReport&, const BatchProgress& progress) {
        ++reports;
        EXPECT_EQ(progress.pairsDone, reports);
    });

    // Every entry accounted for, broken ones reported with their reason and line, in manifest order.
    EXPECT_EQ(reports, lines.size());
    EXPECT_EQ(summary.pairsAligned, good);
    EXPECT_EQ(summary.pairsResumed, 0u);
    std::vector<const ManifestLine*> broken;
    for (const auto& line : lines)
        if (!line.expectFail.empty())
            broken.push_back(&line);
    ASSERT_EQ(summary.failures.size(), broken.size());
    for (std::size_t i = 0; i < broken.size(); ++i) {
        EXPECT_NE(summary.failures[i].reason.find(broken[i]->expectFail), std::string::npos)
            << summary.failures[i].reason << " (expected: " << broken[i]->expectFail << ")";
        EXPECT_EQ(summary.failures[i].id, broken[i]->id);
        EXPECT_EQ(summary.failures[i].reason.find('\n'), std::string::npos);
        if (i > 0) {
            EXPECT_LT(summary.failures[i - 1].line, summary.failures[i].line);
        }
    }
    EXPECT_FALSE(fs::exists(options.outputDir / "broken-missing.jsonl"));

    // The outputs hold exactly the one-by-one alignments, so they score the same F1 on the gold.
    const auto gold = goldPairs();
    std::map<std::string, Alignment> reference; // by source, target and format: repeats align once
    std::vector<std::vector<AlignmentLine>> goldLines, batchLines, referenceLines;
    std::size_t totalBeads = 0;
    for (const auto& line : lines) {
        if (!line.expectFail.empty())
            continue;
        const std::string key = line.source.string() + "|" + line.target.string() + "|" + line.format;
        if (!reference.count(key))
            reference[key] = alignOneByOne(dir, line);
        const auto written = jsonlBeads(readBytes(options.outputDir / (line.id + ".jsonl")));
        EXPECT_TRUE(sameBeads(written, reference[key])) << line.id;
        totalBeads += written.size();
        if (line.goldIndex >= 0) {
            goldLines.push_back(readVecalignFile(gold[static_cast<std::size_t>(line.goldIndex)].gold));
            batchLines.push_back(written);
            referenceLines.push_back(toLines(reference[key]));
        }
    }
    EXPECT_EQ(summary.beads, totalBeads);
    EXPECT_EQ(summary.beadsWritten, totalBeads);
    const EvalScores batchScores = evaluate(goldLines, batchLines);
    const EvalScores oneByOne = evaluate(goldLines, referenceLines);
    EXPECT_EQ(batchScores.counts, oneByOne.counts);
    EXPECT_DOUBLE_EQ(batchScores.f1Strict, oneByOne.f1Strict);
    EXPECT_DOUBLE_EQ(batchScores.f1Lax, oneByOne.f1Lax);
    EXPECT_GT(batchScores.f1Strict, 0.85) << "the gold sets align far better than this";
    std::size_t histogram = 0;
    for (const auto count : summary.confidenceHistogram)
        histogram += count;
    EXPECT_EQ(histogram, summary.beads);
    fs::remove_all(dir);
}

class SmallBatch : public testing::Test {
protected:
    void SetUp() override {
        m_dir = freshTestDir("batch-small");
        m_lines = writeManifest(m_dir, 1, false, false);
        m_lines.resize(12);
        std::ofstream manifest(m_dir / "manifest.tsv", std::ios::binary);
        for (const auto& line : m_lines)
            manifest << line.text << '\n';
    }
    void TearDown() override { fs::remove_all(m_dir); }

    BatchOptions options(const std::string& out, BatchFormat format = BatchFormat::Jsonl) const {
        BatchOptions o;
        o.outputDir = m_dir / out;
        o.format = format;
        o.jobs = 2;
        return o;
    }

    /// The per-pair outputs of a folder joined in manifest order.
    std::string joinedInOrder(const fs::path& folder, BatchFormat format) const {
        std::string joined;
        for (const auto& line : m_lines)
            joined += readBytes(folder / (line.id + "." + toString(format)));
        return joined;
    }

    fs::path m_dir;
    std::vector<ManifestLine> m_lines;
};

TEST_F(SmallBatch, RerunSkipsCompletePairsAndRedoesMissingOnes) {
    const auto opts = options("out");
    runManifest(m_dir, opts);
    const auto first = folderContents(opts.outputDir);
    ASSERT_EQ(first.size(), m_lines.size() + 1); // and the settings record

    // What a killed run leaves: two outputs never written, one temporary of a dead process.
    fs::remove(opts.outputDir / (m_lines[3].id + ".jsonl"));
    fs::remove(opts.outputDir / (m_lines[10].id + ".jsonl"));
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        AtomicFile partial(opts.outputDir / (m_lines[3].id + ".jsonl"));
        partial.write("{\"pair\": \"half");
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0);

    const auto summary = runManifest(m_dir, opts);
    EXPECT_EQ(summary.pairsResumed, m_lines.size() - 2);
    EXPECT_EQ(summary.pairsAligned, 2u);
    EXPECT_TRUE(summary.failures.empty());
    EXPECT_EQ(folderContents(opts.outputDir), first); // identical bytes, no temporaries left
}

TEST_F(SmallBatch, StreamAndCombinedOutputsFollowManifestOrder) {
    for (const auto format : {BatchFormat::Jsonl, BatchFormat::Tsv, BatchFormat::Tmx}) {
        SCOPED_TRACE(toString(format));
        const auto perPair = options("per-pair-" + toString(format), format);
        runManifest(m_dir, perPair);

        std::ostringstream stream;
        auto streamed = options("unused", format);
        streamed.stream = &stream;
        runManifest(m_dir, streamed);
        EXPECT_FALSE(fs::exists(m_dir / "unused"));

        auto combined = options("combined-" + toString(format), format);
        combined.combined = true;
        runManifest(m_dir, combined);
        const std::string combinedFile = readBytes(combined.outputDir / ("combined." + toString(format)));
        EXPECT_EQ(combinedFile, stream.str());
        EXPECT_TRUE(fs::is_directory(combined.outputDir / "parts"));

        if (format != BatchFormat::Tmx) {
            EXPECT_EQ(stream.str(), joinedInOrder(perPair.outputDir, format));
            continue;
        }
        // TMX: every per-pair file and the combined file are valid TMX 1.4b.
        const std::string dtd = std::string(TANDEM_SOURCE_DIR) + "/../shared/standards/tmx14.dtd";
        const std::string one = (perPair.outputDir / (m_lines[0].id + ".tmx")).string();
        const std::string all = (combined.outputDir / "combined.tmx").string();
        for (const auto& file : {one, all})
            EXPECT_EQ(std::system(("xmllint --noout --dtdvalid '" + dtd + "' '" + file + "' 2>/dev/null").c_str()), 0)
                << file;
        EXPECT_NE(combinedFile.find("srclang=\"en\""), std::string::npos);
    }
}

TEST_F(SmallBatch, MinConfidenceLeavesOutWeakBeadsButCountsThem) {
    auto opts = options("filtered");
    opts.minConfidence = 0.9;
    const auto summary = runManifest(m_dir, opts);
    EXPECT_LT(summary.beadsWritten, summary.beads);
    std::size_t written = 0;
    for (const auto& line : m_lines)
        for (const auto& bead : jsonlBeads(readBytes(opts.outputDir / (line.id + ".jsonl")))) {
            EXPECT_GE(*bead.confidence, 0.9);
            ++written;
        }
    EXPECT_EQ(written, summary.beadsWritten);
}

TEST_F(SmallBatch, StopLeavesOnlyCompleteOutputsAndRerunFinishes) {
    const auto opts = options("stopped");
    std::stop_source stop;
    EXPECT_THROW(runManifest(
                     m_dir, opts,
                     [&](const PairReport&, const BatchProgress& progress) {
                         if (progress.pairsDone == 3)
                             stop.request_stop();
                     },
                     stop.get_token()),
                 Cancelled);
    std::size_t complete = 0;
    for (const auto& [name, bytes] : folderContents(opts.outputDir)) {
        EXPECT_FALSE(isTemporaryName(name)) << name;
        if (fs::path(name).extension() != ".jsonl")
            continue;
        EXPECT_NO_THROW(jsonlBeads(bytes)) << name;
        ++complete;
    }
    EXPECT_GE(complete, 3u);
    EXPECT_LT(complete, m_lines.size());

    const auto summary = runManifest(m_dir, opts);
    EXPECT_EQ(summary.pairsResumed, complete);
    EXPECT_EQ(summary.pairsAligned, m_lines.size() - complete);
}

TEST_F(SmallBatch, RerunWithOtherSettingsIsRefused) {
    auto opts = options("settings");
    runManifest(m_dir, opts);
    opts.minConfidence = 0.5;
    try {
        runManifest(m_dir, opts);
        FAIL() << "expected UsageError";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("other settings"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("\"min_confidence\":0.0"), std::string::npos) << e.what();
    }
    opts.minConfidence = 0.0;
    opts.glossary = {{"Bible", "Библия"}};
    EXPECT_THROW(runManifest(m_dir, opts), UsageError);
    opts.glossary.clear();
    EXPECT_EQ(runManifest(m_dir, opts).pairsResumed, m_lines.size());
}

TEST_F(SmallBatch, UnwritableOutputFolderIsAnIoError) {
    std::ofstream(m_dir / "a-file") << "x";
    try {
        runManifest(m_dir, options("a-file"));
        FAIL() << "expected IoError";
    } catch (const IoError& e) {
        EXPECT_NE(std::string(e.what()).find("a-file"), std::string::npos) << e.what();
    }
}

TEST(BatchRunnerMisc, EmptyManifestGivesEmptySummary) {
    std::istringstream in("# nothing\n");
    ManifestReader reader(in, "empty.tsv", ".");
    std::ostringstream out;
    BatchOptions options;
    options.stream = &out;
    const auto summary = runBatch(reader, options);
    EXPECT_EQ(summary.pairs(), 0u);
    EXPECT_EQ(out.str(), "");
}

TEST(BatchRunnerMisc, GlossaryServesPairsInItsLanguagesBothWays) {
    BatchOptions options;
    options.glossary = {{"Ghafari", "Гафари"}, {"Kerman", "Керман"}};
    using Anchors = std::vector<std::pair<std::string, std::string>>;
    EXPECT_EQ(glossaryFor(options, "de", "fr"), options.glossary); // no languages named: every pair
    options.glossaryLanguages = {"en", "ru"};
    EXPECT_EQ(glossaryFor(options, "en", "ru"), options.glossary);
    EXPECT_EQ(glossaryFor(options, "EN-gb", "ru-RU"), options.glossary);
    EXPECT_EQ(glossaryFor(options, "ru", "en"), (Anchors{{"Гафари", "Ghafari"}, {"Керман", "Kerman"}}));
    EXPECT_TRUE(glossaryFor(options, "de", "fr").empty());
    EXPECT_TRUE(glossaryFor(options, "en", "uk").empty());
}

TEST(BatchRunnerMisc, AvailableCpusIsPositive) { EXPECT_GE(availableCpus(), 1u); }

} // namespace
