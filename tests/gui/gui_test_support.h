// Shared fixtures of the GUI tests: small hand-made projects and the bundled Meduza pair.
#pragma once

#include "core/project/project.h"

#include <QString>

#include <string>
#include <vector>

namespace tandem::gui::test {

/// A small project: source/target lines aligned by the given beads (confidences as given).
Project smallProject(const std::string& path = Project::inMemory);
/// The bundled Meduza pair (data/meduza/en.lines, ru.lines), aligned by the real aligner.
Project meduzaProject(const std::string& path);
/// Reads a UTF-8 file of lines.
std::vector<std::string> readLines(const QString& path);

} // namespace tandem::gui::test
