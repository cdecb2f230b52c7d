// The lemmatizer: exception lists learned from the treebank, then suffix-rewrite rules.
//
// A word's lemma is looked up, in order: (1) by its exact form and Penn tag, (2) by its
// lowercased form and tag, (3) by the longest suffix (up to six bytes, lowercased) that has a
// rule for its tag. A rule lowercases the word or not, strips some bytes and appends a string
// ("studies" NNS: strip 3, append "y"). Lists (1) and (2) hold only the training words the
// rules get wrong ("was" VBD -> "be"), which keeps them small.
//
// Suffix rules alone cannot tell "provoked" (provoke + d) from "bombed" (bomb + ed), nor
// "hottest" (hot) from "coolest" (cool). So for inflected verbs, plural nouns and compared
// adjectives and adverbs, a rule's result must be a lemma seen in training with the same
// part of speech; if it is not, the results of the rules for shorter suffixes, each also with
// an "e" added or a doubled final consonant undone, are tried in turn, and the first one seen
// in training wins; failing that, the same search accepts a lemma of any class. When none
// was seen, the longest suffix's rule decides as before.
#ifndef HERALD_SYNTAX_LEMMATIZER_H_
#define HERALD_SYNTAX_LEMMATIZER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/conllu.h"
#include "syntax/hash_index.h"

namespace herald::syntax {

class Lemmatizer {
 public:
  // The lemma of `form` with Penn tag `xpos`. The view points into the model, a static
  // table or `buffer`, so it is valid until the next call with the same buffer.
  std::string_view lemmatize(std::string_view form, uint8_t xpos, std::string& buffer) const;

  // Whether lemmatize also knows the hand-written irregular past tenses (irregular_past.h),
  // added after the shipped model was trained. On by default; tools/train_syntax turns it off
  // so that the figures it measures and writes into the model's description reproduce the file.
  void set_news_repairs(bool on) { news_repairs_ = on; }

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
  // What the treebank taught: the lemma listed for the form, else the suffix rules' (the
  // lemmatizer without the hand-written list of irregular past tenses, which training must not
  // see, or it would learn other exceptions than the shipped model has).
  std::string_view learned_lemma(std::string_view form, uint8_t xpos, std::string& buffer) const;
  // The lemma listed for the form, if any; `buffer` then may hold the lowercased form.
  std::optional<std::string_view> listed_lemma(std::string_view form, uint8_t xpos, std::string& buffer) const;
  std::string_view apply_rules(std::string_view form, uint8_t xpos, std::string& buffer) const;
  // The result of `edit` on `form` in `out`; false when the edit does not fit the word.
  static bool apply_edit(const Edit& edit, std::string_view form, std::string_view lower, std::string& out);
  // Whether training saw `lemma` (in any casing) as the lemma of a word of `lemma_class`.
  bool known_lemma(std::string_view lemma, uint8_t lemma_class) const;
  void index();

  std::vector<Edit> edits_;
  std::vector<uint64_t> rule_keys_;  // hash of (tag, suffix) -> index into edits_
  std::vector<uint32_t> rule_values_;
  std::vector<std::string> lemmas_;
  std::vector<uint64_t> exception_keys_;  // hash of (exact or lowercased form, tag) -> lemmas_
  std::vector<uint32_t> exception_values_;
  std::vector<uint64_t> known_lemma_keys_;  // hash of (word class, lowercased lemma)
  HashIndex rules_;
  HashIndex exceptions_;
  bool news_repairs_ = true;
  HashIndex known_lemmas_;
};

class LemmatizerTrainer {
 public:
  static Lemmatizer train(const std::vector<const GoldSentence*>& sentences);
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_LEMMATIZER_H_
