// Batch alignment: a pool of workers imports, aligns and writes the pairs of a manifest, read one
// line at a time, so memory is bounded by the pairs in flight, never by the manifest.
//
// Vocabulary: a pair is *aligned* by this run, *resumed* when a previous run already completed its
// output (outputs are written atomically, so an existing file is a complete one), or *failed*
// (unreadable file, wrong encoding, empty side, malformed manifest line): reported and skipped.
#pragma once

#include "core/align/aligner.h"
#include "core/batch/batch_summary.h"
#include "core/batch/manifest.h"
#include "core/batch/pair_output.h"
#include "core/formats/glossary_table.h"
#include "core/text/import.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <ostream>
#include <stop_token>
#include <string>
#include <utility>
#include <vector>

namespace tandem {

/// Everything a batch run needs besides the manifest.
struct BatchOptions {
    /// Folder for the outputs (created when missing): <id>.<ext> per pair, or with `combined`
    /// parts/<id>.<ext> per pair and then combined.<ext>. Unused when `stream` is set.
    std::filesystem::path outputDir;
    /// When set, every pair's records go to this stream as one combined output, in manifest order
    /// (a filter for pipelines; nothing is written to disk, so nothing is resumed).
    std::ostream* stream = nullptr;
    /// With outputDir: also join the pairs, in manifest order, into outputDir/combined.<ext>.
    bool combined = false;
    BatchFormat format = BatchFormat::Jsonl;
    /// Worker threads; 0 means every CPU this process may run on.
    unsigned jobs = 0;
    /// Beads below this confidence are left out of the output (they are still counted).
    double minConfidence = 0.0;
    /// How files are read; a manifest line's format field overrides import.format for its pair.
    ImportOptions import;
    /// How pairs are aligned; align.glossary is replaced by each pair's share of `glossary`.
    AlignOptions align;
    /// Term pairs (source form, target form) that anchor the alignment of every pair whose languages
    /// are glossaryLanguages (swapped for pairs in the other direction; primary subtags compared).
    std::vector<std::pair<std::string, std::string>> glossary;
    /// The glossary's languages; empty when it does not say, and then it serves every pair.
    GlossaryLanguages glossaryLanguages;
};

enum class PairOutcome { Aligned, Resumed, Failed };

/// What happened to one manifest entry.
struct PairReport {
    PairOutcome outcome = PairOutcome::Aligned;
    std::size_t line = 0;     ///< manifest line
    std::string id;           ///< empty for a malformed manifest line
    std::string reason;       ///< why it failed (Failed only)
    std::size_t segments = 0; ///< source + target segments (Aligned only)
    std::size_t beads = 0;    ///< beads of the alignment (Aligned only)
};

/// Running totals, passed along with every report.
struct BatchProgress {
    std::size_t pairsDone = 0;       ///< aligned + resumed + failed so far
    std::size_t pairsFailed = 0;
    std::size_t pairsRead = 0;       ///< manifest entries read so far, malformed ones included
    bool manifestRead = false;       ///< the whole manifest is read: pairsRead is the total
    std::size_t segmentsAligned = 0; ///< source + target segments of the pairs aligned by this run
    double seconds = 0.0;            ///< since the run started
};

/// Called after each manifest entry is done, from worker threads but never two at a time.
using BatchCallback = std::function<void(const PairReport&, const BatchProgress&)>;

/// Aligns every pair of the manifest with options.jobs workers and returns the summary (failures
/// sorted by manifest line). Failing pairs are reported and skipped. Throws IoError when the
/// output cannot be written or the manifest not read, Cancelled when stop is requested; outputs
/// completed until then stay, unfinished ones leave nothing behind.
BatchSummary runBatch(ManifestReader& manifest, const BatchOptions& options, const BatchCallback& onPair = {},
                      std::stop_token stop = {});

/// The glossary anchors of a pair in these languages: all of options.glossary when the glossary
/// names no languages or names these (primary subtags compared: "en" serves "en-GB"), swapped for a
/// pair in the other direction, none for other languages.
std::vector<std::pair<std::string, std::string>> glossaryFor(const BatchOptions& options,
                                                             const std::string& sourceLanguage,
                                                             const std::string& targetLanguage);

/// Where runBatch writes the output of pair id with outputDir (its part, when combined).
std::filesystem::path pairOutputPath(const BatchOptions& options, const std::string& id);

/// Number of CPUs this process may run on (its affinity mask, so Slurm's and taskset's limits count).
unsigned availableCpus();

} // namespace tandem
