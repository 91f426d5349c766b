// The table of subcommands. Each run function is defined in its own <name>_command.cpp.
#include "core/cli/commands.h"

namespace tandem::cli {

// One declaration and one table row per subcommand.
int runSegment(const Args&);
int runNew(const Args&);
int runInfo(const Args&);
int runEdit(const Args&);
int runExport(const Args&);
int runImportTmx(const Args&);

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"segment", "cut a text, HTML or DOCX file into paragraphs and sentences", runSegment},
        {"new", "import, segment and align two files into a new project", runNew},
        {"info", "a project's beads by status and shape, confidence histogram, glossary, journal", runInfo},
        {"edit", "apply an edit to a project, or undo / redo one", runEdit},
        {"export", "write a project as TMX, tab-separated bitext or two parallel files", runExport},
        {"import-tmx", "turn a TMX translation memory into a new project", runImportTmx},
    };
    return table;
}

} // namespace tandem::cli
