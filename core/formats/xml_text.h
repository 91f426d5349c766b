// Text made safe for XML 1.0 output (TMX, TBX): characters XML 1.0 forbids are never written.
#pragma once

#include <string>
#include <string_view>

namespace tandem {

/// Returns utf8 without the code points XML 1.0 forbids (C0 controls other than tab, LF and CR,
/// U+FFFE, U+FFFF, lone surrogates) and with invalid UTF-8 sequences dropped. Markup characters
/// (<, &, ") are left alone: escaping is the XML writer's job.
std::string xmlSafeText(std::string_view utf8);

/// True when xmlSafeText(utf8) would return utf8 unchanged.
bool isXmlSafeText(std::string_view utf8);

} // namespace tandem
