// Benchmark of the project file: opening a 100,000-bead project and reading what a view needs
// (target < 0.5 s), and the commit time of single edits (target < 5 ms median). Prints wall times
// and peak RSS. Usage: project_bench [beads] (default 100000).
#include "core/project/project.h"
#include "core/project/summary.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void removeProject(const std::string& path) {
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);
}

} // namespace

int main(int argc, char** argv) {
    using namespace tandem;
    const std::size_t beads = argc > 1 ? std::stoul(argv[1]) : 100000;
    const std::string path =
        (std::filesystem::temp_directory_path() / ("tandem-bench-" + std::to_string(getpid()) + ".tandem")).string();
    removeProject(path);

    Document source{"en", {}}, target{"ru", {}};
    Alignment alignment;
    for (std::size_t i = 0; i < beads; ++i) {
        const std::size_t targets = i % 10 == 0 ? 2 : 1; // every tenth bead is 1-2
        source.segments.push_back(Segment{"Sentence number " + std::to_string(i) +
                                              " of the source, long enough to look like real prose.", "", i / 5});
        for (std::size_t t = 0; t < targets; ++t)
            target.segments.push_back(Segment{"Предложение номер " + std::to_string(i) +
                                                  " перевода, достаточно длинное, чтобы походить на прозу.", "", i / 5});
        const std::size_t tgt = target.segments.size();
        alignment.push_back(Bead{i, i + 1, tgt - targets, tgt, 0.5 + 0.5 * double(i % 7) / 7.0, BeadStatus::Auto});
    }
    auto start = Clock::now();
    { Project::create(path, source, target, alignment); }
    std::printf("create %zu beads: %.1f ms\n", beads, msSince(start));

    start = Clock::now();
    Project project = Project::open(path);
    const AlignmentSummary summary = summarize(project.alignment());
    std::size_t chars = 0;
    for (std::size_t row = 0; row < 60; ++row) // the rows a window shows
        chars += project.beadText(row, Side::Source).size() + project.beadText(row, Side::Target).size();
    const double openMs = msSince(start);
    std::printf("open + view reads: %.1f ms (%zu beads, %zu confirmed, %zu chars shown) %s\n", openMs, summary.beads,
                summary.confirmed, chars, openMs < 500 ? "[< 500 ms: ok]" : "[over 500 ms]");

    std::vector<double> times;
    const std::size_t rows = project.beadCount();
    for (std::size_t i = 0; i < 300; ++i) {
        const std::size_t row = (i * 7919) % (rows - 2);
        Edit edit;
        switch (i % 6) {
        case 0: edit = SetStatus{row, BeadStatus::Confirmed}; break;
        case 1: edit = EditText{Side::Target, row, "Исправленный текст " + std::to_string(i)}; break;
        case 2: edit = MergeBeads{row}; break;
        case 3: edit = MoveSegment{row + 1, Side::Target, Direction::Up}; break;
        case 4: edit = AddTerms{{Term{0, "Name " + std::to_string(i), "Имя", {}, {}, {}, "", 0.5, 1}}}; break;
        default: edit = SplitSegment{Side::Source, row, 8}; break;
        }
        start = Clock::now();
        project.apply(edit);
        times.push_back(msSince(start));
    }
    start = Clock::now();
    for (int i = 0; i < 50; ++i)
        project.undo();
    const double undoMs = msSince(start) / 50;
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("edit commit (each its own transaction, WAL, synchronous=NORMAL): median %.2f ms, p90 %.2f ms, max %.2f ms %s\n",
                median, times[times.size() * 9 / 10], times.back(), median < 5 ? "[< 5 ms: ok]" : "[over 5 ms]");
    std::printf("undo: %.2f ms on average\n", undoMs);
    std::printf("peak RSS: %ld MB\n", peakRssKb() / 1024);
    removeProject(path);
    return 0;
}
