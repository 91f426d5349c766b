// The search's guide path: between links it follows the running lengths of both sides.
#include "core/align/search.h"

#include <gtest/gtest.h>

using namespace tandem::aligner;

namespace {

SideFeatures sideWithLengths(const std::vector<std::uint32_t>& lengths) {
    SideFeatures side;
    side.length = lengths;
    side.lengthPrefix.assign(lengths.size() + 1, 0);
    for (std::size_t i = 0; i < lengths.size(); ++i)
        side.lengthPrefix[i + 1] = side.lengthPrefix[i] + lengths[i];
    return side;
}

} // namespace

TEST(GuidePath, FollowsRunningLengthsBetweenPoints) {
    // Four source sentences; the target says the first two in one long sentence, then the last two
    // in four short ones.
    const SideFeatures source = sideWithLengths({12, 8, 10, 10});
    const SideFeatures target = sideWithLengths({20, 5, 5, 5, 5});
    const Stretch stretch{0, 4, 0, 5};
    const std::vector<GuidePoint> guide = followLengths({{0, 0}, {4, 5}}, source, target, stretch);
    ASSERT_EQ(guide.size(), 5u);
    // After 12 source characters the nearest target boundary is at 20 (not 0), after 20 at 20, after
    // 30 at 30; a straight line would have given 0, 1 (or 2), 2 (or 3), 3 (or 4), 5.
    const std::size_t expected[5] = {0, 1, 1, 3, 5};
    for (std::size_t i = 0; i < guide.size(); ++i) {
        EXPECT_EQ(guide[i].source, i);
        EXPECT_EQ(guide[i].target, expected[i]) << "at source boundary " << i;
    }
}

TEST(GuidePath, LeavesPointsAloneWhereNothingLiesBetween) {
    const SideFeatures source = sideWithLengths({10, 10});
    const SideFeatures target = sideWithLengths({10, 10});
    const std::vector<GuidePoint> points = {{0, 0}, {1, 1}, {2, 2}};
    const std::vector<GuidePoint> guide = followLengths(points, source, target, Stretch{0, 2, 0, 2});
    ASSERT_EQ(guide.size(), points.size());
    for (std::size_t k = 0; k < points.size(); ++k) {
        EXPECT_EQ(guide[k].source, points[k].source);
        EXPECT_EQ(guide[k].target, points[k].target);
    }
}
