// The table of subcommands. Each run function is defined in its own <name>_command.cpp.
#include "core/cli/commands.h"

namespace tandem::cli {

// One declaration and one table row per subcommand.
int runSegment(const Args&);
int runAlign(const Args&);
int runEval(const Args&);
int runEvalSet(const Args&);

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"segment", "cut a text, HTML or DOCX file into paragraphs and sentences", runSegment},
        {"align", "align two documents (vecalign, ladder, TSV or JSON output)", runAlign},
        {"eval", "score test alignments against gold (strict / lax P, R, F1)", runEval},
        {"eval-set", "align and score every gold pair of a folder", runEvalSet},
    };
    return table;
}

} // namespace tandem::cli
