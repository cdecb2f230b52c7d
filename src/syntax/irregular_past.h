// English irregular simple past tenses ("shook", "overran", "fled"), which carry no "-ed" to
// tell a tagger they are verbs. The web treebank lacks many that news uses ("the leaders shook
// hands", "rebels overran the base"), and an unknown word tagged only from its context is then
// often read as an adjective or even a preposition.
#ifndef HERALD_SYNTAX_IRREGULAR_PAST_H_
#define HERALD_SYNTAX_IRREGULAR_PAST_H_

#include <cstdint>
#include <string_view>

namespace herald::syntax {

// The lemma of the word with WordKeys::lower `lower` if it is one of them ("shake" for
// "shook"), else empty. Only forms that are past tenses and nothing else in news are listed
// (not "saw", "left", "fed" or "wound").
std::string_view irregular_past_lemma(uint64_t lower);
// The same for the lowercased word itself.
std::string_view irregular_past_lemma(std::string_view lowercased);

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_IRREGULAR_PAST_H_
