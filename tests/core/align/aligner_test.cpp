// align(): behaviour on ordinary and bad input: identical texts, empty sides, pins, shapes,
// glossary anchors, progress and cancellation, imbalance, wrong language, huge lines, insertions.
#include "core/align/aligner.h"

#include "core/align/evaluation.h"
#include "core/error.h"
#include "core/formats/alignment_io.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace tandem;

namespace {

const std::filesystem::path kEval = TANDEM_EVAL_DIR;

std::vector<std::string> readLines(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

Document load(const std::string& relative, const std::string& language) {
    return documentFromLines(readLines(kEval / relative), language);
}

std::size_t countShape(const Alignment& a, const std::string& shape) {
    return static_cast<std::size_t>(std::count_if(a.begin(), a.end(), [&](const Bead& b) { return b.shape() == shape; }));
}

double strictF1(const Alignment& test, const std::vector<AlignmentLine>& gold) {
    return evaluate({gold}, {toLines(test)}).f1Strict;
}

} // namespace

TEST(Align, IdenticalTextsGiveConfidentOneToOneBeads) {
    const Document doc = load("en-ru/wmt21/enru-abcnews_420117.en", "en");
    const Alignment a = align(doc, doc);
    ASSERT_TRUE(coversExactly(a, doc.segments.size(), doc.segments.size()));
    EXPECT_EQ(countShape(a, "1-1"), doc.segments.size());
    for (const Bead& b : a) {
        EXPECT_GE(b.confidence, 0.9);
        EXPECT_LE(b.confidence, 1.0);
    }
}

TEST(Align, EmptySidesGiveInsertionsAndDeletions) {
    const Document full = documentFromLines({"One.", "Two.", "Three."}, "en");
    const Document empty = documentFromLines({}, "ru");
    const Alignment toEmpty = align(full, empty);
    ASSERT_TRUE(coversExactly(toEmpty, 3, 0));
    EXPECT_EQ(countShape(toEmpty, "1-0"), 3u);
    const Alignment fromEmpty = align(empty, full);
    ASSERT_TRUE(coversExactly(fromEmpty, 0, 3));
    EXPECT_EQ(countShape(fromEmpty, "0-1"), 3u);
    EXPECT_TRUE(align(empty, empty).empty());
}

TEST(Align, SegmentsWithoutTextStillAlign) {
    const Document a = documentFromLines({"", "", ""}, "en");
    const Document b = documentFromLines({"", ""}, "ru");
    EXPECT_TRUE(coversExactly(align(a, b), 3, 2));
}

TEST(Align, PinsStayAndStretchesBetweenThemAreAlignedOnTheirOwn) {
    const Document src = load("en-ru/wmt21/enru-abcnews_420117.en", "en");
    const Document tgt = load("en-ru/wmt21/enru-abcnews_420117.ru", "ru");
    AlignOptions options;
    // A deliberately odd pin: source 3 with target 3-4, confirmed by the "translator".
    options.pins.push_back(Bead{3, 4, 3, 5, 1.0, BeadStatus::Confirmed});
    const Alignment a = align(src, tgt, options);
    ASSERT_TRUE(coversExactly(a, src.segments.size(), tgt.segments.size()));
    const auto pinned = std::find(a.begin(), a.end(), options.pins.front());
    ASSERT_NE(pinned, a.end());
    EXPECT_EQ(pinned->status, BeadStatus::Confirmed);
    // Before the pin the stretch is 3 x 3 and aligns 1-1.
    for (auto it = a.begin(); it != pinned; ++it)
        EXPECT_EQ(it->shape(), "1-1");
}

TEST(Align, InconsistentPinsAreUsageErrors) {
    const Document doc = documentFromLines({"a", "b", "c"}, "en");
    auto withPins = [&](std::vector<Bead> pins) {
        AlignOptions o;
        o.pins = std::move(pins);
        return align(doc, doc, o);
    };
    EXPECT_THROW(withPins({Bead{1, 2, 1, 2}, Bead{0, 1, 0, 1}}), UsageError); // out of order
    EXPECT_THROW(withPins({Bead{0, 2, 0, 2}, Bead{1, 3, 2, 3}}), UsageError); // overlapping
    EXPECT_THROW(withPins({Bead{2, 4, 2, 3}}), UsageError);                   // beyond the end
    EXPECT_THROW(withPins({Bead{1, 1, 1, 1}}), UsageError);                   // empty
    EXPECT_NO_THROW(withPins({Bead{0, 1, 0, 1}, Bead{1, 1, 1, 2}, Bead{2, 3, 2, 3}}));
}

TEST(Align, DisabledShapesAreNotUsed) {
    const Document src = load("en-ru/wmt21-hard/enru-abcnews_420184.en", "en");
    const Document tgt = load("en-ru/wmt21-hard/enru-abcnews_420184.ru", "ru");
    AlignOptions options;
    options.shapes = BeadShapes{true, false, false, false, false, false, false, false};
    options.shapes.oneOne = true;
    options.shapes.twoOne = true;
    const Alignment a = align(src, tgt, options);
    ASSERT_TRUE(coversExactly(a, src.segments.size(), tgt.segments.size()));
    for (const Bead& b : a)
        EXPECT_TRUE(b.shape() == "1-1" || b.shape() == "2-1" || b.shape() == "1-0" || b.shape() == "0-1") << b.shape();
    // Only 1-1 enabled on sides of different length: 1-0 / 0-1 are used anyway so the sides are covered.
    options.shapes = BeadShapes{true, false, false, false, false, false, false, false};
    EXPECT_TRUE(coversExactly(align(src, tgt, options), src.segments.size(), tgt.segments.size()));
}

TEST(Align, GlossaryPairsAreAnchorsAndInflectedFormsCount) {
    // Two short sentences of the same length on each side; only the term tells which is which.
    const Document src = documentFromLines({"Intro.", "We met Kuznetsov there.", "He left.", "The end came fast.", "Closing."}, "en");
    const Document tgt = documentFromLines({"Вступление.", "Мы видели их там.", "Мы встретили Кузнецова.", "Конец.", "Финал."}, "ru");
    AlignOptions options;
    options.glossary = {{"Kuznetsov", "Кузнецов"}};
    options.anchors.names = false; // the glossary alone must do it
    const Alignment a = align(src, tgt, options);
    ASSERT_TRUE(coversExactly(a, 5, 5));
    bool paired = false;
    for (const Bead& b : a)
        paired = paired || (b.srcBegin <= 1 && b.srcEnd > 1 && b.tgtBegin <= 2 && b.tgtEnd > 2);
    EXPECT_TRUE(paired);
}

TEST(Align, ProgressRisesToOneAndCancellationThrows) {
    const Document src = load("de-fr/textberg/dev.de", "de");
    const Document tgt = load("de-fr/textberg/dev.fr", "fr");
    std::vector<double> seen;
    align(src, tgt, {}, [&](double p) { seen.push_back(p); });
    ASSERT_GE(seen.size(), 3u);
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_DOUBLE_EQ(seen.back(), 1.0);

    std::stop_source stopped;
    stopped.request_stop();
    EXPECT_THROW(align(src, tgt, {}, {}, stopped.get_token()), Cancelled);

    std::stop_source midway;
    EXPECT_THROW(align(src, tgt, {}, [&](double p) { if (p > 0.3) midway.request_stop(); }, midway.get_token()),
                 Cancelled);
}

TEST(Align, OneSideTenTimesLonger) {
    const Document src = load("en-ru/wmt21/enru-abcnews_420117.en", "en");
    Document tgt = load("en-ru/wmt21/enru-abcnews_420117.ru", "ru");
    const Document other = load("en-ru/bible/John_01.ru", "ru");
    const std::size_t original = tgt.segments.size();
    while (tgt.segments.size() < 10 * src.segments.size())
        for (const Segment& s : other.segments)
            tgt.segments.push_back(s);
    const Alignment a = align(src, tgt);
    ASSERT_TRUE(coversExactly(a, src.segments.size(), tgt.segments.size()));
    // The real translation is still found: the gold beads come out as they are.
    const auto gold = readVecalignFile(kEval / "en-ru/wmt21/enru-abcnews_420117.gold");
    const auto found = toLines(a);
    std::size_t hits = 0;
    for (const AlignmentLine& g : gold)
        hits += std::any_of(found.begin(), found.end(), [&](const AlignmentLine& f) {
            return f.source == g.source && f.target == g.target;
        }) ? 1 : 0;
    EXPECT_GE(hits + 1, gold.size());
    EXPECT_LE(original, tgt.segments.size());
}

TEST(Align, WrongLanguageStillCoversBothSides) {
    const Document src = load("en-ru/wmt21/enru-abcnews_420117.en", "en");
    const Document wrong = load("de-fr/textberg/test4.fr", "ru"); // French text labelled Russian
    const Alignment a = align(src, wrong);
    EXPECT_TRUE(coversExactly(a, src.segments.size(), wrong.segments.size()));
    for (const Bead& b : a) {
        EXPECT_GE(b.confidence, 0.0);
        EXPECT_LE(b.confidence, 1.0);
    }
}

TEST(Align, HugeLinesAreHandled) {
    std::string huge;
    while (huge.size() < 100000)
        huge += "Ein sehr langer Satz mit 12 Wörtern und noch mehr Text, der nie endet; ";
    const Document src = documentFromLines({huge, "Kurz.", huge, huge}, "de");
    const Document tgt = documentFromLines({huge, huge, "Court.", huge}, "fr");
    const Alignment a = align(src, tgt);
    EXPECT_TRUE(coversExactly(a, 4, 4));
}

TEST(Align, LargeOneSidedInsertionIsSkipped) {
    // Text+Berg test1 with a whole other document (dev, ~500 lines) inserted into the target.
    const Document src = load("de-fr/textberg/test1.de", "de");
    const Document tgtOriginal = load("de-fr/textberg/test1.fr", "fr");
    const Document insert = load("de-fr/textberg/dev.fr", "fr");
    const std::size_t at = tgtOriginal.segments.size() / 2;
    Document tgt = tgtOriginal;
    tgt.segments.insert(tgt.segments.begin() + static_cast<std::ptrdiff_t>(at), insert.segments.begin(),
                        insert.segments.end());
    // Gold shifted past the insertion, plus the inserted lines as 0-1 beads.
    std::vector<AlignmentLine> gold = readVecalignFile(kEval / "de-fr/textberg/test1.gold");
    for (AlignmentLine& line : gold)
        for (std::size_t& t : line.target)
            t += t >= at ? insert.segments.size() : 0;
    for (std::size_t k = 0; k < insert.segments.size(); ++k)
        gold.push_back(AlignmentLine{{}, {at + k}, {}});
    const Alignment a = align(src, tgt);
    ASSERT_TRUE(coversExactly(a, src.segments.size(), tgt.segments.size()));
    // The inserted passage comes out as one block of 0-1 beads (a few edge lines aside) ...
    std::size_t skipped = 0;
    for (const Bead& b : a)
        if (b.srcCount() == 0 && b.tgtBegin >= at && b.tgtBegin < at + insert.segments.size())
            ++skipped;
    EXPECT_GE(skipped, insert.segments.size() * 9 / 10);
    // ... and the rest aligns nearly as well as without it.
    const Alignment plain = align(src, tgtOriginal);
    const double before = strictF1(plain, readVecalignFile(kEval / "de-fr/textberg/test1.gold"));
    EXPECT_GE(strictF1(a, gold), before - 0.1);
}

TEST(Align, HeadingsPairWithHeadings) {
    // The Russian page has an aside just before the rubric both pages share. By length the English
    // rubric pairs with the aside and the Russian rubric is left alone; a heading pairs with a heading.
    const Document source = documentFromLines(
        {"The storm reached the coast on Monday night and cut power to thousands of homes.",
         "The repairs",
         "Crews worked through the weekend to restore the lines.",
         "Most homes had electricity again by Wednesday."},
        "en");
    const Document target = documentFromLines(
        {"Шторм обрушился на побережье в понедельник вечером и оставил без света тысячи домов.",
         "Ущерб пока не оценен.",
         "Ремонт",
         "Бригады работали все выходные, чтобы восстановить линии.",
         "К среде электричество вернулось в большинство домов."},
        "ru");
    auto pairsTheRubrics = [](const Alignment& a) {
        return std::count_if(a.begin(), a.end(), [](const Bead& b) {
            return b.srcBegin == 1 && b.srcEnd == 2 && b.tgtBegin == 2 && b.tgtEnd == 3;
        });
    };
    AlignOptions withoutHeadings;
    withoutHeadings.structureMismatchCost = 0;
    const Alignment lengthOnly = align(source, target, withoutHeadings);
    ASSERT_EQ(pairsTheRubrics(lengthOnly), 0)
        << "the case no longer shows what the heading cost changes";

    const Alignment a = align(source, target);
    ASSERT_TRUE(coversExactly(a, 4, 5));
    EXPECT_EQ(pairsTheRubrics(a), 1);
}

TEST(Align, ASideWhoseLinesRarelyEndInPunctuationGivesNoEvidenceByLineEnds) {
    // Thai or subtitles end lines without punctuation as a rule: then no line is a heading or ends a
    // sentence, and beads are not charged for a difference every bead would have.
    for (const std::string chapter : {"en-ru/bible-running/Genesis_01", "en-ru/bible/Acts_27"}) {
        SCOPED_TRACE(chapter);
        const Document source = load(chapter + ".en", "en");
        std::vector<std::string> stripped;
        for (const Segment& s : load(chapter + ".ru", "ru").segments) {
            std::string text = s.text;
            while (!text.empty() && std::string_view(".!?\"»").find(text.back()) != std::string_view::npos)
                text.pop_back();
            stripped.push_back(text);
        }
        const Document target = documentFromLines(stripped, "ru");
        AlignOptions withoutLineEnds;
        withoutLineEnds.structureMismatchCost = 0;
        withoutLineEnds.anchors.sentenceEnds = false;
        const Alignment expected = align(source, target, withoutLineEnds);
        const Alignment a = align(source, target);
        ASSERT_EQ(a.size(), expected.size());
        for (std::size_t k = 0; k < a.size(); ++k) {
            EXPECT_EQ(a[k].srcEnd, expected[k].srcEnd);
            EXPECT_EQ(a[k].tgtEnd, expected[k].tgtEnd);
        }
    }
}

TEST(Align, ANumberWithAScaleWordDoesNotContradictItsValue) {
    // "20,000" and "20 тыс." are one number; so are "20 million" and "2000万".
    const Document source = documentFromLines(
        {"The storm reached the coast on Monday night.", "Thousands of homes lost power.",
         "Crews worked through the weekend to restore the lines, and by Wednesday most homes had "
         "electricity again.",
         "Officials said the damage would cost 20 million dollars."},
        "en");
    const Document target = documentFromLines({"风暴于周一晚上抵达海岸。", "数千户家庭断电。", "抢修人员整个周末都在工作，以恢复线路。",
                                               "到周三，大多数家庭恢复了供电。", "官员表示，损失将达2000万美元。"},
                                              "zh");
    const Alignment a = align(source, target);
    ASSERT_TRUE(coversExactly(a, 4, 5));
    ASSERT_EQ(a.size(), 4u);
    EXPECT_EQ(a[2].shape(), "1-2");
    EXPECT_EQ(a[3].shape(), "1-1");
}
