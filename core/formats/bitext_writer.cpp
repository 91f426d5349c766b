// Tab-separated and two-file bitext writers.
#include "core/formats/bitext_writer.h"

#include "core/error.h"

#include <fstream>
#include <functional>
#include <ostream>

namespace tandem {
namespace {

/// Calls `emit` with both texts of every selected bead that has text on both sides.
std::size_t forEachPair(const Document& source, const Document& target, const Alignment& alignment,
                        const ExportSelection& selection,
                        const std::function<void(const std::string&, const std::string&)>& emit) {
    std::size_t pairs = 0;
    for (const Bead& bead : alignment) {
        if (!selects(selection, bead))
            continue;
        const std::string src = exportText(source, bead.srcBegin, bead.srcEnd);
        const std::string tgt = exportText(target, bead.tgtBegin, bead.tgtEnd);
        if (src.empty() || tgt.empty())
            continue;
        emit(src, tgt);
        ++pairs;
    }
    return pairs;
}

std::ofstream createFile(const std::filesystem::path& file) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (!out)
        throw IoError(file.string() + ": cannot create the file");
    return out;
}

} // namespace

std::size_t writeTsvBitext(std::ostream& out, const Document& source, const Document& target,
                           const Alignment& alignment, const ExportSelection& selection) {
    const std::size_t lines = forEachPair(source, target, alignment, selection, [&](const auto& src, const auto& tgt) {
        out << src << '\t' << tgt << '\n';
    });
    out.flush();
    if (!out)
        throw ExportError("bitext export: writing failed");
    return lines;
}

std::size_t writeBitextPair(std::ostream& sourceOut, std::ostream& targetOut, const Document& source,
                            const Document& target, const Alignment& alignment, const ExportSelection& selection) {
    const std::size_t lines = forEachPair(source, target, alignment, selection, [&](const auto& src, const auto& tgt) {
        sourceOut << src << '\n';
        targetOut << tgt << '\n';
    });
    sourceOut.flush();
    targetOut.flush();
    if (!sourceOut || !targetOut)
        throw ExportError("bitext export: writing failed");
    return lines;
}

std::size_t writeTsvBitextFile(const std::filesystem::path& file, const Document& source, const Document& target,
                               const Alignment& alignment, const ExportSelection& selection) {
    std::ofstream out = createFile(file);
    try {
        return writeTsvBitext(out, source, target, alignment, selection);
    } catch (const ExportError& e) {
        throw ExportError(file.string() + ": " + e.what());
    }
}

std::size_t writeBitextPairFiles(const std::filesystem::path& sourceFile, const std::filesystem::path& targetFile,
                                 const Document& source, const Document& target, const Alignment& alignment,
                                 const ExportSelection& selection) {
    std::ofstream sourceOut = createFile(sourceFile);
    std::ofstream targetOut = createFile(targetFile);
    try {
        return writeBitextPair(sourceOut, targetOut, source, target, alignment, selection);
    } catch (const ExportError& e) {
        throw ExportError(sourceFile.string() + ", " + targetFile.string() + ": " + e.what());
    }
}

} // namespace tandem
