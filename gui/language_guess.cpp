// Script counting for the language guess.
#include "gui/language_guess.h"

#include <QHash>

namespace tandem::gui {

QString guessLanguageFromScript(const QString& sample) {
    QHash<int, int> counts;
    for (const QChar c : sample)
        if (c.isLetter())
            ++counts[int(c.script())];
    if (counts.isEmpty())
        return {};
    int best = -1, bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    switch (static_cast<QChar::Script>(best)) {
    case QChar::Script_Cyrillic: return QStringLiteral("ru");
    case QChar::Script_Greek: return QStringLiteral("el");
    case QChar::Script_Arabic: return QStringLiteral("ar");
    case QChar::Script_Hebrew: return QStringLiteral("he");
    case QChar::Script_Han: return counts.value(QChar::Script_Hiragana) + counts.value(QChar::Script_Katakana) > 0
                                       ? QStringLiteral("ja")
                                       : QStringLiteral("zh");
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana: return QStringLiteral("ja");
    case QChar::Script_Hangul: return QStringLiteral("ko");
    case QChar::Script_Georgian: return QStringLiteral("ka");
    case QChar::Script_Armenian: return QStringLiteral("hy");
    case QChar::Script_Thai: return QStringLiteral("th");
    case QChar::Script_Devanagari: return QStringLiteral("hi");
    default: return QStringLiteral("en");
    }
}

} // namespace tandem::gui
