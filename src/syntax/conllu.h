// Reading CoNLL-U treebanks (the gold data the syntax models learn from and are scored on).
#ifndef HERALD_SYNTAX_CONLLU_H_
#define HERALD_SYNTAX_CONLLU_H_

#include <cstdint>
#include <string>
#include <vector>

#include "herald/tagset.h"

namespace herald::syntax {

struct GoldWord {
  std::string form;
  std::string lemma;
  Upos upos = Upos::kX;
  uint8_t xpos = 0;
  Deprel deprel = Deprel::kDep;
  uint32_t head = 0;  // 1-based index of the head word in the sentence; 0 for the root
  // Code-point range of the word in GoldSentence::text. A word of a multiword token whose
  // parts do not spell the token ("gonna" is spelled by "gon" "na", but not every one is)
  // has no range of its own: aligned is false and end-to-end scoring cannot match it.
  uint32_t begin = 0;
  uint32_t end = 0;
  bool aligned = false;
};

struct GoldSentence {
  std::string text;  // the "# text =" comment, empty when the file has none
  bool new_document = false;
  bool new_paragraph = false;
  uint64_t line = 0;  // line of the sentence's first word, for messages
  std::vector<GoldWord> words;
};

// Reads every sentence of a CoNLL-U file, skipping empty nodes (IDs like "8.1") and keeping
// the syntactic words of multiword tokens. Throws std::runtime_error naming the file, line and
// byte offset of the first malformed line (wrong column count, bad ID or HEAD, unknown tag).
std::vector<GoldSentence> read_conllu(const std::string& path);

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_CONLLU_H_
