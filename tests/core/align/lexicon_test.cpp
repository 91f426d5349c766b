// The lexicon learned from a first alignment: which stem pairs it learns, which it leaves, and that
// the second pass uses them.
#include "core/align/features.h"
#include "core/align/word_dictionary.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

using namespace tandem;
using namespace tandem::aligner;

namespace {

Alignment oneToOne(std::size_t count) {
    Alignment a;
    for (std::size_t i = 0; i < count; ++i)
        a.push_back(Bead{i, i + 1, i, i + 1, 1.0, BeadStatus::Auto});
    return a;
}

/// Whether source segment i and target segment j share an anchor.
bool share(const PairFeatures& f, std::size_t i, std::size_t j) {
    const auto a = f.source.anchors(i), b = f.target.anchors(j);
    return std::find_first_of(a.begin(), a.end(), b.begin(), b.end()) != a.end();
}

} // namespace

TEST(Lexicon, StemsThatKeepMeetingInOneToOneBeadsAreLearned) {
    // "falcon" and "сокол" meet in two beads of twelve; every other word is in one bead or in all.
    std::vector<std::string> en, ru;
    for (int n = 0; n < 12; ++n) {
        en.push_back("word" + std::to_string(n) + (n == 3 || n == 8 ? " falcons" : "") + " here.");
        ru.push_back("слово" + std::to_string(n) + (n == 3 || n == 8 ? " соколы" : "") + " тут.");
    }
    const Document source = documentFromLines(en, "en"), target = documentFromLines(ru, "ru");
    AlignOptions options;
    options.anchors = AnchorKinds::none();
    options.anchors.lexicon = true;
    FeatureExtractor extractor(source, target, options, {});
    EXPECT_FALSE(share(extractor.features(), 3, 3));
    EXPECT_EQ(extractor.learnLexicon(oneToOne(12)), 1u);
    const PairFeatures learned = extractor.features();
    EXPECT_TRUE(share(learned, 3, 3));
    EXPECT_TRUE(share(learned, 8, 8));
    EXPECT_TRUE(share(learned, 3, 8)); // an anchor, not a bead: the search decides
    EXPECT_FALSE(share(learned, 0, 0)); // "here" / "тут" are in every bead: function words
}

TEST(Lexicon, WordsSeenOnceOrOnlyInMergedBeadsAreNotLearned) {
    const Document source = documentFromLines({"alpha beta.", "gamma delta.", "alpha beta.", "epsilon.", "zeta."}, "en");
    const Document target = documentFromLines({"альфа бета.", "гамма дельта.", "альфа бета.", "эпсилон.", "дзета."}, "ru");
    AlignOptions options;
    options.anchors = AnchorKinds::none();
    options.anchors.lexicon = true;
    {
        // Seen once: gamma, delta, epsilon, zeta. Seen twice, but in a 2-1 bead once: alpha, beta.
        FeatureExtractor extractor(source, target, options, {});
        Alignment a{Bead{0, 2, 0, 1, 1.0, BeadStatus::Auto}, Bead{2, 3, 1, 3, 1.0, BeadStatus::Auto},
                    Bead{3, 4, 3, 4, 1.0, BeadStatus::Auto}, Bead{4, 5, 4, 5, 1.0, BeadStatus::Auto}};
        EXPECT_EQ(extractor.learnLexicon(a), 0u);
    }
    {
        // The same text in 1-1 beads: alpha and beta both meet альфа and бета twice, a four-way tie;
        // a pair is learned only when each is the other's best partner, so one pair, not four.
        FeatureExtractor extractor(source, target, options, {});
        EXPECT_EQ(extractor.learnLexicon(oneToOne(5)), 1u);
        EXPECT_TRUE(share(extractor.features(), 0, 2));
    }
}

TEST(Lexicon, SecondPassUsesLearnedPairsToFindTheRightPartner) {
    // Numbered sentences pair 1-1 and teach "falcon" = "сокол"; then one English sentence faces two
    // Russian ones of about its length, and only the learned pair tells which one translates it.
    std::vector<std::string> en, ru;
    for (int n = 0; n < 14; ++n) {
        const bool bird = n == 4 || n == 9;
        en.push_back("In " + std::to_string(1900 + n) + (bird ? " the falcon" : " a man") + " walked" + std::string(static_cast<std::size_t>(n % 4), 'x') + ".");
        ru.push_back("В " + std::to_string(1900 + n) + (bird ? " сокол" : " человек") + " шёл" + std::string(static_cast<std::size_t>(n % 4), 'x') + ".");
    }
    en.push_back("Then the falcon slept.");
    ru.push_back("Шёл проливной дождь.");
    ru.push_back("Потом сокол спал.");
    const Document source = documentFromLines(en, "en"), target = documentFromLines(ru, "ru");
    const Alignment a = align(source, target);
    ASSERT_TRUE(coversExactly(a, 15, 16));
    EXPECT_EQ(a.back().srcBegin, 14u);
    EXPECT_EQ(a.back().tgtBegin, 15u) << "the falcon sentence must pair with the one about the сокол";
}

TEST(Lexicon, DictionaryPairsAreLearnedFromOneMeeting) {
    // "falcon" / "сокол" meet in one bead only: too little for the text alone, enough for a pair the
    // dictionary knows. "hawk" / "ястреб" also meet once, but the dictionary does not pair them.
    std::vector<std::string> en, ru;
    for (int n = 0; n < 8; ++n) {
        en.push_back("word" + std::to_string(n) + (n == 2 ? " falcons" : n == 5 ? " hawks" : "") + ".");
        ru.push_back("слово" + std::to_string(n) + (n == 2 ? " соколы" : n == 5 ? " ястребы" : "") + ".");
    }
    const Document source = documentFromLines(en, "en"), target = documentFromLines(ru, "ru");
    AlignOptions options;
    options.anchors = AnchorKinds::none();
    options.anchors.lexicon = true;
    {
        FeatureExtractor extractor(source, target, options, {});
        EXPECT_EQ(extractor.learnLexicon(oneToOne(8)), 0u);
    }
    options.dictionary = std::make_shared<const WordDictionary>(
        std::vector<WordDictionary::WordPair>{{"falcon", "сокол"}, {"falcon", "кречет"}, {"hawk", "коршун"}}, "test");
    FeatureExtractor extractor(source, target, options, {});
    EXPECT_EQ(extractor.learnLexicon(oneToOne(8)), 1u);
    const PairFeatures learned = extractor.features();
    EXPECT_TRUE(share(learned, 2, 2));
    EXPECT_FALSE(share(learned, 5, 5));
}
