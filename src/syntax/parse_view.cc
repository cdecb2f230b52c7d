#include <algorithm>

#include "herald/parse.h"

namespace herald::syntax {

namespace {

bool in_noun_phrase_core(Deprel r) {
  switch (r) {
    case Deprel::kDet: case Deprel::kDetPredet: case Deprel::kNmodPoss: case Deprel::kAmod:
    case Deprel::kNummod: case Deprel::kCompound: case Deprel::kFlat: case Deprel::kFixed:
    case Deprel::kGoeswith: case Deprel::kNmod: case Deprel::kNmodDesc:
    case Deprel::kNmodUnmarked:
      return true;
    default:
      return false;
  }
}

bool cuts_noun_phrase(Deprel r) {
  switch (r) {
    case Deprel::kAcl: case Deprel::kAclRelcl: case Deprel::kAdvcl: case Deprel::kAdvclRelcl:
    case Deprel::kAppos: case Deprel::kParataxis: case Deprel::kList: case Deprel::kVocative:
    case Deprel::kDiscourse: case Deprel::kPunct: case Deprel::kDislocated:
    case Deprel::kReparandum: case Deprel::kOrphan:
      return true;
    default:
      return false;
  }
}

}  // namespace

Parse::Parse(const Document& doc, const Sentence& sentence)
    : doc_(&doc), begin_(sentence.token_begin), end_(sentence.token_end), root_(sentence.token_begin) {
  const uint32_t n = end_ - begin_;
  child_start_.assign(n + 1, 0);
  for (uint32_t i = begin_; i < end_; ++i) {
    const uint32_t h = doc.tokens[i].head;
    if (h == kNoHead) {
      root_ = i;
    } else if (h >= begin_ && h < end_) {
      ++child_start_[h - begin_ + 1];
    }
  }
  for (uint32_t i = 1; i <= n; ++i) child_start_[i] += child_start_[i - 1];
  children_.resize(child_start_[n]);
  std::vector<uint32_t> filled(child_start_.begin(), child_start_.end() - 1);
  for (uint32_t i = begin_; i < end_; ++i) {
    const uint32_t h = doc.tokens[i].head;
    if (h != kNoHead && h >= begin_ && h < end_) children_[filled[h - begin_]++] = i;
  }
}

std::optional<uint32_t> Parse::dependent(uint32_t i, Deprel r) const {
  for (uint32_t c : children(i)) {
    if (relation(c) == r) return c;
  }
  return std::nullopt;
}

void Parse::extend(uint32_t i, bool top, Phrase& phrase) const {
  phrase.first = std::min(phrase.first, i);
  phrase.last = std::max(phrase.last, i);
  for (uint32_t c : children(i)) {
    const Deprel r = relation(c);
    if (top ? in_noun_phrase_core(r) : !cuts_noun_phrase(r)) extend(c, false, phrase);
  }
}

Phrase Parse::noun_phrase(uint32_t head) const {
  Phrase phrase{head, head, {}};
  extend(head, true, phrase);
  phrase.span = {token(phrase.first).span.begin, token(phrase.last).span.end};
  return phrase;
}

Phrase Parse::subtree(uint32_t head) const {
  Phrase phrase{head, head, {}};
  extend_all(head, phrase);
  phrase.span = {token(phrase.first).span.begin, token(phrase.last).span.end};
  return phrase;
}

void Parse::extend_all(uint32_t i, Phrase& phrase) const {
  phrase.first = std::min(phrase.first, i);
  phrase.last = std::max(phrase.last, i);
  for (uint32_t c : children(i)) extend_all(c, phrase);
}

}  // namespace herald::syntax
