// Workbench benchmark: a 100,000-bead project opened in the main window offscreen. Prints the time
// to open, to first paint, to scroll from top to bottom (thumb dragged in 400 steps and 1,000 page
// downs, each step painted), of merges and their undo with view updates (medians of five), of
// re-aligning 1,000 rows (worker and edit), and peak RSS.
#include "core/project/project.h"
#include "gui/app_setup.h"
#include "gui/main_window.h"
#include "gui/realign_task.h"
#include "gui/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace {

/// Records that the watched widget has painted.
class PaintWatch : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

std::string sentence(std::mt19937& rng, bool cyrillic) {
    static const char* latin[] = {"the", "war", "group", "Ghafari", "leader", "province", "attack", "said", "in",
                                  "of", "Kerman", "troops", "withdrawal", "militants", "2021", "Taliban"};
    static const char* russian[] = {"война", "группа", "Гафари", "лидер", "провинции", "нападение", "сказал", "в",
                                    "и", "Кермане", "войска", "вывод", "боевики", "2021", "талибы", "года"};
    std::uniform_int_distribution<int> words(6, 40), pick(0, 15);
    std::string s;
    const int n = words(rng);
    for (int i = 0; i < n; ++i) {
        if (i)
            s += ' ';
        s += cyrillic ? russian[pick(rng)] : latin[pick(rng)];
    }
    s += '.';
    s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tandem::gui::setUpApplication(app);
    QCoreApplication::setApplicationName(QStringLiteral("tandem-gui-bench"));
    const std::size_t beads = argc > 1 ? std::size_t(std::stoul(argv[1])) : 100000;

    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("book.tandem")).toStdString();
    {
        std::mt19937 rng(42);
        tandem::Document source, target;
        source.language = "en";
        target.language = "ru";
        tandem::Alignment alignment;
        std::uniform_real_distribution<double> confidence(0.2, 1.0);
        for (std::size_t i = 0; i < beads; ++i) {
            source.segments.push_back({sentence(rng, false), {}, i / 5});
            target.segments.push_back({sentence(rng, true), {}, i / 5});
            alignment.push_back({i, i + 1, i, i + 1, confidence(rng), i % 3 == 0 ? tandem::BeadStatus::Confirmed : tandem::BeadStatus::Auto});
        }
        tandem::Project::create(path, std::move(source), std::move(target), std::move(alignment));
    }

    QElapsedTimer clock;
    tandem::gui::MainWindow window;
    window.setInteractive(false);
    window.resize(1400, 900);
    PaintWatch watch;
    window.table().viewport()->installEventFilter(&watch);
    clock.start();
    if (!window.openProject(QString::fromStdString(path))) {
        std::fprintf(stderr, "gui_bench: %s\n", qPrintable(window.lastError()));
        return 1;
    }
    const double openMs = double(clock.nsecsElapsed()) / 1e6;
    window.show();
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaintMs = double(clock.nsecsElapsed()) / 1e6;

    QTableView& table = window.table();
    QScrollBar* bar = table.verticalScrollBar();
    auto paintStep = [&](int value) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(value);
        QCoreApplication::processEvents(); // lazy row heights are measured here
        table.viewport()->repaint();
        return double(frame.nsecsElapsed()) / 1e6;
    };

    // Dragging the thumb from top to bottom.
    std::vector<double> frames;
    clock.restart();
    const int steps = 400;
    for (int i = 0; i <= steps; ++i)
        frames.push_back(paintStep(int(double(bar->maximum()) * i / steps)));
    const double dragMs = double(clock.nsecsElapsed()) / 1e6;
    std::sort(frames.begin(), frames.end());
    const double dragMedian = frames[frames.size() / 2], dragMax = frames.back();

    // Page down from the top, 1,000 pages.
    frames.clear();
    bar->setValue(0);
    clock.restart();
    for (int i = 0; i < 1000 && bar->value() < bar->maximum(); ++i)
        frames.push_back(paintStep(bar->value() + bar->pageStep()));
    const double pageMs = double(clock.nsecsElapsed()) / 1e6;
    std::sort(frames.begin(), frames.end());

    // Edits in the middle of the book, each with the model, map, flags and statistics updated: five
    // merges at different rows, each undone (medians, as a review check may finish meanwhile).
    std::vector<double> edits, undos;
    for (std::size_t k = 0; k < 5; ++k) {
        const std::size_t row = beads / 2 + k * 1000;
        window.goToBead(int(row));
        clock.restart();
        window.perform(tandem::MergeBeads{row});
        QCoreApplication::processEvents();
        table.viewport()->repaint();
        edits.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        window.workspace().undoStack().undo();
        QCoreApplication::processEvents();
        table.viewport()->repaint();
        undos.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::sort(edits.begin(), edits.end());
    std::sort(undos.begin(), undos.end());

    // Re-aligning 1,000 rows in the middle: the aligner in its worker, then the edit and view updates.
    clock.restart();
    window.startRealignment(tandem::Realign{beads / 2, 1000});
    window.realignTask().waitForFinished();
    table.viewport()->repaint();
    const double realignMs = double(clock.nsecsElapsed()) / 1e6;

    std::printf("gui_bench: %zu beads\n", beads);
    std::printf("  open project + build views   %8.1f ms\n", openMs);
    std::printf("  time to first paint          %8.1f ms (from the start of opening)\n", firstPaintMs);
    std::printf("  scroll top→bottom (drag)     %8.1f ms for %d painted steps; median %.2f ms, max %.2f ms per step\n",
                dragMs, steps + 1, dragMedian, dragMax);
    std::printf("  page down ×%zu               %8.1f ms; median %.2f ms, max %.2f ms per page\n", frames.size(), pageMs,
                frames[frames.size() / 2], frames.back());
    std::printf("  merge edit + view updates    %8.1f ms median, max %.1f ms; undo %.1f ms median, max %.1f ms\n",
                edits[edits.size() / 2], edits.back(), undos[undos.size() / 2], undos.back());
    std::printf("  re-align 1,000 rows          %8.1f ms (worker, then the edit and view updates)\n", realignMs);
    std::printf("  peak RSS                     %8.1f MB\n", peakRssMb());
    return 0;
}
