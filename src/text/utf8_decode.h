// herald — decoding one code point from UTF-8, shared by the text stage's scanners.
#ifndef HERALD_TEXT_UTF8_DECODE_H_
#define HERALD_TEXT_UTF8_DECODE_H_

#include <cstddef>
#include <cstdint>

namespace herald::text {

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

struct DecodedCodePoint {
  char32_t code_point;
  uint32_t length;  // bytes consumed, at least 1
};

// True for the bytes 10xxxxxx that continue a multi-byte sequence.
inline constexpr bool is_continuation_byte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Decodes the code point starting at `p` (p < end). Text is supposed to have gone through
// clean_utf8, but segment() may be handed anything, so a malformed sequence decodes as
// U+FFFD of length 1 instead of reading past `end` or returning garbage.
inline DecodedCodePoint decode_code_point(const unsigned char* p, const unsigned char* end) {
  const unsigned char lead = p[0];
  if (lead < 0x80) return {lead, 1};
  const size_t available = static_cast<size_t>(end - p);
  if (lead >= 0xC2 && lead <= 0xDF) {
    if (available >= 2 && is_continuation_byte(p[1])) {
      return {static_cast<char32_t>(((lead & 0x1F) << 6) | (p[1] & 0x3F)), 2};
    }
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    if (available >= 3 && is_continuation_byte(p[1]) && is_continuation_byte(p[2])) {
      const char32_t cp = ((lead & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
    }
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    if (available >= 4 && is_continuation_byte(p[1]) && is_continuation_byte(p[2]) &&
        is_continuation_byte(p[3])) {
      const char32_t cp =
          ((lead & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
    }
  }
  return {kReplacementCharacter, 1};
}

}  // namespace herald::text

#endif  // HERALD_TEXT_UTF8_DECODE_H_
