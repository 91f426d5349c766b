// The version string of Tandem, written into exports (TMX creationtoolversion) and --version.
#pragma once

#include <string_view>

namespace tandem {

/// Tandem's version, e.g. "0.1.0".
std::string_view version();

} // namespace tandem
