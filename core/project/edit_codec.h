// The stored form of edits: each Edit as a small JSON object, so that the journal survives reopening
// and stays readable with any SQLite tool.
#pragma once

#include "core/project/edit.h"

#include <string>
#include <string_view>

namespace tandem {

/// The JSON text of an edit, e.g. {"kind":"merge-beads","row":11}; UsageError when it holds invalid UTF-8.
std::string encodeEdit(const Edit& edit);

/// Inverse of encodeEdit; throws ParseError on text it did not write.
Edit decodeEdit(std::string_view json);

} // namespace tandem
