// Batch throughput and memory: pairs/s and segments/s with 1 and 2 workers on the same manifest of
// gold pairs (their ratio), and peak memory for a manifest and one four times longer (memory must
// follow the largest pair, not the manifest). Each configuration runs in its own child process so
// that its peak RSS and CPU time are its own. Usage: batch_bench [REPEATS] (default 4: 272 pairs).
#include "core/batch/batch_runner.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

struct Set {
    const char* folder;
    const char* source;
    const char* target;
};
constexpr Set kSets[] = {{"en-ru/wmt21", "en", "ru"},
                         {"en-ru/wmt21-hard", "en", "ru"},
                         {"en-ru/bible", "en", "ru"},
                         {"en-ru/bible-running", "en", "ru"},
                         {"de-fr/textberg", "de", "fr"}};

/// Writes a manifest of every pre-segmented gold pair, `repeats` times under different ids.
std::size_t writeManifest(const fs::path& file, int repeats) {
    std::ofstream out(file);
    std::size_t pairs = 0;
    for (int r = 0; r < repeats; ++r)
        for (const Set& set : kSets) {
            const fs::path folder = fs::path(TANDEM_EVAL_DIR) / set.folder;
            std::vector<std::string> names;
            for (const auto& item : fs::directory_iterator(folder))
                if (item.path().extension() == ".gold")
                    names.push_back(item.path().stem().string());
            std::sort(names.begin(), names.end());
            for (const auto& name : names) {
                out << (folder / (name + "." + set.source)).string() << '\t'
                    << (folder / (name + "." + set.target)).string() << '\t' << set.source << '\t' << set.target
                    << '\t' << fs::path(set.folder).filename().string() << '-' << name << "-r" << r << "\tlines\n";
                ++pairs;
            }
        }
    return pairs;
}

struct Figures {
    double seconds = 0;
    std::size_t pairs = 0;
    std::size_t segments = 0;
    long peakKiB = 0;
    double cpuSeconds = 0; ///< user + system time of the run's process
};

/// Runs one batch in a child process (outputs to outDir, or to a discarding stream when empty).
Figures runChild(const fs::path& manifest, const fs::path& outDir, unsigned jobs) {
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        std::exit(1);
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        std::ifstream in(manifest);
        tandem::ManifestReader reader(in, manifest.string(), manifest.parent_path());
        tandem::BatchOptions options;
        options.jobs = jobs;
        std::ofstream discard("/dev/null");
        if (outDir.empty())
            options.stream = &discard;
        else
            options.outputDir = outDir;
        const auto started = std::chrono::steady_clock::now();
        tandem::BatchSummary summary;
        try {
            summary = tandem::runBatch(reader, options);
        } catch (const std::exception& e) {
            std::cerr << "batch_bench: " << e.what() << '\n';
            ::_exit(1);
        }
        for (const auto& failure : summary.failures)
            std::cerr << "batch_bench: " << failure.reason << '\n';
        Figures f;
        f.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        f.pairs = summary.pairsAligned;
        f.segments = summary.sourceSegments + summary.targetSegments;
        if (::write(pipeFds[1], &f, sizeof f) != static_cast<ssize_t>(sizeof f))
            ::_exit(1);
        ::_exit(summary.failures.empty() ? 0 : 1);
    }
    ::close(pipeFds[1]);
    Figures f;
    const bool got = ::read(pipeFds[0], &f, sizeof f) == static_cast<ssize_t>(sizeof f);
    ::close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    ::wait4(child, &status, 0, &usage);
    if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << "batch_bench: the run failed (status " << status << ")\n";
        std::exit(1);
    }
    f.peakKiB = usage.ru_maxrss;
    f.cpuSeconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return f;
}

void print(const char* label, const Figures& f) {
    std::printf("%-32s %5zu pairs %6zu segments %6.2f s wall %6.2f s CPU (%3.0f%%) %6.1f pairs/s %6.0f segments/s"
                "  peak %5.1f MB\n",
                label, f.pairs, f.segments, f.seconds, f.cpuSeconds, 100.0 * f.cpuSeconds / f.seconds,
                f.pairs / f.seconds, f.segments / f.seconds, f.peakKiB / 1024.0);
}

} // namespace

int main(int argc, char** argv) {
    const int repeats = argc > 1 ? std::max(1, std::atoi(argv[1])) : 4;
    const fs::path dir = fs::temp_directory_path() / ("tandem-batch-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const std::size_t pairs = writeManifest(dir / "manifest.tsv", repeats);
    writeManifest(dir / "manifest4.tsv", 4 * repeats);
    std::printf("batch_bench: %zu pairs of gold sets (x%d), %u CPUs available\n", pairs, repeats,
                tandem::availableCpus());

    const Figures one = runChild(dir / "manifest.tsv", dir / "out1", 1);
    print("1 worker, file per pair", one);
    const Figures two = runChild(dir / "manifest.tsv", dir / "out2", 2);
    print("2 workers, file per pair", two);
    const Figures streamOne = runChild(dir / "manifest.tsv", {}, 1);
    print("1 worker, stream", streamOne);
    const Figures streamTwo = runChild(dir / "manifest.tsv", {}, 2);
    print("2 workers, stream", streamTwo);
    const Figures longer = runChild(dir / "manifest4.tsv", {}, 2);
    print("2 workers, stream, 4x manifest", longer);

    std::printf("speed-up 2 vs 1 workers (wall): %.2f (file per pair), %.2f (stream)\n", one.seconds / two.seconds,
                streamOne.seconds / streamTwo.seconds);
    // On a shared machine wall time follows the other load; CPU time per pair does not.
    std::printf("CPU time per pair 2 vs 1 workers: %.2f (file per pair), %.2f (stream); 1.00 = no parallel overhead\n",
                two.cpuSeconds / one.cpuSeconds, streamTwo.cpuSeconds / streamOne.cpuSeconds);
    std::printf("peak memory 4x manifest / 1x manifest: %.2f\n",
                static_cast<double>(longer.peakKiB) / static_cast<double>(streamTwo.peakKiB));
    fs::remove_all(dir);
    return 0;
}
