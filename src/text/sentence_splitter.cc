// herald — sentence boundaries from tokens and layout.
#include "text/sentence_splitter.h"

#include "herald/text.h"

namespace herald::text {
namespace {

// Looks at most this far past opening quotes and brackets for the word that starts the next
// sentence.
constexpr uint32_t kMaxOpenersBeforeWord = 3;
// A dateline is a place in capitals ("UNITED NATIONS"), then a date, the agency in brackets
// and a dash.
constexpr uint32_t kMaxDatelinePlaceWords = 4;
constexpr uint32_t kMaxDatelineTokens = 16;

class Splitter {
 public:
  Splitter(std::string_view text, std::span<const TokenInfo> tokens)
      : text_(text), tokens_(tokens) {}

  void run(std::vector<TokenRange>& out);

 private:
  std::string_view text_of(const TokenInfo& token) const {
    return text_.substr(token.begin, token.end - token.begin);
  }
  bool starts_paragraph(uint32_t i) const {
    const BreakBefore brk = tokens_[i].break_before;
    if (brk == BreakBefore::kNone || tokens_[i - 1].kind == TokenKind::kDash) return false;
    return brk == BreakBefore::kParagraph || opens_dateline(i);
  }
  // Whether a line starting at token `i` begins with a dateline ("BOGOTA, Sept 16 (Reuters) -",
  // "WASHINGTON (AP) --"): a headline may sit on the line just before it with no blank line.
  bool opens_dateline(uint32_t i) const { return dateline_end(i) != 0; }
  // The index just past the dash that ends a dateline starting at token `i`, or 0 if there is
  // none there. A dateline needs the agency in brackets or, at the very start of a story, a
  // date ("WASHINGTON, Sept 17 -").
  uint32_t dateline_end(uint32_t i) const;
  bool is_capitals_word(const TokenInfo& token) const;
  bool is_month(const TokenInfo& token) const;
  // Whether token `i`, a candidate end, is followed by more of the same ending: closing quotes
  // and brackets glued to it, or further stops ("?!", ".)").
  bool continues_ending(uint32_t i) const;
  // Whether a sentence whose last stop or abbreviation is `end` ends before token `next`.
  bool ends_before(const TokenInfo& end, uint32_t next) const;

  std::string_view text_;
  std::span<const TokenInfo> tokens_;
};

bool is_candidate_end(TokenKind kind) {
  return kind == TokenKind::kPeriod || kind == TokenKind::kTerminator ||
         kind == TokenKind::kEllipsis || kind == TokenKind::kAbbreviation;
}

bool Splitter::is_capitals_word(const TokenInfo& token) const {
  if (token.kind != TokenKind::kWord || token.end - token.begin < 2) return false;
  for (char c : text_of(token)) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return token.initial_case == LetterCase::kUpper;
}

bool Splitter::is_month(const TokenInfo& token) const {
  if (token.kind == TokenKind::kAbbreviation) return token.abbreviation == AbbreviationKind::kMonth;
  if (token.kind != TokenKind::kWord || token.initial_case != LetterCase::kUpper) return false;
  static constexpr std::string_view kMonths[] = {
      "Jan", "January", "Feb", "February", "March", "April",  "May",  "June",
      "July", "Aug",    "August", "Sept", "September", "Oct", "October", "Nov",
      "November", "Dec", "December"};
  const std::string_view word = text_of(token);
  for (std::string_view month : kMonths) {
    if (word == month) return true;
  }
  return false;
}

uint32_t Splitter::dateline_end(uint32_t i) const {
  const auto count = static_cast<uint32_t>(tokens_.size());
  uint32_t j = i;
  while (j < count && j - i < kMaxDatelinePlaceWords && is_capitals_word(tokens_[j])) ++j;
  if (j == i || j == count) return 0;
  const TokenInfo& after_place = tokens_[j];
  const bool place_ends =
      after_place.kind == TokenKind::kOpenBracket || after_place.kind == TokenKind::kDash ||
      (after_place.kind == TokenKind::kOther && text_[after_place.begin] == ',');
  if (!place_ends) return 0;
  // The dash must follow the agency in brackets ("(Reuters) -") or, as the story's first
  // words, a month: "NATO, the alliance - which" and "the\nUSSR -- a major supplier --" are
  // prose.
  bool saw_agency = false;
  bool saw_month = false;
  for (; j < count && j - i < kMaxDatelineTokens; ++j) {
    const TokenInfo& token = tokens_[j];
    if (token.kind == TokenKind::kDash) {
      return saw_agency || (i == 0 && saw_month) ? j + 1 : 0;
    }
    if (token.kind == TokenKind::kOpenBracket) saw_agency = true;
    if (is_month(token)) saw_month = true;
    if (token.kind == TokenKind::kPeriod || token.kind == TokenKind::kTerminator ||
        token.break_before != BreakBefore::kNone) {
      return 0;
    }
  }
  return 0;
}

bool Splitter::continues_ending(uint32_t i) const {
  const TokenInfo& token = tokens_[i];
  if (token.break_before == BreakBefore::kParagraph) return false;
  switch (token.kind) {
    case TokenKind::kCloseQuote:
    case TokenKind::kCloseBracket:
    case TokenKind::kPeriod:
    case TokenKind::kTerminator:
      return true;
    case TokenKind::kQuote:
      return !tokens_[i - 1].space_after;  // `yield."` closes; `yield. "` opens the next one
    default:
      return false;
  }
}

bool Splitter::ends_before(const TokenInfo& end, uint32_t next) const {
  const TokenInfo& following = tokens_[next];
  if (following.kind == TokenKind::kDash) return false;
  if (following.kind == TokenKind::kOther) {
    const char c = text_[following.begin];
    if (c == ',' || c == ';' || c == ':') return false;
  }
  uint32_t word = next;
  while (word < tokens_.size() && word - next < kMaxOpenersBeforeWord &&
         (tokens_[word].kind == TokenKind::kOpenQuote || tokens_[word].kind == TokenKind::kQuote ||
          tokens_[word].kind == TokenKind::kOpenBracket)) {
    ++word;
  }
  const bool opener_between = word != next;
  if (word == tokens_.size()) return true;
  const TokenInfo& first = tokens_[word];
  const bool is_word = first.kind == TokenKind::kWord || first.kind == TokenKind::kAbbreviation;
  const bool lower = is_word && first.initial_case == LetterCase::kLower;
  const bool upper = is_word && first.initial_case == LetterCase::kUpper;
  // After an ambiguous ending, only a word that typically opens a sentence (or an opening
  // quote before a capital) is taken as evidence of a new sentence.
  const bool new_sentence_evidence =
      upper && (opener_between || is_sentence_starter(text_of(first)));

  switch (end.kind) {
    case TokenKind::kPeriod:
    case TokenKind::kTerminator:
      return !lower;
    case TokenKind::kEllipsis:
      return new_sentence_evidence;
    case TokenKind::kAbbreviation:
      switch (end.abbreviation) {
        case AbbreviationKind::kTitle:
        case AbbreviationKind::kBeforeNumber:
          return false;
        case AbbreviationKind::kMonth:
        case AbbreviationKind::kOrdinary:
        case AbbreviationKind::kNone:
          return new_sentence_evidence;
      }
      return false;
    default:
      return false;
  }
}

void Splitter::run(std::vector<TokenRange>& out) {
  const auto count = static_cast<uint32_t>(tokens_.size());
  uint32_t start = 0;
  auto close_at = [&](uint32_t end) {
    out.push_back({start, end});
    start = end;
  };
  uint32_t i = 0;
  while (i < count) {
    if (i > start && (starts_paragraph(i) || i - start >= kMaxSentenceTokens)) close_at(i);
    // A dateline stands alone so that its place is not read as part of the first sentence
    // ("WASHINGTON, Sept 17 - Republican lawmakers urged ...").
    if (i == start) {
      if (const uint32_t end = dateline_end(i); end != 0 && end < count) {
        i = end;
        close_at(i);
        continue;
      }
    }
    const TokenInfo* ending = &tokens_[i];
    ++i;
    if (!is_candidate_end(ending->kind)) continue;
    while (i < count && i - start < kMaxSentenceTokens && continues_ending(i)) {
      if (is_candidate_end(tokens_[i].kind)) ending = &tokens_[i];
      ++i;
    }
    if (i < count && i > start && !starts_paragraph(i) && ends_before(*ending, i)) close_at(i);
  }
  if (start < count) close_at(count);
}

}  // namespace

void split_sentences(std::string_view text, std::span<const TokenInfo> tokens,
                     std::vector<TokenRange>& out) {
  Splitter(text, tokens).run(out);
}

}  // namespace herald::text
