// Tests of the shared value types: bead shapes, coverage check, status names, term pairs.
#include "core/error.h"
#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"

#include <gtest/gtest.h>

using namespace tandem;

TEST(Bead, ShapeNamesCounts) {
    EXPECT_EQ((Bead{0, 2, 0, 1}).shape(), "2-1");
    EXPECT_EQ((Bead{3, 3, 4, 5}).shape(), "0-1");
}

TEST(Alignment, CoversExactlyAcceptsMonotoneCover) {
    Alignment a{{0, 1, 0, 1}, {1, 3, 1, 2}, {3, 3, 2, 3}, {3, 4, 3, 3}};
    EXPECT_TRUE(coversExactly(a, 4, 3));
}

TEST(Alignment, CoversExactlyRejectsGapsOverlapsAndEmptyBeads) {
    EXPECT_FALSE(coversExactly({{0, 1, 0, 1}, {2, 3, 1, 2}}, 3, 2));     // source 1 skipped
    EXPECT_FALSE(coversExactly({{0, 2, 0, 1}, {1, 3, 1, 2}}, 3, 2));     // source 1 twice
    EXPECT_FALSE(coversExactly({{0, 1, 0, 1}, {1, 1, 1, 1}}, 1, 1));     // empty bead
    EXPECT_FALSE(coversExactly({{0, 1, 0, 1}}, 2, 1));                   // source 1 uncovered
    EXPECT_TRUE(coversExactly({}, 0, 0));
}

TEST(BeadStatus, NamesRoundTrip) {
    for (auto s : {BeadStatus::Auto, BeadStatus::Confirmed, BeadStatus::NeedsReview})
        EXPECT_EQ(beadStatusFromString(toString(s)), s);
    EXPECT_THROW(beadStatusFromString("maybe"), ParseError);
}

TEST(Document, FromLinesMakesOneParagraphPerLine) {
    Document d = documentFromLines({"One.", "Two."}, "en");
    ASSERT_EQ(d.segments.size(), 2u);
    EXPECT_EQ(d.segments[1].paragraph, 1u);
    EXPECT_TRUE(d.endsParagraph(0));
}

TEST(Glossary, TermPairsLeaveOutRejectedTerms) {
    auto term = [](std::string source, std::string target, TermStatus status) {
        Term t;
        t.source = std::move(source);
        t.target = std::move(target);
        t.status = status;
        return t;
    };
    const Term kept = term("Ghafari", "Гафари", TermStatus::Suggested);
    const Term confirmed = term("FSB", "ФСБ", TermStatus::Confirmed);
    const Term rejected = term("Kerman", "Керман", TermStatus::Rejected);
    using Pairs = std::vector<std::pair<std::string, std::string>>;
    EXPECT_EQ(termPairs({kept, rejected, confirmed}), (Pairs{{"Ghafari", "Гафари"}, {"FSB", "ФСБ"}}));
    EXPECT_TRUE(termPairs({rejected}).empty());
}
