// herald — grouping tokens into sentences.
//
// The decision is made on tokens, not characters, so "4.5", "U.S." and "..." have already
// been told apart from full stops by the tokenizer. A sentence ends:
//   - after . ! ? (plus any closing quotes and brackets glued to them), unless the next word
//     starts in lower case or the next token is , ; : or a dash;
//   - after an abbreviation that may end a sentence ("U.S.", "Inc.", an initial) when a
//     common sentence starter ("The", "He", "But") or an opening quote follows; never after a
//     title ("Gen.", "Mr.") or a month before a number ("Sept. 16");
//   - before a paragraph break (a blank line, an indented line: see BreakBefore) or a line
//     that opens with a dateline, except after a dash, which is how datelines end
//     ("BOGOTA, Sept 16 (Reuters) -");
//   - after the dash of a dateline, which is a sentence of its own (with no verb, it yields no
//     event, and its place is not mistaken for part of the first sentence's subject);
//   - after kMaxSentenceTokens tokens, whatever follows.
// A hard line wrap alone never ends a sentence, so "former U.S.\nPresident" stays together.
#ifndef HERALD_TEXT_SENTENCE_SPLITTER_H_
#define HERALD_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace herald::text {

struct TokenRange {
  uint32_t begin = 0;  // [begin, end) indexes into the token list
  uint32_t end = 0;
};

// Appends the sentences of `tokens` (from tokenize(text)) to `out`; together they cover every
// token once, in order.
void split_sentences(std::string_view text, std::span<const TokenInfo> tokens,
                     std::vector<TokenRange>& out);

}  // namespace herald::text

#endif  // HERALD_TEXT_SENTENCE_SPLITTER_H_
