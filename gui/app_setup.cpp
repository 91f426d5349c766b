// Application names, settings location and the UI translation (Qt Linguist .qm files embedded
// under :/i18n by qt_add_translations).
#include "gui/app_setup.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace tandem::gui {

namespace {
const QString kTranslatorName = QStringLiteral("tandem-ui-translator");
} // namespace

bool installTranslation(QApplication& app, const QString& language) {
    // The installed translators are the application's children, found again by name.
    for (QTranslator* t : app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* own = new QTranslator(&app);
    own->setObjectName(kTranslatorName);
    const bool loaded = own->load(locale, QStringLiteral("tandem"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a translation the interface stays English, whose file holds the plural forms
    // ("1 bead", "2 beads").
    if (!loaded && !own->load(QStringLiteral(":/i18n/tandem_en.qm"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    if (!loaded || locale.language() == QLocale::English)
        return loaded || locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto* qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

void setUpApplication(QApplication& app) {
    QApplication::setOrganizationName(QStringLiteral("Tandem"));
    QApplication::setApplicationName(QStringLiteral("tandem-gui"));
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_GUI_VERSION));
    const QSettings settings;
    installTranslation(app, settings.value(QStringLiteral("ui/language")).toString());
}

} // namespace tandem::gui
