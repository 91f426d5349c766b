// OmegaT TSV and CSV glossaries: writing, and reading with line-numbered errors.
#include "core/formats/glossary_table.h"

#include "core/error.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <istream>
#include <iterator>
#include <ostream>

namespace tandem {
namespace {

/// The whole stream, checked to be UTF-8, without a byte-order mark.
std::string readUtf8(std::istream& in, const std::string& name) {
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw IoError(name + ": read failed");
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    int32_t i = 0;
    const auto n = static_cast<int32_t>(text.size());
    int line = 1;
    while (i < n) {
        UChar32 c;
        U8_NEXT(text.data(), i, n, c);
        if (c < 0)
            throw DecodeError(name + ":" + std::to_string(line) + ": not UTF-8");
        if (c == '\n')
            ++line;
    }
    return text;
}

std::string oneLine(const std::string& field) {
    std::string out = field;
    std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    return out;
}

std::vector<std::string> splitOn(const std::string& s, char separator) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = s.find(separator, start);
        out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return out;
        start = end + 1;
    }
}

std::string lowerAscii(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string csvField(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos && (field.empty() || (field.front() != ' ' && field.back() != ' ')))
        return field;
    std::string out = "\"";
    for (char c : field) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

/// One CSV record: its fields and the line it started on.
struct CsvRecord {
    std::vector<std::string> fields;
    int line = 0;
};

std::vector<CsvRecord> parseCsv(const std::string& text, const std::string& name) {
    std::vector<CsvRecord> records;
    std::size_t i = 0;
    int line = 1;
    while (i < text.size()) {
        CsvRecord record;
        record.line = line;
        std::string field;
        bool blank = true;
        for (;;) {
            if (i < text.size() && text[i] == '"') {
                blank = false;
                const int opened = line;
                ++i;
                for (;;) {
                    if (i >= text.size())
                        throw ParseError(name + ":" + std::to_string(opened) + ": quoted field never closed");
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            field.push_back('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (text[i] == '\n')
                        ++line;
                    field.push_back(text[i++]);
                }
                if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                    throw ParseError(name + ":" + std::to_string(line) + ": text after a closing quote");
            } else {
                while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
                    if (text[i] == '"')
                        throw ParseError(name + ":" + std::to_string(line) + ": quote inside an unquoted field");
                    field.push_back(text[i++]);
                    blank = false;
                }
            }
            record.fields.push_back(std::move(field));
            field.clear();
            if (i < text.size() && text[i] == ',') {
                ++i;
                blank = false;
                continue;
            }
            break;
        }
        if (i < text.size() && text[i] == '\r')
            ++i;
        if (i < text.size() && text[i] == '\n') {
            ++i;
            ++line;
        }
        if (!blank)
            records.push_back(std::move(record));
    }
    return records;
}

} // namespace

void writeOmegaTGlossary(std::ostream& out, const std::vector<Term>& terms) {
    for (const Term& t : terms) {
        out << oneLine(t.source) << '\t' << oneLine(t.target);
        if (!t.note.empty())
            out << '\t' << oneLine(t.note);
        out << '\n';
    }
    if (!out)
        throw ExportError("cannot write the OmegaT glossary");
}

ImportedGlossary readOmegaTGlossary(std::istream& in, const std::string& name) {
    const std::string text = readUtf8(in, name);
    ImportedGlossary glossary;
    const std::vector<std::string> lines = splitOn(text, '\n');
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string line = lines[i];
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") == std::string::npos)
            continue;
        const std::vector<std::string> fields = splitOn(line, '\t');
        const std::string where = name + ":" + std::to_string(i + 1) + ": ";
        if (fields.size() < 2 || fields[0].empty() || fields[1].empty())
            throw ParseError(where + "expected source<TAB>target[<TAB>comment]");
        if (fields.size() > 3)
            throw ParseError(where + std::to_string(fields.size()) +
                             " columns; an OmegaT glossary has source, target and an optional comment");
        Term t;
        t.source = fields[0];
        t.target = fields[1];
        if (fields.size() == 3)
            t.note = fields[2];
        t.status = TermStatus::Confirmed;
        t.score = 1.0;
        glossary.terms.push_back(std::move(t));
    }
    return glossary;
}

void writeGlossaryCsv(std::ostream& out, const std::vector<Term>& terms, const GlossaryLanguages& languages) {
    if (languages.source.empty() || languages.target.empty())
        throw ExportError("a CSV glossary needs both languages for its header");
    out << csvField(languages.source) << ',' << csvField(languages.target) << ",note,variants,status,type\r\n";
    for (const Term& t : terms) {
        std::string variants;
        for (const std::string& v : t.variants)
            variants += (variants.empty() ? "" : "\n") + v;
        out << csvField(t.source) << ',' << csvField(t.target) << ',' << csvField(t.note) << ',' << csvField(variants)
            << ',' << toString(t.status) << ',' << toString(t.type) << "\r\n";
    }
    if (!out)
        throw ExportError("cannot write the CSV glossary");
}

ImportedGlossary readGlossaryCsv(std::istream& in, const std::string& name) {
    const std::vector<CsvRecord> records = parseCsv(readUtf8(in, name), name);
    if (records.empty())
        throw ParseError(name + ": no header row (expected <source language>,<target language>,...)");
    const CsvRecord& header = records.front();
    if (header.fields.size() < 2 || header.fields[0].empty() || header.fields[1].empty())
        throw ParseError(name + ":" + std::to_string(header.line) +
                         ": the header must name the source and target languages in its first two columns");
    ImportedGlossary glossary;
    glossary.languages = {header.fields[0], header.fields[1]};
    int note = -1, variants = -1, status = -1, type = -1;
    for (std::size_t c = 2; c < header.fields.size(); ++c) {
        const std::string h = lowerAscii(header.fields[c]);
        const int index = static_cast<int>(c);
        if (h == "note" || h == "comment")
            note = index;
        else if (h == "variants")
            variants = index;
        else if (h == "status")
            status = index;
        else if (h == "type")
            type = index;
    }
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& row = records[r];
        const std::string where = name + ":" + std::to_string(row.line) + ": ";
        if (row.fields.size() > header.fields.size())
            throw ParseError(where + std::to_string(row.fields.size()) + " fields but the header has " +
                             std::to_string(header.fields.size()));
        if (row.fields.size() < 2 || row.fields[0].empty() || row.fields[1].empty())
            throw ParseError(where + "a row needs a source and a target form");
        auto field = [&](int index) {
            return index >= 0 && static_cast<std::size_t>(index) < row.fields.size() ? row.fields[static_cast<std::size_t>(index)]
                                                                                      : std::string();
        };
        Term t;
        t.source = row.fields[0];
        t.target = row.fields[1];
        t.note = field(note);
        for (std::string v : splitOn(field(variants), '\n')) {
            if (!v.empty() && v.back() == '\r')
                v.pop_back();
            if (!v.empty())
                t.variants.push_back(v);
        }
        try {
            t.status = field(status).empty() ? TermStatus::Confirmed : termStatusFromString(field(status));
            t.type = field(type).empty() ? TermType::Other : termTypeFromString(field(type));
        } catch (const ParseError& e) {
            throw ParseError(where + e.what());
        }
        t.score = 1.0;
        glossary.terms.push_back(std::move(t));
    }
    return glossary;
}

} // namespace tandem
