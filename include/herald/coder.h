// herald — Coder: stories in, CAMEO events out.
//
// The Coder runs the whole pipeline on one story: the text stage (sentences and tokens), the
// Mentions stage (every dictionary phrase, in one pass), a pre-filter that skips sentences
// that cannot yield an event, the syntax stage on the sentences that can, and the coding of
// each dictionary verb from its parse: source and target from the verb's subject, object and
// obliques (by-agents for passives), patterns from the verb dictionary, actor codes resolved
// on the story's date, agents joined to their actors, pronouns and definite descriptions
// resolved to the most recent compatible actor of the story.
//
// A Coder is immutable once built; any number of threads may call code() at once.
#ifndef HERALD_CODER_H_
#define HERALD_CODER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "herald/dictionaries.h"
#include "herald/document.h"
#include "herald/event.h"
#include "herald/story.h"

namespace herald {

namespace syntax {
class SyntaxModel;
}

struct CoderOptions {
  // PETRARCH's require_dyad: an event needs both a source and a target. When false, an event
  // with one of them missing is kept, the missing actor written "---".
  bool require_dyad = true;
  // Skip parsing sentences that cannot yield an event (no dictionary verb, or no actor, agent
  // or anaphor). The filter is exact, so turning it off changes only the speed; tests do, to
  // check that.
  bool prefilter = true;
};

// What coding one story found, for summaries and benchmarks.
struct CodingStats {
  uint64_t sentences = 0;
  uint64_t sentences_parsed = 0;  // those the pre-filter let through
  uint64_t sentences_discarded = 0;
  uint64_t events = 0;
  CodingStats& operator+=(const CodingStats& other);
};

struct CodedStory {
  Document doc;
  std::vector<Event> events;  // in text order: by sentence, then by verb position
  CodingStats stats;
};

class Coder {
 public:
  Coder(lexicon::Dictionaries dictionaries, std::shared_ptr<const syntax::SyntaxModel> syntax,
        CoderOptions options = {});
  ~Coder();
  Coder(const Coder&) = delete;
  Coder& operator=(const Coder&) = delete;

  CodedStory code(Story story) const;
  // The same with other options for this one story (validation suites change them per record).
  CodedStory code(Story story, const CoderOptions& options) const;

  // Codes a document whose sentences the syntax stage has already annotated (segmented and
  // parsed by the caller, e.g. with SyntaxModel::annotate): the coding step alone. `stats`,
  // when given, is added to.
  std::vector<Event> code_parsed(const Document& doc, CodingStats* stats = nullptr) const;

  const lexicon::Dictionaries& dictionaries() const;

  struct State;

 private:
  // The sentence loop; `parse` annotates one sentence when the pre-filter lets it through.
  void code_sentences(const Document& doc, const CoderOptions& options,
                      const std::function<void(const Sentence&)>& parse, std::vector<Event>& events,
                      CodingStats& stats) const;

  std::unique_ptr<const State> state_;
};

}  // namespace herald

#endif  // HERALD_CODER_H_
