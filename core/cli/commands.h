// The subcommands of the `tandem` command line. Each lives in its own <name>_command.cpp, parses its
// own options with Boost.Program_options, and returns an exit code; errors propagate as tandem::Error
// and main() turns them into a one-line message and the exit code of exit_codes.h.
#pragma once

#include <string>
#include <vector>

namespace tandem::cli {

using Args = std::vector<std::string>; ///< the arguments after the subcommand's name

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const Args& args);
};

/// All subcommands, in the order `tandem --help` lists them.
const std::vector<Command>& commands();

} // namespace tandem::cli
