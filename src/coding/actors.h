// Actors as the coder sees them: who a noun phrase names, on the story's date, and what the
// story has named so far (for "he", "the country", "the government").
#ifndef HERALD_CODING_ACTORS_H_
#define HERALD_CODING_ACTORS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "coding/sentence_view.h"
#include "herald/dictionaries.h"

namespace herald::coding {

// What kind of thing an actor is, for matching pronouns: "he" is a person, "the country" a
// state, "they" a group or a state.
enum class ActorKind : uint8_t { kPerson, kState, kGroup };

struct ResolvedActor {
  std::string code;  // full CAMEO actor code: "COLGOV", "USA", "---MIL"
  ActorKind kind = ActorKind::kGroup;
  uint32_t first_token = 0;  // the words that name it in this sentence (document indices)
  uint32_t last_token = 0;
};

// The actors a story has named, most recent last; what anaphors resolve against.
class StoryMemory {
 public:
  void remember(const ResolvedActor& actor) { actors_.push_back(actor); }
  // The most recent actor named before token `before` that an anaphor phrase (an entry of
  // lexicon::anaphor_phrases()) can stand for, with its code adapted to the phrase ("the
  // army" after Colombia: COLMIL).
  std::optional<ResolvedActor> recall(std::string_view anaphor, uint32_t before) const;

 private:
  std::vector<ResolvedActor> actors_;
};

class ActorResolver {
 public:
  ActorResolver(const lexicon::Dictionaries& dictionaries, lexicon::Day day)
      : dictionaries_(dictionaries), day_(day) {}

  // Appends the actors named by the noun phrase `head` governs: its actor mention (on the
  // story's date; several for a compound code such as "[FRO/BIL]"), joined with its agent
  // ("Colombian soldiers": COL + MIL), and the conjuncts of that mention inside the phrase
  // ("ties between Gondor and Osgiliath"); or, for a pronoun or a definite description, the
  // actor it refers to. Appends nothing when the phrase names no actor.
  void resolve(const SentenceView& view, uint32_t head, const StoryMemory& memory,
               std::vector<ResolvedActor>& out) const;

  // The code of dictionary actor `actor` on the story's date ("---" when it has none then).
  std::string actor_code(uint32_t actor) const;

  // The actor of one actor mention alone (no parse needed), for the story's memory.
  ResolvedActor resolve_mention_only(const lexicon::Mention& mention) const;

 private:
  std::span<const lexicon::CodeId> actor_codes(uint32_t actor) const;
  std::string join(const std::string& actor_code, uint32_t agent) const;
  ActorKind kind_of(uint32_t actor, const std::string& code) const;

  const lexicon::Dictionaries& dictionaries_;
  lexicon::Day day_;
};

}  // namespace herald::coding

#endif  // HERALD_CODING_ACTORS_H_
