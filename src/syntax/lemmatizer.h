// The lemmatizer: exception lists learned from the treebank, then suffix-rewrite rules.
//
// A word's lemma is looked up, in order: (1) by its exact form and Penn tag, (2) by its
// lowercased form and tag, (3) by the longest suffix (up to six bytes, lowercased) that has a
// rule for its tag. A rule lowercases the word or not, strips some bytes and appends a string
// ("studies" NNS: strip 3, append "y"). Lists (1) and (2) hold only the training words the
// rules get wrong ("was" VBD -> "be"), which keeps them small.
#ifndef HERALD_SYNTAX_LEMMATIZER_H_
#define HERALD_SYNTAX_LEMMATIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/conllu.h"
#include "syntax/hash_index.h"

namespace herald::syntax {

class Lemmatizer {
 public:
  // The lemma of `form` with Penn tag `xpos`. The view points into the model or into
  // `buffer`, so it is valid until the next call with the same buffer.
  std::string_view lemmatize(std::string_view form, uint8_t xpos, std::string& buffer) const;

  void write(BinaryWriter& out) const;
  static Lemmatizer read(BinaryReader& in);

  size_t rule_count() const { return rule_keys_.size(); }
  size_t exception_count() const { return exception_keys_.size(); }

 private:
  friend class LemmatizerTrainer;
  struct Edit {
    bool lowercase = false;
    uint8_t strip = 0;
    std::string append;
    auto operator<=>(const Edit&) const = default;
  };
  std::string_view apply_rules(std::string_view form, uint8_t xpos, std::string& buffer) const;
  void index();

  std::vector<Edit> edits_;
  std::vector<uint64_t> rule_keys_;  // hash of (tag, suffix) -> index into edits_
  std::vector<uint32_t> rule_values_;
  std::vector<std::string> lemmas_;
  std::vector<uint64_t> exception_keys_;  // hash of (exact or lowercased form, tag) -> lemmas_
  std::vector<uint32_t> exception_values_;
  HashIndex rules_;
  HashIndex exceptions_;
};

class LemmatizerTrainer {
 public:
  static Lemmatizer train(const std::vector<const GoldSentence*>& sentences);
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_LEMMATIZER_H_
