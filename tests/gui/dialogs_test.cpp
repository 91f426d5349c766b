// The dialogs' work without a user: find and replace (one undoable macro), every export format with
// its report and read-back validation, the new-project worker (progress, cancel, errors) and the
// language guess from the script.
#include "gui/export_dialog.h"
#include "gui/find_replace_dialog.h"
#include "gui/language_guess.h"
#include "gui/new_project_dialog.h"
#include "gui/workspace.h"
#include "tests/gui/gui_test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tandem;
using namespace tandem::gui;

Q_DECLARE_METATYPE(tandem::gui::ExportFormat)

class DialogsTest : public QObject {
    Q_OBJECT
private slots:
    void findAndReplace();
    void exports_data();
    void exports();
    void exportToUnwritablePathFails();
    void newProjectWorker();
    void newProjectCancelled();
    void newProjectBadInput();
    void languageGuess();
};

void DialogsTest::findAndReplace() {
    Workspace ws;
    ws.adopt(test::smallProject());
    FindReplaceDialog dialog(ws);
    QSignalSpy found(&dialog, &FindReplaceDialog::beadFound);
    dialog.setQuery(QStringLiteral("It was"), QStringLiteral("It has been"), false, true, 1);
    QVERIFY(dialog.findNext());
    QCOMPARE(found.last().first().toInt(), 1); // source segment 1 is in bead 1
    QVERIFY(dialog.findNext());
    QCOMPARE(found.last().first().toInt(), 1);
    QCOMPARE(dialog.replaceAll(), 2);
    QCOMPARE(ws.project().source().segments[1].text, std::string("It has been long."));
    QCOMPARE(ws.project().source().segments[2].text, std::string("It has been hard."));
    QCOMPARE(ws.undoStack().count(), 1); // one macro
    ws.undoStack().undo();
    QCOMPARE(ws.project().source().segments[1].text, std::string("It was long."));
    // A regular expression on the target side only, replaced one hit at a time.
    dialog.setQuery(QStringLiteral("(\\d{4}) году"), QStringLiteral("\\1 г."), true, false, 2);
    QVERIFY(dialog.findNext());
    QVERIFY(dialog.replaceCurrent());
    QCOMPARE(ws.project().target().segments[0].text, std::string("Война началась в 2021 г.."));
    dialog.setQuery(QStringLiteral("nowhere to be found"), QString(), false, false, 0);
    QVERIFY(!dialog.findNext());
    QCOMPARE(dialog.replaceAll(), 0);
}

void DialogsTest::exports_data() {
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("confirmedOnly");
    QTest::addColumn<int>("written");
    QTest::addColumn<int>("files");
    // smallProject: 6 beads, one 0-1; one confirmed. Glossary: 2 confirmed, 1 suggested, 1 rejected.
    QTest::newRow("tmx") << ExportFormat::Tmx << false << 5 << 1;
    QTest::newRow("tmx confirmed") << ExportFormat::Tmx << true << 1 << 1;
    QTest::newRow("tsv") << ExportFormat::TsvBitext << false << 5 << 1;
    QTest::newRow("two files") << ExportFormat::TwoFiles << false << 5 << 2;
    QTest::newRow("tbx v3") << ExportFormat::TbxV3 << false << 3 << 1;
    QTest::newRow("tbx 2008") << ExportFormat::Tbx2008 << true << 2 << 1;
    QTest::newRow("omegat") << ExportFormat::OmegaTGlossary << false << 3 << 1;
    QTest::newRow("csv") << ExportFormat::GlossaryCsv << false << 3 << 1;
}

void DialogsTest::exports() {
    QFETCH(ExportFormat, format);
    QFETCH(bool, confirmedOnly);
    QFETCH(int, written);
    QFETCH(int, files);
    Project p = test::smallProject();
    std::vector<Term> terms(4);
    const char* pairs[][2] = {{"Ghafari", "Гафари"}, {"Kerman", "Керман"}, {"FSB", "ФСБ"}, {"Tom & \"Jerry\"", "Том\tи Джерри"}};
    const TermStatus statuses[] = {TermStatus::Confirmed, TermStatus::Confirmed, TermStatus::Suggested, TermStatus::Rejected};
    for (int i = 0; i < 4; ++i) {
        terms[std::size_t(i)].source = pairs[i][0];
        terms[std::size_t(i)].target = pairs[i][1];
        terms[std::size_t(i)].status = statuses[i];
    }
    p.apply(AddTerms{terms});
    QTemporaryDir dir;
    ExportRequest request;
    request.format = format;
    request.confirmedOnly = confirmedOnly;
    request.path = dir.filePath(QStringLiteral("out.") + suffixOf(format));
    const ExportReport report = exportProject(p, request);
    QVERIFY2(report.ok, qPrintable(report.text()));
    QVERIFY(report.validated);
    QCOMPARE(report.written, written);
    QCOMPARE(int(report.files.size()), files);
    for (const QString& f : report.files)
        QVERIFY(QFileInfo(f).size() > 0);
    const int total = isGlossaryFormat(format) ? 4 : 6;
    QCOMPARE(report.skipped, total - written);
    QVERIFY(report.text().contains(QString::number(written)));
}

void DialogsTest::exportToUnwritablePathFails() {
    const Project p = test::smallProject();
    ExportRequest request;
    request.path = QStringLiteral("/nonexistent-dir/x.tmx");
    const ExportReport report = exportProject(p, request);
    QVERIFY(!report.ok);
    QVERIFY(!report.error.isEmpty());
    QVERIFY(report.text().contains(QStringLiteral("nonexistent-dir")));
}

void DialogsTest::newProjectWorker() {
    QTemporaryDir dir;
    NewProjectDialog dialog;
    dialog.setFiles(QStringLiteral(TANDEM_DATA_DIR "/meduza/article.en.txt"), QStringLiteral(TANDEM_DATA_DIR "/meduza/article.ru.txt"),
                    dir.filePath(QStringLiteral("new.tandem")));
    QSignalSpy done(&dialog, &NewProjectDialog::finishedWork);
    dialog.start();
    QVERIFY(dialog.isRunning() || done.count() == 1);
    QVERIFY(done.wait(60000) || done.count() == 1);
    QCOMPARE(done.first().first().toBool(), true);
    std::optional<Project> project = dialog.takeProject();
    QVERIFY(project.has_value());
    QVERIFY(project->beadCount() > 40);
    QCOMPARE(project->source().language, std::string("en"));
    QCOMPARE(project->target().language, std::string("ru"));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("new.tandem"))));
}

void DialogsTest::newProjectCancelled() {
    QTemporaryDir dir;
    NewProjectRequest request{QStringLiteral(TANDEM_DATA_DIR "/meduza/en.lines"), QStringLiteral(TANDEM_DATA_DIR "/meduza/ru.lines"),
                              QStringLiteral("en"), QStringLiteral("ru"), dir.filePath(QStringLiteral("c.tandem")), true, false};
    std::stop_source stop;
    std::vector<double> progress;
    stop.request_stop();
    const NewProjectResult r = createProject(request, [&](double share) { progress.push_back(share); }, stop.get_token());
    QVERIFY(r.cancelled);
    QVERIFY(!r.project);
    QVERIFY(!QFileInfo::exists(request.projectFile));
    // Not cancelled: progress rises to 1.
    progress.clear();
    const NewProjectResult ok = createProject(request, [&](double share) { progress.push_back(share); }, {});
    QVERIFY(ok.project);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QCOMPARE(progress.back(), 1.0);
}

void DialogsTest::newProjectBadInput() {
    QTemporaryDir dir;
    NewProjectRequest request{dir.filePath(QStringLiteral("missing.txt")), QStringLiteral(TANDEM_DATA_DIR "/meduza/ru.lines"),
                              QStringLiteral("en"), QStringLiteral("ru"), dir.filePath(QStringLiteral("b.tandem")), false, false};
    const NewProjectResult r = createProject(request, [](double) {}, {});
    QVERIFY(!r.project);
    QVERIFY(!r.cancelled);
    QVERIFY(r.error.contains(QStringLiteral("missing.txt")));
}

void DialogsTest::languageGuess() {
    QCOMPARE(guessLanguageFromScript(QStringLiteral("Президент России провёл совещание")), QStringLiteral("ru"));
    QCOMPARE(guessLanguageFromScript(QStringLiteral("The U.S. Army arrived.")), QStringLiteral("en"));
    QCOMPARE(guessLanguageFromScript(QStringLiteral("Η Ελλάδα είναι χώρα")), QStringLiteral("el"));
    QCOMPARE(guessLanguageFromScript(QStringLiteral("東京は日本の首都です")), QStringLiteral("ja"));
    QCOMPARE(guessLanguageFromScript(QStringLiteral("北京是中国的首都")), QStringLiteral("zh"));
    QCOMPARE(guessLanguageFromScript(QStringLiteral("12345 !!!")), QString());
    // Mostly Cyrillic with Latin names inside still reads as Russian.
    QCOMPARE(guessLanguageFromScript(QStringLiteral("Телеканал CNN и газета The New York Times сообщили")), QStringLiteral("ru"));
}

QTEST_MAIN(DialogsTest)
#include "dialogs_test.moc"
