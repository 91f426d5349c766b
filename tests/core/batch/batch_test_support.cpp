// Manifests from the gold sets, broken entries, and output readers for the batch tests.
#include "batch_test_support.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace tandem::test {

namespace fs = std::filesystem;

namespace {

struct GoldSet {
    const char* folder;
    const char* set;
    const char* sourceLanguage;
    const char* targetLanguage;
};

constexpr GoldSet kSets[] = {
    {"en-ru/wmt21", "wmt21", "en", "ru"},
    {"en-ru/wmt21-hard", "wmt21-hard", "en", "ru"},
    {"en-ru/bible", "bible", "en", "ru"},
    {"en-ru/bible-running", "bible-running", "en", "ru"},
    {"de-fr/textberg", "textberg", "de", "fr"},
};

void writeBytes(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
}

/// An eval file as the manifests name it: through the symlink "eval" beside the manifest.
fs::path throughEvalLink(const fs::path& evalFile) { return fs::path("eval") / evalFile.lexically_relative(TANDEM_EVAL_DIR); }

/// The manifest line of a pair.
std::string manifestText(const ManifestLine& line) {
    return line.source.string() + "\t" + line.target.string() + "\t" + line.sourceLanguage + "\t" +
           line.targetLanguage + "\t" + line.id + "\t" + line.format;
}

/// Inserts broken entries of every kind into lines (and writes the files they need into dir).
void addBroken(const fs::path& dir, const std::vector<GoldPair>& gold, std::vector<ManifestLine>& lines) {
    // Broken entries, spread through the manifest so that good pairs follow each of them.
    const GoldPair& g = gold.front();
    writeBytes(dir / "empty.ru", "");
    writeBytes(dir / "picture.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02", 25));
    std::string damaged = readBytes(g.target);
    damaged.insert(damaged.size() / 2, "\xFF");
    writeBytes(dir / "damaged.ru", damaged);

    std::vector<std::pair<std::size_t, ManifestLine>> broken;
    const auto brokenPair = [&](std::string id, fs::path source, fs::path target, std::string format,
                                std::string expect) {
        ManifestLine line;
        line.id = std::move(id);
        line.source = std::move(source);
        line.target = std::move(target);
        line.sourceLanguage = g.sourceLanguage;
        line.targetLanguage = g.targetLanguage;
        line.format = std::move(format);
        line.text = manifestText(line);
        line.expectFail = std::move(expect);
        return line;
    };
    const auto rawLine = [](std::string text, std::string expect) {
        ManifestLine line;
        line.text = std::move(text);
        line.expectFail = std::move(expect);
        return line;
    };
    const std::size_t n = lines.size();
    broken.emplace_back(1, brokenPair("broken-missing", "eval/en-ru/wmt21/no-such-file.en", throughEvalLink(g.target),
                                      "lines", "no-such-file.en"));
    broken.emplace_back(n / 6, brokenPair("broken-empty", throughEvalLink(g.source), "empty.ru", "lines", "empty"));
    broken.emplace_back(n / 3, brokenPair("broken-png", "picture.png", throughEvalLink(g.target), "auto", "picture.png"));
    broken.emplace_back(n / 2, brokenPair("broken-encoding", throughEvalLink(g.source), "damaged.ru", "lines",
                                          "invalid UTF-8 byte sequence"));
    broken.emplace_back(2 * n / 3, rawLine("only.en\tthree.ru\ten", "expected 4 to 6 tab-separated fields"));
    broken.emplace_back(5 * n / 6, rawLine("x.en\ty.ru\ten\tRussian language\tbroken-tag", "is not a BCP 47"));
    broken.emplace_back(n, rawLine(lines.front().text, "already used on line"));
    for (auto it = broken.rbegin(); it != broken.rend(); ++it)
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(it->first), it->second);
}

} // namespace

std::vector<GoldPair> goldPairs() {
    std::vector<GoldPair> pairs;
    for (const GoldSet& set : kSets) {
        const fs::path folder = fs::path(TANDEM_EVAL_DIR) / set.folder;
        std::vector<std::string> names;
        for (const auto& item : fs::directory_iterator(folder))
            if (item.path().extension() == ".gold")
                names.push_back(item.path().stem().string());
        std::sort(names.begin(), names.end());
        for (const auto& name : names)
            pairs.push_back(GoldPair{set.set, name, folder / (name + "." + set.sourceLanguage),
                                     folder / (name + "." + set.targetLanguage), folder / (name + ".gold"),
                                     set.sourceLanguage, set.targetLanguage});
    }
    return pairs;
}

std::vector<ManifestLine> writeManifest(const fs::path& dir, int repeats, bool withRaw, bool withBroken) {
    const auto gold = goldPairs();
    const fs::path eval = dir / "eval";
    if (!fs::exists(eval))
        fs::create_directory_symlink(fs::path(TANDEM_EVAL_DIR), eval);

    std::vector<ManifestLine> lines;
    const auto add = [&](ManifestLine line) {
        line.text = manifestText(line);
        lines.push_back(std::move(line));
    };
    for (int r = 0; r < repeats; ++r)
        for (std::size_t i = 0; i < gold.size(); ++i) {
            const GoldPair& g = gold[i];
            ManifestLine line;
            line.id = g.set + "-" + g.name + "-r" + std::to_string(r);
            line.source = throughEvalLink(g.source);
            line.target = throughEvalLink(g.target);
            line.sourceLanguage = g.sourceLanguage;
            line.targetLanguage = g.targetLanguage;
            line.format = "lines";
            line.goldIndex = static_cast<int>(i);
            add(line);
        }
    if (withRaw)
        for (const GoldPair& g : gold) {
            if (g.set != "wmt21" && g.set != "bible")
                continue;
            ManifestLine line;
            line.id = g.set + "-" + g.name + "-raw";
            line.source = throughEvalLink(g.source.parent_path() / (g.name + ".raw.en"));
            line.target = throughEvalLink(g.target.parent_path() / (g.name + ".raw.ru"));
            line.sourceLanguage = "en";
            line.targetLanguage = "ru";
            line.format = "auto";
            add(line);
        }
    if (withBroken)
        addBroken(dir, gold, lines);
    std::ofstream manifest(dir / "manifest.tsv", std::ios::binary);
    manifest << "# source\ttarget\tsource language\ttarget language\tid\tformat\n";
    for (const auto& line : lines)
        manifest << line.text << '\n';
    return lines;
}

fs::path freshTestDir(const std::string& tag) {
    const auto* info = testing::UnitTest::GetInstance()->current_test_info();
    const fs::path dir = fs::temp_directory_path() /
                         ("tandem-" + tag + "-" + std::to_string(::getpid()) + "-" + (info ? info->name() : "suite"));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string readBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<AlignmentLine> jsonlBeads(const std::string& jsonl) {
    std::vector<AlignmentLine> beads;
    std::istringstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
        const auto record = nlohmann::json::parse(line);
        AlignmentLine bead;
        bead.source = record.at("source_segments").get<std::vector<std::size_t>>();
        bead.target = record.at("target_segments").get<std::vector<std::size_t>>();
        bead.confidence = record.at("confidence").get<double>();
        beads.push_back(std::move(bead));
    }
    return beads;
}

std::vector<std::pair<std::string, std::string>> folderContents(const fs::path& dir) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& item : fs::recursive_directory_iterator(dir))
        if (item.is_regular_file())
            files.emplace_back(item.path().lexically_relative(dir).string(), readBytes(item.path()));
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace tandem::test
