#include "coding/clause_syntax.h"

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

}  // namespace herald::coding
