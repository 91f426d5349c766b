// Name mining: precision and recall against the bundled gold glossaries, evidence, base forms.
#include "core/names/name_mining.h"

#include "core/error.h"
#include "core/formats/alignment_io.h"
#include "core/names/glossary_evaluation.h"
#include "core/names/name_key.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iostream>

namespace {

using namespace tandem;

std::vector<std::string> readLines(const std::string& path) {
    std::ifstream in(path);
    EXPECT_TRUE(in) << path;
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

/// Mines a bundled pair with its gold alignment and scores it against its gold glossary (a pair is
/// right when its source form is a gold source form and its target has the gold target's name key).
GlossaryScore mineBundled(const std::string& name) {
    const std::string dir = std::string(TANDEM_DATA_DIR) + "/" + name + "/";
    const Document en = documentFromLines(readLines(dir + "en.lines"), "en");
    const Document ru = documentFromLines(readLines(dir + "ru.lines"), "ru");
    const Alignment gold = toAlignment(readVecalignFile(dir + "gold.vecalign"), dir + "gold.vecalign");
    std::vector<Term> found;
    for (const NameSuggestion& s : mineNames(en, ru, gold))
        found.push_back(s.term);
    const std::vector<Term> goldTerms = readGoldGlossary(dir + "glossary.tsv");
    const GlossaryScore score = scoreGlossary(found, goldTerms, "ru");
    std::cout << name << ": precision " << score.precision() << " (" << score.correct << "/" << score.found << "), recall "
              << score.recall() << " (" << score.recalled << "/" << score.gold << ")\n";
    for (const Term& g : goldTerms) {
        const bool hit = std::any_of(found.begin(), found.end(), [&](const Term& f) {
            return f.source == g.source && nameKey(f.target, "ru") == nameKey(g.target, "ru");
        });
        if (!hit)
            std::cout << "  missed " << g.source << " -> " << g.target << '\n';
    }
    for (const Term& f : found) {
        const bool right = std::any_of(goldTerms.begin(), goldTerms.end(), [&](const Term& g) {
            return f.source == g.source && nameKey(f.target, "ru") == nameKey(g.target, "ru");
        });
        if (!right)
            std::cout << "  not in the gold " << f.source << " -> " << f.target << '\n';
    }
    return score;
}

TEST(NameMining, MeduzaPairAgainstGoldGlossary) {
    const GlossaryScore s = mineBundled("meduza");
    EXPECT_GE(s.recall(), 0.9);
    EXPECT_GE(s.precision(), 0.9);
}

// The climate pair translates most of its organisation names word by word (Norwegian Polar Institute
// ↔ Норвежский полярный институт) and uses traditional exonyms (Svalbard ↔ Шпицберген, Beijing ↔
// Пекин), which neither transliteration nor CLDR covers; measured 0.97 precision (38/39), 0.93
// recall (38/41).
TEST(NameMining, ClimatePairAgainstGoldGlossary) {
    const GlossaryScore s = mineBundled("climate");
    EXPECT_GE(s.recall(), 0.92);
    EXPECT_GE(s.precision(), 0.95);
}

const NameSuggestion* suggestionFor(const std::vector<NameSuggestion>& mined, const std::string& source) {
    const auto it = std::find_if(mined.begin(), mined.end(),
                                 [&](const NameSuggestion& s) { return s.term.source == source; });
    return it == mined.end() ? nullptr : &*it;
}

TEST(NameMining, NamesTranslatedWordByWordPairWithTheirAdjectivePhrase) {
    const Document en = documentFromLines(
        {"Experts of the Swedish Maritime Administration met Anders Lindqvist on Monday."}, "en");
    const Document ru = documentFromLines(
        {"Эксперты Шведской морской администрации в понедельник встретились с Андерсом Линдквистом."}, "ru");
    const auto mined = mineNames(en, ru, {Bead{0, 1, 0, 1}});
    const NameSuggestion* s = suggestionFor(mined, "Swedish Maritime Administration");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(nameKey(s->term.target, "ru"), nameKey("Шведская морская администрация", "ru"))
        << s->term.target;
    EXPECT_EQ(s->evidence.front().targetForm, "Шведской морской администрации");
    ASSERT_NE(suggestionFor(mined, "Anders Lindqvist"), nullptr);

    // Two source names of three words: the one at the phrase's place in the bead takes it.
    const Document two = documentFromLines(
        {"Experts of the Swedish Maritime Administration met staff of Blue Harbour Camp on Monday."}, "en");
    const Document dva = documentFromLines({"Эксперты Шведской морской администрации в понедельник "
                                            "встретились с сотрудниками лагеря «Голубая гавань»."},
                                           "ru");
    const auto placed = mineNames(two, dva, {Bead{0, 1, 0, 1}});
    s = suggestionFor(placed, "Swedish Maritime Administration");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->evidence.front().targetForm, "Шведской морской администрации");
    EXPECT_EQ(suggestionFor(placed, "Blue Harbour Camp"), nullptr);
}

TEST(NameMining, TheAbbreviatedSaintMatchesItsRussianForms) {
    const Document en = documentFromLines({"She moved from St. Louis to St. Petersburg."}, "en");
    const Document ru = documentFromLines({"Она переехала из Сент-Луиса в Санкт-Петербург."}, "ru");
    const auto mined = mineNames(en, ru, {Bead{0, 1, 0, 1}});
    const NameSuggestion* louis = suggestionFor(mined, "St. Louis");
    const NameSuggestion* petersburg = suggestionFor(mined, "St. Petersburg");
    ASSERT_NE(louis, nullptr);
    ASSERT_NE(petersburg, nullptr);
    EXPECT_EQ(louis->evidence.front().targetForm, "Сент-Луиса");
    EXPECT_EQ(petersburg->term.target, "Санкт-Петербург");
    EXPECT_EQ(petersburg->method, PairingMethod::Transliteration);
}

TEST(NameMining, OneWordNamesPairWhenNothingElseCompetes) {
    // Opening the target sentence and spelled alike.
    const Document en = documentFromLines({"The Sahara is growing."}, "en");
    const Document ru = documentFromLines({"Сахара растет."}, "ru");
    const auto mined = mineNames(en, ru, {Bead{0, 1, 0, 1}});
    ASSERT_EQ(mined.size(), 1u);
    EXPECT_EQ(mined[0].term.source, "Sahara");
    EXPECT_EQ(mined[0].term.target, "Сахара");

    // A traditional exonym, the bead's one one-word name on each side next to a name rendered otherwise.
    const Document city =
        documentFromLines({"Maria Lopez flew from Cologne to the Midnight Sun Station."}, "en");
    const Document gorod =
        documentFromLines({"Мария Лопес прилетела из Кёльна на станцию «Полночное солнце»."}, "ru");
    const auto flown = mineNames(city, gorod, {Bead{0, 1, 0, 1}});
    const NameSuggestion* s = suggestionFor(flown, "Cologne");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->evidence.front().targetForm, "Кёльна");
    EXPECT_EQ(s->method, PairingMethod::Leftover);
}

TEST(NameMining, SuggestionsKeepTheirEvidence) {
    const std::string dir = std::string(TANDEM_DATA_DIR) + "/meduza/";
    const Document en = documentFromLines(readLines(dir + "en.lines"), "en");
    const Document ru = documentFromLines(readLines(dir + "ru.lines"), "ru");
    const Alignment gold = toAlignment(readVecalignFile(dir + "gold.vecalign"), dir + "gold.vecalign");
    const auto mined = mineNames(en, ru, gold);
    const auto it = std::find_if(mined.begin(), mined.end(), [](const NameSuggestion& s) { return s.term.source == "Suleymanov"; });
    ASSERT_NE(it, mined.end());
    EXPECT_EQ(it->term.target, "Сулейманов");
    EXPECT_EQ(it->term.status, TermStatus::Suggested);
    EXPECT_EQ(it->method, PairingMethod::Transliteration);
    EXPECT_NE(std::find(it->term.variants.begin(), it->term.variants.end(), "Сулейманова"), it->term.variants.end());
    for (const NameSuggestion& s : mined) {
        ASSERT_FALSE(s.evidence.empty()) << s.term.source;
        EXPECT_GE(static_cast<int>(s.evidence.size()), s.term.occurrences);
        EXPECT_GT(s.term.score, 0.0);
        EXPECT_LE(s.term.score, 1.0);
        for (const NameEvidence& e : s.evidence) {
            const Bead& b = gold.at(e.bead);
            std::string sourceText, targetText;
            for (std::size_t k = b.srcBegin; k < b.srcEnd; ++k)
                sourceText += en.segments[k].text + ' ';
            for (std::size_t k = b.tgtBegin; k < b.tgtEnd; ++k)
                targetText += ru.segments[k].text + ' ';
            EXPECT_NE(targetText.find(e.targetForm), std::string::npos) << e.targetForm;
            EXPECT_NE(sourceText.find(e.sourceForm.substr(0, 4)), std::string::npos) << e.sourceForm;
        }
    }
}

TEST(NameMining, EmptyAndUnalignedInputGiveNothing) {
    const Document en = documentFromLines({}, "en");
    const Document ru = documentFromLines({}, "ru");
    EXPECT_TRUE(mineNames(en, ru, {}).empty());
    const Document one = documentFromLines({"Taliban agents killed Ghafari."}, "en");
    const Document other = documentFromLines({"Агенты талибов убили Гафари."}, "ru");
    EXPECT_TRUE(mineNames(one, other, {Bead{0, 1, 0, 0}, Bead{1, 1, 0, 1}}).empty()); // 1-0 and 0-1 beads
    EXPECT_EQ(mineNames(one, other, {Bead{0, 1, 0, 1}}).size(), 1u);
}

TEST(NameMining, RejectsBeadsPastTheEnd) {
    const Document en = documentFromLines({"Kerman"}, "en");
    const Document ru = documentFromLines({"Керман"}, "ru");
    EXPECT_THROW(mineNames(en, ru, {Bead{0, 2, 0, 1}}), UsageError);
}

TEST(NameMining, WorksWithoutDictionaries) {
    MiningOptions options;
    options.dictionaryDirectory.clear();
    options.useExonyms = false;
    const Document en = documentFromLines({"According to Ruslan Suleymanov, Kerman was hit."}, "en");
    const Document ru = documentFromLines({"По словам Руслана Сулейманова, удар пришелся по Керману."}, "ru");
    const auto mined = mineNames(en, ru, {Bead{0, 1, 0, 1}}, options);
    ASSERT_EQ(mined.size(), 2u);
    EXPECT_EQ(mined[0].term.target, "Керман");
    EXPECT_EQ(mined[1].term.target, "Руслан Сулейманов");
}

} // namespace
