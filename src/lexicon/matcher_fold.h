// Internal: fold_word without allocating, for the matcher's per-token step.
#ifndef HERALD_SRC_LEXICON_MATCHER_FOLD_H_
#define HERALD_SRC_LEXICON_MATCHER_FOLD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace herald::lexicon::detail {

// Gives exactly what fold_word gives, reusing its buffers: ASCII words are lowered in place;
// other words go through utf8proc's decompose and re-encode steps (what utf8proc_map does)
// into a reused code-point buffer instead of a fresh malloc per word. Only invalid UTF-8,
// which the text stage never produces, falls back to fold_word itself.
class WordFolder {
 public:
  // The folded form of `word`; valid until the next call.
  std::string_view fold(std::string_view word);
  // Appends the folded form of `word` to `out`.
  void append_folded(std::string_view word, std::string& out);

 private:
  std::string out_;
  std::vector<int32_t> code_points_;
};

}  // namespace herald::lexicon::detail

#endif  // HERALD_SRC_LEXICON_MATCHER_FOLD_H_
