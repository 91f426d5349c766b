// The stored form of edits: every kind survives encode/decode, and foreign text is refused.
#include "core/error.h"
#include "core/project/edit_codec.h"

#include <gtest/gtest.h>

namespace tandem {
namespace {

TEST(EditCodec, EveryKindRoundTrips) {
    const Term term{12, "Ghafari", "Гафари", {"Гафари", "Гафари\t"}, TermStatus::Rejected, TermType::Person,
                    "note \"quoted\"", 0.25, 3};
    ReplaceRange replace;
    replace.row = 3;
    replace.rowCount = 2;
    replace.beads = {Bead{4, 6, 5, 5, 0.125, BeadStatus::NeedsReview}};
    replace.source = {4, 1, {Segment{"a", "a  ", 2}, Segment{"", "", 3}}};
    replace.target = {5, 0, {}};
    replace.description = "Undo: something";
    const std::vector<Edit> edits = {
        MergeBeads{1},
        SplitBead{2, 1, 0},
        MoveSegment{3, Side::Target, Direction::Down},
        ShiftColumn{4, Side::Source, Direction::Up},
        InsertSegment{5, Side::Target},
        SplitSegment{Side::Source, 6, 7},
        MergeSegments{Side::Target, 8, ""},
        EditText{Side::Source, 9, "Привет, \"мир\" \\ \n"},
        SetStatus{10, BeadStatus::NeedsReview},
        ConfirmAbove{11},
        Realign{},
        Realign{3, 9},
        AddTerms{{term, Term{}}},
        UpdateTerm{term},
        RemoveTerms{{1, 2, 3}},
        replace,
    };
    for (const Edit& edit : edits)
        EXPECT_EQ(decodeEdit(encodeEdit(edit)), edit) << encodeEdit(edit);
}

TEST(EditCodec, RefusesTextItDidNotWrite) {
    EXPECT_THROW(decodeEdit("not json"), ParseError);
    EXPECT_THROW(decodeEdit("[1, 2]"), ParseError);
    EXPECT_THROW(decodeEdit(R"({"kind":"explode"})"), ParseError);
    EXPECT_THROW(decodeEdit(R"({"kind":"merge-beads"})"), ParseError);
    EXPECT_THROW(decodeEdit(R"({"kind":"merge-beads","row":"x"})"), ParseError);
    EXPECT_THROW(decodeEdit(R"({"kind":"set-status","row":1,"status":"maybe"})"), ParseError);
}

} // namespace
} // namespace tandem
