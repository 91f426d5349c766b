// Fixtures of the GUI tests.
#include "tests/gui/gui_test_support.h"

#include "core/align/aligner.h"
#include "core/model/document.h"

#include <QFile>
#include <QTextStream>

namespace tandem::gui::test {

std::vector<std::string> readLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(path));
    std::vector<std::string> lines;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            lines.push_back(line.toStdString());
    return lines;
}

Project smallProject(const std::string& path) {
    // Six source and six target segments in two paragraphs; beads 1-1, 2-1, 1-1, 0-1, 1-1, 1-1; the last one's numbers differ.
    Document source = documentFromLines({"The war began in 2021.", "It was long.", "It was hard.",
                                         "Ghafari led the group.", "Kerman was attacked.", "The end came in 2024."},
                                        "en");
    Document target = documentFromLines({"Война началась в 2021 году.", "Она была долгой и трудной.",
                                         "Группу возглавил Гафари.", "Вставка переводчика.", "На Керман напали.",
                                         "Конец наступил в 2023 году."},
                                        "ru");
    for (std::size_t i = 0; i < source.segments.size(); ++i)
        source.segments[i].paragraph = i < 3 ? 0 : 1;
    for (std::size_t i = 0; i < target.segments.size(); ++i)
        target.segments[i].paragraph = i < 2 ? 0 : 1;
    Alignment beads = {
        {0, 1, 0, 1, 0.95, BeadStatus::Confirmed},   {1, 3, 1, 2, 0.70, BeadStatus::Auto},
        {3, 4, 2, 3, 0.40, BeadStatus::Auto},        {4, 4, 3, 4, 0.20, BeadStatus::NeedsReview},
        {4, 5, 4, 5, 0.85, BeadStatus::Auto},        {5, 6, 5, 6, 0.30, BeadStatus::Auto},
    };
    return Project::create(path, std::move(source), std::move(target), std::move(beads));
}

Project meduzaProject(const std::string& path) {
    const QString dir = QStringLiteral(TANDEM_DATA_DIR "/meduza/");
    Document source = documentFromLines(readLines(dir + QStringLiteral("en.lines")), "en");
    Document target = documentFromLines(readLines(dir + QStringLiteral("ru.lines")), "ru");
    Alignment alignment = align(source, target);
    return Project::create(path, std::move(source), std::move(target), std::move(alignment));
}

} // namespace tandem::gui::test
