// Small readings of the parse that several parts of the coder share: which token heads a
// mention or a noun phrase, and which marker words a phrase or a clause carries.
#ifndef HERALD_CODING_CLAUSE_SYNTAX_H_
#define HERALD_CODING_CLAUSE_SYNTAX_H_

#include <cstdint>
#include <string_view>

#include "coding/sentence_view.h"
#include "herald/mentions.h"
#include "herald/parse.h"

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

// The piece of a subject that the parser cut off as a subject of its own right before
// `subject`: in "Colombian Defence Minister Pedro Sanchez said" it may give "said" both
// "Colombian Defence" and "Minister Pedro Sanchez" for subjects. No clause has two subjects
// before its verb, so adjacent ones are one phrase; nor does a bare name run into the subject
// as a modifier or an address of the verb. kNone when there is no such piece.
uint32_t subject_piece_before(const SentenceView& view, uint32_t subject);

// The words of the noun phrase `head` governs, with what the parser cut off it: the piece
// before a subject (above); the start of a name read as the subject of its last word
// ("President Luiz Inacio Lula da Silva" with "Luiz" the subject of "Silva"); and an agent
// word after a subject that the parser hung on the verb as a modifier or an auxiliary
// ("Pakistan's military put", "U.S. warships fired", with "military" read as an adverb and
// "warships" as a verb).
syntax::Phrase repaired_noun_phrase(const SentenceView& view, uint32_t head);

}  // namespace herald::coding

#endif  // HERALD_CODING_CLAUSE_SYNTAX_H_
