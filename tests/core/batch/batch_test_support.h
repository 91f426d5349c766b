// Shared fixtures of the batch tests: manifests built from the gold sets of TANDEM_EVAL_DIR, broken
// entries of every kind, and readers for the outputs.
#pragma once

#include "core/formats/alignment_io.h"

#include <filesystem>
#include <string>
#include <vector>

namespace tandem::test {

/// A bead over source [s0, s1) and target [t0, t1) with the given confidence.
inline Bead bead(std::size_t s0, std::size_t s1, std::size_t t0, std::size_t t1, double confidence) {
    Bead b;
    b.srcBegin = s0;
    b.srcEnd = s1;
    b.tgtBegin = t0;
    b.tgtEnd = t1;
    b.confidence = confidence;
    return b;
}

/// One gold-aligned document pair of the eval sets, pre-segmented (one segment per line).
struct GoldPair {
    std::string set;  ///< e.g. "wmt21-hard"
    std::string name; ///< e.g. "enru-bbc_500855"
    std::filesystem::path source;
    std::filesystem::path target;
    std::filesystem::path gold;
    std::string sourceLanguage;
    std::string targetLanguage;
};

/// Every pair of en-ru/{wmt21, wmt21-hard, bible, bible-running} and de-fr/textberg (68 pairs).
std::vector<GoldPair> goldPairs();

/// A manifest line as the tests write it; format "lines" or "auto".
struct ManifestLine {
    std::string text;       ///< the whole line (without newline)
    std::string id;         ///< empty for lines that are broken on purpose
    std::string expectFail; ///< for broken lines: part of the failure reason
    std::filesystem::path source, target;
    std::string sourceLanguage, targetLanguage, format;
    int goldIndex = -1;     ///< index into goldPairs() when the pair is a pre-segmented gold pair
};

/// Writes dir/manifest.tsv (relative paths through the symlink dir/eval -> TANDEM_EVAL_DIR) with
/// `repeats` copies of every gold pair, the raw (running text) versions of wmt21 and bible when
/// withRaw, and, when withBroken, broken entries: a missing file, an empty side, a PNG, damaged
/// UTF-8, a short line, a bad language tag and a duplicate id. Returns the lines in order.
std::vector<ManifestLine> writeManifest(const std::filesystem::path& dir, int repeats, bool withRaw, bool withBroken);

/// A fresh, empty temporary folder named after the running test.
std::filesystem::path freshTestDir(const std::string& tag);

/// Whole file as bytes; empty when missing.
std::string readBytes(const std::filesystem::path& file);

/// The beads of a JSONL output as alignment lines (segment numbers and confidence), in order.
std::vector<AlignmentLine> jsonlBeads(const std::string& jsonl);

/// Every regular file below dir (relative paths) with its bytes.
std::vector<std::pair<std::string, std::string>> folderContents(const std::filesystem::path& dir);

} // namespace tandem::test
