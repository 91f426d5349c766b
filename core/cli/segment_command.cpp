// `tandem segment`: imports one file (text, HTML, DOCX or one segment per line) and prints its
// segments, one per line with a blank line between paragraphs, or as JSON with offsets.
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/text/import.h"

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <iterator>

namespace tandem::cli {

namespace po = boost::program_options;

namespace {

ImportResult importInput(const std::string& path, const std::string& language, const ImportOptions& options) {
    if (path == "-") {
        const std::string bytes{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
        return importBytes(bytes, "<stdin>", language, options);
    }
    return importFile(path, language, options);
}

void writeLines(std::ostream& out, const Document& doc) {
    std::string text;
    for (std::size_t i = 0; i < doc.segments.size(); ++i) {
        if (i > 0 && doc.segments[i].paragraph != doc.segments[i - 1].paragraph)
            text += '\n';
        text += doc.segments[i].text;
        text += '\n';
    }
    out << text;
}

void writeJson(std::ostream& out, const std::string& path, const ImportResult& result) {
    nlohmann::json paragraphs = nlohmann::json::array();
    const Document& doc = result.document;
    for (std::size_t i = 0; i < doc.segments.size(); ++i) {
        const Segment& segment = doc.segments[i];
        if (paragraphs.size() <= segment.paragraph) {
            const TextSpan& span = result.paragraphs[segment.paragraph];
            paragraphs.push_back({{"index", segment.paragraph},
                                  {"offset", span.offset},
                                  {"length", span.length},
                                  {"segments", nlohmann::json::array()}});
        }
        nlohmann::json item = {{"index", i},
                               {"offset", result.segments[i].offset},
                               {"length", result.segments[i].length},
                               {"text", segment.text}};
        if (!segment.original.empty())
            item["original"] = segment.original;
        paragraphs.back()["segments"].push_back(std::move(item));
    }
    const nlohmann::json json = {{"file", path},
                                 {"language", doc.language},
                                 {"format", toString(result.format)},
                                 {"encoding", result.encoding},
                                 {"offsets", "UTF-8 byte offsets into the decoded text"},
                                 {"paragraphs", std::move(paragraphs)},
                                 {"notices", result.notices}};
    out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace

int runSegment(const Args& args) {
    std::string language, format;
    po::options_description options("tandem segment FILE --lang LANG [options]\n"
                                    "Cuts a file into paragraphs and sentences (FILE '-' reads stdin)");
    options.add_options()
        ("help,h", "show this help")
        ("lang,l", po::value(&language)->required(), "the text's language as a BCP 47 tag (en, ru, de ...)")
        ("format,f", po::value(&format)->default_value("lines"),
         "lines: one segment per line, a blank line between paragraphs; json: with offsets");
    ImportFlags import;
    import.addTo(options);
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, options, 1, vm, files, "expected a FILE (or '-' for standard input)"))
        return ExitOk;
    const std::string& path = files[0];
    if (format != "lines" && format != "json")
        throw UsageError("unknown output format '" + format + "' (expected lines or json)");

    const ImportOptions importOptions = import.options();
    const ImportResult result = importInput(path, language, importOptions);
    for (const std::string& notice : result.notices)
        std::cerr << "tandem segment: " << notice << '\n';
    if (format == "json")
        writeJson(std::cout, path, result);
    else
        writeLines(std::cout, result.document);
    return ExitOk;
}

} // namespace tandem::cli
