// Property: any sequence of edits can be undone back to the original and redone to the same end,
// in memory and in the file, with the alignment covering both documents after every step.
#include "core/error.h"
#include "core/project/project.h"
#include "tests/core/project/project_test_support.h"

#include <gtest/gtest.h>

#include <random>

namespace tandem {
namespace {

using testing::snapshot;
using testing::Snapshot;

class EditGenerator {
public:
    explicit EditGenerator(unsigned seed) : m_random(seed) {}

    Edit next(const Project& p) {
        const std::size_t rows = p.beadCount();
        const Side side = pick(2) ? Side::Source : Side::Target;
        const Direction direction = pick(2) ? Direction::Up : Direction::Down;
        const std::size_t row = pick(rows + 1);
        const auto& segments = p.document(side).segments;
        const std::size_t index = pick(segments.size() + 1);
        switch (pick(14)) {
        case 0: return MergeBeads{row};
        case 1: {
            const Bead b = row < rows ? p.bead(row) : Bead{};
            return SplitBead{row, pick(b.srcCount() + 1), pick(b.tgtCount() + 1)};
        }
        case 2: return MoveSegment{row, side, direction};
        case 3: return ShiftColumn{row, side, direction};
        case 4: return InsertSegment{row, side};
        case 5: return SplitSegment{side, index, index < segments.size() ? pick(segments[index].text.size()) : 1};
        case 6: return MergeSegments{side, index, pick(2) ? " " : ""};
        case 7: {
            static const char* const texts[] = {"New <text> & more.", "Новый «текст».", "", "a\tb", "x"};
            return EditText{side, index, texts[pick(5)]};
        }
        case 8: return SetStatus{row, static_cast<BeadStatus>(pick(3))};
        case 9: return ConfirmAbove{row};
        case 10: return Realign{row, pick(2) ? Realign::toEnd : 1 + pick(6)};
        case 11: {
            Term t{0, "Name " + std::to_string(pick(100)), "Имя", {"Имени"}, static_cast<TermStatus>(pick(3)),
                   static_cast<TermType>(pick(4)), "", 0.5, static_cast<int>(pick(5))};
            return AddTerms{{t}};
        }
        case 12: {
            if (p.terms().empty())
                return UpdateTerm{Term{1, "none", "", {}, {}, {}, "", 0, 0}};
            Term t = p.terms()[pick(p.terms().size())];
            t.note = "note " + std::to_string(pick(100));
            t.status = static_cast<TermStatus>(pick(3));
            return UpdateTerm{t};
        }
        default:
            return RemoveTerms{{p.terms().empty() ? 1 : p.terms()[pick(p.terms().size())].id}};
        }
    }

private:
    std::size_t pick(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random); }
    std::mt19937 m_random;
};

void checkCoverage(const Project& p) {
    ASSERT_TRUE(coversExactly(p.alignment(), p.source().segments.size(), p.target().segments.size()));
}

TEST(EditProperty, RandomSequencesUndoToTheOriginalAndRedoToTheEnd) {
    testing::TempDir dir;
    int applied = 0, refused = 0;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        const std::string path = dir.file("property-" + std::to_string(seed) + ".tandem");
        const Snapshot original = testing::oneToOne(10);
        Project p = testing::createProject(path, original);
        p.apply(AddTerms{{Term{0, "Source", "Целевое", {}, TermStatus::Confirmed, TermType::Other, "", 1, 3}}});
        const Snapshot start = snapshot(p);
        std::vector<Snapshot> states{start};
        EditGenerator generator(seed);
        while (states.size() < 41) {
            const Edit edit = generator.next(p);
            try {
                p.apply(edit);
            } catch (const UsageError&) {
                ++refused;
                ASSERT_EQ(snapshot(p), states.back()) << "a refused edit changed the project: " << describe(edit);
                continue;
            }
            ++applied;
            checkCoverage(p);
            states.push_back(snapshot(p));
        }
        {
            const Project reopened = Project::open(path);
            ASSERT_EQ(snapshot(reopened), states.back()) << "seed " << seed;
        }
        for (std::size_t i = states.size() - 1; i > 0; --i) {
            p.undo();
            checkCoverage(p);
            ASSERT_EQ(snapshot(p), states[i - 1]) << "seed " << seed << ", undoing step " << i;
        }
        EXPECT_EQ(p.undoDescription(), describe(AddTerms{{Term{0, "Source", "Целевое", {}, {}, {}, "", 1, 3}}}));
        p.undo();
        EXPECT_FALSE(p.canUndo());
        {
            const Project reopened = Project::open(path);
            ASSERT_EQ(snapshot(reopened), original) << "seed " << seed;
        }
        p.redo();
        for (std::size_t i = 1; i < states.size(); ++i) {
            p.redo();
            ASSERT_EQ(snapshot(p), states[i]) << "seed " << seed << ", redoing step " << i;
        }
        EXPECT_FALSE(p.canRedo());
        const Project reopened = Project::open(path);
        ASSERT_EQ(snapshot(reopened), states.back()) << "seed " << seed;
    }
    EXPECT_GT(applied, 400);
    EXPECT_GT(refused, 0);
}

TEST(EditProperty, ReturnedInversesRestoreTheProject) {
    EditGenerator generator(99);
    Project p = testing::createProject(Project::inMemory, testing::oneToOne(8));
    for (int i = 0; i < 200; ++i) {
        const Snapshot before = snapshot(p);
        const Edit edit = generator.next(p);
        Edit inverse;
        try {
            inverse = p.apply(edit);
        } catch (const UsageError&) {
            continue;
        }
        const Snapshot after = snapshot(p);
        p.apply(inverse);
        ASSERT_EQ(snapshot(p), before) << describe(edit);
        p.undo(); // takes the inverse back: the edit's result again
        ASSERT_EQ(snapshot(p), after) << describe(edit);
    }
}

} // namespace
} // namespace tandem
