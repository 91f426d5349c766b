// The table of subcommands. Each run function is defined in its own <name>_command.cpp.
#include "core/cli/commands.h"

namespace tandem::cli {

// One declaration and one table row per subcommand.
int runSegment(const Args&);
int runBatch(const Args&);
int runAlign(const Args&);
int runEval(const Args&);
int runEvalSet(const Args&);
int runNames(const Args&);
int runGlossary(const Args&);
int runCheck(const Args&);
int runNew(const Args&);
int runInfo(const Args&);
int runEdit(const Args&);
int runExport(const Args&);
int runImportTmx(const Args&);
int runPipeline(const Args&);

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"pipeline", "the main job: import, align, mine names, export TMX/TBX/TSV, print a summary", runPipeline},
        {"segment", "cut a text, HTML or DOCX file into paragraphs and sentences", runSegment},
        {"batch", "align every pair of a manifest with all cores (TMX, JSONL or TSV; resumable)", runBatch},
        {"align", "align two documents (vecalign, ladder, TSV or JSON output)", runAlign},
        {"eval", "score test alignments against gold (strict / lax P, R, F1)", runEval},
        {"eval-set", "align and score every gold pair of a folder", runEvalSet},
        {"names", "mine name pairs, print name keys, suggest spellings", runNames},
        {"glossary", "export, import, mine or list a project's glossary (TBX, TSV, CSV)", runGlossary},
        {"check", "find names on one side only, differing numbers, names spelled two ways", runCheck},
        {"new", "import, segment and align two files into a new project", runNew},
        {"info", "a project's beads by status and shape, confidence histogram, glossary, journal", runInfo},
        {"edit", "apply an edit to a project, or undo / redo one", runEdit},
        {"export", "write a project as TMX, tab-separated bitext or two parallel files", runExport},
        {"import-tmx", "turn a TMX translation memory into a new project", runImportTmx},
    };
    return table;
}

} // namespace tandem::cli
