// Each bead, segment and status edit as a window replacement, with the rules that make it apply.
#include "core/project/edit_resolve.h"

#include "core/align/aligner.h"
#include "core/align/word_dictionary.h"
#include "core/error.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <type_traits>

namespace tandem {
namespace {

std::size_t beginOf(const Bead& b, Side side) { return side == Side::Source ? b.srcBegin : b.tgtBegin; }
std::size_t endOf(const Bead& b, Side side) { return side == Side::Source ? b.srcEnd : b.tgtEnd; }
std::size_t& beginRef(Bead& b, Side side) { return side == Side::Source ? b.srcBegin : b.tgtBegin; }
std::size_t& endRef(Bead& b, Side side) { return side == Side::Source ? b.srcEnd : b.tgtEnd; }
std::size_t countOf(const Bead& b, Side side) { return endOf(b, side) - beginOf(b, side); }
Side otherSide(Side side) { return side == Side::Source ? Side::Target : Side::Source; }
bool isEmpty(const Bead& b) { return b.srcCount() == 0 && b.tgtCount() == 0; }

const Document& documentOf(const ProjectContent& c, Side side) { return side == Side::Source ? c.source : c.target; }

std::string rowText(std::size_t row) { return "row " + std::to_string(row + 1); }

void requireRow(const ProjectContent& c, std::size_t row) {
    if (row >= c.alignment.size())
        throw UsageError("there is no " + rowText(row) + " (the alignment has " + std::to_string(c.alignment.size()) +
                         " rows)");
}

void requireSegment(const ProjectContent& c, Side side, std::size_t index) {
    const std::size_t size = documentOf(c, side).segments.size();
    if (index >= size)
        throw UsageError("there is no " + toString(side) + " segment " + std::to_string(index + 1) + " (the " +
                         toString(side) + " has " + std::to_string(size) + ")");
}

/// A window of whole beads [first, last) to be replaced, with no segment changes.
ReplaceRange beadWindow(std::size_t first, std::size_t last, std::vector<Bead> beads) {
    ReplaceRange p;
    p.row = first;
    p.rowCount = last - first;
    p.beads = std::move(beads);
    return p;
}

/// A bead whose extent an edit changed: Auto, with the lower confidence of the beads it came from.
Bead reshaped(Bead bead, double confidence) {
    bead.status = BeadStatus::Auto;
    bead.confidence = confidence;
    return bead;
}

/// Byte position of code point `offset` in `text`, or npos when the text is shorter.
std::size_t bytePosition(const std::string& text, std::size_t offset) {
    std::size_t points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
            continue;
        if (points == offset)
            return i;
        ++points;
    }
    return points == offset ? text.size() : std::string::npos;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string trimmed(std::string_view s) {
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

ReplaceRange mergeBeads(const ProjectContent& c, const MergeBeads& e) {
    requireRow(c, e.row);
    if (e.row + 1 >= c.alignment.size())
        throw UsageError(rowText(e.row) + " is the last row: there is no next bead to merge with");
    const Bead& a = c.alignment[e.row];
    const Bead& b = c.alignment[e.row + 1];
    Bead merged{a.srcBegin, b.srcEnd, a.tgtBegin, b.tgtEnd, 0.0, BeadStatus::Auto};
    return beadWindow(e.row, e.row + 2, {reshaped(merged, std::min(a.confidence, b.confidence))});
}

ReplaceRange splitBead(const ProjectContent& c, const SplitBead& e) {
    requireRow(c, e.row);
    const Bead& b = c.alignment[e.row];
    if (e.srcCount > b.srcCount() || e.tgtCount > b.tgtCount())
        throw UsageError(rowText(e.row) + " has only " + b.shape() + " segments; cannot split after " +
                         std::to_string(e.srcCount) + "-" + std::to_string(e.tgtCount));
    Bead first{b.srcBegin, b.srcBegin + e.srcCount, b.tgtBegin, b.tgtBegin + e.tgtCount, 0.0, BeadStatus::Auto};
    Bead second{first.srcEnd, b.srcEnd, first.tgtEnd, b.tgtEnd, 0.0, BeadStatus::Auto};
    if (isEmpty(first) || isEmpty(second))
        throw UsageError("splitting " + rowText(e.row) + " after " + std::to_string(e.srcCount) + "-" +
                         std::to_string(e.tgtCount) + " would leave an empty bead");
    return beadWindow(e.row, e.row + 1, {reshaped(first, b.confidence), reshaped(second, b.confidence)});
}

ReplaceRange moveSegment(const ProjectContent& c, const MoveSegment& e) {
    requireRow(c, e.row);
    const Bead& here = c.alignment[e.row];
    if (countOf(here, e.side) == 0)
        throw UsageError(rowText(e.row) + " has no " + toString(e.side) + " segment to move");
    const bool up = e.direction == Direction::Up;
    if (up && e.row == 0)
        throw UsageError("row 1 has no previous bead to move a segment to");
    if (!up && e.row + 1 >= c.alignment.size())
        throw UsageError(rowText(e.row) + " is the last row: there is no next bead to move a segment to");
    const std::size_t first = up ? e.row - 1 : e.row;
    Bead a = c.alignment[first];
    Bead b = c.alignment[first + 1];
    const double confidence = std::min(a.confidence, b.confidence);
    if (up) { // the previous bead takes the first segment of this one
        ++endRef(a, e.side);
        ++beginRef(b, e.side);
    } else { // the next bead takes the last segment of this one
        --endRef(a, e.side);
        --beginRef(b, e.side);
    }
    std::vector<Bead> beads;
    for (const Bead& bead : {a, b})
        if (!isEmpty(bead))
            beads.push_back(reshaped(bead, confidence));
    return beadWindow(first, first + 2, std::move(beads));
}

ReplaceRange shiftColumn(const ProjectContent& c, const ShiftColumn& e) {
    requireRow(c, e.row);
    const bool up = e.direction == Direction::Up;
    if (up && e.row == 0)
        throw UsageError("row 1 has no previous bead to shift the column into");
    const std::size_t first = up ? e.row - 1 : e.row;
    const std::size_t last = c.alignment.size();
    const Side other = otherSide(e.side);
    std::vector<std::size_t> moved, kept; // segment counts per bead of the window, on `side` and the other side
    for (std::size_t r = first; r < last; ++r) {
        moved.push_back(countOf(c.alignment[r], e.side));
        kept.push_back(countOf(c.alignment[r], other));
    }
    std::vector<std::size_t> shifted;
    if (up) {
        shifted.push_back(moved[0] + moved[1]);
        shifted.insert(shifted.end(), moved.begin() + 2, moved.end());
        shifted.push_back(0);
    } else {
        shifted.push_back(0);
        shifted.insert(shifted.end(), moved.begin(), moved.end());
        kept.push_back(0); // a new bead at the end takes the last bead's segments
    }
    std::vector<Bead> beads;
    std::size_t position = beginOf(c.alignment[first], e.side);
    std::size_t otherPosition = beginOf(c.alignment[first], other);
    for (std::size_t i = 0; i < shifted.size(); ++i) {
        Bead bead;
        beginRef(bead, e.side) = position;
        endRef(bead, e.side) = position += shifted[i];
        beginRef(bead, other) = otherPosition;
        endRef(bead, other) = otherPosition += kept[i];
        if (isEmpty(bead))
            continue;
        const Bead* before = i < moved.size() ? &c.alignment[first + i] : nullptr;
        if (before && bead.srcBegin == before->srcBegin && bead.srcEnd == before->srcEnd &&
            bead.tgtBegin == before->tgtBegin && bead.tgtEnd == before->tgtEnd) {
            bead.status = before->status;
            bead.confidence = before->confidence;
        } else {
            bead = reshaped(bead, i < moved.size() ? c.alignment[first + i].confidence : 0.0);
        }
        beads.push_back(bead);
    }
    return beadWindow(first, last, std::move(beads));
}

ReplaceRange insertSegment(const ProjectContent& c, const InsertSegment& e) {
    if (e.row > c.alignment.size())
        throw UsageError("cannot insert at " + rowText(e.row) + " (the alignment has " +
                         std::to_string(c.alignment.size()) + " rows)");
    const Side other = otherSide(e.side);
    const Document& doc = documentOf(c, e.side);
    const bool atEnd = e.row == c.alignment.size();
    const std::size_t index = atEnd ? doc.segments.size() : beginOf(c.alignment[e.row], e.side);
    const std::size_t otherIndex = atEnd ? documentOf(c, other).segments.size() : beginOf(c.alignment[e.row], other);
    const std::size_t paragraph = index > 0 ? doc.segments[index - 1].paragraph
                                  : doc.segments.empty() ? 0
                                                         : doc.segments.front().paragraph;
    Bead bead;
    beginRef(bead, e.side) = index;
    endRef(bead, e.side) = index + 1;
    beginRef(bead, other) = endRef(bead, other) = otherIndex;
    ReplaceRange p = beadWindow(e.row, e.row, {bead});
    auto& window = e.side == Side::Source ? p.source : p.target;
    window = {index, 0, {Segment{"", "", paragraph}}};
    auto& otherWindow = e.side == Side::Source ? p.target : p.source;
    otherWindow.index = otherIndex;
    return p;
}

/// A replacement of segments of one bead: `segments` take the place of [index, index + count), and
/// the bead holding them grows or shrinks accordingly (keeping its status and confidence).
ReplaceRange segmentWindow(const ProjectContent& c, Side side, std::size_t index, std::size_t count,
                           std::vector<Segment> segments) {
    const std::size_t row = rowOfSegment(c.alignment, side, index);
    Bead bead = c.alignment[row];
    endRef(bead, side) = endOf(bead, side) + segments.size() - count;
    ReplaceRange p = beadWindow(row, row + 1, {bead});
    auto& window = side == Side::Source ? p.source : p.target;
    window = {index, count, std::move(segments)};
    auto& otherWindow = side == Side::Source ? p.target : p.source;
    otherWindow.index = beginOf(c.alignment[row], otherSide(side));
    return p;
}

ReplaceRange splitSegment(const ProjectContent& c, const SplitSegment& e) {
    requireSegment(c, e.side, e.index);
    const Segment& segment = documentOf(c, e.side).segments[e.index];
    const std::size_t cut = bytePosition(segment.text, e.offset);
    if (cut == std::string::npos)
        throw UsageError(toString(e.side) + " segment " + std::to_string(e.index + 1) + " is shorter than " +
                         std::to_string(e.offset) + " characters");
    Segment first{trimmed(std::string_view(segment.text).substr(0, cut)), "", segment.paragraph};
    Segment second{trimmed(std::string_view(segment.text).substr(cut)), "", segment.paragraph};
    if (first.text.empty() || second.text.empty())
        throw UsageError("splitting " + toString(e.side) + " segment " + std::to_string(e.index + 1) +
                         " at character " + std::to_string(e.offset) + " would leave an empty segment");
    return segmentWindow(c, e.side, e.index, 1, {std::move(first), std::move(second)});
}

ReplaceRange mergeSegments(const ProjectContent& c, const MergeSegments& e) {
    requireSegment(c, e.side, e.index);
    requireSegment(c, e.side, e.index + 1);
    const auto& segments = documentOf(c, e.side).segments;
    const std::string names = toString(e.side) + " segments " + std::to_string(e.index + 1) + " and " +
                              std::to_string(e.index + 2);
    if (rowOfSegment(c.alignment, e.side, e.index) != rowOfSegment(c.alignment, e.side, e.index + 1))
        throw UsageError(names + " are in different beads; merge the beads first");
    if (segments[e.index].paragraph != segments[e.index + 1].paragraph)
        throw UsageError(names + " are in different paragraphs");
    Segment merged{segments[e.index].text + e.separator + segments[e.index + 1].text, "", segments[e.index].paragraph};
    return segmentWindow(c, e.side, e.index, 2, {std::move(merged)});
}

ReplaceRange editText(const ProjectContent& c, const EditText& e) {
    requireSegment(c, e.side, e.index);
    const Segment& segment = documentOf(c, e.side).segments[e.index];
    return segmentWindow(c, e.side, e.index, 1, {Segment{e.text, "", segment.paragraph}});
}

ReplaceRange setStatus(const ProjectContent& c, const SetStatus& e) {
    requireRow(c, e.row);
    Bead bead = c.alignment[e.row];
    bead.status = e.status;
    return beadWindow(e.row, e.row + 1, {bead});
}

ReplaceRange confirmAbove(const ProjectContent& c, const ConfirmAbove& e) {
    if (e.row > c.alignment.size())
        throw UsageError("there is no " + rowText(e.row) + " (the alignment has " +
                         std::to_string(c.alignment.size()) + " rows)");
    std::size_t first = 0;
    while (first < e.row && c.alignment[first].status == BeadStatus::Confirmed)
        ++first;
    std::vector<Bead> beads(c.alignment.begin() + static_cast<std::ptrdiff_t>(first),
                            c.alignment.begin() + static_cast<std::ptrdiff_t>(e.row));
    for (Bead& b : beads)
        b.status = BeadStatus::Confirmed;
    return beadWindow(first, e.row, std::move(beads));
}

Document slice(const Document& doc, std::size_t begin, std::size_t end) {
    Document part;
    part.language = doc.language;
    part.segments.assign(doc.segments.begin() + static_cast<std::ptrdiff_t>(begin),
                         doc.segments.begin() + static_cast<std::ptrdiff_t>(end));
    return part;
}

} // namespace

ReplaceRange realignment(const ProjectContent& c, const Realign& e, const AlignProgress& progress,
                         std::stop_token stop) {
    requireRow(c, e.row);
    const std::size_t first = e.row;
    const std::size_t last = e.count >= c.alignment.size() - first ? c.alignment.size() : first + e.count;
    if (last == first)
        throw UsageError("nothing to re-align: the range is empty");
    const Bead& head = c.alignment[first];
    const Bead& tail = c.alignment[last - 1];
    const Document source = slice(c.source, head.srcBegin, tail.srcEnd);
    const Document target = slice(c.target, head.tgtBegin, tail.tgtEnd);

    AlignOptions options;
    options.dictionary = installedDictionary(c.source.language, c.target.language);
    std::map<std::array<std::size_t, 4>, const Bead*> before;
    for (std::size_t r = first; r < last; ++r) {
        const Bead& b = c.alignment[r];
        before[{b.srcBegin, b.srcEnd, b.tgtBegin, b.tgtEnd}] = &b;
        if (b.status == BeadStatus::Confirmed) {
            Bead pin = b;
            pin.srcBegin -= head.srcBegin, pin.srcEnd -= head.srcBegin;
            pin.tgtBegin -= head.tgtBegin, pin.tgtEnd -= head.tgtBegin;
            options.pins.push_back(pin);
        }
    }
    for (const Term& term : c.terms)
        if (term.status == TermStatus::Confirmed)
            options.glossary.emplace_back(term.source, term.target);

    Alignment result = align(source, target, options, progress, std::move(stop));
    if (!coversExactly(result, source.segments.size(), target.segments.size()))
        throw Error("the aligner returned beads that do not cover rows " + std::to_string(first + 1) + "-" +
                    std::to_string(last) + " exactly");
    for (Bead& b : result) {
        b.srcBegin += head.srcBegin, b.srcEnd += head.srcBegin;
        b.tgtBegin += head.tgtBegin, b.tgtEnd += head.tgtBegin;
        b.confidence = std::clamp(b.confidence, 0.0, 1.0);
        const auto old = before.find({b.srcBegin, b.srcEnd, b.tgtBegin, b.tgtEnd});
        if (old == before.end()) {
            b.status = BeadStatus::Auto;
        } else {
            b.status = old->second->status;
            if (b.status == BeadStatus::Confirmed)
                b.confidence = old->second->confidence;
        }
    }
    ReplaceRange p = beadWindow(first, last, std::move(result));
    p.description = describe(e);
    return p;
}

std::size_t rowOfSegment(const Alignment& alignment, Side side, std::size_t index) {
    const auto it = std::partition_point(alignment.begin(), alignment.end(),
                                         [&](const Bead& b) { return endOf(b, side) <= index; });
    if (it == alignment.end())
        throw UsageError("there is no " + toString(side) + " segment " + std::to_string(index + 1));
    return static_cast<std::size_t>(it - alignment.begin());
}

ReplaceRange resolve(const ProjectContent& content, const Edit& edit) {
    return std::visit(
        [&](const auto& e) -> ReplaceRange {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, MergeBeads>) return mergeBeads(content, e);
            else if constexpr (std::is_same_v<T, SplitBead>) return splitBead(content, e);
            else if constexpr (std::is_same_v<T, MoveSegment>) return moveSegment(content, e);
            else if constexpr (std::is_same_v<T, ShiftColumn>) return shiftColumn(content, e);
            else if constexpr (std::is_same_v<T, InsertSegment>) return insertSegment(content, e);
            else if constexpr (std::is_same_v<T, SplitSegment>) return splitSegment(content, e);
            else if constexpr (std::is_same_v<T, MergeSegments>) return mergeSegments(content, e);
            else if constexpr (std::is_same_v<T, EditText>) return editText(content, e);
            else if constexpr (std::is_same_v<T, SetStatus>) return setStatus(content, e);
            else if constexpr (std::is_same_v<T, ConfirmAbove>) return confirmAbove(content, e);
            else if constexpr (std::is_same_v<T, Realign>) return realignment(content, e);
            else if constexpr (std::is_same_v<T, ReplaceRange>) return e;
            else throw UsageError("a glossary edit has no bead window");
        },
        edit);
}

void checkPatch(const ProjectContent& c, const ReplaceRange& p) {
    const std::size_t rows = c.alignment.size();
    if (p.row > rows || p.rowCount > rows - p.row)
        throw UsageError("rows " + std::to_string(p.row + 1) + "-" + std::to_string(p.row + p.rowCount) +
                         " are outside the alignment (" + std::to_string(rows) + " rows)");
    std::array<std::size_t, 2> begin{}, end{}, newEnd{};
    for (Side side : {Side::Source, Side::Target}) {
        const auto s = static_cast<std::size_t>(side);
        const std::size_t size = documentOf(c, side).segments.size();
        if (p.rowCount > 0) {
            begin[s] = beginOf(c.alignment[p.row], side);
            end[s] = endOf(c.alignment[p.row + p.rowCount - 1], side);
        } else {
            begin[s] = end[s] = p.row < rows ? beginOf(c.alignment[p.row], side) : size;
        }
        const auto& w = side == Side::Source ? p.source : p.target;
        if (w.index > size || w.count > size - w.index)
            throw UsageError(toString(side) + " segments " + std::to_string(w.index + 1) + "-" +
                             std::to_string(w.index + w.count) + " are outside the document");
        if (w.segments.size() != w.count && (w.index < begin[s] || w.index + w.count > end[s]))
            throw UsageError("a replacement that adds or removes " + toString(side) +
                             " segments must keep them within its rows");
        newEnd[s] = end[s] + w.segments.size() - w.count;
    }
    std::size_t src = begin[0], tgt = begin[1];
    for (const Bead& b : p.beads) {
        if (b.srcBegin != src || b.tgtBegin != tgt || b.srcEnd < b.srcBegin || b.tgtEnd < b.tgtBegin || isEmpty(b))
            throw UsageError("the replacement beads do not cover their rows exactly once, in order");
        if (!(b.confidence >= 0.0 && b.confidence <= 1.0))
            throw UsageError("a bead's confidence must lie in [0, 1]");
        src = b.srcEnd;
        tgt = b.tgtEnd;
    }
    if (src != newEnd[0] || tgt != newEnd[1])
        throw UsageError("the replacement beads do not cover their rows exactly once, in order");
}

ReplaceRange inverseOf(const ProjectContent& c, const ReplaceRange& p) {
    ReplaceRange inverse;
    inverse.row = p.row;
    inverse.rowCount = p.beads.size();
    inverse.beads.assign(c.alignment.begin() + static_cast<std::ptrdiff_t>(p.row),
                         c.alignment.begin() + static_cast<std::ptrdiff_t>(p.row + p.rowCount));
    for (Side side : {Side::Source, Side::Target}) {
        const auto& w = side == Side::Source ? p.source : p.target;
        auto& back = side == Side::Source ? inverse.source : inverse.target;
        const auto& segments = documentOf(c, side).segments;
        back.index = w.index;
        back.count = w.segments.size();
        back.segments.assign(segments.begin() + static_cast<std::ptrdiff_t>(w.index),
                             segments.begin() + static_cast<std::ptrdiff_t>(w.index + w.count));
    }
    return inverse;
}

} // namespace tandem
