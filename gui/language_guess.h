// A first guess of a text's language from the script its letters are written in, offered in the
// new-project dialog (the translator confirms or changes it).
#pragma once

#include <QString>

namespace tandem::gui {

/// BCP 47 tag for the dominant script of sample: Cyrillic → "ru", Greek → "el", Arabic → "ar",
/// Han → "zh" … and "en" for Latin (the commonest case; the user corrects other Latin languages).
/// Returns "" when the sample has no letters.
QString guessLanguageFromScript(const QString& sample);

} // namespace tandem::gui
