// Consistency checks: a confirmed name on one side only, numbers that differ, two spellings.
#include "core/names/consistency_check.h"

#include "core/error.h"

#include <gtest/gtest.h>

namespace {

using namespace tandem;

Term confirmed(std::string source, std::string target, std::vector<std::string> variants = {}) {
    Term t;
    t.source = std::move(source);
    t.target = std::move(target);
    t.variants = std::move(variants);
    t.status = TermStatus::Confirmed;
    return t;
}

Alignment oneToOne(std::size_t n) {
    Alignment a;
    for (std::size_t i = 0; i < n; ++i)
        a.push_back(Bead{i, i + 1, i, i + 1});
    return a;
}

std::vector<CheckFinding> ofKind(const std::vector<CheckFinding>& all, FindingKind kind) {
    std::vector<CheckFinding> out;
    for (const auto& f : all)
        if (f.kind == kind)
            out.push_back(f);
    return out;
}

TEST(ConsistencyCheck, FlagsAConfirmedNameOnOneSideOnly) {
    const Document en = documentFromLines({"Ruslan Suleymanov spoke to Meduza.", "Suleymanov doubts it.",
                                           "The expert doubts it."},
                                          "en");
    const Document ru = documentFromLines({"Руслан Сулейманов поговорил с «Медузой».", "Эксперт сомневается.",
                                           "По словам Сулейманова, это не так."},
                                          "ru");
    const auto findings = ofKind(checkConsistency(en, ru, oneToOne(3), {confirmed("Suleymanov", "Сулейманов")}),
                                 FindingKind::MissingName);
    ASSERT_EQ(findings.size(), 2u);
    EXPECT_EQ(findings[0].bead, 1u); // in the source only
    EXPECT_EQ(findings[0].message, "'Suleymanov' is in the source but no form of 'Сулейманов' is in the target");
    EXPECT_EQ(findings[1].bead, 2u); // inflected form in the target only
}

TEST(ConsistencyCheck, InflectedAndVariantFormsCount) {
    const Document en = documentFromLines({"Twin explosions in Kerman killed 90.", "Abu Hafs al-Qurashi leads it."}, "en");
    const Document ru = documentFromLines({"Двойной теракт в Кермане унес 90 жизней.", "Им руководит Абу Хафс аль-Кураши."}, "ru");
    const auto findings = checkConsistency(en, ru, oneToOne(2),
                                           {confirmed("Kerman", "Керман"), confirmed("Abu Hafs al-Qurashi", "Абу Хафс аль-Кураши")});
    EXPECT_TRUE(findings.empty()) << findings.front().message;
}

TEST(ConsistencyCheck, DerivedAdjectivesRenderTheName) {
    const Document en = documentFromLines({"Russia's security forces raided it.", "The Russian embassy in Kabul."}, "en");
    const Document ru = documentFromLines({"Российские силовики провели рейд.", "Посольство России в Кабуле."}, "ru");
    EXPECT_TRUE(ofKind(checkConsistency(en, ru, oneToOne(2), {confirmed("Russia", "Россия")}), FindingKind::MissingName).empty());
    // A longer name that merely begins like the term is not a form of it.
    const Document en2 = documentFromLines({"Citizens of Tajikistan."}, "en");
    const Document ru2 = documentFromLines({"Граждане Таджикистана."}, "ru");
    EXPECT_TRUE(ofKind(checkConsistency(en2, ru2, oneToOne(1), {confirmed("Tajiks", "таджики")}), FindingKind::MissingName).empty());
}

TEST(ConsistencyCheck, SuggestedTermsAreNotChecked) {
    Term t = confirmed("Kerman", "Керман");
    t.status = TermStatus::Suggested;
    const Document en = documentFromLines({"Kerman"}, "en");
    const Document ru = documentFromLines({"Иран"}, "ru");
    EXPECT_TRUE(ofKind(checkConsistency(en, ru, oneToOne(1), {t}), FindingKind::MissingName).empty());
}

TEST(ConsistencyCheck, FlagsNumbersThatDiffer) {
    const Document en = documentFromLines({"The attack claimed at least 137 lives and injured 180 others.",
                                           "It cost 2,500.5 dollars on March 7, 2024."},
                                          "en");
    const Document ru = documentFromLines({"Погибли по меньшей мере 137 человек, еще 130 получили ранения.",
                                           "Это стоило 2 500,5 доллара 07 марта 2024 года."},
                                          "ru");
    const auto findings = ofKind(checkConsistency(en, ru, oneToOne(2), {}), FindingKind::NumberMismatch);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].bead, 0u);
    EXPECT_EQ(findings[0].message, "numbers differ: only in the source 180; only in the target 130");
    EXPECT_EQ(findings[0].forms, (std::vector<std::string>{"180", "130"}));
    EXPECT_EQ(findings[0].sourceOnly, 1u);
}

std::vector<std::string> valuesIn(const std::string& text, const std::string& language) {
    std::vector<std::string> values;
    for (const WrittenNumber& n : numbersIn(text, language))
        values.push_back(n.value);
    return values;
}

TEST(ConsistencyCheck, NumbersAreNormalisedPerLanguage) {
    EXPECT_EQ(valuesIn("1,000 people and 2.5%", "en"), (std::vector<std::string>{"1000", "2.5"}));
    EXPECT_EQ(valuesIn("1 000 человек и 2,5%", "ru"), (std::vector<std::string>{"1000", "2.5"}));
    EXPECT_EQ(valuesIn("1.000 Menschen", "de"), (std::vector<std::string>{"1000"}));
    EXPECT_EQ(valuesIn("ISIS-K2 in 2015, 07", "en"), (std::vector<std::string>{"2015", "7"}));
    EXPECT_TRUE(numbersIn("no digits", "en").empty());
}

TEST(ConsistencyCheck, ScaleWordsGiveTheValueToo) {
    EXPECT_EQ(numbersIn("20 тыс. человек", "ru"), (std::vector<WrittenNumber>{{"20", "20000"}}));
    EXPECT_EQ(numbersIn("1,5\u00A0млрд рублей", "ru"), (std::vector<WrittenNumber>{{"1.5", "1500000000"}}));
    EXPECT_EQ(numbersIn("损失将达2000万美元。", "zh"), (std::vector<WrittenNumber>{{"2000", "20000000"}}));
    EXPECT_EQ(numbersIn("20 people", "en"), (std::vector<WrittenNumber>{{"20", ""}}));
}

TEST(ConsistencyCheck, ANumberWithAScaleWordMatchesItsValue) {
    const Document source = documentFromLines({"About 20,000 people and 3 million dollars, in 2024."}, "en");
    const Document target = documentFromLines({"Около 20 тыс. человек и 3 млн долларов, в 2024 году."}, "ru");
    EXPECT_TRUE(checkConsistency(source, target, {{0, 1, 0, 1}}, {}).empty());
    const Document wrong = documentFromLines({"Около 30 тыс. человек и 3 млн долларов, в 2024 году."}, "ru");
    const auto findings = checkConsistency(source, wrong, {{0, 1, 0, 1}}, {});
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].message, "numbers differ: only in the source 20000; only in the target 30");
}

TEST(ConsistencyCheck, FlagsANameSpelledTwoWays) {
    const Document en = documentFromLines({"Ghafari led it.", "Ghafari was killed.", "Then Ghafari's men fled."}, "en");
    const Document ru = documentFromLines({"Его возглавил Гафари.", "Убит Гаффари.", "Затем люди Гафари бежали."}, "ru");
    const auto findings = ofKind(checkConsistency(en, ru, oneToOne(3), {}), FindingKind::TwoRenderings);
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].bead, 1u);
    EXPECT_EQ(findings[0].forms, (std::vector<std::string>{"Гафари", "Гаффари"}));
    EXPECT_EQ(findings[0].message, "target spells one name two ways: 'Гафари' (2x) and 'Гаффари' (1x)");
}

TEST(ConsistencyCheck, CaseFormsAreNotTwoSpellings) {
    const Document ru = documentFromLines({"Сулейманов сказал.", "По словам Сулейманова, нет.", "С Сулеймановым согласны.",
                                           "В «Исламском государстве» и «Исламского государства»."},
                                          "ru");
    const Document en = documentFromLines({"a", "b", "c", "d"}, "en");
    EXPECT_TRUE(ofKind(checkConsistency(en, ru, oneToOne(4), {}), FindingKind::TwoRenderings).empty());
}

TEST(ConsistencyCheck, RejectsBeadsPastTheEnd) {
    const Document en = documentFromLines({"a"}, "en");
    const Document ru = documentFromLines({"б"}, "ru");
    EXPECT_THROW(checkConsistency(en, ru, oneToOne(2), {}), UsageError);
}

} // namespace
