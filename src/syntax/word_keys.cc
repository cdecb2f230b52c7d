#include "syntax/word_keys.h"

#include "syntax/hashing.h"

namespace herald::syntax {

namespace {

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

char shape_class(char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';
  return c;
}

}  // namespace

void lowercase_ascii(std::string_view in, std::string& out) {
  out.resize(in.size());
  for (size_t i = 0; i < in.size(); ++i) out[i] = lower_ascii(in[i]);
}

WordKeys word_keys(std::string_view form) {
  constexpr size_t kLongest = 64;  // longer words are hashed whole but shaped by their start
  char lower[kLongest];
  char shape[kLongest];
  size_t shape_length = 0;
  size_t run = 0;
  WordKeys keys;
  size_t letters = 0;
  size_t uppers = 0;
  const size_t n = form.size() < kLongest ? form.size() : kLongest;
  for (size_t i = 0; i < n; ++i) {
    const char c = form[i];
    lower[i] = lower_ascii(c);
    if (c >= '0' && c <= '9') keys.flags |= kHasDigit;
    if (c == '-') keys.flags |= kHasHyphen;
    if (c == '.') keys.flags |= kHasPeriod;
    const bool upper = c >= 'A' && c <= 'Z';
    letters += upper || (c >= 'a' && c <= 'z');
    uppers += upper;
    if ((static_cast<unsigned char>(c) & 0xc0) == 0x80) continue;  // UTF-8 continuation byte
    const char s = shape_class(c);
    run = (shape_length > 0 && shape[shape_length - 1] == s) ? run + 1 : 1;
    if (run <= 2) shape[shape_length++] = s;
  }
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') keys.flags |= kInitialUpper;
  if (letters >= 2 && uppers == letters) keys.flags |= kAllUpper;

  std::string long_lower;
  std::string_view lowered(lower, n);
  if (form.size() > kLongest) {
    lowercase_ascii(form, long_lower);
    lowered = long_lower;
  }
  keys.form = hash_bytes(form);
  keys.lower = hash_bytes(lowered);
  keys.shape = hash_bytes(std::string_view(shape, shape_length), 7);
  for (size_t k = 1; k <= 4 && k <= lowered.size(); ++k) {
    keys.prefix[k - 1] = hash_bytes(lowered.substr(0, k), 11);
    keys.suffix[k - 1] = suffix_key(lowered.substr(lowered.size() - k));
  }
  return keys;
}

uint64_t suffix_key(std::string_view suffix) { return hash_bytes(suffix, 13); }

}  // namespace herald::syntax
