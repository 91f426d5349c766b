// Entry point of the `tandem` command line: dispatches to a subcommand and maps errors to exit codes.
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/version.h"

#include <boost/program_options/errors.hpp>

#include <cstring>
#include <iostream>

namespace {

void printUsage(std::ostream& out) {
    out << "usage: tandem <command> [options]   (tandem <command> --help for its options)\n\ncommands:\n";
    for (const auto& c : tandem::cli::commands())
        out << "  " << c.name << std::string(12 - std::min<std::size_t>(11, std::strlen(c.name)), ' ')
            << c.summary << '\n';
}

int runCommand(const tandem::cli::Command& command, const tandem::cli::Args& args) {
    using namespace tandem::cli;
    try {
        return command.run(args);
    } catch (const boost::program_options::error& e) {
        std::cerr << "tandem " << command.name << ": " << e.what() << '\n';
        return ExitUsage;
    } catch (const tandem::UsageError& e) {
        std::cerr << "tandem " << command.name << ": " << e.what() << '\n';
        return ExitUsage;
    } catch (const tandem::IoError& e) {
        std::cerr << "tandem: " << e.what() << '\n';
        return ExitIo;
    } catch (const tandem::DecodeError& e) {
        std::cerr << "tandem: " << e.what() << '\n';
        return ExitDecode;
    } catch (const tandem::ParseError& e) {
        std::cerr << "tandem: " << e.what() << '\n';
        return ExitFormat;
    } catch (const tandem::StoreError& e) {
        std::cerr << "tandem: " << e.what() << '\n';
        return ExitStore;
    } catch (const tandem::ExportError& e) {
        std::cerr << "tandem: " << e.what() << '\n';
        return ExitExport;
    } catch (const tandem::Cancelled&) {
        std::cerr << "tandem: cancelled\n";
        return ExitCancelled;
    } catch (const tandem::Error& e) {
        std::cerr << "tandem: " << e.what() << '\n';
        return ExitFailure;
    } catch (const std::exception& e) {
        std::cerr << "tandem: internal error: " << e.what() << '\n';
        return ExitFailure;
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0) {
        printUsage(argc < 2 ? std::cerr : std::cout);
        return argc < 2 ? tandem::cli::ExitUsage : tandem::cli::ExitOk;
    }
    if (std::strcmp(argv[1], "--version") == 0) {
        std::cout << "tandem " << tandem::version() << '\n';
        return 0;
    }
    const tandem::cli::Args args(argv + 2, argv + argc);
    for (const auto& c : tandem::cli::commands())
        if (c.name == std::string_view(argv[1]))
            return runCommand(c, args);
    std::cerr << "tandem: unknown command '" << argv[1] << "'\n";
    printUsage(std::cerr);
    return tandem::cli::ExitUsage;
}
