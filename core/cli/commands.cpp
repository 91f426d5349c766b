// The table of subcommands. Each run function is defined in its own <name>_command.cpp.
#include "core/cli/commands.h"

namespace tandem::cli {

// One declaration and one table row per subcommand.
int runSegment(const Args&);

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"segment", "cut a text, HTML or DOCX file into paragraphs and sentences", runSegment},
    };
    return table;
}

} // namespace tandem::cli
