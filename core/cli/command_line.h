// Option parsing shared by the subcommands: named options plus positional file names, and --help.
#pragma once

#include "core/cli/commands.h"
#include "core/text/import.h"

#include <boost/program_options.hpp>

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
