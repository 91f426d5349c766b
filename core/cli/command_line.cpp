// Option parsing shared by the subcommands.
#include "core/cli/command_line.h"

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

} // namespace tandem::cli
