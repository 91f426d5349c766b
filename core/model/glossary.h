// Glossary terms: proper names and other terms with their rendering in the other language.
//
// Vocabulary: a *term* (or *name pair*) has a source form, a target base form, the surface variants
// seen in the text (Сулейманова, Сулейманову), a status, a type and a note. Confirmed terms are fed
// back to the aligner as anchors.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tandem {

enum class TermStatus { Suggested, Confirmed, Rejected };
enum class TermType { Person, Place, Organisation, Other };

struct Term {
    std::int64_t id = 0;        ///< store id; 0 until stored
    std::string source;         ///< source form, e.g. "Ruslan Suleymanov"
    std::string target;         ///< target base form, e.g. "Руслан Сулейманов"
    std::vector<std::string> variants; ///< target surface forms seen in the text
    TermStatus status = TermStatus::Suggested;
    TermType type = TermType::Other;
    std::string note;
    double score = 0.0;         ///< mining score in [0, 1] (1 for entries typed by hand)
    int occurrences = 0;        ///< beads in which both sides were seen

    friend bool operator==(const Term&, const Term&) = default;
};

std::string toString(TermStatus status); ///< "suggested", "confirmed", "rejected"
std::string toString(TermType type);     ///< "person", "place", "organisation", "other"
TermStatus termStatusFromString(const std::string& name); ///< throws ParseError when unknown
TermType termTypeFromString(const std::string& name);     ///< throws ParseError when unknown

/// The source and target forms of every term that is not rejected: what a glossary file handed to
/// the aligner (anchors) or the name miner (known pairs) stands for.
std::vector<std::pair<std::string, std::string>> termPairs(const std::vector<Term>& terms);

} // namespace tandem
