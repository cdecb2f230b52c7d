// Reading from the parse who may be the parties of a verb's clause when no dictionary pattern
// binds them: its subjects, and the groups of phrases that may name its target, with the
// repairs of common misparses (split lists, names read as modifiers, misread objects).
#ifndef HERALD_CODING_CLAUSE_PARTIES_H_
#define HERALD_CODING_CLAUSE_PARTIES_H_

#include <cstdint>
#include <vector>

#include "coding/sentence_view.h"

namespace herald::coding {

// Heads of conjoined phrases that may name the source or the target of an event.
struct CandidateGroup {
  std::vector<uint32_t> heads;
  bool locative = false;  // says where something happened ("in Helsinki")
  bool within = false;    // a locative inside a territory ("in Helsinki", not "near Helsinki")
  bool clausal = false;   // the subject of a that-clause: whom the event is about, not its party
  bool inside = false;    // an actor deeper inside the object or an oblique
};

// True for a phrase that says where or when something happened ("in Helsinki", "at the
// border"), not whom it concerned.
bool is_locative(const SentenceView& view, uint32_t phrase);

// `head` and its conjuncts: "Israel and Egypt" gives both. An apposition before a conjunct
// is one more item of the list: the parser reads "Saudi Arabia, the UAE and Egypt" as Saudi
// Arabia (also called the UAE) and Egypt.
void add_with_conjuncts(const SentenceView& view, uint32_t head, std::vector<uint32_t>& out);

// The whole list `item` belongs to, when a pattern bound one item of it: "asked Britain and
// China to protect" names both as the ones asked, though the pattern's "+" lands on China.
std::vector<uint32_t> list_holding(const SentenceView& view, uint32_t item);

// The subject heads of `verb`, following control, coordination and relative clauses when the
// verb has no subject of its own: in "Bogota urged Washington to resume talks" the subject of
// "resume" is Washington; in "the rebels, who attacked the base" it is "rebels".
void subjects_of(const SentenceView& view, uint32_t verb, std::vector<uint32_t>& out, int depth = 0);

// The candidate target groups of an active verb, in the order they are tried: its indirect
// object (who receives: "promised Putin support for Russia"), its object, then each oblique.
// The first group that names an actor is the target, so in "restored ties with Gondor" the
// object "ties" names no one and Gondor is the target.
void target_groups_of(const SentenceView& view, uint32_t verb, std::vector<CandidateGroup>& out);

}  // namespace herald::coding

#endif  // HERALD_CODING_CLAUSE_PARTIES_H_
