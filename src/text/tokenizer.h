// herald — splitting text into tokens, with the layout facts sentence splitting needs.
//
// The tokenizer makes one pass over the text. Whitespace separates chunks; each chunk is cut
// into words, numbers and punctuation following UD English / Penn conventions. Besides the
// token's bytes it records what a sentence splitter cannot recover from the token alone:
// whether a line or paragraph break came before it, whether whitespace follows it, the case
// of its first letter, and what kind of abbreviation it is when it kept a period.
#ifndef HERALD_TEXT_TOKENIZER_H_
#define HERALD_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "text/abbreviations.h"
#include "text/char_class.h"

namespace herald::text {

enum class TokenKind : uint8_t {
  kWord,          // begins with a letter: "Colombia", "n't", "anti-drug", "www.un.org"
  kNumber,        // begins with a digit: "1,000.50", "1986/87", "11-1/2"
  kAbbreviation,  // a word that kept its period: "U.S.", "Gen.", "Sept.-Oct."
  kPeriod,        // "."
  kTerminator,    // "!", "?", "?!", "!!!"
  kEllipsis,      // "...", "…"
  kOpenBracket,   // "(", "["
  kCloseBracket,  // ")", "]"
  kOpenQuote,     // "“", "‘", "``"
  kCloseQuote,    // "”", "’", "''"
  kQuote,         // '"' or "'": opening or closing depending on the spacing
  kDash,          // "-", "--", "—", "–" standing alone
  kOther,         // "," ";" ":" "$" "%" "&", symbols, emoji
};

enum class BreakBefore : uint8_t {
  kNone,       // same line as the previous token
  kLine,       // first token of a line that continues the paragraph (a hard wrap)
  kParagraph,  // first token after a blank line, an indented line start, a form feed or
               // U+2029, or the first token of the text
};

struct TokenInfo {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  TokenKind kind = TokenKind::kOther;
  BreakBefore break_before = BreakBefore::kNone;
  LetterCase initial_case = LetterCase::kNone;              // of the first letter, for words
  AbbreviationKind abbreviation = AbbreviationKind::kNone;  // for kAbbreviation
  bool space_after = false;  // whitespace (or a control character) follows
};

// Appends the tokens of `text` to `out`. Linear in the length of the text whatever it holds;
// malformed UTF-8 is read as U+FFFD one byte at a time. `text` must be shorter than 4 GiB.
void tokenize(std::string_view text, std::vector<TokenInfo>& out);

}  // namespace herald::text

#endif  // HERALD_TEXT_TOKENIZER_H_
