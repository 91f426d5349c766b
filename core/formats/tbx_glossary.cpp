// TBX v3 (TBX-Core) and TBX 2008 (martif) glossaries through pugixml.
#include "core/formats/tbx_glossary.h"

#include "core/error.h"
#include "core/formats/xml_text.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <istream>
#include <ostream>

namespace tandem {
namespace {

constexpr const char* kTbxNamespace = "urn:iso:std:iso:30042:ed-2";

/// A BCP 47 tag as XML's language type wants it (pt_BR → pt-BR).
std::string languageTag(std::string tag) {
    std::replace(tag.begin(), tag.end(), '_', '-');
    return tag;
}

void addText(pugi::xml_node parent, const char* element, const std::string& text) {
    parent.append_child(element).text().set(xmlSafeText(text).c_str());
}

void addAdmin(pugi::xml_node parent, const char* type, const std::string& value) {
    pugi::xml_node admin = parent.append_child("admin");
    admin.append_attribute("type").set_value(type);
    admin.text().set(value.c_str());
}

/// Element names of the two flavours.
struct Names {
    const char* entry;
    const char* language;
    const char* termGroup; ///< "" in v3: termSec holds term directly
};

Names namesOf(TbxFlavour flavour) {
    return flavour == TbxFlavour::V3 ? Names{"conceptEntry", "langSec", "termSec"} : Names{"termEntry", "langSet", "tig"};
}

void addTerm(pugi::xml_node language, const Names& names, const std::string& text, bool variant) {
    pugi::xml_node group = language.append_child(names.termGroup);
    addText(group, "term", text);
    if (variant) {
        pugi::xml_node note = group.append_child("termNote");
        note.append_attribute("type").set_value("termType");
        note.text().set("variant");
    }
}

std::string elementText(pugi::xml_node node) { return node.text().as_string(); }

} // namespace

void writeTbx(std::ostream& out, const std::vector<Term>& terms, const GlossaryLanguages& languages, TbxFlavour flavour) {
    if (languages.source.empty() || languages.target.empty())
        throw ExportError("a TBX glossary needs both languages");
    const std::string source = languageTag(languages.source), target = languageTag(languages.target);
    const Names names = namesOf(flavour);
    pugi::xml_document doc;
    pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node root;
    if (flavour == TbxFlavour::V3) {
        root = doc.append_child("tbx");
        root.append_attribute("xmlns").set_value(kTbxNamespace);
        root.append_attribute("type").set_value("TBX-Core");
        root.append_attribute("style").set_value("dca");
        root.append_attribute("xml:lang").set_value(source.c_str());
    } else {
        root = doc.append_child("martif");
        root.append_attribute("type").set_value("TBX");
        root.append_attribute("xml:lang").set_value(source.c_str());
    }
    pugi::xml_node header = root.append_child(flavour == TbxFlavour::V3 ? "tbxHeader" : "martifHeader");
    addText(header.append_child("fileDesc").append_child("sourceDesc"), "p",
            "Glossary exported by Tandem (" + source + " - " + target + ")");
    pugi::xml_node text = root.append_child("text");
    // TBX v3 wants at least one entry in a body, so an empty glossary has none; martif keeps an empty
    // body, as translate-toolkit writes it.
    pugi::xml_node body = terms.empty() && flavour == TbxFlavour::V3 ? pugi::xml_node() : text.append_child("body");
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const Term& t = terms[i];
        pugi::xml_node entry = body.append_child(names.entry);
        std::string id = "t"; // built by appending: "t" + to_string() trips GCC 12's -Wrestrict at -O3
        id += std::to_string(i + 1);
        entry.append_attribute("id").set_value(id.c_str());
        addAdmin(entry, "x-tandem-status", toString(t.status));
        addAdmin(entry, "x-tandem-type", toString(t.type));
        if (!t.note.empty())
            addText(entry, "note", t.note);
        pugi::xml_node src = entry.append_child(names.language);
        src.append_attribute("xml:lang").set_value(source.c_str());
        addTerm(src, names, t.source, false);
        pugi::xml_node tgt = entry.append_child(names.language);
        tgt.append_attribute("xml:lang").set_value(target.c_str());
        addTerm(tgt, names, t.target, false);
        for (const std::string& v : t.variants)
            if (v != t.target)
                addTerm(tgt, names, v, true);
    }
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    if (!out)
        throw ExportError("cannot write the TBX glossary");
}

ImportedGlossary readTbx(std::istream& in, const std::string& name) {
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load(in, pugi::parse_default, pugi::encoding_auto);
    if (!parsed)
        throw ParseError(name + ": malformed XML at byte " + std::to_string(parsed.offset) + ": " + parsed.description());
    pugi::xml_node root = doc.document_element();
    TbxFlavour flavour;
    if (std::strcmp(root.name(), "tbx") == 0)
        flavour = TbxFlavour::V3;
    else if (std::strcmp(root.name(), "martif") == 0)
        flavour = TbxFlavour::Martif2008;
    else
        throw ParseError(name + ": not TBX (root element <" + std::string(root.name()) + ">, expected <tbx> or <martif>)");
    const Names names = namesOf(flavour);
    ImportedGlossary glossary;
    glossary.languages.source = root.attribute("xml:lang").as_string();
    pugi::xml_node body = root.child("text").child("body");
    int index = 0;
    for (pugi::xml_node entry = body.child(names.entry); entry; entry = entry.next_sibling(names.entry)) {
        ++index;
        const std::string where = name + ": entry " + std::to_string(index) +
                                  (entry.attribute("id") ? " (" + std::string(entry.attribute("id").as_string()) + ")" : "");
        Term t;
        t.score = 1.0;
        t.status = TermStatus::Confirmed;
        try {
            for (pugi::xml_node admin = entry.child("admin"); admin; admin = admin.next_sibling("admin")) {
                const std::string type = admin.attribute("type").as_string();
                if (type == "x-tandem-status")
                    t.status = termStatusFromString(elementText(admin));
                else if (type == "x-tandem-type")
                    t.type = termTypeFromString(elementText(admin));
            }
        } catch (const ParseError& e) {
            throw ParseError(where + ": " + e.what());
        }
        if (pugi::xml_node note = entry.child("note"))
            t.note = elementText(note);
        bool haveSource = false, haveTarget = false;
        for (pugi::xml_node language = entry.child(names.language); language;
             language = language.next_sibling(names.language)) {
            std::string lang = language.attribute("xml:lang").as_string();
            if (glossary.languages.source.empty())
                glossary.languages.source = lang;
            const bool isSource = lang == glossary.languages.source;
            if (!isSource && glossary.languages.target.empty())
                glossary.languages.target = lang;
            if (!isSource && lang != glossary.languages.target)
                continue; // a third language: not part of a two-language glossary
            for (pugi::xml_node group = language.child(names.termGroup); group; group = group.next_sibling(names.termGroup)) {
                const std::string term = elementText(group.child("term"));
                if (term.empty())
                    continue;
                if (isSource && !haveSource) {
                    t.source = term;
                    haveSource = true;
                } else if (!isSource && !haveTarget) {
                    t.target = term;
                    haveTarget = true;
                } else if (!isSource) {
                    t.variants.push_back(term);
                }
            }
        }
        if (!haveSource || !haveTarget)
            throw ParseError(where + ": no term in " +
                             (haveSource ? "the target language" : "the source language (" + glossary.languages.source + ")"));
        glossary.terms.push_back(std::move(t));
    }
    return glossary;
}

} // namespace tandem
