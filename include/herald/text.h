// herald — the text stage: bytes to valid UTF-8, then sentences and tokens.
#ifndef HERALD_TEXT_H_
#define HERALD_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "herald/document.h"

namespace herald::text {

// What cleaning a byte string changed, so the caller can warn with a file name.
struct Utf8Report {
  size_t invalid_sequences = 0;     // each became one U+FFFD
  size_t first_invalid_offset = 0;  // byte offset in the input of the first one
  size_t nul_bytes = 0;             // each became a space, so offsets do not move
  bool had_bom = false;             // a leading U+FEFF, removed
};

// Returns `bytes` as valid UTF-8: a leading byte-order mark is dropped, every maximal invalid
// subsequence becomes U+FFFD (as the Unicode standard recommends), NUL becomes a space.
// Everything else, CR and LF included, is kept as is.
std::string clean_utf8(std::string_view bytes, Utf8Report* report = nullptr);

// One line for the user when `report` found invalid UTF-8, naming `source` (a file name or
// story id) and the byte offset of the first bad sequence; empty when there is nothing to say.
std::string utf8_warning(const Utf8Report& report, std::string_view source);

// Number of code points in valid UTF-8 `s`.
uint32_t count_code_points(std::string_view s);

// A sentence is cut after this many tokens even without punctuation, so that a runaway
// "sentence" (a table, or a 5 MB line with no full stop) cannot stall the parser downstream.
inline constexpr uint32_t kMaxSentenceTokens = 400;

// Splits doc.text into sentences and tokens (replacing any there were), with byte and
// code-point offsets. Tokens follow UD English / Penn conventions: clitics split ("do" "n't",
// "Colombia" "'s"), punctuation separate, hyphenated compounds kept whole, abbreviations keep
// their period ("U.S."). Whitespace and control characters belong to no token and no sentence.
// Sentences end at . ! ? (with any closing quotes or brackets), at blank lines and indented
// line starts (paragraphs), but not at abbreviations that go on ("Gen. Smith", "U.S. forces")
// nor at hard line wraps. Throws std::length_error if doc.text is 4 GiB or longer, since
// offsets are 32-bit.
void segment(Document& doc);

}  // namespace herald::text

#endif  // HERALD_TEXT_H_
