// What a batch run writes for each aligned pair (JSONL records, TSV rows or a TMX document) and how
// the outputs of many pairs are joined into one combined output.
#pragma once

#include "core/model/alignment.h"
#include "core/model/document.h"

#include <cstddef>
#include <string>

namespace tandem {

/// Output formats of a batch run.
enum class BatchFormat {
    Tmx,   ///< TMX 1.4b through core/formats/tmx_writer.h; beads with an empty side are left out
    Jsonl, ///< one JSON object per bead, every bead (an empty side is "" with no segment numbers)
    Tsv,   ///< source<TAB>target<TAB>confidence<TAB>pair id<TAB>shape; beads with an empty side left out
};

/// "tmx", "jsonl", "tsv" (also the output files' extension).
std::string toString(BatchFormat format);
/// Inverse of toString; UsageError for an unknown name.
BatchFormat batchFormatFromString(const std::string& name);

/// One aligned document pair as the writers see it.
struct AlignedPair {
    const std::string& id;
    const Document& source;
    const Document& target;
    const Alignment& alignment;
};

struct PairOutputOptions {
    double minConfidence = 0.0; ///< beads below this confidence are left out
    /// TMX creation date (YYYYMMDDThhmmssZ). Batch runs pass the inputs' modification time, so the
    /// same inputs always give the same bytes.
    std::string tmxDate = "19700101T000000Z";
};

/// The output of one pair as a file of its own. Sets written to the number of beads written.
/// Deterministic: the same pair and options always give the same bytes.
std::string formatPair(BatchFormat format, const AlignedPair& pair, const PairOutputOptions& options,
                       std::size_t& written);

/// Joins the outputs of formatPair, in the order they are added, into one combined output. JSONL
/// and TSV outputs are simply concatenated; TMX documents keep the first one's header (its srclang
/// and date) and every document's translation units.
class OutputJoiner {
public:
    explicit OutputJoiner(BatchFormat format) : m_format(format) {}
    /// The bytes to write next for one pair's output.
    std::string add(const std::string& pairOutput);
    /// The bytes that end the combined output (for TMX without any pair: a whole empty document).
    std::string finish();

private:
    BatchFormat m_format;
    bool m_started = false;
    std::string m_footer; ///< TMX: the first document's end, written by finish()
};

/// The segments [begin, end) of document as one line: each segment's export text (core/formats
/// exportText), joined by a space, or by nothing for languages written without spaces between
/// sentences (Chinese, Japanese, Thai, ...).
std::string joinSegments(const Document& document, std::size_t begin, std::size_t end);

} // namespace tandem
