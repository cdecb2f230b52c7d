// The dependency parser: arc-eager transitions scored by an averaged perceptron over the rich
// non-local features of Zhang & Nivre (2011). Greedy models are trained with the dynamic
// oracle of Goldberg & Nivre (2012), which lets them learn to recover from their own
// mistakes; beam models search several hypotheses and are trained on whole sequences.
//
// Arc-eager builds projective trees only. The few non-projective gold trees are made
// projective for training by lifting each crossing arc to the head's head.
#ifndef HERALD_SYNTAX_PARSER_H_
#define HERALD_SYNTAX_PARSER_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "herald/tagset.h"
#include "syntax/conllu.h"
#include "syntax/perceptron.h"
#include "syntax/word_keys.h"

namespace herald::syntax {

// The parser's view of one sentence: per position (0 is the artificial root, words are 1..n)
// the lowercased word's hash and the tag. Shared by every configuration of the sentence.
struct ParserSentence {
  std::vector<uint64_t> word_key;
  std::vector<uint8_t> tag;
};

// What a configuration knows of one position.
struct ParserNode {
  int32_t head = -1;  // -1 while unattached
  int32_t left1 = -1, left2 = -1, right1 = -1, right2 = -1;  // outermost dependents, -1 for none
  uint8_t label = 0;
  uint8_t in_stack = 0;
  uint8_t left_count = 0, right_count = 0;
  uint64_t left_labels = 0, right_labels = 0;  // sets of dependent relations, one bit each
};

// The parser's configuration. Everything that changes lives in two flat arrays, so that a
// beam copies a configuration with two block copies.
struct ParserState {
  void reset(const ParserSentence& sentence);

  size_t n = 0;
  std::vector<int32_t> stack;
  int32_t next = 1;  // first word of the buffer; the buffer is empty when next > n
  std::vector<ParserNode> node;
  const uint64_t* word_key = nullptr;  // ParserSentence::word_key
  const uint8_t* tag = nullptr;        // ParserSentence::tag
};

// The actions that led to the items of a beam, as a tree: each item points to its last
// action, which points to the one before. A beam step adds one node per kept item instead of
// copying whole action sequences.
struct ActionTrail {
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Node {
    uint32_t previous;
    uint8_t action;
  };
  std::vector<Node> nodes;
};

// One hypothesis of the beam: a configuration, its score and the actions that led to it.
struct BeamItem {
  ParserState state;
  double score = 0;
  uint32_t last_action = ActionTrail::kNone;  // in ParserScratch::trail
  uint32_t actions = 0;                        // length of the action sequence
  bool done = false;  // the buffer is empty
  bool gold = false;  // training only: the action sequence is a prefix of the gold sequence
};

struct BeamCandidate {
  double score;
  uint32_t item;
  uint32_t action;  // kActions: a finished item carried over unchanged
};

// LEFT and RIGHT arcs with each relation, SHIFT and REDUCE.
inline constexpr uint32_t kParserActions = 2 + 2 * kDeprelCount;
inline constexpr uint32_t kMaxBeamWidth = 64;

// Everything parsing needs besides the model, reused from sentence to sentence so that
// parsing allocates nothing once the buffers have grown to the longest sentence.
struct ParserScratch {
  ParserSentence sentence;
  std::vector<BeamItem> beam;
  std::vector<BeamItem> next;
  std::vector<BeamCandidate> candidates;
  std::vector<uint32_t> last_child;  // per item of the beam, its last candidate
  ActionTrail trail;
  uint32_t steps = 0;  // expansions the last search made
  // The decoder's cache of the static features' scores (those that depend only on which
  // words are s0 and n0), direct-mapped by the pair.
  static constexpr size_t kStaticSlots = 64;
  struct StaticScores {
    int32_t s0 = -1;
    int32_t next = -1;
    int32_t sums[kParserActions];
  };
  std::vector<StaticScores> static_scores = std::vector<StaticScores>(kStaticSlots);
  // The decoder's caches of the summed weights of one group of structural features (s0 and
  // its arcs, n0 and its arcs, the others; see parser.cc), keyed by the words, tags, labels and
  // counts those features are made of, so that a hit costs no feature hashing and an entry
  // stays valid from sentence to sentence for the same weights.
  struct SideScores {
    static constexpr size_t kSlots = 512;
    static constexpr size_t kMaxKey = 11;
    struct Slot {
      bool filled = false;
      uint32_t skip_begin = 0, skip_end = 0;
      uint64_t key[kMaxKey];
      int32_t sums[kParserActions];
    };
    std::vector<Slot> slots = std::vector<Slot>(kSlots);
  };
  SideScores stack_side;
  SideScores buffer_side;
  SideScores across;
  uint64_t side_scores_table = 0;  // WeightTable::identity() of the weights they hold sums of
};

// The input a parser needs for one sentence: the words and their predicted tags.
struct ParserInput {
  std::span<const WordKeys> words;
  const uint8_t* xpos;
};

class Parser {
 public:
  // heads[i] is the 1-based head of word i+1, 0 for the root; labels[i] its relation. Always
  // a tree: one word is attached to the root, every other word to a word.
  void parse(const ParserInput& input, ParserScratch& scratch, uint32_t* heads, Deprel* labels) const;

  void write(BinaryWriter& out) const;
  static Parser read(BinaryReader& in);

  size_t weight_count() const { return weights_.nonzero_count(); }
  // Drops the weights below `least` in magnitude (see WeightTable::pruned).
  void prune(int32_t least) { weights_ = weights_.pruned(least); }
  // The beam the model was trained with is the most accurate; a narrower one is faster.
  uint32_t beam_width() const { return beam_width_; }
  void set_beam_width(uint32_t width) { beam_width_ = std::clamp<uint32_t>(width, 1, kMaxBeamWidth); }
  // Decoding drops a hypothesis as soon as it trails the best one by more than this many
  // times the largest weight (0: never). Such items almost never win in the end. How far
  // behind is hopeless depends on the model, so the trainer sets it (ParserOptions) and the
  // model file keeps it; the shipped model's 1.5 scores 15 % fewer configurations (Reuters) at
  // beam 12 than the exact search, at 0.08 UAS and 0.07 LAS below it on EWT test (see
  // models/MODEL_CARD.md).
  double score_margin() const { return score_margin_; }
  void set_score_margin(double largest_weights) { score_margin_ = largest_weights > 0 ? largest_weights : 0; }

 private:
  friend class ParserTrainer;
  uint32_t beam_width_ = 1;
  double score_margin_ = 0;
  WeightTable weights_;
};

struct ParserOptions {
  uint32_t bits = 21;
  int epochs = 15;
  // 1: greedy, trained with the dynamic oracle. More: beam search, trained globally with
  // early update (Collins & Roark 2004; Zhang & Nivre 2011).
  uint32_t beam_width = 1;
  // Beam models: update at the step of the largest violation (Huang, Fayong and Guo 2012)
  // rather than where the gold sequence leaves the beam.
  bool max_violation = false;
  // The width the trained model parses with (0: beam_width). A search a little narrower than
  // the training one loses almost nothing and is proportionally faster.
  uint32_t decode_beam_width = 0;
  // The score margin the trained model parses with (see Parser::score_margin; 0: none).
  double decode_score_margin = 0;
  int explore_from_epoch = 1;      // first epoch that follows the model's own (wrong) moves
  double explore_probability = 0.9;
  int32_t min_weight = 0;  // weights below this magnitude (in stored units) are dropped
  uint64_t seed = 1;
};

class ParserTrainer {
 public:
  explicit ParserTrainer(const ParserOptions& options);
  // `inputs[s]` describes sentences[s] with the tags the parser will see (predicted ones, for
  // realism). After each epoch `after_epoch(epoch, model)` receives the averaged model so far.
  void train(const std::vector<const GoldSentence*>& sentences,
             const std::vector<ParserInput>& inputs,
             const std::function<void(int, Parser&&)>& after_epoch);

 private:
  void train_beam(const std::vector<std::vector<uint32_t>>& gold_heads,
                  const std::vector<std::vector<uint8_t>>& gold_labels,
                  const std::vector<ParserInput>& inputs, TrainingTable& table,
                  const std::function<void(int, Parser&&)>& after_epoch);

  ParserOptions options_;
};

// The heads of a tree made projective by lifting: each arc that crosses another moves up to
// its head's head, shortest arcs first. `heads` are 1-based with 0 for the root.
std::vector<uint32_t> projectivize(std::vector<uint32_t> heads);

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_PARSER_H_
