// `tandem batch`: aligns every pair of a manifest with all cores, draws a progress bar on a terminal,
// reports failing pairs, prints a JSON summary and stops cleanly (resumably) on SIGINT / SIGTERM.
#include "core/batch/atomic_file.h"
#include "core/batch/batch_runner.h"
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/formats/glossary_file.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace tandem::cli {

namespace po = boost::program_options;

namespace {

/// Turns SIGINT and SIGTERM (Ctrl+C, Slurm's time limit, `parallel --termseq`) into a stop request:
/// the run ends after the pairs in flight are abandoned, keeping every finished output.
class SignalStop {
public:
    SignalStop() {
        sigemptyset(&m_signals);
        sigaddset(&m_signals, SIGINT);
        sigaddset(&m_signals, SIGTERM);
        // Blocked here, so the workers started later inherit the mask and only m_waiter takes them.
        pthread_sigmask(SIG_BLOCK, &m_signals, &m_previous);
        m_waiter = std::jthread([this](std::stop_token done) {
            const timespec tick{0, 100'000'000};
            while (!done.stop_requested())
                if (sigtimedwait(&m_signals, nullptr, &tick) > 0)
                    m_source.request_stop();
        });
    }
    ~SignalStop() {
        m_waiter.request_stop();
        m_waiter.join();
        pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
    }
    SignalStop(const SignalStop&) = delete;
    SignalStop& operator=(const SignalStop&) = delete;

    std::stop_token token() const { return m_source.get_token(); }

private:
    sigset_t m_signals{};
    sigset_t m_previous{};
    std::stop_source m_source;
    std::jthread m_waiter;
};

std::string clockText(double seconds) {
    const long total = static_cast<long>(seconds + 0.5);
    char buffer[32];
    if (total >= 3600)
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%ld:%02ld", total / 60, total % 60);
    return buffer;
}

/// Draws the progress bar on stderr (a terminal) and prints one line per failure (and per pair
/// with --verbose) above it.
class ProgressView {
public:
    ProgressView(bool bar, bool verbose, std::optional<std::size_t> expectedPairs)
        : m_bar(bar), m_verbose(verbose), m_expected(expectedPairs) {}

    void onPair(const PairReport& report, const BatchProgress& progress) {
        if (report.outcome == PairOutcome::Failed || m_verbose) {
            clearBar();
            std::cerr << describe(report) << '\n';
        }
        const auto now = std::chrono::steady_clock::now();
        if (m_bar && (now - m_lastDraw > std::chrono::milliseconds(100) || report.outcome == PairOutcome::Failed)) {
            draw(progress);
            m_lastDraw = now;
        }
    }

    void finish(const BatchProgress* last) {
        if (m_bar && last)
            draw(*last);
        if (m_drawn)
            std::cerr << '\n';
        m_drawn = false;
    }

private:
    static std::string describe(const PairReport& report) {
        const std::string who = report.id.empty() ? "line " + std::to_string(report.line) : report.id;
        switch (report.outcome) {
        case PairOutcome::Aligned:
            return "tandem batch: aligned " + who + " (" + std::to_string(report.segments) + " segments, " +
                   std::to_string(report.beads) + " beads)";
        case PairOutcome::Resumed: return "tandem batch: kept " + who + " (already complete)";
        case PairOutcome::Failed: return "tandem batch: skipped " + who + ": " + report.reason;
        }
        return {};
    }

    void clearBar() {
        if (m_drawn)
            std::cerr << "\r\033[K";
        m_drawn = false;
    }

    void draw(const BatchProgress& p) {
        const std::optional<std::size_t> total = p.manifestRead ? std::optional(p.pairsRead) : m_expected;
        std::string line = "\r\033[K";
        if (total && *total > 0) {
            constexpr int width = 30;
            const int filled = static_cast<int>(width * std::min<std::size_t>(p.pairsDone, *total) / *total);
            line += '[';
            line.append(static_cast<std::size_t>(filled), '#');
            line.append(static_cast<std::size_t>(width - filled), '.');
            line += "] ";
            line += std::to_string(p.pairsDone) + "/" + std::to_string(*total) + " pairs";
        } else {
            line += std::to_string(p.pairsDone) + " pairs";
        }
        if (p.pairsFailed > 0)
            line += ", " + std::to_string(p.pairsFailed) + " failed";
        if (p.seconds > 0)
            line += ", " + std::to_string(static_cast<long>(p.segmentsAligned / p.seconds)) + " segments/s";
        if (total && p.pairsDone > 0 && p.pairsDone < *total)
            line += ", " + clockText(p.seconds / p.pairsDone * (*total - p.pairsDone)) + " left";
        else
            line += ", " + clockText(p.seconds);
        std::cerr << line << std::flush;
        m_drawn = true;
    }

    bool m_bar;
    bool m_verbose;
    std::optional<std::size_t> m_expected;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_lastDraw{};
};

/// Reads the --glossary file (format by extension) into the run's anchors and their languages;
/// rejected terms are left out.
void loadGlossary(const std::filesystem::path& file, BatchOptions& options) {
    const ImportedGlossary glossary = readGlossaryFile(file);
    options.glossaryLanguages = glossary.languages;
    options.glossary = termPairs(glossary.terms);
}

} // namespace

int runBatch(const Args& args) {
    std::string outputArg, formatName = "jsonl", glossaryFile, summaryFile;
    int jobs = 0;
    double minConfidence = 0.0;
    po::options_description visible(
        "usage: tandem batch MANIFEST -o OUTDIR [options]\n"
        "Aligns every pair of MANIFEST (TSV: source, target, source language, target language, [id],\n"
        "[input format]; relative paths are relative to the manifest; '-' reads it from stdin).\n"
        "Writes OUTDIR/<id>.<format> per pair (rerunning skips pairs already written), or with\n"
        "'-o -' one combined output to stdout. Prints a JSON summary; exit 1 when a pair failed.\n\noptions");
    visible.add_options()
        ("help,h", "show this help")
        ("output,o", po::value(&outputArg)->required(), "output folder, or '-' for stdout")
        ("jobs,j", po::value(&jobs)->default_value(0), "worker threads (0 = every available CPU)")
        ("format", po::value(&formatName)->default_value("jsonl"), "tmx, jsonl or tsv")
        ("combined", "also join all pairs into OUTDIR/combined.<format> (always so with -o -)")
        ("min-confidence", po::value(&minConfidence)->default_value(0.0), "leave out beads below this confidence")
        ("glossary", po::value(&glossaryFile), "glossary whose terms anchor the alignment (OmegaT TSV, CSV or TBX)")
        ("summary", po::value(&summaryFile), "also write the JSON summary to this file")
        ("verbose,v", "one line per pair on stderr");
    ImportFlags import; // the input format applies to pairs whose manifest line names none
    import.addTo(visible);
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 1, vm, files, "no manifest given (a file, or '-' for stdin)"))
        return ExitOk;
    const std::string& manifestArg = files[0];
    if (jobs < 0 || jobs > 1024)
        throw UsageError("--jobs must lie in [0, 1024] (0: every available CPU)");
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0))
        throw UsageError("--min-confidence must lie in [0, 1]");

    BatchOptions options;
    options.format = batchFormatFromString(formatName);
    options.jobs = static_cast<unsigned>(jobs);
    options.minConfidence = minConfidence;
    options.combined = vm.count("combined") > 0;
    options.import = import.options();
    if (!glossaryFile.empty())
        loadGlossary(glossaryFile, options);
    const bool toStdout = outputArg == "-";
    if (toStdout)
        options.stream = &std::cout;
    else
        options.outputDir = outputArg;

    const bool fromStdin = manifestArg == "-";
    std::ifstream manifestFile;
    std::optional<std::size_t> expected;
    if (!fromStdin) {
        manifestFile.open(manifestArg, std::ios::binary);
        if (!manifestFile)
            throw IoError(manifestArg + ": cannot open the manifest");
        expected = countManifestEntries(manifestArg);
    }
    const std::filesystem::path manifestPath(manifestArg);
    ManifestReader manifest(fromStdin ? std::cin : manifestFile, fromStdin ? "<stdin>" : manifestArg,
                            fromStdin ? std::filesystem::path(".") : manifestPath.parent_path());

    ProgressView view(isatty(STDERR_FILENO) != 0 && !vm.count("verbose"), vm.count("verbose") > 0, expected);
    std::optional<BatchProgress> last;
    const BatchCallback onPair = [&](const PairReport& report, const BatchProgress& progress) {
        view.onPair(report, progress);
        last = progress;
    };
    BatchSummary summary;
    {
        SignalStop signals;
        try {
            summary = tandem::runBatch(manifest, options, onPair, signals.token());
        } catch (...) {
            view.finish(nullptr);
            throw;
        }
    }
    view.finish(last ? &*last : nullptr);

    const std::string json = summary.toJson() + "\n";
    (toStdout ? std::cerr : std::cout) << json << std::flush;
    if (!summaryFile.empty()) {
        AtomicFile file(summaryFile);
        file.write(json);
        file.commit();
    }
    return summary.failures.empty() ? ExitOk : ExitFailure;
}

} // namespace tandem::cli
