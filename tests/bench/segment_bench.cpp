// Segmentation throughput: builds a few MB of running English and Russian text from the raw eval
// texts and times (1) ICU's sentence BreakIterator alone, (2) SentenceSegmenter (ICU plus our
// exception lists), (3) the whole import (decode, paragraphs, NFC, segmentation, spans).
// Prints MB/s, the ratio to plain ICU, and the peak resident set size.
#include "core/text/import.h"
#include "core/text/normalize.h"
#include "core/text/paragraphs.h"
#include "core/text/sentence_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

/// The raw eval texts of one language, concatenated (paragraphs separated by blank lines) and
/// repeated until the text is at least `bytes` long.
std::string buildText(const std::string& language, std::size_t bytes) {
    std::string corpus;
    for (const char* set : {"en-ru/wmt21", "en-ru/bible-running"}) {
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(std::string(TANDEM_EVAL_DIR) + "/" + set))
            if (entry.path().filename().string().ends_with(".raw." + language))
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            corpus += text.str() + "\n\n";
        }
    }
    if (corpus.empty())
        throw std::runtime_error("no raw eval texts found under " + std::string(TANDEM_EVAL_DIR));
    std::string out;
    while (out.size() < bytes)
        out += corpus;
    return out;
}

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// The normalised paragraphs of a text, as the importer hands them to the segmenter.
std::vector<std::string> paragraphsOf(const std::string& text) {
    std::vector<std::string> out;
    for (const tandem::TextSpan& span : tandem::splitParagraphs(text, false))
        out.push_back(tandem::normalizeText(std::string_view(text).substr(span.offset, span.length)));
    return out;
}

std::size_t icuSentences(const std::string& language, const std::vector<std::string>& paragraphs) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> breaks(
        icu::BreakIterator::createSentenceInstance(icu::Locale::forLanguageTag(language, status), status));
    std::size_t count = 0;
    for (const std::string& paragraph : paragraphs) {
        UText* text = utext_openUTF8(nullptr, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
        breaks->setText(text, status);
        for (int32_t at = breaks->next(); at != icu::BreakIterator::DONE; at = breaks->next())
            ++count;
        utext_close(text);
    }
    if (U_FAILURE(status))
        throw std::runtime_error(u_errorName(status));
    return count;
}

void bench(const std::string& language, std::size_t bytes) {
    const std::string text = buildText(language, bytes);
    const double mb = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    const std::vector<std::string> paragraphs = paragraphsOf(text);

    auto start = Clock::now();
    const std::size_t icuCount = icuSentences(language, paragraphs);
    const double icuTime = seconds(start);

    tandem::SentenceSegmenter segmenter(language);
    start = Clock::now();
    std::size_t ourCount = 0;
    for (const std::string& paragraph : paragraphs)
        ourCount += segmenter.split(paragraph).size();
    const double segmentTime = seconds(start);

    start = Clock::now();
    const tandem::ImportResult result = tandem::importBytes(text, "bench." + language, language);
    const double importTime = seconds(start);

    std::printf("%s: %.1f MB, %zu paragraphs\n", language.c_str(), mb, paragraphs.size());
    std::printf("  ICU BreakIterator alone   %8.3f s  %7.1f MB/s  %zu sentences\n", icuTime, mb / icuTime, icuCount);
    std::printf("  SentenceSegmenter         %8.3f s  %7.1f MB/s  %zu sentences  (%.2fx ICU's time)\n", segmentTime,
                mb / segmentTime, ourCount, segmentTime / icuTime);
    std::printf("  whole import              %8.3f s  %7.1f MB/s  %zu segments\n", importTime, mb / importTime,
                result.document.segments.size());
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t megabytes = argc > 1 ? std::stoul(argv[1]) : 4;
    try {
        const auto start = Clock::now();
        bench("en", megabytes * 1024 * 1024);
        bench("ru", megabytes * 1024 * 1024);
        std::printf("wall time %.2f s, peak RSS %ld KiB\n", seconds(start), peakRssKb());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "segment_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
