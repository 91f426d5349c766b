// The text of data/segmentation/<lang>.txt as compiled into the library. The definition is
// generated at build time by embed_exception_lists.cmake from the files in data/segmentation/.
#pragma once

#include <optional>
#include <string_view>

namespace tandem {

/// The raw list for a primary language subtag ("en"), or nothing when no list was bundled.
std::optional<std::string_view> bundledExceptionListText(std::string_view language);

} // namespace tandem
