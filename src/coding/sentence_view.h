// What the coder knows about one parsed sentence: its parse, its mentions, and for each token
// the dictionary word it is and the actor, agent or anaphor mention it belongs to.
#ifndef HERALD_CODING_SENTENCE_VIEW_H_
#define HERALD_CODING_SENTENCE_VIEW_H_

#include <cstdint>
#include <span>
#include <vector>

#include "herald/dictionaries.h"
#include "herald/mentions.h"
#include "herald/parse.h"

namespace herald::coding {

inline constexpr uint32_t kNone = UINT32_MAX;

struct SentenceView {
  SentenceView(const Document& doc, const Sentence& sentence, std::span<const lexicon::Mention> all,
               const lexicon::Dictionaries& dictionaries);

  const Document& doc;
  const syntax::Parse parse;
  std::vector<lexicon::Mention> mentions;  // longest match per kind (select_longest)
  std::span<const lexicon::Mention> all_mentions;

  // By token position within the sentence (token - parse.begin()).
  std::vector<uint32_t> word;    // the token's dictionary word id, lexicon::kNotFound if none
  std::vector<uint32_t> actor;   // index into `mentions` of the actor mention it is in, or kNone
  std::vector<uint32_t> agent;   // likewise for agents
  std::vector<uint32_t> anaphor; // likewise for anaphors

  uint32_t at(const std::vector<uint32_t>& column, uint32_t token) const {
    return column[token - parse.begin()];
  }
};

}  // namespace herald::coding

#endif  // HERALD_CODING_SENTENCE_VIEW_H_
