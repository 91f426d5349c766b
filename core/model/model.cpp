// Small helpers of the shared value types (documents, beads, terms).
#include "core/error.h"
#include "core/model/alignment.h"
#include "core/model/document.h"
#include "core/model/glossary.h"

namespace tandem {

Document documentFromLines(const std::vector<std::string>& lines, std::string language) {
    Document doc;
    doc.language = std::move(language);
    doc.segments.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        doc.segments.push_back(Segment{lines[i], {}, i});
    return doc;
}

std::string Bead::shape() const { return std::to_string(srcCount()) + "-" + std::to_string(tgtCount()); }

bool coversExactly(const Alignment& alignment, std::size_t sourceSize, std::size_t targetSize) {
    std::size_t src = 0, tgt = 0;
    for (const Bead& b : alignment) {
        if (b.srcBegin != src || b.tgtBegin != tgt || b.srcEnd < b.srcBegin || b.tgtEnd < b.tgtBegin)
            return false;
        if (b.srcCount() == 0 && b.tgtCount() == 0)
            return false;
        src = b.srcEnd;
        tgt = b.tgtEnd;
    }
    return src == sourceSize && tgt == targetSize;
}

std::string toString(BeadStatus status) {
    switch (status) {
    case BeadStatus::Auto: return "auto";
    case BeadStatus::Confirmed: return "confirmed";
    case BeadStatus::NeedsReview: return "needs-review";
    }
    return "auto";
}

BeadStatus beadStatusFromString(const std::string& name) {
    if (name == "auto") return BeadStatus::Auto;
    if (name == "confirmed") return BeadStatus::Confirmed;
    if (name == "needs-review") return BeadStatus::NeedsReview;
    throw ParseError("unknown bead status '" + name + "' (expected auto, confirmed or needs-review)");
}

std::string toString(TermStatus status) {
    switch (status) {
    case TermStatus::Suggested: return "suggested";
    case TermStatus::Confirmed: return "confirmed";
    case TermStatus::Rejected: return "rejected";
    }
    return "suggested";
}

std::string toString(TermType type) {
    switch (type) {
    case TermType::Person: return "person";
    case TermType::Place: return "place";
    case TermType::Organisation: return "organisation";
    case TermType::Other: return "other";
    }
    return "other";
}

TermStatus termStatusFromString(const std::string& name) {
    if (name == "suggested") return TermStatus::Suggested;
    if (name == "confirmed") return TermStatus::Confirmed;
    if (name == "rejected") return TermStatus::Rejected;
    throw ParseError("unknown term status '" + name + "' (expected suggested, confirmed or rejected)");
}

TermType termTypeFromString(const std::string& name) {
    if (name == "person") return TermType::Person;
    if (name == "place") return TermType::Place;
    if (name == "organisation" || name == "organization") return TermType::Organisation;
    if (name == "other") return TermType::Other;
    throw ParseError("unknown term type '" + name + "' (expected person, place, organisation or other)");
}

std::vector<std::pair<std::string, std::string>> termPairs(const std::vector<Term>& terms) {
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const Term& term : terms)
        if (term.status != TermStatus::Rejected)
            pairs.emplace_back(term.source, term.target);
    return pairs;
}

} // namespace tandem
