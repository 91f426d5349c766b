// Application-wide setup shared by tandem-gui and the GUI tests: names for QSettings and the
// interface language (system locale, or the one chosen in settings).
#pragma once

#include <QString>

class QApplication;

namespace tandem::gui {

/// Sets organisation/application names and installs the translator for the chosen language.
void setUpApplication(QApplication& app);
/// Installs the translation for language ("en", "ru", or "" for the system locale); true when that
/// language is available. Otherwise the interface stays English.
bool installTranslation(QApplication& app, const QString& language);

} // namespace tandem::gui
