// Scale words after numbers ("20 тыс.", "1.5 billion", "2000万"): the value a number has with one.
// Shared by the aligner (numbers of a bead that do not contradict) and the consistency check.
#pragma once

#include <string>
#include <string_view>

namespace tandem {

/// The number a normalised number means when the word after it is a scale word, as a normalised
/// number is written: ("20", "тыс") -> "20000", ("1.5", "billion") -> "1500000000", ("2000", "万美元") ->
/// "20000000" (a Chinese or Japanese multiplier opens the word). Empty when the word is no scale word
/// or the value is not a whole number below 10^15.
std::string scaledNumber(std::string_view number, std::string_view lowerWord);

} // namespace tandem
