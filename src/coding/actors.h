// Actors as the coder sees them: who a noun phrase names, on the story's date, and what the
// story has named so far (for "he", "the country", "the government").
#ifndef HERALD_CODING_ACTORS_H_
#define HERALD_CODING_ACTORS_H_

#include <cstdint>
#include <optional>
#include <span>
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
  // Whether its state comes from elsewhere than its own words: an anaphor ("they"), or a
  // role that took the state of an actor near it. Such an actor may be misplaced.
  bool inferred = false;
};

// The actors a story has named, most recent last; what anaphors resolve against.
class StoryMemory {
 public:
  // What is remembered from now on was named in sentence `index`.
  void begin_sentence(uint32_t index) { sentence_ = index; }
  void remember(const ResolvedActor& actor) { entries_.push_back({actor, sentence_, false, false}); }
  // Once the current sentence is parsed: marks the actors it names as subjects or as a state's
  // word before a thing ("Iranian missiles"), which "it" cannot stand for, and remembers
  // the subjects that are names the dictionaries lack ("Acme sued Colombia. It said ...") or
  // businesses of no state ("the company"), so that "it" is not taken for an actor the company
  // dealt with.
  void note_subjects(const SentenceView& view, const lexicon::Dictionaries& dictionaries);
  // The actor an anaphor phrase (an entry of lexicon::anaphor_phrases()) stands for, with its
  // code adapted to the phrase ("the army" after Colombia: COLMIL): the most recent one
  // named before token `before` that it can stand for. A pronoun that is a subject ("it",
  // "they") stands first for the subject of this sentence or the one before, when that is
  // one it can stand for. nullopt when that antecedent is a name the dictionaries lack.
  std::optional<ResolvedActor> recall(std::string_view anaphor, uint32_t before, bool as_subject = false) const;

 private:
  struct Entry {
    ResolvedActor actor;  // code empty for a name the dictionaries lack
    uint32_t sentence;
    bool subject;
    bool modifies_a_thing;
  };
  std::vector<Entry> entries_;
  uint32_t sentence_ = 0;
};

// Whether an actor mention is only part of the name of something else: the place in "Gold
// Fields of South Africa" or "the Sea of Japan" names no actor. Names of states themselves
// ("the Kingdom of Saudi Arabia") and dictionary titles ("the President of Colombia") are not
// such names.
bool is_part_of_a_name(const SentenceView& view, const lexicon::Mention& mention);

// Whether `head` is a noun naming a weapon, a war machine, a military strike or an offensive:
// what a state's adjective makes that state's armed forces ("Russian missiles", "an Israeli air
// strike", "U.S. warships", "a Syrian air base", "Azerbaijan's offensive"). Not agents of their
// own: a bare weapon ("fired a missile", "carried out a strike") names no actor.
bool names_a_weapon(const SentenceView& view, uint32_t head);

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

  // Gives each role that names no state ("---OPP" for "the opposition") the state of the
  // nearest actor mention in the sentence that has one: in "Sudan's military council agreed
  // to the opposition's demand" the opposition is Sudan's. Roles in a sentence that names no
  // state stay as they are.
  void place_roles(const SentenceView& view, std::span<ResolvedActor> actors) const;
  // Gives each role that names no state the state of the first of `partners` that has one.
  static void place_roles_by(std::span<ResolvedActor> actors, std::span<const ResolvedActor> partners);

 private:
  std::span<const lexicon::CodeId> actor_codes(uint32_t actor) const;
  std::string join(const std::string& actor_code, uint32_t agent) const;
  // `code` with the agent's code added on its side, whatever `code` holds already.
  std::string stack(const std::string& code, uint32_t agent) const;
  // Whether an agent names a domestic role (GOV, MIL) or a code CAMEO does not list, rather
  // than a religion, an ethnicity or an organization.
  bool is_role(uint32_t agent) const;
  ActorKind kind_of(uint32_t actor, const std::string& code) const;
  // Whether every code of a dictionary actor, dated or not, ends in the same organization
  // ("PSEGOVHMS", "PSEREBHMS"): a group whose role changed, not a person whose office did.
  bool names_one_organization(uint32_t actor) const;
  // Whether every code of a dictionary actor, dated or not, is one armed or criminal role (REB,
  // INS, SEP, CRM, UAF) of some state ("NERREB" for some years, "MLIREB" otherwise): fighters
  // whose state changed, not a person, whose codes follow offices won and lost.
  bool names_one_armed_role(uint32_t actor) const;
  // The mention of another state (index into view.mentions) whose adjective modifies an
  // institution the dictionaries code as a role of a state ("Philippine" in "the Philippine
  // Justice Department", USAGOV); kNone when there is none.
  uint32_t state_overriding_institution(const SentenceView& view, const lexicon::Mention& institution) const;
  // The agent mention (index into view.mentions) that a lone state word `head` shares with
  // the next item of its list when the parser made that word the head of the list: in
  // "Ukrainian and Russian delegations met", "Ukrainian" modifies "delegations" as "Russian"
  // does. kNone when the list is not such a pair of adjectives.
  uint32_t agent_of_parallel_adjective(const SentenceView& view, uint32_t head, const lexicon::Mention& actor) const;

  const lexicon::Dictionaries& dictionaries_;
  lexicon::Day day_;
};

}  // namespace herald::coding

#endif  // HERALD_CODING_ACTORS_H_
