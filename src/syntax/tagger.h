// The part-of-speech tagger: a greedy left-to-right averaged perceptron that predicts the Penn
// tag (XPOS) of each word and then, knowing it, the universal tag (UPOS).
//
// Besides the usual word, affix, shape and neighbour features, every word carries its
// "ambiguity class" (the set of Penn tags it had in training), which also stands in for the
// tags of the words to the right that a left-to-right tagger has not predicted yet.
#ifndef HERALD_SYNTAX_TAGGER_H_
#define HERALD_SYNTAX_TAGGER_H_

#include <cstdint>
#include <span>
#include <vector>

#include "herald/tagset.h"
#include "syntax/conllu.h"
#include "syntax/hash_index.h"
#include "syntax/perceptron.h"
#include "syntax/word_keys.h"

namespace herald::syntax {

class Tagger {
 public:
  // Fills xpos[i] and upos[i] for every word. `ambiguity` is scratch space of words.size().
  void tag(std::span<const WordKeys> words, std::span<uint64_t> ambiguity, uint8_t* xpos,
           Upos* upos) const;

  // Whether the main-verb repair (see give_main_verb) includes the parts added after the
  // shipped parser was trained: "-ed" words the web treebank has only as participles, and
  // sentences with no verb at all. On by default. The parser learned from and was chosen on
  // tags repaired without them (one trained with the first did worse on dev), so
  // tools/train_syntax turns them off to reproduce that model.
  void set_news_repairs(bool on) { news_repairs_ = on; }

  void write(BinaryWriter& out) const;
  static Tagger read(BinaryReader& in);

  size_t weight_count() const { return xpos_.nonzero_count() + upos_.nonzero_count(); }
  // Drops the weights below `least` in magnitude (see WeightTable::pruned).
  void prune(int32_t least) {
    xpos_ = xpos_.pruned(least);
    upos_ = upos_.pruned(least);
  }

 private:
  friend class TaggerTrainer;
  uint64_t ambiguity_of(uint64_t lower) const;
  // Retags as past tense a participle that follows a noun or pronoun, may be a past tense
  // (its ambiguity class has VBD, it has no class, or, with news_repairs_, it ends in "-ed":
  // the web treebank has "detained" only as a participle), and either is the first such in a
  // sentence tagged with no finite verb or is followed by a determiner (an object: participles
  // after nouns rarely take one). News sentences such as "Israeli jets bombed the site" or
  // "Russian police detained dozens" get their main verb back, which a greedy left-to-right
  // tagger cannot see is missing. With news_repairs_, an irregular past tense the treebank
  // never saw ("shook", see irregular_past.h) after a noun or pronoun is made the verb first, and
  // a sentence still without a verb gets one from a noun or adjective reading (see tagger.cc).
  void give_main_verb(std::span<const WordKeys> words, std::span<const uint64_t> ambiguity, uint8_t* xpos,
                      Upos* upos) const;

  WeightTable xpos_;
  WeightTable upos_;
  HashIndex lexicon_;                 // lowercased word -> index into masks_
  std::vector<uint64_t> lexicon_keys_;  // kept for writing the model back out
  std::vector<uint32_t> lexicon_values_;
  std::vector<uint64_t> masks_;       // sets of XPOS seen with a word, one bit per tag
  bool news_repairs_ = true;
};

struct TaggerOptions {
  uint32_t bits = 20;
  int epochs = 10;
  int32_t min_weight = 0;  // weights below this magnitude (in stored units) are dropped
  uint32_t lexicon_min_count = 2;
  uint64_t seed = 1;
};

// Learns a Tagger from gold sentences.
class TaggerTrainer {
 public:
  explicit TaggerTrainer(const TaggerOptions& options);
  // Runs options.epochs passes over `sentences` (shuffled with options.seed) and returns the averaged
  // model. `words[s]` holds the WordKeys of sentences[s].
  Tagger train(const std::vector<const GoldSentence*>& sentences,
               const std::vector<std::vector<WordKeys>>& words);

 private:
  TaggerOptions options_;
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_TAGGER_H_
