// Scoring the syntax model against a gold treebank, on gold tokens and end to end from text.
#ifndef HERALD_SYNTAX_EVALUATION_H_
#define HERALD_SYNTAX_EVALUATION_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "herald/document.h"
#include "syntax/conllu.h"

namespace herald::syntax {

// Counts of correct words. On gold tokens every gold word is a predicted word, so precision,
// recall and F1 are all the accuracy. End to end, a predicted token counts only when its
// character range is exactly a gold word's (CoNLL 2018 style), and a head counts when the
// predicted head token has the gold head's range (or both are the root).
struct SyntaxScores {
  uint64_t gold_words = 0;
  uint64_t predicted_words = 0;
  uint64_t gold_sentences = 0;
  uint64_t predicted_sentences = 0;
  uint64_t tokens = 0;  // predicted words whose range matches a gold word
  uint64_t upos = 0;
  uint64_t xpos = 0;
  uint64_t lemma = 0;
  uint64_t uas = 0;
  uint64_t las = 0;  // head and full relation (with subtype) right

  // F1 in percent of a count of correct words.
  double f1(uint64_t correct) const;
  // A table with one line per figure.
  std::string to_string() const;
};

// Whatever fills the syntax fields of a segmented document (SyntaxModel::annotate).
using Annotator = std::function<void(Document&)>;

// Annotates the gold words (not the text) of `sentences` and scores every layer.
SyntaxScores evaluate_gold_tokens(const Annotator& annotate, const std::vector<GoldSentence>& sentences);

// Rebuilds each document's text from the "# text" lines, runs the text stage and the model on
// it, and scores the result against the gold words aligned by character offsets.
SyntaxScores evaluate_raw_text(const Annotator& annotate, const std::vector<GoldSentence>& sentences);

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_EVALUATION_H_
