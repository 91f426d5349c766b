// A table of English–Russian name pairs of Arabic, Persian, Pashto, Central Asian, Caucasian and
// Western origin, each seen in Russian in a grammatical case: keys must agree, and mining them from
// sentence pairs must find them (precision and recall against the table, with exact base forms).
#include "core/names/name_key.h"
#include "core/names/name_mining.h"

#include <gtest/gtest.h>

#include <iostream>
#include <string>
#include <vector>

namespace {

using namespace tandem;

enum class Frame { Nominative, Genitive, Instrumental, Locative };

struct NamePair {
    const char* english;
    const char* russianBase;
    const char* russianForm; ///< as the sentence uses it
    Frame frame;
};

// clang-format off
const std::vector<NamePair> kTable = {
    // Arabic
    {"Sanaullah Ghafari", "Санаулла Гафари", "Санауллы Гафари", Frame::Genitive},
    {"Abu Bakr al-Baghdadi", "Абу Бакр аль-Багдади", "Абу Бакр аль-Багдади", Frame::Nominative},
    {"Ayman al-Zawahiri", "Айман аз-Завахири", "Айманом аз-Завахири", Frame::Instrumental},
    {"Bashar al-Assad", "Башар Асад", "Башара Асада", Frame::Genitive},
    {"Hassan Nasrallah", "Хасан Насралла", "Хасана Насраллы", Frame::Genitive},
    {"Mohammed bin Salman", "Мухаммед бин Салман", "Мухаммедом бин Салманом", Frame::Instrumental},
    {"Yusuf al-Qaradawi", "Юсуф аль-Карадави", "Юсуф аль-Карадави", Frame::Nominative},
    {"Abdullah", "Абдулла", "Абдуллы", Frame::Genitive},
    {"Qatar", "Катар", "Катаре", Frame::Locative},
    {"Mosul", "Мосул", "Мосуле", Frame::Locative},
    {"Raqqa", "Ракка", "Ракке", Frame::Locative},
    // Persian
    {"Ali Khamenei", "Али Хаменеи", "Али Хаменеи", Frame::Genitive},
    {"Hassan Rouhani", "Хасан Роухани", "Хасаном Роухани", Frame::Instrumental},
    {"Mahmoud Ahmadinejad", "Махмуд Ахмадинежад", "Махмуда Ахмадинежада", Frame::Genitive},
    {"Qasem Soleimani", "Касем Сулеймани", "Касем Сулеймани", Frame::Nominative},
    {"Kerman", "Керман", "Кермане", Frame::Locative},
    {"Isfahan", "Исфахан", "Исфахане", Frame::Locative},
    {"Shiraz", "Шираз", "Ширазе", Frame::Locative},
    {"Tabriz", "Тебриз", "Тебризе", Frame::Locative},
    // Pashto and Afghan
    {"Hamid Karzai", "Хамид Карзай", "Хамида Карзая", Frame::Genitive},
    {"Ashraf Ghani", "Ашраф Гани", "Ашрафом Гани", Frame::Instrumental},
    {"Gulbuddin Hekmatyar", "Гульбеддин Хекматияр", "Гульбеддин Хекматияр", Frame::Nominative},
    {"Ahmad Shah Massoud", "Ахмад Шах Масуд", "Ахмада Шаха Масуда", Frame::Genitive},
    {"Kandahar", "Кандагар", "Кандагаре", Frame::Locative},
    {"Jalalabad", "Джелалабад", "Джелалабаде", Frame::Locative},
    {"Kunduz", "Кундуз", "Кундузе", Frame::Locative},
    // Central Asian
    {"Shavkat Mirziyoyev", "Шавкат Мирзиёев", "Шавката Мирзиёева", Frame::Genitive},
    {"Emomali Rahmon", "Эмомали Рахмон", "Эмомали Рахмоном", Frame::Instrumental},
    {"Kassym-Jomart Tokayev", "Касым-Жомарт Токаев", "Касым-Жомарт Токаев", Frame::Nominative},
    {"Sadyr Japarov", "Садыр Жапаров", "Садыра Жапарова", Frame::Genitive},
    {"Islam Karimov", "Ислам Каримов", "Исламом Каримовым", Frame::Instrumental},
    {"Samarkand", "Самарканд", "Самарканде", Frame::Locative},
    {"Bishkek", "Бишкек", "Бишкеке", Frame::Locative},
    {"Dushanbe", "Душанбе", "Душанбе", Frame::Locative},
    // Caucasian
    {"Ramzan Kadyrov", "Рамзан Кадыров", "Рамзаном Кадыровым", Frame::Instrumental},
    {"Shamil Basayev", "Шамиль Басаев", "Шамиля Басаева", Frame::Genitive},
    {"Dzhokhar Dudayev", "Джохар Дудаев", "Джохар Дудаев", Frame::Nominative},
    {"Grozny", "Грозный", "Грозном", Frame::Locative},
    {"Makhachkala", "Махачкала", "Махачкале", Frame::Locative},
    {"Ilham Aliyev", "Ильхам Алиев", "Ильхама Алиева", Frame::Genitive},
    {"Nikol Pashinyan", "Никол Пашинян", "Николом Пашиняном", Frame::Instrumental},
    {"Tbilisi", "Тбилиси", "Тбилиси", Frame::Locative},
    // Western
    {"Angela Merkel", "Ангела Меркель", "Ангелы Меркель", Frame::Genitive},
    {"Joe Biden", "Джо Байден", "Джо Байденом", Frame::Instrumental},
    {"Boris Johnson", "Борис Джонсон", "Борис Джонсон", Frame::Nominative},
    {"Emmanuel Macron", "Эммануэль Макрон", "Эммануэля Макрона", Frame::Genitive},
    {"Hamburg", "Гамбург", "Гамбурге", Frame::Locative},
    {"Washington", "Вашингтон", "Вашингтоне", Frame::Locative},
};
// clang-format on

std::pair<std::string, std::string> sentences(const NamePair& p) {
    const std::string en = p.english, ru = p.russianForm;
    switch (p.frame) {
    case Frame::Nominative:
        return {"Reporters say that " + en + " has left the country.", "Журналисты сообщают, что " + ru + " покинул страну."};
    case Frame::Genitive:
        return {"According to " + en + ", the talks will go on.", "По словам " + ru + ", переговоры продолжатся."};
    case Frame::Instrumental:
        return {"Officials met with " + en + " yesterday.", "Чиновники встретились вчера с " + ru + "."};
    case Frame::Locative:
        return {"The meeting took place in " + en + " last week.", "Встреча прошла в " + ru + " на прошлой неделе."};
    }
    return {};
}

TEST(NameTable, CoversEnoughNamesOfEachOrigin) { EXPECT_GE(kTable.size(), 40u); }

TEST(NameTable, InflectedRussianFormsKeyLikeTheirBase) {
    for (const NamePair& p : kTable)
        EXPECT_EQ(nameKey(p.russianForm, "ru"), nameKey(p.russianBase, "ru")) << p.russianForm;
}

TEST(NameTable, EnglishAndRussianKeysAreClose) {
    int close = 0;
    for (const NamePair& p : kTable) {
        const double s = keySimilarity(nameKey(p.english, "en"), nameKey(p.russianForm, "ru"));
        close += s >= 0.75 ? 1 : 0;
        EXPECT_GE(s, 0.6) << p.english << " / " << p.russianForm;
    }
    EXPECT_GE(close, static_cast<int>(kTable.size()) * 9 / 10);
}

TEST(NameTable, MiningFindsThePairsWithTheirBaseForms) {
    std::vector<std::string> en, ru;
    for (const NamePair& p : kTable) {
        auto [e, r] = sentences(p);
        en.push_back(e);
        ru.push_back(r);
    }
    Alignment alignment;
    for (std::size_t i = 0; i < en.size(); ++i)
        alignment.push_back(Bead{i, i + 1, i, i + 1});
    const auto mined = mineNames(documentFromLines(en, "en"), documentFromLines(ru, "ru"), alignment);
    int correct = 0, exact = 0, recalled = 0;
    for (const NameSuggestion& s : mined) {
        bool ok = false;
        for (const NamePair& p : kTable)
            if (s.term.source == p.english && nameKey(s.term.target, "ru") == nameKey(p.russianBase, "ru")) {
                ok = true;
                exact += s.term.target == p.russianBase ? 1 : 0;
                if (s.term.target != p.russianBase)
                    std::cout << "  base form " << s.term.target << " (expected " << p.russianBase << ")\n";
            }
        correct += ok ? 1 : 0;
        if (!ok)
            std::cout << "  wrong " << s.term.source << " -> " << s.term.target << '\n';
    }
    for (const NamePair& p : kTable) {
        bool found = false;
        for (const NameSuggestion& s : mined)
            found = found || (s.term.source == p.english && nameKey(s.term.target, "ru") == nameKey(p.russianBase, "ru"));
        recalled += found ? 1 : 0;
        if (!found)
            std::cout << "  missed " << p.english << " -> " << p.russianBase << '\n';
    }
    const double precision = mined.empty() ? 0.0 : double(correct) / double(mined.size());
    const double recall = double(recalled) / double(kTable.size());
    std::cout << "name table: precision " << precision << ", recall " << recall << ", exact base forms " << exact << "/"
              << correct << '\n';
    EXPECT_GE(precision, 0.9);
    EXPECT_GE(recall, 0.9);
    EXPECT_GE(exact, correct * 8 / 10);
}

} // namespace
