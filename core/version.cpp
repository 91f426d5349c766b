// The version string, fixed at configure time from the CMake project version.
#include "core/version.h"

namespace tandem {

std::string_view version() { return TANDEM_VERSION; }

} // namespace tandem
