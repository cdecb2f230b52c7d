// Coding one dictionary verb of a parsed sentence: its event code (from the verb dictionary's
// patterns, else the verb's own code) and its sources and targets (from the patterns' $ and +
// where they bind, else from the parse).
#ifndef HERALD_CODING_VERB_CODER_H_
#define HERALD_CODING_VERB_CODER_H_

#include <cstdint>
#include <span>
#include <vector>

#include "coding/actors.h"
#include "coding/sentence_view.h"
#include "herald/dictionaries.h"

namespace herald::coding {

struct CodedVerb {
  lexicon::EventCode code;
  std::vector<ResolvedActor> sources;
  std::vector<ResolvedActor> targets;
  uint32_t verb_first = 0;  // the verb's words (document token indices)
  uint32_t verb_last = 0;
  uint32_t verb_token = 0;  // the word of them the parse hangs the clause on
  // Rival camps of one state act on each other: its source and target are that state alike.
  bool within_one_state = false;
};

class VerbCoder {
 public:
  // Orders each verb block's patterns longest first, once.
  explicit VerbCoder(const lexicon::Dictionaries& dictionaries);

  // Codes the verb mention `verb` of `view`; nullopt when it yields no event: the verb is not
  // a verb in this sentence (the tagger says noun), it is negated, or its code is null.
  std::optional<CodedVerb> code(const SentenceView& view, const lexicon::Mention& verb,
                                const ActorResolver& resolver, const StoryMemory& memory) const;

 private:
  struct Bindings {
    uint32_t source = kNone;  // the head token of the actor a pattern bound
    uint32_t target = kNone;
    bool compound = false;  // a "%": the conjoined actors there act on each other
    uint32_t first = kNone;  // the first token a pattern's words before the verb matched
  };
  struct Cursor;

  bool match_pattern(const SentenceView& view, const lexicon::Pattern& pattern,
                     const lexicon::Mention& verb, Bindings& bindings) const;
  // Whether the words a pattern reads after its verb describe the subject of the passive
  // verb `verb` instead: "the commander was killed" as "killed the commander".
  bool match_passive_subject(const SentenceView& view, const lexicon::Pattern& pattern, uint32_t verb,
                             Bindings& bindings) const;
  bool match_forward(const Cursor& cursor, uint32_t element, uint32_t position, bool adjacent,
                     Bindings& bindings) const;
  bool match_backward(const Cursor& cursor, uint32_t element, uint32_t position, bool adjacent,
                      Bindings& bindings) const;
  // Tokens an element takes starting at `position` (forward) or ending there (backward);
  // 0 when it does not match there.
  uint32_t element_length(const Cursor& cursor, const lexicon::PatternElement& element,
                          uint32_t position, bool forward, Bindings& bindings) const;
  uint32_t words_length(const SentenceView& view, std::span<const lexicon::PatternElement> words,
                        uint32_t position, bool forward) const;
  // Gives a protest held demanding something (`demand`, the demanding verb) the subcode of
  // its aim.
  void refine_protest_by_its_demand(const SentenceView& view, uint32_t demand, const ActorResolver& resolver,
                                    const StoryMemory& memory, lexicon::EventCode& protest) const;
  bool word_matches(const SentenceView& view, const lexicon::PatternElement& element,
                    uint32_t token) const;

  const lexicon::Dictionaries& dictionaries_;
  std::vector<uint32_t> patterns_by_length_;  // pattern indices, each block's longest first
};

}  // namespace herald::coding

#endif  // HERALD_CODING_VERB_CODER_H_
