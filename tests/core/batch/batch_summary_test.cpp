// Batch summary: counts by shape, histogram bins at their edges, and the JSON a script reads.
#include "core/batch/batch_summary.h"

#include "tests/core/batch/batch_test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace {

using tandem::test::bead;

TEST(BatchSummary, CountsShapesAndConfidenceBins) {
    tandem::BatchSummary summary;
    summary.addAligned({bead(0, 1, 0, 1, 0.0), bead(1, 3, 1, 2, 0.1), bead(3, 4, 2, 2, 0.95), bead(4, 4, 2, 3, 1.0)},
                       5, 3, 3);
    summary.addAligned({bead(0, 1, 0, 1, 0.55)}, 1, 1, 1);
    summary.pairsResumed = 2;
    summary.failures.push_back({7, "broken", "broken.en: cannot open"});
    summary.jobs = 2;

    EXPECT_EQ(summary.pairs(), 5u);
    EXPECT_EQ(summary.beadsByShape.at("1-1"), 2u);
    EXPECT_EQ(summary.beadsByShape.at("2-1"), 1u);
    EXPECT_EQ(summary.beadsByShape.at("1-0"), 1u);
    EXPECT_EQ(summary.beadsByShape.at("0-1"), 1u);
    EXPECT_EQ(summary.confidenceHistogram[0], 1u); // 0.0
    EXPECT_EQ(summary.confidenceHistogram[1], 1u); // 0.1 opens the second bin
    EXPECT_EQ(summary.confidenceHistogram[5], 1u); // 0.55
    EXPECT_EQ(summary.confidenceHistogram[9], 2u); // 0.95 and 1.0 (the last bin is closed)

    const auto json = nlohmann::json::parse(summary.toJson());
    EXPECT_EQ(json["pairs"]["total"], 5);
    EXPECT_EQ(json["pairs"]["aligned"], 2);
    EXPECT_EQ(json["pairs"]["resumed"], 2);
    EXPECT_EQ(json["pairs"]["failed"], 1);
    EXPECT_EQ(json["segments"]["source"], 6);
    EXPECT_EQ(json["segments"]["target"], 4);
    EXPECT_EQ(json["beads"]["total"], 5);
    EXPECT_EQ(json["beads"]["written"], 4);
    EXPECT_EQ(json["beads"]["by_shape"]["1-1"], 2);
    ASSERT_EQ(json["confidence_histogram"].size(), 10u);
    EXPECT_DOUBLE_EQ(json["confidence_histogram"][9]["from"].get<double>(), 0.9);
    EXPECT_EQ(json["confidence_histogram"][9]["beads"], 2);
    ASSERT_EQ(json["failures"].size(), 1u);
    EXPECT_EQ(json["failures"][0]["line"], 7);
    EXPECT_EQ(json["failures"][0]["id"], "broken");
    EXPECT_EQ(json["failures"][0]["reason"], "broken.en: cannot open");
    EXPECT_EQ(json["jobs"], 2);
}

TEST(BatchSummary, OutOfRangeConfidenceIsClamped) {
    tandem::BatchSummary summary;
    summary.addAligned({bead(0, 1, 0, 1, -0.5), bead(1, 2, 1, 2, 1.5)}, 2, 2, 2);
    EXPECT_EQ(summary.confidenceHistogram[0], 1u);
    EXPECT_EQ(summary.confidenceHistogram[9], 1u);
}

TEST(BatchSummary, EmptyRunIsValidJson) {
    const auto json = nlohmann::json::parse(tandem::BatchSummary{}.toJson());
    EXPECT_EQ(json["pairs"]["total"], 0);
    EXPECT_TRUE(json["failures"].empty());
    EXPECT_TRUE(json["beads"]["by_shape"].is_object());
}

} // namespace
