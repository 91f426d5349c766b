// `tandem edit`: applies one edit to a project (every kind the workbench has), or undoes / redoes
// one, or lists the journal. Rows and segments are counted from 1, as `tandem info` and the
// workbench show them.
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/project/project.h"

#include <charconv>
#include <iostream>

namespace tandem::cli {

namespace {

const char* const usage =
    "usage: tandem edit PROJECT.tandem OPERATION ARGS...   (ROW and INDEX count from 1)\n"
    "  merge ROW                          merge a bead with the next\n"
    "  split ROW M N                      split a bead after its first M source and N target segments\n"
    "  move ROW SIDE up|down              move the first (up) or last (down) SIDE segment to the neighbour bead\n"
    "  shift ROW SIDE up|down             move the SIDE column from ROW on by one bead (Enter / Backspace)\n"
    "  insert ROW SIDE                    insert an empty SIDE segment as a bead of its own before ROW\n"
    "  split-segment SIDE INDEX OFFSET    split a segment at a character offset\n"
    "  merge-segments SIDE INDEX [SEP]    merge a segment with the next (joined by SEP, default a space)\n"
    "  set-text SIDE INDEX TEXT           replace a segment's text\n"
    "  status ROW auto|confirmed|needs-review\n"
    "  confirm-above ROW                  confirm every bead above ROW\n"
    "  realign [ROW [COUNT]]              re-align (from ROW, COUNT beads) keeping confirmed beads\n"
    "  add-term SOURCE TARGET [STATUS [TYPE]]\n"
    "  change-term ID SOURCE TARGET [STATUS [TYPE]]\n"
    "  remove-term ID...\n"
    "  undo | redo | history\n"
    "SIDE is source or target.";

class Operands {
public:
    Operands(const Args& args, std::size_t first) : m_args(args), m_next(first) {}

    bool empty() const { return m_next >= m_args.size(); }
    const std::string& text(const char* what) {
        if (empty())
            throw UsageError(std::string("missing ") + what);
        return m_args[m_next++];
    }
    std::size_t number(const char* what) {
        const std::string& s = text(what);
        std::size_t value = 0;
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
        if (ec != std::errc() || end != s.data() + s.size())
            throw UsageError(std::string(what) + " must be a number, not '" + s + "'");
        return value;
    }
    /// A 1-based row or index, returned 0-based.
    std::size_t position(const char* what) {
        const std::size_t value = number(what);
        if (value == 0)
            throw UsageError(std::string(what) + " counts from 1");
        return value - 1;
    }
    Side side() {
        const std::string& s = text("SIDE");
        if (s == "source")
            return Side::Source;
        if (s == "target")
            return Side::Target;
        throw UsageError("SIDE must be source or target, not '" + s + "'");
    }
    Direction direction() {
        const std::string& s = text("up|down");
        if (s == "up")
            return Direction::Up;
        if (s == "down")
            return Direction::Down;
        throw UsageError("expected up or down, not '" + s + "'");
    }
    void finish() const {
        if (!empty())
            throw UsageError("unexpected argument '" + m_args[m_next] + "'");
    }

private:
    const Args& m_args;
    std::size_t m_next;
};

template <class E>
E parseEnum(const std::string& name, E (*parse)(const std::string&)) {
    try {
        return parse(name);
    } catch (const ParseError& e) {
        throw UsageError(e.what());
    }
}

Term termFrom(Operands& in, Term term) {
    term.source = in.text("SOURCE");
    term.target = in.text("TARGET");
    if (!in.empty())
        term.status = parseEnum(in.text("STATUS"), termStatusFromString);
    if (!in.empty())
        term.type = parseEnum(in.text("TYPE"), termTypeFromString);
    return term;
}

Edit parseEdit(const std::string& op, Operands& in, const Project& project) {
    if (op == "merge")
        return MergeBeads{in.position("ROW")};
    if (op == "split") {
        const std::size_t row = in.position("ROW");
        const std::size_t m = in.number("M");
        return SplitBead{row, m, in.number("N")};
    }
    if (op == "move" || op == "shift") {
        const std::size_t row = in.position("ROW");
        const Side side = in.side();
        const Direction direction = in.direction();
        if (op == "move")
            return MoveSegment{row, side, direction};
        return ShiftColumn{row, side, direction};
    }
    if (op == "insert") {
        const std::size_t row = in.position("ROW");
        return InsertSegment{row, in.side()};
    }
    if (op == "split-segment") {
        const Side side = in.side();
        const std::size_t index = in.position("INDEX");
        return SplitSegment{side, index, in.number("OFFSET")};
    }
    if (op == "merge-segments") {
        const Side side = in.side();
        const std::size_t index = in.position("INDEX");
        return MergeSegments{side, index, in.empty() ? " " : in.text("SEP")};
    }
    if (op == "set-text") {
        const Side side = in.side();
        const std::size_t index = in.position("INDEX");
        return EditText{side, index, in.text("TEXT")};
    }
    if (op == "status") {
        const std::size_t row = in.position("ROW");
        return SetStatus{row, parseEnum(in.text("STATUS"), beadStatusFromString)};
    }
    if (op == "confirm-above")
        return ConfirmAbove{in.position("ROW")};
    if (op == "realign") {
        Realign realign;
        if (!in.empty())
            realign.row = in.position("ROW");
        if (!in.empty())
            realign.count = in.number("COUNT");
        return realign;
    }
    if (op == "add-term") {
        Term term;
        term.score = 1.0; // typed by hand
        return AddTerms{{termFrom(in, term)}};
    }
    if (op == "change-term") {
        const auto id = static_cast<std::int64_t>(in.number("ID"));
        const Term* old = project.findTerm(id);
        if (!old)
            throw UsageError("there is no glossary entry with id " + std::to_string(id));
        return UpdateTerm{termFrom(in, *old)};
    }
    if (op == "remove-term") {
        RemoveTerms remove;
        do
            remove.ids.push_back(static_cast<std::int64_t>(in.number("ID")));
        while (!in.empty());
        return remove;
    }
    throw UsageError("unknown operation '" + op + "' (tandem edit --help lists them)");
}

} // namespace

int runEdit(const Args& args) {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << usage << '\n';
        return ExitOk;
    }
    if (args.size() < 2)
        throw UsageError("expected PROJECT.tandem OPERATION (tandem edit --help lists the operations)");
    Project project = Project::open(args[0]);
    const std::string& op = args[1];
    Operands in(args, 2);
    if (op == "undo" || op == "redo") {
        in.finish();
        const std::string description = op == "undo" ? project.undoDescription() : project.redoDescription();
        op == "undo" ? project.undo() : project.redo();
        std::cout << (op == "undo" ? "undone: " : "redone: ") << description << '\n';
        return ExitOk;
    }
    if (op == "history") {
        in.finish();
        for (const JournalEntry& e : project.journal())
            std::cout << e.id << '\t' << e.time << '\t' << (e.applied ? "applied" : "undone") << '\t' << e.description
                      << '\n';
        return ExitOk;
    }
    const Edit edit = parseEdit(op, in, project);
    in.finish();
    project.apply(edit);
    std::cout << "applied: " << describe(edit) << '\n';
    if (const auto* add = std::get_if<AddTerms>(&edit); add && !project.terms().empty())
        std::cout << "term id: " << project.terms().back().id << '\n';
    return ExitOk;
}

} // namespace tandem::cli
