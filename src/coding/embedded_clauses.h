// Telling apart the events a sentence reports from the deeds it only mentions as what another
// event is about: what is refused, threatened or blamed, or what an act was done for.
#ifndef HERALD_CODING_EMBEDDED_CLAUSES_H_
#define HERALD_CODING_EMBEDDED_CLAUSES_H_

#include <span>

#include "coding/sentence_view.h"
#include "coding/verb_coder.h"
#include "herald/dictionaries.h"

namespace herald::coding {

// Whether coded verb `verb` only says what another coded verb of the sentence asks for,
// offers, threatens or refuses: in "urged Gondor to attack Mordor" or "rejected the proposal to
// send troops", no attack or sending took place; the appeal or the rejection is the event.
// `coded` holds the sentence's coded verbs.
bool is_content_of_another_event(const CodedVerb& verb, const SentenceView& view, std::span<const CodedVerb> coded,
                                 const lexicon::Dictionaries& dictionaries);

// Whether coded verb `verb` states only a condition: in "Mexico would respond with tariffs if
// Washington imposed duties" or "unless Gondor withdraws", no duties were imposed and no
// withdrawal took place. A verb conjoined to the condition's verb is part of it.
bool is_condition(const CodedVerb& verb, const SentenceView& view);

}  // namespace herald::coding

#endif  // HERALD_CODING_EMBEDDED_CLAUSES_H_
