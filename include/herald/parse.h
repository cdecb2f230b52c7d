// herald — Parse: a read-only view of the dependency tree of one annotated sentence.
//
// This is what the event coder reads: who governs whom and by which relation, and how far the
// noun phrase of a subject or object reaches. Token indices are document indices (the same as
// Token::head), so they can be used with Document::tokens directly.
#ifndef HERALD_PARSE_H_
#define HERALD_PARSE_H_

#include <cstdint>
#include <optional>
#include <ranges>
#include <span>
#include <vector>

#include "herald/document.h"
#include "herald/tagset.h"

namespace herald::syntax {

// A contiguous run of tokens [first, last] and the text it covers.
struct Phrase {
  uint32_t first = 0;
  uint32_t last = 0;
  Span span;
};

class Parse {
 public:
  // `sentence` must belong to `doc`, and the syntax stage must have annotated it. The view
  // keeps a pointer to `doc`, which must outlive it.
  Parse(const Document& doc, const Sentence& sentence);

  uint32_t begin() const { return begin_; }  // first token of the sentence
  uint32_t end() const { return end_; }      // one past the last
  const Token& token(uint32_t i) const { return doc_->tokens[i]; }
  Upos upos(uint32_t i) const { return static_cast<Upos>(doc_->tokens[i].upos); }
  Deprel relation(uint32_t i) const { return static_cast<Deprel>(doc_->tokens[i].deprel); }

  // The word that heads the sentence (relation kRoot).
  uint32_t root() const { return root_; }
  // nullopt for the root.
  std::optional<uint32_t> head(uint32_t i) const {
    const uint32_t h = doc_->tokens[i].head;
    return h == kNoHead ? std::nullopt : std::optional<uint32_t>(h);
  }

  // All dependents of `i`, in text order.
  std::span<const uint32_t> children(uint32_t i) const {
    return std::span<const uint32_t>(children_).subspan(child_start_[i - begin_],
                                                        child_start_[i - begin_ + 1] - child_start_[i - begin_]);
  }
  // The dependents of `i` with exactly relation `r` (kNsubj does not match kNsubjPass), in
  // text order; a lazy view, nothing is allocated.
  auto dependents(uint32_t i, Deprel r) const {
    return children(i) | std::views::filter([this, r](uint32_t c) { return relation(c) == r; });
  }
  // The first dependent of `i` with relation `r`, if any.
  std::optional<uint32_t> dependent(uint32_t i, Deprel r) const;

  // The noun phrase that `head` governs, for naming an actor or a target. Rule: the head, its
  // dependents by det, det:predet, nmod:poss, amod, nummod, compound, flat, fixed, goeswith
  // and nmod (with subtypes), and everything below those, except that clauses (acl,
  // acl:relcl, advcl, advcl:relcl), appositions, parataxis, lists, vocatives, discourse
  // words and punctuation are cut off at any depth. So "the prime minister of Israel, who
  // spoke on Monday," gives "the prime minister of Israel", and "by the police" (obl:agent)
  // gives "the police": the head's own case marker, its coordination (conj, cc) and its
  // appositions are left out, as they name other entities. The result runs from the first to
  // the last included token; in the rare non-projective tree it may take in a word that the
  // rule left out.
  Phrase noun_phrase(uint32_t head) const;

  // The whole subtree of `head` (every token it dominates), as a range.
  Phrase subtree(uint32_t head) const;

 private:
  void extend(uint32_t i, bool top, Phrase& phrase) const;
  void extend_all(uint32_t i, Phrase& phrase) const;

  const Document* doc_;
  uint32_t begin_;
  uint32_t end_;
  uint32_t root_;
  std::vector<uint32_t> child_start_;  // per token, into children_; one more at the end
  std::vector<uint32_t> children_;
};

}  // namespace herald::syntax

#endif  // HERALD_PARSE_H_
