// Each edit kind on a small in-memory project: its result, its inverse, and the edits it refuses.
#include "core/error.h"
#include "core/project/edit_resolve.h"
#include "core/project/project.h"
#include "tests/core/project/project_test_support.h"

#include <gtest/gtest.h>

#include <cmath>

namespace tandem {
namespace {

using testing::createProject;
using testing::oneToOne;
using testing::snapshot;
using testing::Snapshot;

/// Applies `edit`, checks coverage, applies the returned inverse and checks the project is back.
Snapshot applyAndRevert(Project& p, const Edit& edit, Snapshot* after = nullptr) {
    const Snapshot before = snapshot(p);
    const Edit inverse = p.apply(edit);
    EXPECT_TRUE(coversExactly(p.alignment(), p.source().segments.size(), p.target().segments.size()));
    const Snapshot result = snapshot(p);
    if (after)
        *after = result;
    p.apply(inverse);
    EXPECT_EQ(snapshot(p), before) << describe(edit);
    return result;
}

std::vector<std::string> shapes(const Alignment& a) {
    std::vector<std::string> out;
    for (const Bead& b : a)
        out.push_back(b.shape());
    return out;
}

TEST(Edit, MergeBeadsJoinsARowWithTheNext) {
    Project p = createProject(Project::inMemory, oneToOne(4));
    p.apply(SetStatus{1, BeadStatus::Confirmed});
    const Snapshot s = applyAndRevert(p, MergeBeads{1});
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-1", "2-2", "1-1"}));
    EXPECT_EQ(s.alignment[1].status, BeadStatus::Auto);
    EXPECT_THROW(p.apply(MergeBeads{3}), UsageError);
    EXPECT_THROW(p.apply(MergeBeads{9}), UsageError);
}

TEST(Edit, SplitBeadCutsAtASegmentBoundary) {
    Project p = createProject(Project::inMemory, oneToOne(4));
    p.apply(MergeBeads{0});
    const Snapshot s = applyAndRevert(p, SplitBead{0, 1, 2});
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-2", "1-0", "1-1", "1-1"}));
    EXPECT_THROW(p.apply(SplitBead{0, 0, 0}), UsageError); // first part empty
    EXPECT_THROW(p.apply(SplitBead{0, 2, 2}), UsageError); // second part empty
    EXPECT_THROW(p.apply(SplitBead{0, 3, 0}), UsageError); // more than the bead holds
}

TEST(Edit, MoveSegmentUpAndDown) {
    Project p = createProject(Project::inMemory, oneToOne(3));
    Snapshot s = applyAndRevert(p, MoveSegment{1, Side::Target, Direction::Up});
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-2", "1-0", "1-1"}));
    s = applyAndRevert(p, MoveSegment{1, Side::Source, Direction::Down});
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-1", "0-1", "2-1"}));
    EXPECT_THROW(p.apply(MoveSegment{0, Side::Source, Direction::Up}), UsageError);
    EXPECT_THROW(p.apply(MoveSegment{2, Side::Source, Direction::Down}), UsageError);
}

TEST(Edit, MoveSegmentDropsABeadLeftEmpty) {
    Project p = createProject(Project::inMemory, oneToOne(3));
    p.apply(MoveSegment{1, Side::Target, Direction::Up}); // 1-2, 1-0, 1-1
    const Snapshot s = applyAndRevert(p, MoveSegment{1, Side::Source, Direction::Up});
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"2-2", "1-1"}));
}

TEST(Edit, ShiftColumnDownLikeEnter) {
    Project p = createProject(Project::inMemory, oneToOne(3));
    const Snapshot s = applyAndRevert(p, ShiftColumn{1, Side::Target, Direction::Down});
    ASSERT_EQ(s.alignment.size(), 4u);
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-1", "1-0", "1-1", "0-1"}));
    EXPECT_EQ(s.alignment[2], (Bead{2, 3, 1, 2, 0.5, BeadStatus::Auto}));
}

TEST(Edit, ShiftColumnUpLikeBackspace) {
    Project p = createProject(Project::inMemory, oneToOne(3));
    const Snapshot s = applyAndRevert(p, ShiftColumn{1, Side::Source, Direction::Up});
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"2-1", "1-1", "0-1"}));
    EXPECT_THROW(p.apply(ShiftColumn{0, Side::Source, Direction::Up}), UsageError);
}

TEST(Edit, ShiftColumnKeepsTheStatusOfBeadsItDoesNotChange) {
    Project p = createProject(Project::inMemory, oneToOne(4));
    p.apply(SetStatus{0, BeadStatus::Confirmed});
    p.apply(MoveSegment{2, Side::Source, Direction::Down}); // 1-1 1-1 0-1 2-1
    p.apply(SetStatus{1, BeadStatus::NeedsReview});
    const Snapshot s = applyAndRevert(p, ShiftColumn{2, Side::Source, Direction::Down});
    EXPECT_EQ(s.alignment[0].status, BeadStatus::Confirmed);
    EXPECT_EQ(s.alignment[1].status, BeadStatus::NeedsReview);
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-1", "1-1", "0-1", "0-1", "2-0"}));
}

TEST(Edit, InsertSegmentAddsAnEmptyOneSidedBead) {
    Project p = createProject(Project::inMemory, oneToOne(3));
    Snapshot s = applyAndRevert(p, InsertSegment{1, Side::Target});
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-1", "0-1", "1-1", "1-1"}));
    ASSERT_EQ(s.target.segments.size(), 4u);
    EXPECT_EQ(s.target.segments[1].text, "");
    EXPECT_EQ(s.target.segments[2].text, "Целевое предложение 2.");
    s = applyAndRevert(p, InsertSegment{3, Side::Source});
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-1", "1-1", "1-1", "1-0"}));
    EXPECT_THROW(p.apply(InsertSegment{4, Side::Source}), UsageError);
}

TEST(Edit, SplitSegmentAtACharacterOffset) {
    Project p = createProject(Project::inMemory, oneToOne(2));
    p.apply(EditText{Side::Target, 0, "Привет, мир. Второе."});
    const Snapshot s = applyAndRevert(p, SplitSegment{Side::Target, 0, 12}); // after "мир."
    ASSERT_EQ(s.target.segments.size(), 3u);
    EXPECT_EQ(s.target.segments[0].text, "Привет, мир.");
    EXPECT_EQ(s.target.segments[1].text, "Второе.");
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-2", "1-1"}));
    EXPECT_EQ(s.alignment[1], (Bead{1, 2, 2, 3, 0.5, BeadStatus::Auto}));
    EXPECT_THROW(p.apply(SplitSegment{Side::Target, 0, 0}), UsageError);
    EXPECT_THROW(p.apply(SplitSegment{Side::Target, 0, 200}), UsageError);
}

TEST(Edit, MergeSegmentsWithinABead) {
    Project p = createProject(Project::inMemory, oneToOne(3));
    EXPECT_THROW(p.apply(MergeSegments{Side::Source, 0, " "}), UsageError); // different beads
    p.apply(MergeBeads{0});
    const Snapshot s = applyAndRevert(p, MergeSegments{Side::Source, 0, " "});
    EXPECT_EQ(s.source.segments[0].text, "Source sentence 1. Source sentence 2.");
    EXPECT_EQ(shapes(s.alignment), (std::vector<std::string>{"1-2", "1-1"}));
    Project q = createProject(Project::inMemory, oneToOne(4)); // segment 4 starts a paragraph
    q.apply(MergeBeads{2});
    EXPECT_THROW(q.apply(MergeSegments{Side::Source, 2, " "}), UsageError);
}

TEST(Edit, EditTextKeepsTheBead) {
    Project p = createProject(Project::inMemory, oneToOne(2));
    const Snapshot s = applyAndRevert(p, EditText{Side::Source, 1, "Fixed <text> & \"quotes\""});
    EXPECT_EQ(s.source.segments[1].text, "Fixed <text> & \"quotes\"");
    EXPECT_EQ(s.alignment, oneToOne(2).alignment);
    EXPECT_THROW(p.apply(EditText{Side::Source, 2, "x"}), UsageError);
    EXPECT_THROW(p.apply(EditText{Side::Source, 0, "bad \xff utf-8"}), UsageError);
}

TEST(Edit, SetStatusAndConfirmAbove) {
    Project p = createProject(Project::inMemory, oneToOne(5));
    Snapshot s = applyAndRevert(p, SetStatus{2, BeadStatus::NeedsReview});
    EXPECT_EQ(s.alignment[2].status, BeadStatus::NeedsReview);
    p.apply(SetStatus{0, BeadStatus::Confirmed});
    s = applyAndRevert(p, ConfirmAbove{3});
    for (std::size_t r = 0; r < 5; ++r)
        EXPECT_EQ(s.alignment[r].status, r < 3 ? BeadStatus::Confirmed : BeadStatus::Auto) << r;
    EXPECT_THROW(p.apply(ConfirmAbove{6}), UsageError);
}

TEST(Edit, GlossaryEntriesAddChangeRemove) {
    Project p = createProject(Project::inMemory, oneToOne(2));
    Term ghafari{0, "Ghafari", "Гафари", {"Гафари", "Гафари"}, TermStatus::Confirmed, TermType::Person, "", 1.0, 4};
    const Edit removeIt = p.apply(AddTerms{{ghafari}});
    ASSERT_EQ(p.terms().size(), 1u);
    const std::int64_t id = p.terms()[0].id;
    EXPECT_GT(id, 0);
    EXPECT_EQ(removeIt, Edit(RemoveTerms{{id}}));
    Term changed = p.terms()[0];
    changed.note = "from Arabic";
    applyAndRevert(p, UpdateTerm{changed});
    applyAndRevert(p, RemoveTerms{{id}});
    EXPECT_EQ(p.findTerm(id)->source, "Ghafari");
    EXPECT_THROW(p.apply(RemoveTerms{{id + 1}}), UsageError);
    EXPECT_THROW(p.apply(AddTerms{{Term{id, "X", "Х", {}, {}, {}, "", 0, 0}}}), UsageError);
    Term other = changed;
    other.id = id + 7;
    EXPECT_THROW(p.apply(UpdateTerm{other}), UsageError);
    changed.score = std::nan("");
    EXPECT_THROW(p.apply(UpdateTerm{changed}), UsageError);
    EXPECT_THROW(p.apply(AddTerms{{Term{0, "", "", {}, {}, {}, "", 0, 0}}}), UsageError);
}

TEST(Edit, RealignKeepsConfirmedBeadsAsPins) {
    Snapshot world = oneToOne(8);
    // A deliberately wrong alignment: the first four beads shifted against each other.
    world.alignment = {Bead{0, 1, 0, 0, 0.1}, Bead{1, 2, 0, 1, 0.1}, Bead{2, 3, 1, 2, 0.1}, Bead{3, 4, 2, 4, 0.1},
                       Bead{4, 5, 4, 5, 0.9}, Bead{5, 6, 5, 6, 0.9}, Bead{6, 7, 6, 7, 0.9}, Bead{7, 8, 7, 8, 0.9}};
    Project p = createProject(Project::inMemory, world);
    p.apply(SetStatus{5, BeadStatus::Confirmed});
    Snapshot after;
    applyAndRevert(p, Realign{}, &after);
    EXPECT_TRUE(coversExactly(after.alignment, 8, 8));
    const auto pinned = std::find(after.alignment.begin(), after.alignment.end(),
                                  Bead{5, 6, 5, 6, 0.9, BeadStatus::Confirmed});
    EXPECT_NE(pinned, after.alignment.end()) << "the confirmed bead moved";
    EXPECT_THROW(p.apply(Realign{8, 1}), UsageError);
}

TEST(Edit, RealignmentCanBeComputedAwayFromTheProject) {
    Project p = createProject(Project::inMemory, oneToOne(12));
    p.apply(MergeBeads{3});
    p.apply(MoveSegment{8, Side::Target, Direction::Up});
    // What a worker thread does: compute on a copy, with progress, then hand the result back.
    const Snapshot copy = snapshot(p);
    double lastProgress = -1;
    const ReplaceRange result = realignment(ProjectContent{copy.source, copy.target, copy.alignment, copy.terms},
                                            Realign{}, [&](double share) { lastProgress = share; });
    EXPECT_GE(lastProgress, 0.0);
    EXPECT_EQ(result.description, "Re-align all unconfirmed rows");
    p.apply(result);
    const Snapshot viaWorker = snapshot(p);
    p.undo();
    p.apply(Realign{});
    EXPECT_EQ(snapshot(p), viaWorker);
    EXPECT_EQ(p.undoDescription(), "Re-align all unconfirmed rows");

    std::stop_source stop;
    stop.request_stop();
    EXPECT_THROW(realignment(ProjectContent{copy.source, copy.target, copy.alignment, copy.terms}, Realign{}, {},
                             stop.get_token()),
                 Cancelled);
}

TEST(Edit, ReplaceRangeIsCheckedForCoverage) {
    Project p = createProject(Project::inMemory, oneToOne(3));
    ReplaceRange bad;
    bad.row = 0;
    bad.rowCount = 2;
    bad.beads = {Bead{0, 1, 0, 2, 0.5}}; // leaves source segment 1 uncovered
    EXPECT_THROW(p.apply(bad), UsageError);
    EXPECT_EQ(snapshot(p), oneToOne(3));
    bad.beads = {Bead{0, 2, 0, 2, 1.5}};
    EXPECT_THROW(p.apply(bad), UsageError);
    EXPECT_FALSE(p.canUndo());
}

TEST(Edit, DescriptionsCountRowsFromOne) {
    EXPECT_EQ(describe(MergeBeads{11}), "Merge rows 12 and 13");
    EXPECT_EQ(describe(ConfirmAbove{3}), "Confirm rows 1-3");
    EXPECT_EQ(describe(SetStatus{0, BeadStatus::NeedsReview}), "Mark row 1 needs-review");
    EXPECT_EQ(describe(EditText{Side::Target, 4, "x"}), "Edit target segment 5");
}

} // namespace
} // namespace tandem
