// Gold glossary reading and precision / recall of found name pairs against it.
#include "core/names/glossary_evaluation.h"

#include "core/error.h"
#include "core/names/name_key.h"

#include <fstream>
#include <sstream>

namespace tandem {

std::vector<Term> readGoldGlossary(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError(file.string() + ": cannot open the gold glossary");
    std::vector<Term> terms;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (number == 1 || line.empty())
            continue; // the header row names the columns
        std::istringstream fields(line);
        Term term;
        std::string type;
        std::getline(fields, term.source, '\t');
        std::getline(fields, term.target, '\t');
        std::getline(fields, type, '\t');
        std::getline(fields, term.note);
        if (term.source.empty() || term.target.empty())
            throw ParseError(file.string() + ":" + std::to_string(number) + ": expected source<TAB>target");
        if (!type.empty()) {
            try {
                term.type = termTypeFromString(type);
            } catch (const ParseError& e) {
                throw ParseError(file.string() + ":" + std::to_string(number) + ": " + e.what());
            }
        }
        term.status = TermStatus::Confirmed;
        term.score = 1.0;
        terms.push_back(std::move(term));
    }
    return terms;
}

GlossaryScore scoreGlossary(const std::vector<Term>& found, const std::vector<Term>& gold,
                            const std::string& targetLanguage) {
    NameKeyer keyer;
    std::vector<std::string> goldKeys;
    goldKeys.reserve(gold.size());
    for (const Term& g : gold)
        goldKeys.push_back(keyer.key(g.target, targetLanguage));
    GlossaryScore score;
    score.found = found.size();
    score.gold = gold.size();
    std::vector<bool> recalled(gold.size(), false);
    for (const Term& f : found) {
        const std::string key = keyer.key(f.target, targetLanguage);
        bool right = false;
        for (std::size_t g = 0; g < gold.size(); ++g)
            if (gold[g].source == f.source && goldKeys[g] == key)
                right = recalled[g] = true;
        score.correct += right ? 1 : 0;
    }
    for (bool r : recalled)
        score.recalled += r ? 1 : 0;
    return score;
}

} // namespace tandem
