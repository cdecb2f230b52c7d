// Small readings of the parse that several parts of the coder share: which token heads a
// mention or a noun phrase, and which marker words a phrase or a clause carries.
#ifndef HERALD_CODING_CLAUSE_SYNTAX_H_
#define HERALD_CODING_CLAUSE_SYNTAX_H_

#include <cstdint>
#include <string_view>

#include "coding/sentence_view.h"
#include "herald/mentions.h"

namespace herald::coding {

// The token of a mention that heads it in the parse: the one whose head lies outside it.
uint32_t mention_head(const SentenceView& view, const lexicon::Mention& mention);

// The noun an actor word modifies, if any: in "the Venezuelan authorities" a pattern's "+" on
// "Venezuelan" stands for the authorities (VENGOV), not the country alone.
uint32_t noun_phrase_head(const SentenceView& view, uint32_t token);

// Whether `phrase` has a case marker (a preposition) with lemma `lemma`: "with" in "with Gondor".
bool has_case_marker(const SentenceView& view, uint32_t phrase, std::string_view lemma);

// Whether `clause` has a marker (a subordinator) with lemma `lemma`: "to" in "to attack".
bool has_mark(const SentenceView& view, uint32_t clause, std::string_view lemma);

}  // namespace herald::coding

#endif  // HERALD_CODING_CLAUSE_SYNTAX_H_
