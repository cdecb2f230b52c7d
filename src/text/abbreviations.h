// herald — the word lists behind sentence splitting: abbreviations and sentence starters.
//
// All lists live in abbreviations.cc, as data, so adding "Brig." or "Okla." is a one-line
// change that needs no new logic.
#ifndef HERALD_TEXT_ABBREVIATIONS_H_
#define HERALD_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace herald::text {

enum class AbbreviationKind : uint8_t {
  kNone,          // not an abbreviation: a period after it is a full stop of its own
  kTitle,         // goes before a name ("Gen.", "Mr.", "Sen."): never ends a sentence
  kBeforeNumber,  // an abbreviation only before a number ("No. 5", "Art. 9"); else a word
  kMonth,         // "Sept." — goes on before a day number, may end a sentence otherwise
  kOrdinary,      // "Inc.", "Jr.", "etc.": may end a sentence, decided by what follows
};

// Kind of `word` (without its period) when a period follows it. Case matters ("No" is an
// abbreviation, "no" is not), but an all-capitals form ("CORP") counts as its usual form.
AbbreviationKind abbreviation_kind(std::string_view word);

// True for letter-period sequences written as one abbreviation: "U.S", "J.P", "a.m", "Ph.D"
// (the final period not included), and for a single capital letter, an initial ("F").
bool is_initials(std::string_view word);

// True for capitalized words that commonly begin a sentence and rarely continue a name:
// "The", "He", "But", "However". After an ambiguous abbreviation ("U.S.", "Inc.") such a
// word is taken as the start of a new sentence; any other capitalized word ("President",
// "Morgan") is taken as going on with the same one.
bool is_sentence_starter(std::string_view word);

}  // namespace herald::text

#endif  // HERALD_TEXT_ABBREVIATIONS_H_
