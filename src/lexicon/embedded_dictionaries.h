// The built-in dictionaries: every data/dictionaries/**/*.txt, compiled into the library by
// cmake/embed_dictionaries.cmake.
#ifndef HERALD_LEXICON_EMBEDDED_DICTIONARIES_H_
#define HERALD_LEXICON_EMBEDDED_DICTIONARIES_H_

#include <span>
#include <string_view>

namespace herald::lexicon {

struct EmbeddedDictionary {
  std::string_view path;  // relative to data/dictionaries, "/"-separated: "verbs/conflict.txt"
  std::string_view text;
};

// In path order.
std::span<const EmbeddedDictionary> embedded_dictionaries();

}  // namespace herald::lexicon

#endif  // HERALD_LEXICON_EMBEDDED_DICTIONARIES_H_
