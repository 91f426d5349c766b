// JSON encoding of edits for the stored journal.
#include "core/project/edit_codec.h"

#include "core/error.h"

#include <nlohmann/json.hpp>

#include <type_traits>

namespace tandem {
namespace {

using nlohmann::json;

std::string directionName(Direction d) { return d == Direction::Up ? "up" : "down"; }

Direction directionFromName(const std::string& name) {
    if (name == "up")
        return Direction::Up;
    if (name == "down")
        return Direction::Down;
    throw ParseError("unknown direction '" + name + "'");
}

json beadJson(const Bead& b) {
    return json::array({b.srcBegin, b.srcEnd, b.tgtBegin, b.tgtEnd, b.confidence, toString(b.status)});
}

Bead beadFromJson(const json& j) {
    if (!j.is_array() || j.size() != 6)
        throw ParseError("a stored bead is not [srcBegin, srcEnd, tgtBegin, tgtEnd, confidence, status]");
    Bead b;
    b.srcBegin = j[0].get<std::size_t>();
    b.srcEnd = j[1].get<std::size_t>();
    b.tgtBegin = j[2].get<std::size_t>();
    b.tgtEnd = j[3].get<std::size_t>();
    b.confidence = j[4].get<double>();
    b.status = beadStatusFromString(j[5].get<std::string>());
    return b;
}

json windowJson(const ReplaceRange::SegmentWindow& w) {
    json segments = json::array();
    for (const Segment& s : w.segments)
        segments.push_back(json::array({s.text, s.original, s.paragraph}));
    return json{{"index", w.index}, {"count", w.count}, {"segments", std::move(segments)}};
}

ReplaceRange::SegmentWindow windowFromJson(const json& j) {
    ReplaceRange::SegmentWindow w;
    w.index = j.at("index").get<std::size_t>();
    w.count = j.at("count").get<std::size_t>();
    for (const json& s : j.at("segments")) {
        if (!s.is_array() || s.size() != 3)
            throw ParseError("a stored segment is not [text, original, paragraph]");
        w.segments.push_back(Segment{s[0].get<std::string>(), s[1].get<std::string>(), s[2].get<std::size_t>()});
    }
    return w;
}

json termJson(const Term& t) {
    return json{{"id", t.id},
                {"source", t.source},
                {"target", t.target},
                {"variants", t.variants},
                {"status", toString(t.status)},
                {"type", toString(t.type)},
                {"note", t.note},
                {"score", t.score},
                {"occurrences", t.occurrences}};
}

Term termFromJson(const json& j) {
    Term t;
    t.id = j.at("id").get<std::int64_t>();
    t.source = j.at("source").get<std::string>();
    t.target = j.at("target").get<std::string>();
    t.variants = j.at("variants").get<std::vector<std::string>>();
    t.status = termStatusFromString(j.at("status").get<std::string>());
    t.type = termTypeFromString(j.at("type").get<std::string>());
    t.note = j.at("note").get<std::string>();
    t.score = j.at("score").get<double>();
    t.occurrences = j.at("occurrences").get<int>();
    return t;
}

Edit decodeObject(const json& j) {
    const std::string kind = j.at("kind").get<std::string>();
    auto row = [&] { return j.at("row").get<std::size_t>(); };
    auto side = [&] { return sideFromString(j.at("side").get<std::string>()); };
    auto index = [&] { return j.at("index").get<std::size_t>(); };
    if (kind == "merge-beads")
        return MergeBeads{row()};
    if (kind == "split-bead")
        return SplitBead{row(), j.at("srcCount").get<std::size_t>(), j.at("tgtCount").get<std::size_t>()};
    if (kind == "move-segment")
        return MoveSegment{row(), side(), directionFromName(j.at("direction").get<std::string>())};
    if (kind == "shift-column")
        return ShiftColumn{row(), side(), directionFromName(j.at("direction").get<std::string>())};
    if (kind == "insert-segment")
        return InsertSegment{row(), side()};
    if (kind == "split-segment")
        return SplitSegment{side(), index(), j.at("offset").get<std::size_t>()};
    if (kind == "merge-segments")
        return MergeSegments{side(), index(), j.at("separator").get<std::string>()};
    if (kind == "edit-text")
        return EditText{side(), index(), j.at("text").get<std::string>()};
    if (kind == "set-status")
        return SetStatus{row(), beadStatusFromString(j.at("status").get<std::string>())};
    if (kind == "confirm-above")
        return ConfirmAbove{row()};
    if (kind == "realign")
        return Realign{row(), j.at("count").is_null() ? Realign::toEnd : j.at("count").get<std::size_t>()};
    if (kind == "add-terms") {
        AddTerms e;
        for (const json& t : j.at("terms"))
            e.terms.push_back(termFromJson(t));
        return e;
    }
    if (kind == "update-term")
        return UpdateTerm{termFromJson(j.at("term"))};
    if (kind == "remove-terms")
        return RemoveTerms{j.at("ids").get<std::vector<std::int64_t>>()};
    if (kind == "replace-range") {
        ReplaceRange e;
        e.row = row();
        e.rowCount = j.at("rowCount").get<std::size_t>();
        for (const json& b : j.at("beads"))
            e.beads.push_back(beadFromJson(b));
        e.source = windowFromJson(j.at("source"));
        e.target = windowFromJson(j.at("target"));
        e.description = j.at("description").get<std::string>();
        return e;
    }
    throw ParseError("unknown edit kind '" + kind + "'");
}

} // namespace

std::string encodeEdit(const Edit& edit) {
    const json j = std::visit(
        [](const auto& e) -> json {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, MergeBeads>) {
                return {{"kind", "merge-beads"}, {"row", e.row}};
            } else if constexpr (std::is_same_v<T, SplitBead>) {
                return {{"kind", "split-bead"}, {"row", e.row}, {"srcCount", e.srcCount}, {"tgtCount", e.tgtCount}};
            } else if constexpr (std::is_same_v<T, MoveSegment>) {
                return {{"kind", "move-segment"}, {"row", e.row}, {"side", toString(e.side)},
                        {"direction", directionName(e.direction)}};
            } else if constexpr (std::is_same_v<T, ShiftColumn>) {
                return {{"kind", "shift-column"}, {"row", e.row}, {"side", toString(e.side)},
                        {"direction", directionName(e.direction)}};
            } else if constexpr (std::is_same_v<T, InsertSegment>) {
                return {{"kind", "insert-segment"}, {"row", e.row}, {"side", toString(e.side)}};
            } else if constexpr (std::is_same_v<T, SplitSegment>) {
                return {{"kind", "split-segment"}, {"side", toString(e.side)}, {"index", e.index}, {"offset", e.offset}};
            } else if constexpr (std::is_same_v<T, MergeSegments>) {
                return {{"kind", "merge-segments"}, {"side", toString(e.side)}, {"index", e.index},
                        {"separator", e.separator}};
            } else if constexpr (std::is_same_v<T, EditText>) {
                return {{"kind", "edit-text"}, {"side", toString(e.side)}, {"index", e.index}, {"text", e.text}};
            } else if constexpr (std::is_same_v<T, SetStatus>) {
                return {{"kind", "set-status"}, {"row", e.row}, {"status", toString(e.status)}};
            } else if constexpr (std::is_same_v<T, ConfirmAbove>) {
                return {{"kind", "confirm-above"}, {"row", e.row}};
            } else if constexpr (std::is_same_v<T, Realign>) {
                return {{"kind", "realign"}, {"row", e.row},
                        {"count", e.count == Realign::toEnd ? json(nullptr) : json(e.count)}};
            } else if constexpr (std::is_same_v<T, AddTerms>) {
                json terms = json::array();
                for (const Term& t : e.terms)
                    terms.push_back(termJson(t));
                return {{"kind", "add-terms"}, {"terms", std::move(terms)}};
            } else if constexpr (std::is_same_v<T, UpdateTerm>) {
                return {{"kind", "update-term"}, {"term", termJson(e.term)}};
            } else if constexpr (std::is_same_v<T, RemoveTerms>) {
                return {{"kind", "remove-terms"}, {"ids", e.ids}};
            } else {
                static_assert(std::is_same_v<T, ReplaceRange>);
                json beads = json::array();
                for (const Bead& b : e.beads)
                    beads.push_back(beadJson(b));
                return {{"kind", "replace-range"}, {"row", e.row},          {"rowCount", e.rowCount},
                        {"beads", std::move(beads)}, {"source", windowJson(e.source)},
                        {"target", windowJson(e.target)}, {"description", e.description}};
            }
        },
        edit);
    try {
        return j.dump();
    } catch (const json::type_error&) {
        throw UsageError("an edit holds text that is not valid UTF-8");
    }
}

Edit decodeEdit(std::string_view text) {
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw ParseError("a stored edit is not a JSON object");
    try {
        return decodeObject(j);
    } catch (const json::exception& e) {
        throw ParseError(std::string("a stored edit is malformed: ") + e.what());
    }
}

} // namespace tandem
