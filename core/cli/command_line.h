// Option parsing shared by the subcommands: named options plus positional file names, and --help.
#pragma once

#include "core/align/word_dictionary.h"
#include "core/cli/commands.h"
#include "core/text/import.h"

#include <boost/program_options.hpp>

#include <memory>
#include <string>
#include <vector>

namespace tandem::cli {

/// Parses `args` against the options of `visible` plus up to `maxFiles` positional arguments, which
/// land in `files`. Returns false after printing `visible` to standard output when --help was given
/// (the caller then exits with ExitOk); otherwise checks required options (po::notify) and returns true.
bool parseCommandLine(const Args& args, const boost::program_options::options_description& visible, int maxFiles,
                      boost::program_options::variables_map& vm, std::vector<std::string>& files);

/// The same for a command that takes exactly `fileCount` files: throws UsageError(`expected`) when
/// another number is given.
bool parseCommandLine(const Args& args, const boost::program_options::options_description& visible, int fileCount,
                      boost::program_options::variables_map& vm, std::vector<std::string>& files,
                      const std::string& expected);

/// --dictionary FILE and --no-dictionary, shared by the commands that align.
class DictionaryFlags {
public:
    void addTo(boost::program_options::options_description& description);
    /// The dictionary to align with: the file given, none with --no-dictionary, else the one installed
    /// for the language pair (null when there is none).
    std::shared_ptr<const WordDictionary> load(const std::string& sourceLanguage, const std::string& targetLanguage) const;

private:
    std::string m_file;
    bool m_none = false;
};

/// The import options of every command that reads texts: --input-format, --presegmented,
/// --keep-line-breaks, --encoding and --lenient, so they mean the same everywhere.
class ImportFlags {
public:
    /// Adds the options to `description`; they write into this object when parsed.
    void addTo(boost::program_options::options_description& description);
    /// The options as given. Throws UsageError for an unknown --input-format or one --presegmented
    /// contradicts.
    ImportOptions options() const;

private:
    std::string m_inputFormat = "auto";
    std::string m_encoding;
    bool m_presegmented = false;
    bool m_keepLineBreaks = false;
    bool m_lenient = false;
};

} // namespace tandem::cli
