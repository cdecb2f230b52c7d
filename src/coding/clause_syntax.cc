#include "coding/clause_syntax.h"

#include <algorithm>

namespace herald::coding {

using lexicon::Mention;
using syntax::Deprel;
using syntax::Upos;

uint32_t mention_head(const SentenceView& view, const Mention& mention) {
  for (uint32_t t = mention.first_token; t <= mention.last_token; ++t) {
    if (!mention.contains(t)) continue;
    const std::optional<uint32_t> head = view.parse.head(t);
    if (!head || *head < mention.first_token || *head > mention.last_token) return t;
  }
  return mention.last_token;
}

uint32_t noun_phrase_head(const SentenceView& view, uint32_t token) {
  for (int depth = 0; depth < 4; ++depth) {
    const Deprel r = view.parse.relation(token);
    if (r != Deprel::kAmod && r != Deprel::kCompound && r != Deprel::kNmodPoss) break;
    const std::optional<uint32_t> up = view.parse.head(token);
    if (!up) break;
    const Upos upos = view.parse.upos(*up);
    if (upos != Upos::kNoun && upos != Upos::kPropn) break;
    token = *up;
  }
  return token;
}

bool has_case_marker(const SentenceView& view, uint32_t phrase, std::string_view lemma) {
  for (uint32_t child : view.parse.dependents(phrase, Deprel::kCase)) {
    if (view.doc.tokens[child].lemma == lemma) return true;
  }
  return false;
}

bool has_mark(const SentenceView& view, uint32_t clause, std::string_view lemma) {
  for (uint32_t mark : view.parse.dependents(clause, Deprel::kMark)) {
    if (view.doc.tokens[mark].lemma == lemma) return true;
  }
  return false;
}

namespace {

bool is_subject_relation(Deprel r) { return r == Deprel::kNsubj || r == Deprel::kNsubjPass; }

// The agent mention (index into view.mentions) that starts at `token` and that the parser hung
// on `verb` as a modifier or an auxiliary, not as a party of its own; kNone when there is none.
uint32_t agent_hung_on_verb(const SentenceView& view, uint32_t token, uint32_t verb) {
  const uint32_t m = view.at(view.agent, token);
  if (m == kNone || view.mentions[m].first_token != token || view.mentions[m].last_token >= verb) return kNone;
  const uint32_t head = mention_head(view, view.mentions[m]);
  if (view.parse.head(head) != verb) return kNone;
  switch (view.parse.relation(head)) {
    case Deprel::kAdvmod: case Deprel::kAux: case Deprel::kAuxPass: case Deprel::kDep: case Deprel::kAmod:
    case Deprel::kDiscourse:
      return m;
    default:
      return kNone;
  }
}

}  // namespace

uint32_t subject_piece_before(const SentenceView& view, uint32_t subject) {
  const Deprel r = view.parse.relation(subject);
  const std::optional<uint32_t> verb = view.parse.head(subject);
  if (!is_subject_relation(r) || !verb || subject > *verb) return kNone;
  const uint32_t first = view.parse.subtree(subject).first;
  for (uint32_t other : view.parse.children(*verb)) {
    if (other == subject || other > subject) continue;
    // The piece may also be read as a bare modifier or an address of the verb.
    const Deprel piece = view.parse.relation(other);
    const bool name = view.parse.upos(other) == Upos::kPropn && !view.parse.dependent(other, Deprel::kCase);
    if (piece != r && !(name && (piece == Deprel::kOblUnmarked || piece == Deprel::kVocative || piece == Deprel::kDep))) {
      continue;
    }
    const uint32_t last = view.parse.subtree(other).last;
    if (last + 1 == first && view.parse.upos(last) != Upos::kPunct) return other;
  }
  return kNone;
}

syntax::Phrase repaired_noun_phrase(const SentenceView& view, uint32_t head) {
  syntax::Phrase phrase = view.parse.noun_phrase(head);
  if (const uint32_t piece = subject_piece_before(view, head); piece != kNone) {
    phrase.first = view.parse.subtree(piece).first;
  }
  // A noun has a subject only as a predicate ("Lula is president"); without a copula that
  // "subject" is the start of the noun's own name ("President Luiz Inacio Lula da Silva" read
  // as "Luiz" the subject of "Silva").
  const Upos upos = view.parse.upos(head);
  if ((upos == Upos::kNoun || upos == Upos::kPropn) && !view.parse.dependent(head, Deprel::kCop)) {
    if (const std::optional<uint32_t> subject = view.parse.dependent(head, Deprel::kNsubj); subject && *subject < head) {
      phrase.first = std::min(phrase.first, view.parse.subtree(*subject).first);
    }
  }
  const std::optional<uint32_t> verb = view.parse.head(head);
  if (is_subject_relation(view.parse.relation(head)) && verb && *verb > head) {
    uint32_t next = phrase.last + 1;
    // The possessive marker of "Pakistan's" is the subject's own.
    if (next < *verb && view.parse.head(next) == head && view.parse.relation(next) == Deprel::kCase) ++next;
    if (const uint32_t agent = agent_hung_on_verb(view, next, *verb); agent != kNone) {
      phrase.last = view.mentions[agent].last_token;
    }
  }
  phrase.span = {view.doc.tokens[phrase.first].span.begin, view.doc.tokens[phrase.last].span.end};
  return phrase;
}

}  // namespace herald::coding
