// Option parsing shared by the subcommands: named options plus positional file names, and --help.
#pragma once

#include "core/cli/commands.h"

#include <boost/program_options.hpp>

#include <string>
#include <vector>

namespace tandem::cli {

/// Parses `args` against the options of `visible` plus up to `maxFiles` positional arguments, which
/// land in `files`. Returns false after printing `visible` to standard output when --help was given
/// (the caller then exits with ExitOk); otherwise checks required options (po::notify) and returns true.
bool parseCommandLine(const Args& args, const boost::program_options::options_description& visible, int maxFiles,
                      boost::program_options::variables_map& vm, std::vector<std::string>& files);

} // namespace tandem::cli
