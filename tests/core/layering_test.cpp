// The layering rule: nothing under core/ may include a Qt header (core is headless).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

TEST(Layering, CoreIncludesNoQtHeader) {
    const std::filesystem::path core = std::filesystem::path(TANDEM_SOURCE_DIR) / "core";
    const std::regex qtInclude(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]+|Qt[A-Za-z]*/)[^>"]*[>"])");
    int filesChecked = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(core)) {
        const auto ext = entry.path().extension();
        if (ext != ".h" && ext != ".cpp")
            continue;
        ++filesChecked;
        std::ifstream in(entry.path());
        std::string line;
        for (int lineNo = 1; std::getline(in, line); ++lineNo)
            EXPECT_FALSE(std::regex_search(line, qtInclude))
                << entry.path() << ":" << lineNo << " includes Qt: " << line;
    }
    EXPECT_GT(filesChecked, 5);
}
