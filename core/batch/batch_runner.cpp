// The batch worker pool: the calling thread reads the manifest into a small bounded queue, workers
// import, align and write; a stream output is put back into manifest order through a bounded window.
#include "core/batch/batch_runner.h"

#include "core/align/word_dictionary.h"
#include "core/batch/atomic_file.h"
#include "core/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <ctime>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <exception>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <sched.h>
#include <sstream>
#include <thread>
#include <vector>

namespace tandem {

namespace {

using Clock = std::chrono::steady_clock;

struct Job {
    std::size_t sequence = 0; ///< position among the manifest's well-formed entries
    ManifestEntry entry;
};

/// The result of importing and aligning one pair (or why it could not be done).
struct PairResult {
    std::optional<std::string> records; ///< formatted output; unset when the pair failed
    std::string reason;
    std::size_t segments = 0;
    std::size_t beads = 0;
};

/// True when two BCP 47 tags name the same language (primary subtags equal, case ignored): a
/// glossary for "en" and "ru" serves "en-GB" and "ru-RU" pairs.
bool sameLanguage(const std::string& a, const std::string& b) {
    const auto primary = [](const std::string& tag) {
        std::string p = tag.substr(0, tag.find('-'));
        std::transform(p.begin(), p.end(), p.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return p;
    };
    return primary(a) == primary(b);
}

/// A file time as a TMX date (YYYYMMDDThhmmssZ, UTC).
std::string tmxDate(std::filesystem::file_time_type time) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(
        std::chrono::time_point_cast<std::chrono::system_clock::duration>(std::chrono::file_clock::to_sys(time)));
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &utc);
    return buffer;
}

std::string readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw IoError(path.string() + ": cannot open the file");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        throw IoError(path.string() + ": read failed");
    return std::move(bytes).str();
}

/// Where a run records the settings its outputs depend on (ids never start with '.').
constexpr const char* kSettingsFile = ".tandem-batch.json";

/// FNV-1a, 64 bits: a fingerprint of the glossary that is the same on every machine and build.
std::uint64_t fingerprint(const std::vector<std::pair<std::string, std::string>>& glossary) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    const auto mix = [&](const std::string& text) {
        for (const unsigned char c : text + '\0') {
            hash ^= c;
            hash *= 0x100000001b3ULL;
        }
    };
    for (const auto& [source, target] : glossary) {
        mix(source);
        mix(target);
    }
    return hash;
}

/// The settings a pair's output depends on, as one line of JSON.
std::string outputSettings(const BatchOptions& options) {
    char glossary[24];
    std::snprintf(glossary, sizeof glossary, "%016llx",
                  static_cast<unsigned long long>(fingerprint(options.glossary)));
    nlohmann::ordered_json settings;
    settings["format"] = toString(options.format);
    settings["min_confidence"] = options.minConfidence;
    settings["input_format"] = toString(options.import.format);
    settings["keep_line_breaks"] = options.import.keepLineBreaks;
    settings["encoding"] = options.import.encoding;
    settings["lenient"] = options.import.lenient;
    settings["glossary_terms"] = options.glossary.size();
    settings["glossary_fingerprint"] = glossary;
    settings["glossary_languages"] = options.glossaryLanguages.source + "-" + options.glossaryLanguages.target;
    return settings.dump() + "\n";
}

std::string oneLine(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r'))
        text.pop_back();
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

class Runner {
public:
    Runner(ManifestReader& manifest, const BatchOptions& options, const BatchCallback& onPair, std::stop_token stop)
        : m_manifest(manifest), m_options(options), m_onPair(onPair),
          m_jobs(options.jobs == 0 ? availableCpus() : options.jobs), m_started(Clock::now()),
          m_forwardStop(stop, [this] { m_stop.request_stop(); }) {
        m_summary.jobs = m_jobs;
    }

    BatchSummary run() {
        prepareOutput();
        {
            std::vector<std::jthread> workers;
            for (unsigned i = 0; i < m_jobs; ++i)
                workers.emplace_back([this] { work(); });
            try {
                dispatch();
            } catch (...) {
                fail(std::current_exception());
            }
            {
                std::lock_guard lock(m_mutex);
                m_closed = true;
            }
            m_changed.notify_all();
        }
        if (m_fatal)
            std::rethrow_exception(m_fatal);
        if (m_stop.stop_requested())
            throw Cancelled();
        finishOutput();
        std::sort(m_summary.failures.begin(), m_summary.failures.end(),
                  [](const PairFailure& a, const PairFailure& b) { return a.line < b.line; });
        m_summary.seconds = elapsedSeconds();
        return m_summary;
    }

private:
    bool streaming() const { return m_options.stream != nullptr; }

    double elapsedSeconds() const { return std::chrono::duration<double>(Clock::now() - m_started).count(); }

    void prepareOutput() {
        if (streaming())
            return;
        if (m_options.outputDir.empty())
            throw UsageError("batch: no output folder and no output stream given");
        const auto folder = pairOutputPath(m_options, "x").parent_path();
        std::error_code ec;
        std::filesystem::create_directories(folder, ec);
        if (ec || !std::filesystem::is_directory(folder))
            throw IoError(folder.string() + ": cannot create the output folder" + (ec ? ": " + ec.message() : ""));
        removeStaleTemporaries(folder);
        if (folder != m_options.outputDir)
            removeStaleTemporaries(m_options.outputDir);
        checkSettings();
    }

    /// Outputs are only resumed when they were made with the same settings: the first run records
    /// them in outputDir/.tandem-batch.json, later runs (and parallel ones) must match.
    void checkSettings() {
        const auto file = m_options.outputDir / kSettingsFile;
        const std::string settings = outputSettings(m_options);
        if (std::filesystem::exists(file)) {
            const std::string recorded = readWholeFile(file);
            if (recorded != settings)
                throw UsageError(m_options.outputDir.string() + " holds outputs made with other settings (" +
                                 oneLine(recorded) + "); use another output folder, or empty this one to start over");
            return;
        }
        AtomicFile record(file);
        record.write(settings);
        record.commit();
    }

    /// The calling thread: reads entries and hands them to the workers through a bounded queue.
    void dispatch() {
        std::size_t sequence = 0;
        while (!m_stop.stop_requested()) {
            std::optional<ManifestEntry> entry;
            try {
                entry = m_manifest.next();
            } catch (const ParseError& e) {
                std::lock_guard lock(m_mutex);
                ++m_progress.pairsRead;
                PairReport report;
                report.outcome = PairOutcome::Failed;
                report.line = m_manifest.line();
                report.reason = e.what();
                record(report);
                continue;
            }
            if (!entry)
                break;
            std::unique_lock lock(m_mutex);
            ++m_progress.pairsRead;
            // A stream keeps at most 2 x jobs finished pairs waiting for an earlier, slower one.
            const bool room = m_changed.wait(lock, m_stop.get_token(), [&] {
                const bool windowOpen = !streaming() || sequence < m_nextToWrite + 2 * std::size_t{m_jobs};
                return m_queue.size() < m_jobs && windowOpen;
            });
            if (!room)
                break;
            if (m_options.combined && !streaming())
                m_combinedIds.emplace_back();
            m_queue.push_back(Job{sequence++, std::move(*entry)});
            lock.unlock();
            m_changed.notify_all();
        }
        std::lock_guard lock(m_mutex);
        m_progress.manifestRead = true;
    }

    /// A worker: takes jobs until the queue is closed and empty, or the run stops.
    void work() {
        while (true) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, m_stop.get_token(), [&] { return m_closed || !m_queue.empty(); });
                if (m_stop.stop_requested() || m_queue.empty())
                    return;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            m_changed.notify_all();
            try {
                process(job);
            } catch (const Cancelled&) {
                return;
            } catch (...) {
                fail(std::current_exception());
                return;
            }
        }
    }

    void process(const Job& job) {
        PairReport report;
        report.line = job.entry.line;
        report.id = job.entry.id;
        const auto path = streaming() ? std::filesystem::path() : pairOutputPath(m_options, job.entry.id);
        if (!streaming() && std::filesystem::exists(path)) {
            report.outcome = PairOutcome::Resumed;
        } else {
            PairResult result = alignPair(job.entry);
            if (result.records)
                write(job.sequence, path, *result.records);
            else if (streaming())
                deliver(job.sequence, std::nullopt);
            report.outcome = result.records ? PairOutcome::Aligned : PairOutcome::Failed;
            report.reason = std::move(result.reason);
            report.segments = result.segments;
            report.beads = result.beads;
        }
        std::lock_guard lock(m_mutex);
        if (report.outcome != PairOutcome::Failed && m_options.combined && !streaming())
            m_combinedIds[job.sequence] = job.entry.id;
        record(report);
    }

    /// Imports and aligns one pair; input problems become a failure reason, Cancelled propagates.
    PairResult alignPair(const ManifestEntry& entry) {
        PairResult result;
        try {
            ImportOptions import = m_options.import;
            if (entry.format)
                import.format = *entry.format;
            const Document source = importDocument(entry.source, entry.sourceLanguage, import);
            if (source.segments.empty())
                throw ParseError(entry.source.string() + ": the source side is empty");
            const Document target = importDocument(entry.target, entry.targetLanguage, import);
            if (target.segments.empty())
                throw ParseError(entry.target.string() + ": the target side is empty");
            AlignOptions alignOptions = m_options.align;
            alignOptions.glossary = glossaryFor(m_options, entry.sourceLanguage, entry.targetLanguage);
            if (!alignOptions.dictionary)
                alignOptions.dictionary = installedDictionary(entry.sourceLanguage, entry.targetLanguage);
            const Alignment alignment = align(source, target, alignOptions, {}, m_stop.get_token());
            PairOutputOptions output;
            output.minConfidence = m_options.minConfidence;
            output.tmxDate = tmxDate(std::max(std::filesystem::last_write_time(entry.source),
                                              std::filesystem::last_write_time(entry.target)));
            std::size_t written = 0;
            result.records =
                formatPair(m_options.format, AlignedPair{entry.id, source, target, alignment}, output, written);
            result.segments = source.segments.size() + target.segments.size();
            result.beads = alignment.size();
            std::lock_guard lock(m_mutex);
            m_summary.addAligned(alignment, source.segments.size(), target.segments.size(), written);
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& e) {
            result.reason = e.what();
        } catch (const std::filesystem::filesystem_error& e) {
            result.reason = entry.source.string() + ": " + e.what();
        } catch (const std::bad_alloc&) {
            result.reason = entry.source.string() + ": out of memory while aligning this pair";
        }
        return result;
    }

    void write(std::size_t sequence, const std::filesystem::path& path, const std::string& records) {
        if (streaming()) {
            deliver(sequence, records);
            return;
        }
        AtomicFile file(path);
        file.write(records);
        file.commit();
    }

    /// Stream output: keeps finished pairs until every earlier one is written, then writes them in order.
    void deliver(std::size_t sequence, std::optional<std::string> records) {
        std::unique_lock lock(m_mutex);
        m_ready.emplace(sequence, std::move(records));
        while (!m_ready.empty() && m_ready.begin()->first == m_nextToWrite) {
            if (m_ready.begin()->second)
                writeToStream(m_joiner.add(*m_ready.begin()->second));
            m_ready.erase(m_ready.begin());
            ++m_nextToWrite;
        }
        lock.unlock();
        m_changed.notify_all();
    }

    void writeToStream(const std::string& bytes) {
        m_options.stream->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!*m_options.stream)
            throw IoError("standard output: write failed");
    }

    /// Counts a finished entry and tells the caller; m_mutex must be held.
    void record(const PairReport& report) {
        ++m_progress.pairsDone;
        switch (report.outcome) {
        case PairOutcome::Aligned: m_progress.segmentsAligned += report.segments; break;
        case PairOutcome::Resumed: ++m_summary.pairsResumed; break;
        case PairOutcome::Failed:
            ++m_progress.pairsFailed;
            m_summary.failures.push_back(PairFailure{report.line, report.id, report.reason});
            break;
        }
        m_progress.seconds = elapsedSeconds();
        if (m_onPair)
            m_onPair(report, m_progress);
    }

    void finishOutput() {
        if (streaming()) {
            writeToStream(m_joiner.finish());
            m_options.stream->flush();
            return;
        }
        if (!m_options.combined)
            return;
        AtomicFile combined(m_options.outputDir / ("combined." + toString(m_options.format)));
        for (const auto& id : m_combinedIds)
            if (id)
                combined.write(m_joiner.add(readWholeFile(pairOutputPath(m_options, *id))));
        combined.write(m_joiner.finish());
        combined.commit();
    }

    /// Keeps the first fatal error and stops the run.
    void fail(std::exception_ptr error) {
        {
            std::lock_guard lock(m_mutex);
            if (!m_fatal)
                m_fatal = error;
        }
        m_stop.request_stop(); // wakes every wait on m_changed: they wait with m_stop's token
    }

    ManifestReader& m_manifest;
    const BatchOptions& m_options;
    const BatchCallback& m_onPair;
    const unsigned m_jobs;
    const Clock::time_point m_started;
    std::stop_source m_stop;
    std::stop_callback<std::function<void()>> m_forwardStop;

    std::mutex m_mutex; ///< guards everything below
    std::condition_variable_any m_changed; ///< waits end on a stop request too
    std::deque<Job> m_queue;
    bool m_closed = false;
    std::map<std::size_t, std::optional<std::string>> m_ready; ///< stream output waiting for its turn
    std::size_t m_nextToWrite = 0;                             ///< stream output: next sequence to write
    std::vector<std::optional<std::string>> m_combinedIds;     ///< combined folder output: id per sequence
    OutputJoiner m_joiner{m_options.format};                   ///< stream or combined file
    BatchSummary m_summary;
    BatchProgress m_progress;
    std::exception_ptr m_fatal;
};

} // namespace

std::vector<std::pair<std::string, std::string>> glossaryFor(const BatchOptions& options,
                                                             const std::string& sourceLanguage,
                                                             const std::string& targetLanguage) {
    const GlossaryLanguages& languages = options.glossaryLanguages;
    if (languages.source.empty() || languages.target.empty() ||
        (sameLanguage(languages.source, sourceLanguage) && sameLanguage(languages.target, targetLanguage)))
        return options.glossary;
    std::vector<std::pair<std::string, std::string>> swapped;
    if (sameLanguage(languages.source, targetLanguage) && sameLanguage(languages.target, sourceLanguage))
        for (const auto& [source, target] : options.glossary)
            swapped.emplace_back(target, source);
    return swapped;
}

std::filesystem::path pairOutputPath(const BatchOptions& options, const std::string& id) {
    const std::string name = id + "." + toString(options.format);
    return options.combined ? options.outputDir / "parts" / name : options.outputDir / name;
}

unsigned availableCpus() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return static_cast<unsigned>(CPU_COUNT(&set));
    return std::max(1u, std::thread::hardware_concurrency());
}

BatchSummary runBatch(ManifestReader& manifest, const BatchOptions& options, const BatchCallback& onPair,
                      std::stop_token stop) {
    return Runner(manifest, options, onPair, stop).run();
}

} // namespace tandem
