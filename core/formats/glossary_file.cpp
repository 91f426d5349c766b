// Glossary files: format by name or extension, and reading them.
#include "core/formats/glossary_file.h"

#include "core/error.h"
#include "core/formats/tbx_glossary.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <optional>

namespace tandem {
namespace {

std::optional<GlossaryFormat> formatOfExtension(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".tbx")
        return GlossaryFormat::Tbx;
    if (ext == ".csv")
        return GlossaryFormat::Csv;
    if (ext == ".tsv" || ext == ".txt" || ext == ".utf8")
        return GlossaryFormat::OmegaTTsv;
    return std::nullopt;
}

} // namespace

GlossaryFormat glossaryFormatOf(const std::string& name, const std::filesystem::path& file) {
    if (name == "tbx")
        return GlossaryFormat::Tbx;
    if (name == "tbx2008")
        return GlossaryFormat::Tbx2008;
    if (name == "tsv")
        return GlossaryFormat::OmegaTTsv;
    if (name == "csv")
        return GlossaryFormat::Csv;
    if (name != "auto")
        throw UsageError("unknown glossary format '" + name + "' (tbx, tbx2008, tsv, csv or auto)");
    if (const auto format = formatOfExtension(file))
        return *format;
    throw UsageError(file.string() + ": cannot tell the glossary format from the extension; give --format");
}

void writeGlossary(std::ostream& out, const std::vector<Term>& terms, const GlossaryLanguages& languages,
                   GlossaryFormat format) {
    switch (format) {
    case GlossaryFormat::Tbx: writeTbx(out, terms, languages, TbxFlavour::V3); return;
    case GlossaryFormat::Tbx2008: writeTbx(out, terms, languages, TbxFlavour::Martif2008); return;
    case GlossaryFormat::OmegaTTsv: writeOmegaTGlossary(out, terms); return;
    case GlossaryFormat::Csv: writeGlossaryCsv(out, terms, languages); return;
    }
}

ImportedGlossary readGlossaryFile(const std::filesystem::path& file, GlossaryFormat format) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw IoError(file.string() + ": cannot open the glossary");
    switch (format) {
    case GlossaryFormat::Tbx:
    case GlossaryFormat::Tbx2008: return readTbx(in, file.string());
    case GlossaryFormat::Csv: return readGlossaryCsv(in, file.string());
    case GlossaryFormat::OmegaTTsv: break;
    }
    return readOmegaTGlossary(in, file.string());
}

ImportedGlossary readGlossaryFile(const std::filesystem::path& file) {
    return readGlossaryFile(file, formatOfExtension(file).value_or(GlossaryFormat::OmegaTTsv));
}

} // namespace tandem
