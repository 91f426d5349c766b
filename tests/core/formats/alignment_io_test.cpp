// Alignment interchange: vecalign lines and hunalign ladders, round trips and malformed input.
#include "core/formats/alignment_io.h"

#include "core/error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

using namespace tandem;

namespace {

std::vector<AlignmentLine> vecalign(const std::string& text) {
    std::istringstream in(text);
    return readVecalign(in, "test.txt");
}

Alignment ladder(const std::string& text) {
    std::istringstream in(text);
    return readLadder(in, "test.ladder");
}

const Alignment kSample = {
    Bead{0, 1, 0, 1, 0.95, BeadStatus::Auto}, Bead{1, 3, 1, 2, 0.5, BeadStatus::Auto},
    Bead{3, 3, 2, 3, 0.25, BeadStatus::Auto}, Bead{3, 4, 3, 3, 0.125, BeadStatus::Auto},
    Bead{4, 6, 3, 5, 1.0, BeadStatus::Auto}};

} // namespace

TEST(Vecalign, ReadsListsAndOptionalConfidence) {
    const auto lines = vecalign("[0]:[0]\n\n[1, 2]:[1]:0.873\n[]:[2]\n[3]:[]\n  [4,5] : [3] \r\n");
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_EQ(lines[1].source, (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(lines[1].target, (std::vector<std::size_t>{1}));
    ASSERT_TRUE(lines[1].confidence.has_value());
    EXPECT_DOUBLE_EQ(*lines[1].confidence, 0.873);
    EXPECT_FALSE(lines[0].confidence.has_value());
    EXPECT_TRUE(lines[2].source.empty());
    EXPECT_TRUE(lines[3].target.empty());
    EXPECT_EQ(lines[4].source, (std::vector<std::size_t>{4, 5}));
}

TEST(Vecalign, KeepsUnsortedAndGappedGoldAsWritten) {
    const auto lines = vecalign("[142, 146, 147]:[139, 140]\n[2, 1]:[0]\n");
    EXPECT_EQ(lines[0].source, (std::vector<std::size_t>{142, 146, 147}));
    EXPECT_EQ(lines[1].source, (std::vector<std::size_t>{2, 1}));
    EXPECT_THROW(toAlignment(lines, "gold"), ParseError);
}

TEST(Vecalign, RoundTripWithAndWithoutConfidence) {
    std::ostringstream out;
    writeVecalign(out, kSample, true);
    EXPECT_EQ(out.str().substr(0, 24), "[0]:[0]:0.950\n[1, 2]:[1]");
    const Alignment back = toAlignment(vecalign(out.str()), "round trip");
    ASSERT_EQ(back.size(), kSample.size());
    for (std::size_t k = 0; k < back.size(); ++k) {
        EXPECT_EQ(back[k].srcBegin, kSample[k].srcBegin);
        EXPECT_EQ(back[k].srcEnd, kSample[k].srcEnd);
        EXPECT_EQ(back[k].tgtBegin, kSample[k].tgtBegin);
        EXPECT_EQ(back[k].tgtEnd, kSample[k].tgtEnd);
        EXPECT_NEAR(back[k].confidence, kSample[k].confidence, 0.001);
    }
    std::ostringstream plain;
    writeVecalign(plain, kSample, false);
    EXPECT_EQ(plain.str(), "[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n[4, 5]:[3, 4]\n");
    EXPECT_EQ(toLines(kSample), vecalign(out.str()));
}

struct BadLine {
    const char* text;
    const char* message;
};

class MalformedVecalign : public ::testing::TestWithParam<BadLine> {};

TEST_P(MalformedVecalign, ParseErrorNamesFileAndLine) {
    try {
        vecalign(std::string("[0]:[0]\n") + GetParam().text + "\n");
        FAIL() << "accepted " << GetParam().text;
    } catch (const ParseError& e) {
        const std::string what = e.what();
        EXPECT_EQ(what.rfind("test.txt:2: ", 0), 0u) << what;
        EXPECT_NE(what.find(GetParam().message), std::string::npos) << what;
    }
}

INSTANTIATE_TEST_SUITE_P(Lines, MalformedVecalign,
                         ::testing::Values(BadLine{"[0]", "expected"}, BadLine{"[0]:[x]", "not a segment number"},
                                           BadLine{"[0:[1]", "expected a list"}, BadLine{"[-1]:[0]", "not a segment number"},
                                           BadLine{"[0]:[1]:high", "not a confidence"},
                                           BadLine{"[0]:[1]:0.5:extra", "expected"}, BadLine{"[1,,2]:[0]", "not a segment number"}));

TEST(Vecalign, MissingFileIsAnIoError) {
    EXPECT_THROW(readVecalignFile("/nonexistent/gold.txt"), IoError);
}

TEST(ToAlignment, RejectsOverlapAndGoingBack) {
    EXPECT_THROW(toAlignment(vecalign("[0, 1]:[0]\n[1]:[1]\n"), "x"), ParseError);
    EXPECT_THROW(toAlignment(vecalign("[0]:[1]\n[1]:[0]\n"), "x"), ParseError);
    EXPECT_TRUE(toAlignment({}, "x").empty());
}

TEST(Ladder, RoundTrip) {
    std::ostringstream out;
    writeLadder(out, kSample);
    EXPECT_EQ(out.str(), "0\t0\t0.950\n1\t1\t0.500\n3\t2\t0.250\n3\t3\t0.125\n4\t3\t1.000\n6\t5\t0.000\n");
    const Alignment back = ladder(out.str());
    ASSERT_EQ(back.size(), kSample.size());
    for (std::size_t k = 0; k < back.size(); ++k) {
        EXPECT_EQ(back[k].srcBegin, kSample[k].srcBegin);
        EXPECT_EQ(back[k].srcEnd, kSample[k].srcEnd);
        EXPECT_EQ(back[k].tgtBegin, kSample[k].tgtBegin);
        EXPECT_EQ(back[k].tgtEnd, kSample[k].tgtEnd);
    }
}

TEST(Ladder, ReadsHunalignOutputWithoutScoresAndSkipsRepeatedRungs) {
    const Alignment a = ladder("0 0\n1 1\n1 1\n3 2\n");
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[1].shape(), "2-1");
    EXPECT_TRUE(ladder("").empty());
}

TEST(Ladder, MalformedInput) {
    EXPECT_THROW(ladder("0\n"), ParseError);
    EXPECT_THROW(ladder("0 0\n2 2\n1 3\n"), ParseError);      // goes backwards
    EXPECT_THROW(ladder("1 0\n2 2\n"), ParseError);           // does not start at 0 0
    EXPECT_THROW(ladder("0 0 x\n"), ParseError);
    EXPECT_THROW(ladder("0 0 0.5 extra\n"), ParseError);
    EXPECT_THROW(readLadderFile("/nonexistent/ladder"), IoError);
}
