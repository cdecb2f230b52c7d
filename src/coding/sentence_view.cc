#include "coding/sentence_view.h"

#include <string>

namespace herald::coding {

SentenceView::SentenceView(const Document& document, const Sentence& sentence,
                           std::span<const lexicon::Mention> all,
                           const lexicon::Dictionaries& dictionaries)
    : doc(document),
      parse(document, sentence),
      mentions(lexicon::select_longest(all)),
      all_mentions(all),
      word(sentence.size(), lexicon::kNotFound),
      actor(sentence.size(), kNone),
      agent(sentence.size(), kNone),
      anaphor(sentence.size(), kNone) {
  std::string folded;
  for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
    lexicon::fold_word(document.tokens[t].text, folded);
    word[t - sentence.token_begin] = dictionaries.words().find(folded);
  }
  for (uint32_t m = 0; m < mentions.size(); ++m) {
    std::vector<uint32_t>* column = nullptr;
    switch (mentions[m].kind) {
      case lexicon::MentionKind::kActor: column = &actor; break;
      case lexicon::MentionKind::kAgent: column = &agent; break;
      case lexicon::MentionKind::kAnaphor: column = &anaphor; break;
      default: continue;
    }
    for (uint32_t t = mentions[m].first_token; t <= mentions[m].last_token; ++t) {
      if (mentions[m].contains(t)) (*column)[t - sentence.token_begin] = m;
    }
  }
}

}  // namespace herald::coding
