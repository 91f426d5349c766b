// Batch output records: JSONL through nlohmann::json, TSV rows, TMX documents through the TMX writer,
// and the joiner that turns many of them into one combined output.
#include "core/batch/pair_output.h"

#include "core/error.h"
#include "core/formats/bead_export.h"
#include "core/formats/tmx_writer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <sstream>

namespace tandem {

namespace {

constexpr std::string_view kTmxBodyOpen = "<body>\n";
constexpr std::string_view kTmxBodyClose = "  </body>";

/// Confidence as written: four decimals are plenty and keep the files readable and stable.
double roundedConfidence(double confidence) { return std::round(confidence * 10000.0) / 10000.0; }

std::string fixedConfidence(double confidence) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", roundedConfidence(confidence));
    return buffer;
}

/// Primary language subtag in lower case ("zh" for "zh-Hant-TW").
std::string primaryLanguage(const std::string& tag) {
    std::string primary = tag.substr(0, tag.find('-'));
    for (char& c : primary)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return primary;
}

nlohmann::ordered_json indexRange(std::size_t begin, std::size_t end) {
    auto list = nlohmann::ordered_json::array();
    for (std::size_t i = begin; i < end; ++i)
        list.push_back(i);
    return list;
}

std::string jsonlRecords(const AlignedPair& pair, double minConfidence, std::size_t& written) {
    std::string out;
    for (std::size_t k = 0; k < pair.alignment.size(); ++k) {
        const Bead& bead = pair.alignment[k];
        if (bead.confidence < minConfidence)
            continue;
        nlohmann::ordered_json record;
        record["pair"] = pair.id;
        record["bead"] = k;
        record["shape"] = bead.shape();
        record["confidence"] = roundedConfidence(bead.confidence);
        record["source_lang"] = pair.source.language;
        record["target_lang"] = pair.target.language;
        record["source_segments"] = indexRange(bead.srcBegin, bead.srcEnd);
        record["target_segments"] = indexRange(bead.tgtBegin, bead.tgtEnd);
        record["source"] = joinSegments(pair.source, bead.srcBegin, bead.srcEnd);
        record["target"] = joinSegments(pair.target, bead.tgtBegin, bead.tgtEnd);
        out += record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        out += '\n';
        ++written;
    }
    return out;
}

std::string tsvRows(const AlignedPair& pair, double minConfidence, std::size_t& written) {
    std::string out;
    for (const Bead& bead : pair.alignment) {
        if (bead.confidence < minConfidence || bead.srcCount() == 0 || bead.tgtCount() == 0)
            continue;
        // Export text has no tab or line break; ids have no control characters (see manifest.h).
        out += joinSegments(pair.source, bead.srcBegin, bead.srcEnd) + '\t' +
               joinSegments(pair.target, bead.tgtBegin, bead.tgtEnd) + '\t' + fixedConfidence(bead.confidence) +
               '\t' + pair.id + '\t' + bead.shape() + '\n';
        ++written;
    }
    return out;
}

std::string tmxDocument(const AlignedPair& pair, const PairOutputOptions& options, std::size_t& written) {
    TmxOptions tmx;
    tmx.selection.minConfidence = options.minConfidence;
    tmx.creationDate = options.tmxDate;
    std::ostringstream out;
    written = writeTmx(out, pair.source, pair.target, pair.alignment, tmx);
    return std::move(out).str();
}

/// Splits a TMX document of the TMX writer into header (through "<body>\n"), units and footer.
/// Text and attribute values are escaped, so the markers cannot occur inside them.
struct TmxParts {
    std::string_view header, units, footer;
};

TmxParts splitTmx(std::string_view document) {
    const auto open = document.find(kTmxBodyOpen);
    const auto close = document.rfind(kTmxBodyClose);
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        throw ExportError("TMX output without a <body> element");
    const auto unitsBegin = open + kTmxBodyOpen.size();
    return {document.substr(0, unitsBegin), document.substr(unitsBegin, close - unitsBegin), document.substr(close)};
}

} // namespace

std::string toString(BatchFormat format) {
    switch (format) {
    case BatchFormat::Tmx: return "tmx";
    case BatchFormat::Jsonl: return "jsonl";
    case BatchFormat::Tsv: return "tsv";
    }
    return "jsonl";
}

BatchFormat batchFormatFromString(const std::string& name) {
    if (name == "tmx") return BatchFormat::Tmx;
    if (name == "jsonl") return BatchFormat::Jsonl;
    if (name == "tsv") return BatchFormat::Tsv;
    throw UsageError("unknown output format '" + name + "' (expected tmx, jsonl or tsv)");
}

std::string joinSegments(const Document& document, std::size_t begin, std::size_t end) {
    static const char* const kUnspaced[] = {"zh", "ja", "th", "lo", "km", "my", "bo"};
    const std::string primary = primaryLanguage(document.language);
    std::string separator = " ";
    for (const char* language : kUnspaced)
        if (primary == language)
            separator.clear();
    std::string joined;
    for (std::size_t i = begin; i < end && i < document.segments.size(); ++i) {
        const std::string text = exportText(document, i, i + 1);
        if (text.empty())
            continue;
        if (!joined.empty())
            joined += separator;
        joined += text;
    }
    return joined;
}

std::string formatPair(BatchFormat format, const AlignedPair& pair, const PairOutputOptions& options,
                       std::size_t& written) {
    written = 0;
    switch (format) {
    case BatchFormat::Jsonl: return jsonlRecords(pair, options.minConfidence, written);
    case BatchFormat::Tsv: return tsvRows(pair, options.minConfidence, written);
    case BatchFormat::Tmx: return tmxDocument(pair, options, written);
    }
    return {};
}

std::string OutputJoiner::add(const std::string& pairOutput) {
    if (m_format != BatchFormat::Tmx)
        return pairOutput;
    const TmxParts parts = splitTmx(pairOutput);
    std::string bytes(m_started ? std::string_view() : parts.header);
    bytes += parts.units;
    if (!m_started)
        m_footer = parts.footer;
    m_started = true;
    return bytes;
}

std::string OutputJoiner::finish() {
    if (m_format != BatchFormat::Tmx)
        return {};
    if (m_started)
        return m_footer;
    // No pair: an empty document, its languages undetermined.
    const std::string id;
    const Document none{"und", {}};
    const Alignment nothing;
    std::size_t written = 0;
    return tmxDocument(AlignedPair{id, none, none, nothing}, {}, written);
}

} // namespace tandem
