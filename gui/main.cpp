// tandem-gui: starts the workbench, optionally on a project, or renders it to a PNG (--screenshot).
#include "gui/app_setup.h"
#include "gui/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char* argv[]) {
    // A screenshot needs no display: pick the offscreen platform unless the caller chose one.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 && !std::getenv("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    tandem::gui::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tandem alignment workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Render the main window to <png> and exit."),
                                  QStringLiteral("png"));
    QCommandLineOption size(QStringLiteral("size"),
                            QApplication::translate("main", "Window size for --screenshot, e.g. 1400x860."),
                            QStringLiteral("WxH"), QStringLiteral("1400x860"));
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "A .tandem project to open."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    tandem::gui::MainWindow window;
    if (parser.isSet(screenshot)) {
        if (args.isEmpty()) {
            std::fprintf(stderr, "tandem-gui: --screenshot needs a project\n");
            return 2;
        }
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const QSize s = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize(1400, 860);
        QString error;
        if (!window.renderScreenshot(args.first(), parser.value(screenshot), s, &error)) {
            std::fprintf(stderr, "tandem-gui: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    window.show();
    if (!args.isEmpty())
        QTimer::singleShot(0, &window, [&window, path = args.first()] { window.openProject(path); });
    return app.exec();
}
