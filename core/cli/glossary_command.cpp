// `tandem glossary`: a project's glossary exported (TBX v3, TBX 2008, OmegaT TSV, CSV), imported from
// the same formats, filled with mined name pairs, and listed. Changes go through Project::apply,
// so they are undoable like any edit.
#include "core/cli/command_line.h"
#include "core/cli/commands.h"
#include "core/cli/exit_codes.h"
#include "core/error.h"
#include "core/formats/glossary_file.h"
#include "core/names/name_mining.h"
#include "core/project/project.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>

namespace tandem::cli {

namespace po = boost::program_options;

namespace {

/// A language tag's primary subtag in lower case, or "" when `s` does not look like a tag (English).
std::string primaryTag(const std::string& s) {
    const std::string primary = s.substr(0, s.find_first_of("-_"));
    if (primary.size() < 2 || primary.size() > 3 ||
        !std::all_of(primary.begin(), primary.end(), [](unsigned char c) { return std::isalpha(c); }))
        return {};
    std::string out = primary;
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

int runExport(const Args& args) {
    po::options_description visible("usage: tandem glossary export PROJECT.tandem OUT [options]");
    std::string format = "auto";
    visible.add_options()
        ("help,h", "show this help")
        ("format", po::value(&format)->default_value("auto"), "tbx (v3) | tbx2008 (martif) | tsv (OmegaT) | csv | auto (by extension)")
        ("confirmed-only", "only confirmed terms (default: confirmed and suggested)")
        ("include-rejected", "rejected terms too");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 2, vm, files, "expected PROJECT.tandem and OUT"))
        return ExitOk;
    const GlossaryFormat kind = glossaryFormatOf(format, files[1]);
    const Project project = Project::open(files[0]);
    std::vector<Term> terms;
    for (const Term& t : project.terms()) {
        if (t.status == TermStatus::Rejected && !vm.count("include-rejected"))
            continue;
        if (t.status == TermStatus::Suggested && vm.count("confirmed-only"))
            continue;
        terms.push_back(t);
    }
    const GlossaryLanguages languages{project.source().language, project.target().language};
    std::ostringstream text;
    writeGlossary(text, terms, languages, kind);
    std::ofstream out(files[1], std::ios::binary);
    if (!(out << text.str()) || !out.flush())
        throw IoError(files[1] + ": cannot write the glossary");
    std::cerr << "wrote " << terms.size() << " terms to " << files[1] << '\n';
    return ExitOk;
}

int runImport(const Args& args) {
    po::options_description visible("usage: tandem glossary import PROJECT.tandem FILE [options]");
    std::string format = "auto", status;
    visible.add_options()
        ("help,h", "show this help")
        ("format", po::value(&format)->default_value("auto"), "tbx (either flavour) | tsv (OmegaT) | csv | auto (by extension)")
        ("status", po::value(&status), "give every imported term this status (suggested | confirmed | rejected)");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 2, vm, files, "expected PROJECT.tandem and FILE"))
        return ExitOk;
    const GlossaryFormat kind = glossaryFormatOf(format, files[1]);
    std::optional<TermStatus> forced;
    if (vm.count("status")) {
        try {
            forced = termStatusFromString(status);
        } catch (const ParseError& e) {
            throw UsageError(e.what());
        }
    }
    const ImportedGlossary glossary = readGlossaryFile(files[1], kind);

    Project project = Project::open(files[0]);
    const std::string fileSource = primaryTag(glossary.languages.source), fileTarget = primaryTag(glossary.languages.target);
    const std::string projectSource = primaryTag(project.source().language), projectTarget = primaryTag(project.target().language);
    if ((!fileSource.empty() && fileSource != projectSource) || (!fileTarget.empty() && fileTarget != projectTarget))
        throw UsageError(files[1] + ": the glossary is " + glossary.languages.source + " - " + glossary.languages.target +
                         " but the project is " + project.source().language + " - " + project.target().language);
    std::set<std::pair<std::string, std::string>> present;
    for (const Term& t : project.terms())
        present.emplace(t.source, t.target);
    AddTerms add;
    std::size_t skipped = 0;
    for (Term t : glossary.terms) {
        if (!present.emplace(t.source, t.target).second) {
            ++skipped;
            continue;
        }
        t.id = 0;
        if (forced)
            t.status = *forced;
        add.terms.push_back(std::move(t));
    }
    if (!add.terms.empty())
        project.apply(add);
    std::cerr << "added " << add.terms.size() << " terms" << (skipped ? ", skipped " + std::to_string(skipped) + " already present" : "")
              << '\n';
    return ExitOk;
}

int runMine(const Args& args) {
    po::options_description visible("usage: tandem glossary mine PROJECT.tandem\n"
                                    "Adds the name pairs mined from the project's beads as suggested terms\n"
                                    "(confirmed terms serve as known pairs; sources already in the glossary are skipped)");
    visible.add_options()("help,h", "show this help");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 1, vm, files, "expected PROJECT.tandem"))
        return ExitOk;
    Project project = Project::open(files[0]);
    MiningOptions options;
    std::set<std::string> present;
    for (const Term& t : project.terms()) {
        present.insert(t.source);
        if (t.status == TermStatus::Confirmed)
            options.knownPairs.emplace_back(t.source, t.target);
    }
    AddTerms add;
    for (const NameSuggestion& s : mineNames(project.source(), project.target(), project.alignment(), options))
        if (present.insert(s.term.source).second)
            add.terms.push_back(s.term);
    if (!add.terms.empty())
        project.apply(add);
    std::cerr << "added " << add.terms.size() << " suggested terms\n";
    return ExitOk;
}

int runList(const Args& args) {
    po::options_description visible("usage: tandem glossary list PROJECT.tandem\n"
                                    "Prints id, status, type, source, target, occurrences, variants, note (tab-separated)");
    visible.add_options()("help,h", "show this help");
    po::variables_map vm;
    std::vector<std::string> files;
    if (!parseCommandLine(args, visible, 1, vm, files, "expected PROJECT.tandem"))
        return ExitOk;
    const Project project = Project::open(files[0]);
    auto flat = [](std::string s) {
        std::replace_if(s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
        return s;
    };
    for (const Term& t : project.terms()) {
        std::string variants;
        for (const std::string& v : t.variants)
            variants += (variants.empty() ? "" : "; ") + flat(v);
        std::cout << t.id << '\t' << toString(t.status) << '\t' << toString(t.type) << '\t' << flat(t.source) << '\t'
                  << flat(t.target) << '\t' << t.occurrences << '\t' << variants << '\t' << flat(t.note) << '\n';
    }
    return ExitOk;
}

} // namespace

int runGlossary(const Args& args) {
    static constexpr const char* usage = "usage: tandem glossary export|import|mine|list PROJECT.tandem ... (--help per action)";
    if (args.empty())
        throw UsageError(usage);
    const Args rest(args.begin() + 1, args.end());
    if (args[0] == "export")
        return runExport(rest);
    if (args[0] == "import")
        return runImport(rest);
    if (args[0] == "mine")
        return runMine(rest);
    if (args[0] == "list")
        return runList(rest);
    if (args[0] == "--help" || args[0] == "-h") {
        std::cout << usage << "\n  export  write the glossary as TBX v3, TBX 2008, OmegaT TSV or CSV\n"
                  << "  import  add the terms of a TBX, TSV or CSV glossary\n"
                  << "  mine    add name pairs mined from the aligned text as suggestions\n"
                  << "  list    print the glossary\n";
        return ExitOk;
    }
    throw UsageError("unknown action '" + args[0] + "'; " + usage);
}

} // namespace tandem::cli
