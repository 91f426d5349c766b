// Option parsing shared by the subcommands.
#include "core/cli/command_line.h"

#include "core/error.h"

#include <iostream>

namespace tandem::cli {

namespace po = boost::program_options;

bool parseCommandLine(const Args& args, const po::options_description& visible, int maxFiles, po::variables_map& vm,
                      std::vector<std::string>& files) {
    po::options_description all;
    all.add(visible);
    all.add_options()("files", po::value(&files));
    po::positional_options_description positional;
    positional.add("files", maxFiles);
    po::store(po::command_line_parser(args).options(all).positional(positional).run(), vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return false;
    }
    po::notify(vm);
    return true;
}

bool parseCommandLine(const Args& args, const po::options_description& visible, int fileCount, po::variables_map& vm,
                      std::vector<std::string>& files, const std::string& expected) {
    if (!parseCommandLine(args, visible, fileCount, vm, files))
        return false;
    if (files.size() != static_cast<std::size_t>(fileCount))
        throw UsageError(expected);
    return true;
}

void DictionaryFlags::addTo(po::options_description& description) {
    description.add_options()
        ("dictionary", po::value(&m_file), "word translations for the lexicon: a dictd index (NAME.index) or a TSV of word pairs "
                                           "(default: the one installed for the language pair, e.g. mueller7-dict for en-ru)")
        ("no-dictionary", po::bool_switch(&m_none), "learn word pairs from the texts alone");
}

std::shared_ptr<const WordDictionary> DictionaryFlags::load(const std::string& sourceLanguage,
                                                            const std::string& targetLanguage) const {
    if (m_none && !m_file.empty())
        throw UsageError("--dictionary and --no-dictionary contradict each other");
    if (m_none)
        return nullptr;
    if (!m_file.empty())
        return readWordDictionary(m_file, sourceLanguage, targetLanguage);
    return installedDictionary(sourceLanguage, targetLanguage);
}

void ImportFlags::addTo(po::options_description& description) {
    description.add_options()
        ("presegmented", po::bool_switch(&m_presegmented), "the files hold one segment per line (no sentence segmentation)")
        ("input-format", po::value(&m_inputFormat)->default_value("auto"), "auto | text | html | docx | lines")
        ("keep-line-breaks", po::bool_switch(&m_keepLineBreaks), "every line of plain text is its own paragraph (saved web pages)")
        ("encoding", po::value(&m_encoding), "the inputs' encoding (default: detect), e.g. windows-1251, KOI8-R")
        ("lenient", po::bool_switch(&m_lenient), "replace undecodable bytes with U+FFFD instead of failing");
}

ImportOptions ImportFlags::options() const {
    ImportOptions options;
    options.format = inputFormatFromString(m_inputFormat);
    if (m_presegmented) {
        if (options.format != InputFormat::Auto && options.format != InputFormat::Lines)
            throw UsageError("--presegmented contradicts --input-format " + m_inputFormat);
        options.format = InputFormat::Lines;
    }
    options.encoding = m_encoding;
    options.keepLineBreaks = m_keepLineBreaks;
    options.lenient = m_lenient;
    return options;
}

} // namespace tandem::cli
