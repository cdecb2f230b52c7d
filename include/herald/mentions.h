// herald — the Mentions stage: every dictionary phrase that occurs in a sentence, in one pass.
//
// A PhraseMatcher compiles all phrases of a Dictionaries (actor and agent names, verb forms,
// discards, issues, TABARI nouns and adjectives) plus herald's own anaphor phrases into one
// trie over word ids, once. Matching a sentence folds each token (fold_word), looks it up once
// in a word table (and its prefixes in a table of stem words, when there are stems), and walks
// the trie from every token: the work per sentence depends on its tokens and on the phrases
// that match there, not on how many phrases the dictionaries hold. The coder reads the
// mentions instead of searching dictionaries itself, and skips sentences that cannot give an
// event (could_yield_event).
//
// How a phrase matches tokens (Phrase in lexicon.h says where the masks come from):
//   - a word matches a token whose folded form equals it; a stem word (TABARI, the last word
//     of a discard) matches any token whose folded form begins with it ("syri": "syrian");
//   - consecutive words (gap bit clear) must be adjacent tokens;
//   - after a word with its gap bit set, up to kMaxGapTokens other tokens may come before the
//     next word ("cordoned the area off"); never beyond the sentence. The bound keeps a phrase
//     from being assembled out of words scattered over a long sentence;
//   - a whole match spans at most kMaxMentionSpan tokens, so its tokens fit one bitmask;
//   - when a gapped phrase can match from one first token in several ways, the match whose
//     token positions come first (compared word by word) is reported, once.
// All matches are reported, overlapping or not; select_longest applies the "longest match
// wins" rule of TABARI and PETRARCH when a coder wants one reading.
//
//   const PhraseMatcher matcher(dictionaries);  // once; share it between threads
//   MatchScratch scratch;                       // one per thread
//   std::vector<Mention> mentions;
//   for (const Sentence& s : doc.sentences) {
//     matcher.find(doc, s, scratch, mentions);
//     if (!could_yield_event(mentions)) continue;
//     ...
//   }
#ifndef HERALD_MENTIONS_H_
#define HERALD_MENTIONS_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "herald/dictionaries.h"
#include "herald/document.h"

namespace herald::lexicon {

namespace detail {
struct MatchBuffers;
struct MatcherTables;
}  // namespace detail

// At most this many other tokens between the words of a phrase joined by a gap.
inline constexpr uint32_t kMaxGapTokens = 6;
// At most this many tokens from the first to the last token of a match (the width of
// Mention::tokens).
inline constexpr uint32_t kMaxMentionSpan = 64;

inline constexpr uint32_t kNoToken = UINT32_MAX;

// What a mention is a mention of, and which table `owner` indexes.
enum class MentionKind : uint8_t {
  kActor,        // owner: actors(); name: actor_names()
  kAgent,        // owner: agents(); name: agent_names()
  kVerb,         // owner: verb_forms() of a verb in a VerbSection::kVerbs block
  kTimeShift,    // owner: verb_forms() of a TABARI <TIME> phrase
  kAttribution,  // owner: verb_forms() of a TABARI <ATTRIB> phrase
  kDiscard,      // owner: discards()
  kIssue,        // owner: issues()
  kIssueIgnore,  // owner: issue_ignores()
  kNoun,         // owner: tabari_nouns()
  kAdjective,    // owner: tabari_adjectives()
  kAnaphor,      // owner: anaphor_phrases() — a pronoun or a definite description
};
inline constexpr size_t kMentionKindCount = 11;

std::string_view mention_kind_name(MentionKind kind);  // "actor", "verb", ...

struct Mention {
  MentionKind kind = MentionKind::kActor;
  uint32_t owner = 0;
  uint32_t name = 0;         // the phrase's index in its table; differs from owner for actors
                             // (actor_names()) and agents (agent_names())
  uint32_t first_token = 0;  // document token indices, inclusive
  uint32_t last_token = 0;
  uint32_t verb_token = kNoToken;  // verbs, time shifts, attributions: the verb word's token
  // Bit i set: token first_token + i is one of the phrase's words. For a phrase without gaps
  // the low (last_token - first_token + 1) bits are all set.
  uint64_t tokens = 0;

  uint32_t word_count() const { return static_cast<uint32_t>(std::popcount(tokens)); }
  bool contains(uint32_t token) const {
    return token >= first_token && token <= last_token && ((tokens >> (token - first_token)) & 1u);
  }
  friend bool operator==(const Mention&, const Mention&) = default;
};

// Working memory of PhraseMatcher::find, reused from call to call so that matching allocates
// nothing once the buffers have grown to the longest sentence. Not shareable between threads.
class MatchScratch {
 public:
  MatchScratch();
  ~MatchScratch();
  MatchScratch(MatchScratch&&) noexcept;
  MatchScratch& operator=(MatchScratch&&) noexcept;

 private:
  friend class PhraseMatcher;
  std::unique_ptr<detail::MatchBuffers> buffers_;
};

class PhraseMatcher {
 public:
  // Compiles every phrase of `dictionaries`. The matcher keeps no reference to them; owners
  // in its mentions index their tables, so keep the two together. Throws std::length_error if
  // the dictionaries have 2^30 words or more.
  explicit PhraseMatcher(const Dictionaries& dictionaries);
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  // Replaces `out` with the mentions in `sentence`, ordered by first token, then kind, then
  // last token, then owner. Allocates only when a buffer must grow.
  void find(const Document& doc, const Sentence& sentence, MatchScratch& scratch,
            std::vector<Mention>& out) const;
  // The same with a scratch of the calling thread's own.
  std::vector<Mention> find(const Document& doc, const Sentence& sentence) const;

  size_t node_count() const;    // trie nodes, the root included
  size_t phrase_count() const;  // phrases compiled (a phrase shared by two kinds counts twice)
  size_t memory_bytes() const;  // approximate size of the compiled tables

 private:
  std::unique_ptr<const detail::MatcherTables> tables_;
};

// The longest non-overlapping mentions of each kind, chosen left to right as TABARI and
// PETRARCH do: from the leftmost first token, the mention with the most words (then the
// narrowest span, then the lowest owner) wins and the scan goes on after its last token.
// "United States Army" beats "United States". Kinds are chosen independently, so in
// "Colombian soldiers" both the actor and the agent are kept. Result in find()'s order.
std::vector<Mention> select_longest(std::span<const Mention> mentions);
// The same into `out`, reusing its memory (`out` must not alias `mentions`).
void select_longest(std::span<const Mention> mentions, std::vector<Mention>& out);

// The phrases herald reports as MentionKind::kAnaphor: pronouns that may stand for an actor
// ("he", "their") and definite descriptions ("the government"), folded, words separated by
// one blank. Mention::owner indexes this list.
std::span<const std::string_view> anaphor_phrases();

// Whether `token` may stand for an actor mentioned elsewhere: it is the last word of an
// anaphor mention (the pronoun itself, or the noun of "the government"). The coder and
// could_yield_event use this one rule, so they agree on what an anaphor is.
bool is_anaphor_candidate(std::span<const Mention> mentions, uint32_t token);

// The coder's pre-filter, exact for its contract (an event needs a coded verb and at least one
// actor): true iff the mentions include a verb (MentionKind::kVerb; time shifts and
// attributions make no event) and an actor, an agent (PETRARCH codes a lone agent) or an
// anaphor candidate. A false answer means the sentence can be skipped without parsing.
// Discards are not considered here: the coder applies them, story-wide ones included.
bool could_yield_event(std::span<const Mention> mentions);

}  // namespace herald::lexicon

#endif  // HERALD_MENTIONS_H_
