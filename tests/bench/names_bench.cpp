// Benchmark of core/names on a long text: name keys for every word (as the aligner asks for them,
// cold and cached, one thread and two), and mining a glossary from a book-sized aligned pair built
// by repeating the bundled Meduza pair. Prints wall time, throughput and peak RSS.
#include "core/formats/alignment_io.h"
#include "core/names/name_key.h"
#include "core/names/name_mining.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace tandem;
using Clock = std::chrono::steady_clock;

std::vector<std::string> readLines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

long peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

/// The words of the lines (split at spaces), as the aligner would key them.
std::vector<std::string> words(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const std::string& line : lines) {
        std::size_t start = 0;
        while (start < line.size()) {
            std::size_t end = line.find(' ', start);
            if (end == std::string::npos)
                end = line.size();
            if (end > start)
                out.push_back(line.substr(start, end - start));
            start = end + 1;
        }
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    const int copies = argc > 1 ? std::atoi(argv[1]) : 100;
    const std::string dir = std::string(TANDEM_DATA_DIR) + "/meduza/";
    const std::vector<std::string> en = readLines(dir + "en.lines"), ru = readLines(dir + "ru.lines");
    const Alignment gold = toAlignment(readVecalignFile(dir + "gold.vecalign"), dir + "gold.vecalign");

    std::vector<std::string> bookEn, bookRu;
    Alignment book;
    for (int c = 0; c < copies; ++c) {
        const std::size_t s0 = bookEn.size(), t0 = bookRu.size();
        bookEn.insert(bookEn.end(), en.begin(), en.end());
        bookRu.insert(bookRu.end(), ru.begin(), ru.end());
        for (Bead b : gold) {
            b.srcBegin += s0, b.srcEnd += s0, b.tgtBegin += t0, b.tgtEnd += t0;
            book.push_back(b);
        }
    }
    const std::vector<std::string> ruWords = words(bookRu);
    std::printf("book: %zu + %zu segments, %zu Russian words (%d copies of the Meduza pair)\n", bookEn.size(),
                bookRu.size(), ruWords.size(), copies);

    {
        NameKeyer cold;
        const auto start = Clock::now();
        std::size_t bytes = 0;
        for (const std::string& w : words(ru))
            bytes += cold.key(w, "ru").size();
        const double t = seconds(start);
        std::printf("keys, first sight: %zu words in %.3f s (%.0f words/s)\n", words(ru).size(), t, words(ru).size() / t);
        (void)bytes;
    }
    {
        NameKeyer keyer;
        const auto start = Clock::now();
        std::size_t bytes = 0;
        for (const std::string& w : ruWords)
            bytes += keyer.key(w, "ru").size();
        const double t = seconds(start);
        std::printf("keys, one thread, cached: %zu words in %.3f s (%.0f words/s), %zu cached keys\n", ruWords.size(), t,
                    ruWords.size() / t, keyer.cacheSize());
        (void)bytes;
    }
    {
        const auto start = Clock::now();
        std::vector<std::thread> threads;
        for (int k = 0; k < 2; ++k)
            threads.emplace_back([&] {
                std::size_t bytes = 0;
                for (const std::string& w : ruWords)
                    bytes += nameKey(w, "ru").size();
                (void)bytes;
            });
        for (auto& th : threads)
            th.join();
        const double t = seconds(start);
        std::printf("keys, two threads (nameKey): %zu words in %.3f s (%.0f words/s)\n", 2 * ruWords.size(), t,
                    2 * ruWords.size() / t);
    }
    {
        const auto start = Clock::now();
        const auto mined = mineNames(documentFromLines(bookEn, "en"), documentFromLines(bookRu, "ru"), book);
        const double t = seconds(start);
        std::printf("mining: %zu beads in %.3f s (%.0f beads/s), %zu suggestions\n", book.size(), t, book.size() / t,
                    mined.size());
    }
    std::printf("peak RSS: %ld KiB\n", peakRssKb());
    return 0;
}
