// The hashed views of a word that the tagger, lemmatizer and parser features are built from,
// computed once per token.
#ifndef HERALD_SYNTAX_WORD_KEYS_H_
#define HERALD_SYNTAX_WORD_KEYS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace herald::syntax {

struct WordKeys {
  uint64_t form = 0;       // the word as written
  uint64_t lower = 0;      // ASCII-lowercased
  uint64_t shape = 0;      // letters, digits and symbols as X x d and themselves, runs cut to 2
  uint64_t prefix[4] = {};  // first 1..4 bytes of the lowercased word (0 when shorter)
  uint64_t suffix[4] = {};  // last 1..4 bytes
  uint32_t flags = 0;      // kHasDigit | kHasHyphen | ...
};

inline constexpr uint32_t kHasDigit = 1;
inline constexpr uint32_t kHasHyphen = 2;
inline constexpr uint32_t kInitialUpper = 4;
inline constexpr uint32_t kAllUpper = 8;
inline constexpr uint32_t kHasPeriod = 16;

WordKeys word_keys(std::string_view form);

// The key WordKeys::suffix holds for a word ending in `suffix` (lowercase, 1 to 4 bytes).
uint64_t suffix_key(std::string_view suffix);

// ASCII lowercasing; other bytes are kept, so UTF-8 stays valid.
void lowercase_ascii(std::string_view in, std::string& out);

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_WORD_KEYS_H_
