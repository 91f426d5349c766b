// Aligner benchmark: wall time and peak memory for 1k, 10k, 50k and 100k segments per side, built by
// concatenating the Text+Berg gold documents (German-French) until the size is reached. Each size runs
// in its own child process so that its peak resident set size is its own.
//
// usage: align_bench [SEGMENTS...]   (default 1000 10000 50000 100000; run on a Release build)
#include "core/align/aligner.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> readLines(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

/// The Text+Berg documents of one language, concatenated.
std::vector<std::string> pool(const std::string& language) {
    const std::filesystem::path dir = std::filesystem::path(TANDEM_EVAL_DIR) / "de-fr/textberg";
    std::vector<std::string> lines;
    for (const char* name : {"dev", "test0", "test1", "test2", "test3", "test4", "test5", "test6"}) {
        const auto part = readLines(dir / (std::string(name) + "." + language));
        lines.insert(lines.end(), part.begin(), part.end());
    }
    if (lines.empty()) {
        std::fprintf(stderr, "align_bench: no Text+Berg files under %s\n", dir.c_str());
        std::exit(1);
    }
    return lines;
}

/// `lines` repeated to `size` segments.
tandem::Document repeat(const std::vector<std::string>& lines, std::size_t size, const std::string& language) {
    std::vector<std::string> out;
    out.reserve(size);
    while (out.size() < size)
        out.push_back(lines[out.size() % lines.size()]);
    return tandem::documentFromLines(out, language);
}

/// User plus system CPU time of this process so far (the machine may be shared: wall time alone
/// would count other people's work).
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Aligns one size in this process and prints one result line (without memory, which the parent adds).
int runOne(std::size_t size) {
    const std::vector<std::string> german = pool("de"), french = pool("fr");
    const tandem::Document source = repeat(german, size, "de");
    // The French side keeps the originals' proportion (it has more, shorter segments).
    const tandem::Document target = repeat(french, size * french.size() / german.size(), "fr");
    const double cpuBefore = cpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    const tandem::Alignment alignment = tandem::align(source, target);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%9zu x %-9zu %8zu %9.3f s %9.3f s", source.segments.size(), target.segments.size(),
                alignment.size(), seconds, cpuSeconds() - cpuBefore);
    std::fflush(stdout);
    return tandem::coversExactly(alignment, source.segments.size(), target.segments.size()) ? 0 : 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 3 && std::string(argv[1]) == "--one")
        return runOne(std::strtoull(argv[2], nullptr, 10));
    std::vector<std::string> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(argv[i]);
    if (sizes.empty())
        sizes = {"1000", "10000", "50000", "100000"};
    std::printf("   source x target         beads  align wall   align CPU   peak RSS (one thread)\n");
    std::fflush(stdout);
    int status = 0;
    for (const std::string& size : sizes) {
        const pid_t child = fork();
        if (child == 0) {
            execl("/proc/self/exe", argv[0], "--one", size.c_str(), static_cast<char*>(nullptr));
            std::_Exit(127);
        }
        int childStatus = 0;
        rusage usage{};
        if (child < 0 || wait4(child, &childStatus, 0, &usage) < 0) {
            std::perror("align_bench");
            return 1;
        }
        std::printf("   %8.1f MB%s\n", static_cast<double>(usage.ru_maxrss) / 1024.0,
                    WIFEXITED(childStatus) && WEXITSTATUS(childStatus) == 0 ? "" : "   FAILED");
        std::fflush(stdout);
        if (!WIFEXITED(childStatus) || WEXITSTATUS(childStatus) != 0)
            status = 1;
    }
    return status;
}
