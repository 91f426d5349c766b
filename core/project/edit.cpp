// Descriptions of edits for the history view and the command line.
#include "core/project/edit.h"

#include "core/error.h"

#include <type_traits>

namespace tandem {
namespace {

std::string rowName(std::size_t row) { return "row " + std::to_string(row + 1); }

std::string rowsName(std::size_t first, std::size_t count) {
    if (count == 1)
        return rowName(first);
    return "rows " + std::to_string(first + 1) + "-" + std::to_string(first + count);
}

std::string termName(const Term& term) { return term.source + " = " + term.target; }

} // namespace

std::string toString(Side side) { return side == Side::Source ? "source" : "target"; }

Side sideFromString(const std::string& name) {
    if (name == "source")
        return Side::Source;
    if (name == "target")
        return Side::Target;
    throw ParseError("unknown side '" + name + "' (expected source or target)");
}

std::string describe(const Edit& edit) {
    return std::visit(
        [](const auto& e) -> std::string {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, MergeBeads>) {
                return "Merge rows " + std::to_string(e.row + 1) + " and " + std::to_string(e.row + 2);
            } else if constexpr (std::is_same_v<T, SplitBead>) {
                return "Split " + rowName(e.row) + " after " + std::to_string(e.srcCount) + " source and " +
                       std::to_string(e.tgtCount) + " target segments";
            } else if constexpr (std::is_same_v<T, MoveSegment>) {
                return e.direction == Direction::Up
                           ? "Move the first " + toString(e.side) + " segment of " + rowName(e.row) + " up"
                           : "Move the last " + toString(e.side) + " segment of " + rowName(e.row) + " down";
            } else if constexpr (std::is_same_v<T, ShiftColumn>) {
                return "Shift the " + toString(e.side) + " column " + (e.direction == Direction::Up ? "up" : "down") +
                       " from " + rowName(e.row);
            } else if constexpr (std::is_same_v<T, InsertSegment>) {
                return "Insert an empty " + toString(e.side) + " segment at " + rowName(e.row);
            } else if constexpr (std::is_same_v<T, SplitSegment>) {
                return "Split " + toString(e.side) + " segment " + std::to_string(e.index + 1) + " at character " +
                       std::to_string(e.offset);
            } else if constexpr (std::is_same_v<T, MergeSegments>) {
                return "Merge " + toString(e.side) + " segments " + std::to_string(e.index + 1) + " and " +
                       std::to_string(e.index + 2);
            } else if constexpr (std::is_same_v<T, EditText>) {
                return "Edit " + toString(e.side) + " segment " + std::to_string(e.index + 1);
            } else if constexpr (std::is_same_v<T, SetStatus>) {
                return "Mark " + rowName(e.row) + " " + toString(e.status);
            } else if constexpr (std::is_same_v<T, ConfirmAbove>) {
                return e.row == 0 ? std::string("Confirm no rows") : "Confirm " + rowsName(0, e.row);
            } else if constexpr (std::is_same_v<T, Realign>) {
                if (e.row == 0 && e.count == Realign::toEnd)
                    return "Re-align all unconfirmed rows";
                if (e.count == Realign::toEnd)
                    return "Re-align from " + rowName(e.row) + " to the end";
                return "Re-align " + rowsName(e.row, e.count);
            } else if constexpr (std::is_same_v<T, AddTerms>) {
                return e.terms.size() == 1 ? "Add term " + termName(e.terms.front())
                                           : "Add " + std::to_string(e.terms.size()) + " terms";
            } else if constexpr (std::is_same_v<T, UpdateTerm>) {
                return "Change term " + termName(e.term);
            } else if constexpr (std::is_same_v<T, RemoveTerms>) {
                return e.ids.size() == 1 ? "Remove term #" + std::to_string(e.ids.front())
                                         : "Remove " + std::to_string(e.ids.size()) + " terms";
            } else {
                static_assert(std::is_same_v<T, ReplaceRange>);
                if (!e.description.empty())
                    return e.description;
                return "Replace " + rowsName(e.row, e.rowCount);
            }
        },
        edit);
}

} // namespace tandem
