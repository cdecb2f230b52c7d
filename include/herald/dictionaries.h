// herald — the coding dictionaries once loaded: actors, agents, verbs, discards and issues.
//
// Dictionaries is built by DictionaryBuilder (dictionary_loader.h) from PETRARCH or TABARI
// dictionary files and never changes after, so any number of threads can read one instance.
// It is laid out for a coder, not for editing: every table is a flat array indexed by a
// dense id, phrases are word-id sequences in one pool, and each table of phrases (actor
// names, agent names, verb forms) holds each distinct phrase once, pointing at its owner —
// ready to be compiled into a trie or an Aho-Corasick automaton over word ids.
#ifndef HERALD_DICTIONARIES_H_
#define HERALD_DICTIONARIES_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "herald/dictionary_date.h"
#include "herald/lexicon.h"

namespace herald::lexicon {

// Where an entry was read: Dictionaries::sources()[source], 1-based line.
struct Origin {
  uint32_t source = 0;
  uint32_t line = 0;
};

// A list of codes in the code pool; more than one for TABARI's coded compound actors
// ("[GME/GMW]": East and West Germany).
struct CodeList {
  uint32_t first = 0;
  uint32_t size = 0;
};

// ---- Actors ------------------------------------------------------------------------------

// A code valid on a range of days ("[USAGOV 20170120-20210120]", "[HOB <950601]").
struct DatedCodes {
  DateRange valid;
  CodeList codes;
};

struct Actor {
  Phrase primary;           // the first phrase of the entry (the actor's "parent" name)
  uint32_t first_name = 0;  // the actor's phrases: actor_names()[first_name, +name_count)
  uint32_t name_count = 0;
  uint32_t first_dated = 0;  // dated_codes()[first_dated, +dated_count), in file order
  uint32_t dated_count = 0;
  CodeList default_codes;  // the undated code; size 0 when the entry gives none
  Origin origin;
};

struct ActorName {
  Phrase phrase;
  uint32_t actor = 0;
  bool generated = false;  // a form the reader made (a TABARI plural), not a line of the file
  Origin origin;
};

// ---- Agents ------------------------------------------------------------------------------

// Where an agent's code goes relative to the actor's: "[~GOV]" appends (ISR + GOV ->
// ISRGOV), "[NGO~]" prepends.
enum class AgentPlacement : uint8_t { kAfterActor, kBeforeActor };

struct Agent {
  CodeId code = kNullCode;
  AgentPlacement placement = AgentPlacement::kAfterActor;
  uint32_t first_name = 0;  // agent_names()[first_name, +name_count)
  uint32_t name_count = 0;
  Origin origin;
};

struct AgentName {
  Phrase phrase;
  uint32_t agent = 0;
  bool generated = false;  // a regular plural the reader made
  Origin origin;
};

// ---- Verbs -------------------------------------------------------------------------------

// An event code as verb dictionaries write it: "[042]", "[031:032]" (a pair: the second code
// is for the reverse event, target to source), "[023?]" (subordinate: used only when the
// sentence has no other event), "[111!]" (dominant). kNullCode for "[---]". In a TABARI
// <TIME> section the code is a day shift such as "+7" or "-30", kept as written.
struct EventCode {
  CodeId code = kNullCode;
  CodeId paired = kNotFound;  // kNotFound unless the code is a pair
  bool subordinate = false;
  bool dominant = false;
};

// TABARI verb files have <TIME> (date-shifting phrases) and <ATTRIB> (attribution phrases)
// sections written like verbs.
enum class VerbSection : uint8_t { kVerbs, kTime, kAttribution };

// A set of verbs sharing one list of patterns: a PETRARCH "--- NAME [code] ---" block, or
// one TABARI root verb.
struct VerbBlock {
  std::string name;
  EventCode code;  // the block's primary code, used by its verbs that give none
  VerbSection section = VerbSection::kVerbs;
  uint32_t first_verb = 0;  // verbs()[first_verb, +verb_count)
  uint32_t verb_count = 0;
  uint32_t first_pattern = 0;  // patterns()[first_pattern, +pattern_count), in file order
  uint32_t pattern_count = 0;
  Origin origin;
};

struct Verb {
  uint32_t block = 0;
  EventCode code;           // the verb's own code, else the block's
  Phrase base;              // "wire tap"
  uint32_t verb_word = 0;   // which word of `base` is the verb ("tap"); the rest are particles
  uint32_t first_form = 0;  // verb_forms()[first_form, +form_count)
  uint32_t form_count = 0;
  Origin origin;
};

// One surface form of a verb: its base, a listed irregular form, or a generated inflection.
struct VerbForm {
  Phrase phrase;
  uint32_t verb = 0;
  uint32_t verb_word = 0;  // which word of `phrase` is the verb
  bool generated = false;  // an inflection the reader made
  Origin origin;
};

// One element of a verb pattern or synset member.
enum class ElementKind : uint8_t {
  kWord,      // a word (id: WordId)
  kSynset,    // any member of a synset (id: index into synsets()); TABARI's { a | b }
              // alternatives are anonymous synsets
  kVerb,      // "*": where the verb stands
  kSource,    // "$": the source actor is here
  kTarget,    // "+": the target actor is here
  kCompound,  // "%": a compound actor that is both source and target
  kSkip,      // "^": skip one actor
};

struct PatternElement {
  ElementKind kind = ElementKind::kWord;
  bool adjacent_to_next = false;  // joined to the next element by "_": nothing in between
  bool stem = false;              // kWord: matches any word that begins with it (TABARI)
  uint32_t id = 0;
};

struct Pattern {
  uint32_t first_element = 0;  // elements()[first_element, +element_count)
  uint32_t element_count = 0;
  uint32_t verb_element = 0;  // position of the kVerb element within the pattern
  EventCode code;
  uint32_t block = 0;
  // TABARI's precedence measure: the letters in the pattern's words, counting the longest
  // member of each synset; longer patterns are tried first.
  uint32_t literal_length = 0;
  Origin origin;
};

struct Synset {
  std::string name;           // "&CURRENCY", or the alternatives text for an anonymous synset
  bool anonymous = false;     // made from a TABARI "{ a | b }" in a pattern
  uint32_t first_member = 0;  // synset_members()[first_member, +member_count)
  uint32_t member_count = 0;
  uint32_t max_literal_length = 0;
  Origin origin;
};

struct SynsetMember {
  uint32_t first_element = 0;  // elements()[first_element, +element_count)
  uint32_t element_count = 0;
  uint32_t synset = 0;
  bool generated = false;  // a regular plural the reader made
};

// ---- Discards and issues -----------------------------------------------------------------

// A discard phrase ends a sentence's coding, or the whole story's ("+" in the file). Its last
// word is a stem unless the file ends it with "_".
enum class DiscardScope : uint8_t { kSentence, kStory };

struct Discard {
  Phrase phrase;
  DiscardScope scope = DiscardScope::kSentence;
  Origin origin;
};

struct Issue {
  Phrase phrase;
  CodeId code = kNullCode;
  bool generated = false;  // one of the forms an "n:", "v:" or "+" expansion made
  Origin origin;
};

// Phrases that cancel issue coding for a sentence: "~phrase" and "~~phrase" in the file.
struct IssueIgnore {
  Phrase phrase;
  bool double_tilde = false;
  Origin origin;
};

namespace detail {
// The tables behind Dictionaries, filled by the readers in src/lexicon/.
struct DictionaryTables {
  DictionaryTables();

  SymbolTable words;
  SymbolTable codes;
  std::vector<std::string> sources;
  std::vector<WordId> word_pool;
  std::vector<CodeId> code_pool;

  std::vector<Actor> actors;
  std::vector<ActorName> actor_names;
  std::vector<DatedCodes> dated_codes;
  std::vector<Phrase> tabari_nouns;       // TABARI <NOUN> lists: nouns without codes
  std::vector<Phrase> tabari_adjectives;  // TABARI <ADJECTIVE> lists

  std::vector<Agent> agents;
  std::vector<AgentName> agent_names;

  std::vector<VerbBlock> verb_blocks;
  std::vector<Verb> verbs;
  std::vector<VerbForm> verb_forms;
  std::vector<Pattern> patterns;
  std::vector<Synset> synsets;
  std::vector<SynsetMember> synset_members;
  std::vector<PatternElement> elements;

  std::vector<Discard> discards;
  std::vector<Issue> issues;
  std::vector<IssueIgnore> issue_ignores;
};
}  // namespace detail

class Dictionaries {
 public:
  Dictionaries() = default;
  Dictionaries(Dictionaries&&) = default;
  Dictionaries& operator=(Dictionaries&&) = default;

  // Interned words (folded, see fold_word) and codes (upper case, see fold_code).
  const SymbolTable& words() const { return t_.words; }
  const SymbolTable& codes() const { return t_.codes; }
  // The files or in-memory sources the entries came from, indexed by Origin::source.
  std::span<const std::string> sources() const { return t_.sources; }

  std::span<const WordId> words_of(const Phrase& p) const {
    return std::span<const WordId>(t_.word_pool).subspan(p.first_word, p.size);
  }
  std::span<const CodeId> codes_of(CodeList list) const {
    return std::span<const CodeId>(t_.code_pool).subspan(list.first, list.size);
  }
  // "wire_tap", "al gore": the phrase as a dictionary would write it ("_" joins consecutive
  // words, a blank allows words between, a trailing "~" marks a stem). For messages and tests.
  std::string phrase_text(const Phrase& p) const;
  // "USAGOV", "ELR/GAL".
  std::string code_text(CodeList list) const;

  std::span<const Actor> actors() const { return t_.actors; }
  std::span<const ActorName> actor_names() const { return t_.actor_names; }
  std::span<const DatedCodes> dated_codes() const { return t_.dated_codes; }
  std::span<const Phrase> tabari_nouns() const { return t_.tabari_nouns; }
  std::span<const Phrase> tabari_adjectives() const { return t_.tabari_adjectives; }

  // The codes of `actor` on `day`: the first dated restriction (in file order) that contains
  // the day, else the default code, else the null code — the rule both manuals give. For
  // kUnknownDay: the default code, else the restriction that ends last (the actor's latest
  // role), else the null code. The span is never empty.
  std::span<const CodeId> resolve_actor_code(uint32_t actor, Day day) const;

  std::span<const Agent> agents() const { return t_.agents; }
  std::span<const AgentName> agent_names() const { return t_.agent_names; }

  std::span<const VerbBlock> verb_blocks() const { return t_.verb_blocks; }
  std::span<const Verb> verbs() const { return t_.verbs; }
  std::span<const VerbForm> verb_forms() const { return t_.verb_forms; }
  std::span<const Pattern> patterns() const { return t_.patterns; }
  std::span<const Synset> synsets() const { return t_.synsets; }
  std::span<const SynsetMember> synset_members() const { return t_.synset_members; }
  std::span<const PatternElement> elements() const { return t_.elements; }
  std::span<const PatternElement> elements_of(const Pattern& p) const {
    return std::span<const PatternElement>(t_.elements).subspan(p.first_element, p.element_count);
  }
  std::span<const PatternElement> elements_of(const SynsetMember& m) const {
    return std::span<const PatternElement>(t_.elements).subspan(m.first_element, m.element_count);
  }
  // "- + WAS * BY $ [223]" style rendering of a pattern or member, for messages and tests.
  std::string elements_text(std::span<const PatternElement> elements) const;
  // "031:032", "023?", "---".
  std::string event_code_text(const EventCode& code) const;

  std::span<const Discard> discards() const { return t_.discards; }
  std::span<const Issue> issues() const { return t_.issues; }
  std::span<const IssueIgnore> issue_ignores() const { return t_.issue_ignores; }

 private:
  friend class DictionaryBuilder;
  detail::DictionaryTables t_;
};

}  // namespace herald::lexicon

#endif  // HERALD_DICTIONARIES_H_
