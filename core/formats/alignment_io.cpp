// Reading and writing the vecalign form and hunalign ladders.
#include "core/formats/alignment_io.h"

#include "core/error.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>
#include <string_view>

namespace tandem {
namespace {

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::string at(const std::string& name, std::size_t lineNumber) { return name + ":" + std::to_string(lineNumber) + ": "; }

/// "[0, 1, 2]" or "[]" -> numbers.
std::vector<std::size_t> parseList(std::string_view field, const std::string& where) {
    field = trim(field);
    if (field.size() < 2 || field.front() != '[' || field.back() != ']')
        throw ParseError(where + "expected a list like [0, 1], got '" + std::string(field) + "'");
    std::vector<std::size_t> out;
    std::string_view body = trim(field.substr(1, field.size() - 2));
    if (body.empty())
        return out;
    while (true) {
        const auto comma = body.find(',');
        const std::string_view item = trim(body.substr(0, comma));
        std::size_t value = 0;
        const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
        if (item.empty() || ec != std::errc() || end != item.data() + item.size())
            throw ParseError(where + "'" + std::string(item) + "' is not a segment number");
        out.push_back(value);
        if (comma == std::string_view::npos)
            break;
        body = body.substr(comma + 1);
    }
    return out;
}

double parseNumber(std::string_view text, const std::string& where, const char* what) {
    const std::string s(trim(text));
    std::istringstream in(s);
    in.imbue(std::locale::classic());
    double value = 0;
    if (s.empty() || !(in >> value) || !in.eof() || !std::isfinite(value))
        throw ParseError(where + "'" + s + "' is not a " + what);
    return value;
}

std::ifstream openInput(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError(file.string() + ": cannot open the alignment file");
    return in;
}

void writeList(std::ostream& out, std::size_t begin, std::size_t end) {
    out << '[';
    for (std::size_t k = begin; k < end; ++k)
        out << (k == begin ? "" : ", ") << k;
    out << ']';
}

std::string formatConfidence(double value) {
    std::ostringstream s;
    s.imbue(std::locale::classic());
    s.precision(3);
    s << std::fixed << value;
    return s.str();
}

} // namespace

std::vector<AlignmentLine> readVecalign(std::istream& in, const std::string& name) {
    std::vector<AlignmentLine> lines;
    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (trim(line).empty())
            continue;
        const std::string where = at(name, lineNumber);
        // Fields separated by ':' (empty fields are skipped, as vecalign's scorer does).
        std::vector<std::string_view> fields;
        std::string_view rest = line;
        while (true) {
            const auto colon = rest.find(':');
            const std::string_view field = trim(rest.substr(0, colon));
            if (!field.empty())
                fields.push_back(field);
            if (colon == std::string_view::npos)
                break;
            rest = rest.substr(colon + 1);
        }
        if (fields.size() < 2 || fields.size() > 3)
            throw ParseError(where + "expected '[source numbers]:[target numbers]' with an optional ':confidence'");
        AlignmentLine bead;
        bead.source = parseList(fields[0], where);
        bead.target = parseList(fields[1], where);
        if (fields.size() == 3)
            bead.confidence = parseNumber(fields[2], where, "confidence");
        lines.push_back(std::move(bead));
    }
    if (in.bad())
        throw IoError(name + ": read error");
    return lines;
}

std::vector<AlignmentLine> readVecalignFile(const std::filesystem::path& file) {
    auto in = openInput(file);
    return readVecalign(in, file.string());
}

void writeVecalign(std::ostream& out, const Alignment& alignment, bool withConfidence) {
    for (const Bead& b : alignment) {
        writeList(out, b.srcBegin, b.srcEnd);
        out << ':';
        writeList(out, b.tgtBegin, b.tgtEnd);
        if (withConfidence)
            out << ':' << formatConfidence(b.confidence);
        out << '\n';
    }
}

Alignment readLadder(std::istream& in, const std::string& name) {
    struct Rung {
        std::size_t source, target;
        double score;
        std::size_t lineNumber;
    };
    std::vector<Rung> rungs;
    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (trim(line).empty())
            continue;
        const std::string where = at(name, lineNumber);
        std::istringstream fields{std::string(trim(line))};
        std::string a, b, score;
        fields >> a >> b >> score;
        std::string extra;
        if (b.empty() || (fields >> extra))
            throw ParseError(where + "expected a rung 'source<TAB>target[<TAB>score]'");
        Rung r{};
        const auto asIndex = [&](const std::string& s) {
            std::size_t v = 0;
            const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
            if (ec != std::errc() || end != s.data() + s.size())
                throw ParseError(where + "'" + s + "' is not a segment number");
            return v;
        };
        r.source = asIndex(a);
        r.target = asIndex(b);
        r.score = score.empty() ? 0.0 : parseNumber(score, where, "score");
        r.lineNumber = lineNumber;
        if (!rungs.empty() && (r.source < rungs.back().source || r.target < rungs.back().target))
            throw ParseError(where + "rung goes backwards (the ladder must not decrease)");
        rungs.push_back(r);
    }
    if (in.bad())
        throw IoError(name + ": read error");
    Alignment out;
    if (rungs.empty())
        return out;
    if (rungs.front().source != 0 || rungs.front().target != 0)
        throw ParseError(at(name, rungs.front().lineNumber) + "the first rung must be '0 0'");
    for (std::size_t k = 0; k + 1 < rungs.size(); ++k) {
        const Rung& from = rungs[k];
        const Rung& to = rungs[k + 1];
        if (from.source == to.source && from.target == to.target)
            continue;
        out.push_back(Bead{from.source, to.source, from.target, to.target, from.score, BeadStatus::Auto});
    }
    return out;
}

Alignment readLadderFile(const std::filesystem::path& file) {
    auto in = openInput(file);
    return readLadder(in, file.string());
}

void writeLadder(std::ostream& out, const Alignment& alignment) {
    std::size_t src = 0, tgt = 0;
    for (const Bead& b : alignment) {
        out << b.srcBegin << '\t' << b.tgtBegin << '\t' << formatConfidence(b.confidence) << '\n';
        src = b.srcEnd;
        tgt = b.tgtEnd;
    }
    out << src << '\t' << tgt << '\t' << formatConfidence(0.0) << '\n';
}

std::vector<AlignmentLine> toLines(const Alignment& alignment) {
    std::vector<AlignmentLine> out;
    out.reserve(alignment.size());
    for (const Bead& b : alignment) {
        AlignmentLine line;
        for (std::size_t k = b.srcBegin; k < b.srcEnd; ++k)
            line.source.push_back(k);
        for (std::size_t k = b.tgtBegin; k < b.tgtEnd; ++k)
            line.target.push_back(k);
        line.confidence = b.confidence;
        out.push_back(std::move(line));
    }
    return out;
}

Alignment toAlignment(const std::vector<AlignmentLine>& lines, const std::string& name) {
    Alignment out;
    std::size_t src = 0, tgt = 0;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        const AlignmentLine& line = lines[k];
        const std::string where = name + ": bead " + std::to_string(k + 1) + ": ";
        auto checkRun = [&](const std::vector<std::size_t>& v, std::size_t next) {
            for (std::size_t x = 1; x < v.size(); ++x)
                if (v[x] != v[x - 1] + 1)
                    throw ParseError(where + "segment numbers are not consecutive");
            if (!v.empty() && v.front() < next)
                throw ParseError(where + "overlaps or goes back before the bead before it");
        };
        checkRun(line.source, src);
        checkRun(line.target, tgt);
        if (line.source.empty() && line.target.empty())
            continue;
        Bead b;
        b.srcBegin = line.source.empty() ? src : line.source.front();
        b.srcEnd = line.source.empty() ? b.srcBegin : line.source.back() + 1;
        b.tgtBegin = line.target.empty() ? tgt : line.target.front();
        b.tgtEnd = line.target.empty() ? b.tgtBegin : line.target.back() + 1;
        b.confidence = line.confidence.value_or(0.0);
        src = b.srcEnd;
        tgt = b.tgtEnd;
        out.push_back(b);
    }
    return out;
}

} // namespace tandem
