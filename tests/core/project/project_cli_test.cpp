// The project subcommands of the `tandem` executable end to end: new, info, edit (with undo and
// redo), export (TMX, TSV, two files) and import-tmx, and the exit codes of their failures.
#include "tests/core/project/project_test_support.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sys/wait.h>

namespace tandem {
namespace {

struct CliRun {
    int code = -1;
    std::string out;
};

/// Runs `tandem ARGS` (arguments are shell-quoted by the caller) and captures stdout and stderr.
CliRun tandem(const std::string& arguments) {
    CliRun run;
    FILE* pipe = popen((std::string("'") + TANDEM_EXE + "' " + arguments + " 2>&1").c_str(), "r");
    if (!pipe)
        return run;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

std::string shellQuoted(const std::string& s) { return "'" + s + "'"; }

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::size_t lines(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

class ProjectCli : public ::testing::Test {
protected:
    testing::TempDir dir;
    const std::string data = std::string(TANDEM_DATA_DIR) + "/meduza/";
    std::string project = dir.file("meduza.tandem");
};

TEST_F(ProjectCli, NewInfoEditExportImport) {
    CliRun r = tandem("new " + shellQuoted(project) + " " + shellQuoted(data + "article.en.txt") + " " +
                   shellQuoted(data + "article.ru.txt") + " --src-lang en --tgt-lang ru --keep-line-breaks");
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find("beads"), std::string::npos) << r.out;

    r = tandem("info " + shellQuoted(project));
    ASSERT_EQ(r.code, 0) << r.out;
    for (const char* expected : {"source    en", "target    ru", "confirmed", "1-1", "confidence", "[0.9, 1.0]"})
        EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;

    r = tandem("edit " + shellQuoted(project) + " status 1 confirmed");
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_EQ(r.out, "applied: Mark row 1 confirmed\n");
    ASSERT_EQ(tandem("edit " + shellQuoted(project) + " merge 2").code, 0);
    ASSERT_EQ(tandem("edit " + shellQuoted(project) + " set-text target 1 'Исправлено & <точно>.'").code, 0);
    r = tandem("edit " + shellQuoted(project) + " add-term Ghafari Гафари confirmed person");
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find("term id: 1"), std::string::npos) << r.out;
    r = tandem("edit " + shellQuoted(project) + " undo");
    EXPECT_EQ(r.out, "undone: Add term Ghafari = Гафари\n");
    ASSERT_EQ(tandem("edit " + shellQuoted(project) + " redo").code, 0);
    r = tandem("edit " + shellQuoted(project) + " history");
    EXPECT_EQ(lines(r.out), 4u) << r.out;

    const std::string tmx = dir.file("out.tmx");
    r = tandem("export " + shellQuoted(project) + " --tmx " + shellQuoted(tmx) + " --confirmed-only");
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_EQ(r.out.rfind("exported 1 of ", 0), 0u) << r.out;
    EXPECT_NE(readFile(tmx).find("Исправлено &amp; &lt;точно&gt;."), std::string::npos);
    ASSERT_EQ(tandem("export " + shellQuoted(project) + " --tmx " + shellQuoted(tmx)).code, 0);
    const std::string dtd = std::string(TANDEM_SOURCE_DIR) + "/../shared/standards/tmx14.dtd";
    EXPECT_EQ(std::system(("xmllint --noout --dtdvalid " + shellQuoted(dtd) + " " + shellQuoted(tmx)).c_str()), 0);

    const std::string tsv = dir.file("out.tsv");
    ASSERT_EQ(tandem("export " + shellQuoted(project) + " --tsv " + shellQuoted(tsv) + " --min-confidence 0.5").code, 0);
    const std::string bitext = dir.file("corpus");
    r = tandem("export " + shellQuoted(project) + " --bitext " + shellQuoted(bitext));
    ASSERT_EQ(r.code, 0) << r.out;
    const std::size_t pairs = lines(readFile(bitext + ".en"));
    EXPECT_GT(pairs, 10u);
    EXPECT_EQ(lines(readFile(bitext + ".ru")), pairs);
    EXPECT_LE(lines(readFile(tsv)), pairs);

    const std::string imported = dir.file("imported.tandem");
    r = tandem("import-tmx " + shellQuoted(tmx) + " " + shellQuoted(imported));
    ASSERT_EQ(r.code, 0) << r.out;
    r = tandem("info " + shellQuoted(imported));
    EXPECT_NE(r.out.find("beads     " + std::to_string(pairs) + "\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("confirmed     1\t"), std::string::npos) << r.out;
}

TEST_F(ProjectCli, FailuresGiveOneLineAndTheirExitCode) {
    const std::string a = dir.file("a.txt"), b = dir.file("b.txt");
    std::ofstream(a) << "One.\nTwo.\n";
    std::ofstream(b) << "Один.\nДва.\n";
    ASSERT_EQ(tandem("new " + shellQuoted(project) + " " + shellQuoted(a) + " " + shellQuoted(b) +
                     " --src-lang en --tgt-lang ru --presegmented")
                  .code,
              0);
    CliRun r = tandem("new " + shellQuoted(project) + " " + shellQuoted(a) + " " + shellQuoted(b) + " --src-lang en --tgt-lang ru");
    EXPECT_EQ(r.code, 6) << r.out; // the project exists
    r = tandem("edit " + shellQuoted(project) + " merge 9");
    EXPECT_EQ(r.code, 2) << r.out;
    EXPECT_EQ(lines(r.out), 1u) << r.out;
    EXPECT_EQ(tandem("edit " + shellQuoted(project) + " merge 0").code, 2);
    EXPECT_EQ(tandem("edit " + shellQuoted(project) + " explode 1").code, 2);
    EXPECT_EQ(tandem("edit " + shellQuoted(project) + " undo").code, 2);
    EXPECT_EQ(tandem("info " + shellQuoted(a)).code, 6);
    EXPECT_EQ(tandem("info " + shellQuoted(dir.file("missing.tandem"))).code, 3);
    EXPECT_EQ(tandem("export " + shellQuoted(project) + " --tmx --tsv x").code, 2);
    const std::string broken = dir.file("broken.tmx");
    std::ofstream(broken) << "<tmx version=\"1.4\"><body><tu>\n<tuv xml:lang=\"en\"><seg>x</sag>";
    r = tandem("import-tmx " + shellQuoted(broken) + " " + shellQuoted(dir.file("x.tandem")));
    EXPECT_EQ(r.code, 5) << r.out;
    EXPECT_NE(r.out.find("broken.tmx:2:"), std::string::npos) << r.out;
}

TEST_F(ProjectCli, NewTakesTheImportOptionsOfEveryCommand) {
    // A saved web page: every line is a paragraph, so headlines and captions do not run into the text.
    const std::string pair = shellQuoted(data + "article.en.txt") + " " + shellQuoted(data + "article.ru.txt");
    CliRun lineBreaks = tandem("new " + shellQuoted(project) + " " + pair + " --src-lang en --tgt-lang ru --keep-line-breaks");
    ASSERT_EQ(lineBreaks.code, 0) << lineBreaks.out;
    CliRun joined = tandem("new " + shellQuoted(dir.file("joined.tandem")) + " " + pair + " --src-lang en --tgt-lang ru");
    ASSERT_EQ(joined.code, 0) << joined.out;
    // "PATH: N source and M target segments in K beads"
    const auto counts = [](const std::string& out) { return out.substr(out.rfind(": ") + 2); };
    EXPECT_NE(counts(lineBreaks.out), counts(joined.out)) << "--keep-line-breaks changed nothing";

    const std::string cp1251 = dir.file("cp1251.txt"), english = dir.file("en.txt");
    std::ofstream(cp1251, std::ios::binary) << "\xcf\xf0\xe8\xe2\xe5\xf2.\n"; // «Привет.» in windows-1251
    std::ofstream(english) << "Hello.\n";
    CliRun strict = tandem("new " + shellQuoted(dir.file("utf8.tandem")) + " " + shellQuoted(english) + " " +
                           shellQuoted(cp1251) + " --src-lang en --tgt-lang ru --encoding UTF-8");
    EXPECT_EQ(strict.code, 4) << strict.out; // not UTF-8: the byte offset is named
    EXPECT_NE(strict.out.find("cp1251.txt"), std::string::npos) << strict.out;
    CliRun named = tandem("new " + shellQuoted(dir.file("cp.tandem")) + " " + shellQuoted(english) + " " +
                          shellQuoted(cp1251) + " --src-lang en --tgt-lang ru --encoding windows-1251");
    EXPECT_EQ(named.code, 0) << named.out;
    EXPECT_EQ(tandem("new " + shellQuoted(dir.file("x.tandem")) + " " + pair +
                     " --src-lang en --tgt-lang ru --presegmented --input-format html")
                  .code,
              2);
}

} // namespace
} // namespace tandem
