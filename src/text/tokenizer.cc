// herald — the tokenizer: one pass over the text, no allocation beyond the output vector.
#include "text/tokenizer.h"

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "text/utf8_decode.h"

namespace herald::text {
namespace {

using Byte = unsigned char;

struct Scanned {
  CharClass char_class;
  uint32_t length;
  char32_t code_point;
};

bool is_ascii_digit(Byte c) { return c >= '0' && c <= '9'; }
Byte ascii_lower(Byte c) { return (c >= 'A' && c <= 'Z') ? static_cast<Byte>(c + ('a' - 'A')) : c; }
bool is_separator(CharClass c) {
  return c == CharClass::kSpace || c == CharClass::kNewline || c == CharClass::kParagraph;
}
bool is_regional_indicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr std::string_view kTypographicApostrophe = "\xE2\x80\x99";

// Case-insensitive comparison of ASCII bytes [p, p + word.size()) with lowercase `word`.
bool equals_lowercase(const Byte* p, std::string_view word) {
  for (size_t i = 0; i < word.size(); ++i) {
    if (ascii_lower(p[i]) != static_cast<Byte>(word[i])) return false;
  }
  return true;
}

// True when [p, end) spells a clitic that follows an apostrophe: s m d re ve ll.
bool is_clitic_tail(const Byte* p, const Byte* end) {
  switch (end - p) {
    case 1: {
      const Byte c = ascii_lower(*p);
      return c == 's' || c == 'm' || c == 'd';
    }
    case 2:
      return equals_lowercase(p, "re") || equals_lowercase(p, "ve") || equals_lowercase(p, "ll");
    default:
      return false;
  }
}

// Length in bytes of the apostrophe starting at `p` (' or ’), or 0.
size_t apostrophe_length(const Byte* p, const Byte* end) {
  if (*p == '\'') return 1;
  const std::string_view rest(reinterpret_cast<const char*>(p), static_cast<size_t>(end - p));
  return rest.starts_with(kTypographicApostrophe) ? kTypographicApostrophe.size() : 0;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::vector<TokenInfo>& out)
      : base_(reinterpret_cast<const Byte*>(text.data())), end_(base_ + text.size()), out_(out) {}

  void run();

 private:
  Scanned scan(const Byte* p) const {
    if (*p < 0x80) return {kAsciiClasses[*p], 1, *p};
    const DecodedCodePoint decoded = decode_code_point(p, end_);
    return {classify_non_ascii(decoded.code_point), decoded.length, decoded.code_point};
  }
  bool is_word_at(const Byte* p, const Byte* limit) const {
    if (p >= limit) return false;
    return (*p < 0x80 ? kAsciiClasses[*p] : scan(p).char_class) == CharClass::kWord;
  }
  bool is_separator_at(const Byte* p) const {
    return *p < 0x80 ? is_separator(kAsciiClasses[*p]) : is_separator(scan(p).char_class);
  }
  // Whether the text after `p` (skipping a little whitespace) starts with a digit.
  bool digit_follows(const Byte* p) const {
    const Byte* const limit = end_ - p > 4 ? p + 4 : end_;
    while (p < limit && (*p == ' ' || *p == '\t' || *p == '\n')) ++p;
    return p < end_ && is_ascii_digit(*p);
  }

  void tokenize_chunk(const Byte* begin, const Byte* end);
  void tokenize_range(const Byte* begin, const Byte* end);
  const Byte* url_end(const Byte* begin, const Byte* end) const;
  // Scans a word whose first word character is at `core` (`begin` may hold a sigil such as
  // '#' or '.' before it), emits it (split into word and clitic, or keeping a period), and
  // returns where scanning resumes.
  const Byte* scan_word(const Byte* begin, const Byte* core, const Byte* limit);
  const Byte* symbol_cluster_end(const Byte* p, const Scanned& first, const Byte* limit) const;
  const Byte* run_end(const Byte* p, const Byte* limit, Byte ascii) const {
    while (p < limit && *p == ascii) ++p;
    return p;
  }
  void emit(const Byte* begin, const Byte* end, TokenKind kind,
            AbbreviationKind abbreviation = AbbreviationKind::kNone);

  const Byte* const base_;
  const Byte* const end_;
  std::vector<TokenInfo>& out_;
  BreakBefore pending_break_ = BreakBefore::kParagraph;
};

void Tokenizer::emit(const Byte* begin, const Byte* end, TokenKind kind,
                     AbbreviationKind abbreviation) {
  TokenInfo& token = out_.emplace_back();
  token.begin = static_cast<uint32_t>(begin - base_);
  token.end = static_cast<uint32_t>(end - base_);
  token.kind = kind;
  token.break_before = pending_break_;
  token.abbreviation = abbreviation;
  pending_break_ = BreakBefore::kNone;
  if (kind == TokenKind::kWord || kind == TokenKind::kAbbreviation) {
    Scanned first = scan(begin);
    if (first.char_class != CharClass::kWord && begin + first.length < end) {
      first = scan(begin + first.length);  // past a sigil or apostrophe: "#Colombia", "'s"
    }
    token.initial_case = letter_case(first.code_point);
    // "eBay", "iPhone": a brand that starts a sentence keeps its lower-case initial.
    const Byte* second = begin + first.length;
    if (token.initial_case == LetterCase::kLower && second < end && *second >= 'A' &&
        *second <= 'Z') {
      token.initial_case = LetterCase::kUpper;
    }
  }
}

void Tokenizer::run() {
  const Byte* p = base_;
  uint32_t newlines = 0;
  bool paragraph_mark = false;
  bool at_line_start = true;
  bool first_chunk = true;
  uint32_t indent = 0;
  uint32_t previous_indent = 0;
  while (p < end_) {
    const Scanned s = scan(p);
    switch (s.char_class) {
      case CharClass::kSpace:
        indent += at_line_start;
        p += s.length;
        continue;
      case CharClass::kNewline:
        p += (*p == '\r' && p + 1 < end_ && p[1] == '\n') ? 2 : s.length;
        ++newlines;
        at_line_start = true;
        indent = 0;
        continue;
      case CharClass::kParagraph:
        p += s.length;
        paragraph_mark = true;
        at_line_start = true;
        indent = 0;
        continue;
      default:
        break;
    }
    const Byte* chunk_end = p + s.length;
    while (chunk_end < end_ && !is_separator_at(chunk_end)) {
      chunk_end += *chunk_end < 0x80 ? 1 : scan(chunk_end).length;
    }
    if (!first_chunk) {
      if (paragraph_mark || newlines >= 2) {
        pending_break_ = BreakBefore::kParagraph;
      } else if (newlines == 1) {
        // Wire copy indents the first line of each paragraph; a line indented like the one
        // before it and starting in lower case is a wrapped continuation instead.
        const bool continues = indent == 0 || (indent == previous_indent &&
                                               letter_case(s.code_point) == LetterCase::kLower);
        pending_break_ = continues ? BreakBefore::kLine : BreakBefore::kParagraph;
      } else {
        pending_break_ = BreakBefore::kNone;
      }
    }
    if (at_line_start) previous_indent = indent;
    first_chunk = false;
    newlines = 0;
    paragraph_mark = false;
    at_line_start = false;
    tokenize_chunk(p, chunk_end);
    out_.back().space_after = chunk_end < end_;
    p = chunk_end;
  }
}

void Tokenizer::tokenize_chunk(const Byte* begin, const Byte* end) {
  const Byte* url_begin = begin;
  while (url_begin < end) {
    const Scanned s = scan(url_begin);
    const bool opener = s.char_class == CharClass::kOpenBracket ||
                        s.char_class == CharClass::kOpenQuote ||
                        s.char_class == CharClass::kQuote || *url_begin == '<';
    if (!opener) break;
    url_begin += s.length;
  }
  if (const Byte* url_stop = url_end(url_begin, end)) {
    tokenize_range(begin, url_begin);
    emit(url_begin, url_stop, TokenKind::kWord);
    tokenize_range(url_stop, end);
    return;
  }
  tokenize_range(begin, end);
}

// End of a URL that starts at `begin` ("https://...", "www...."), trailing punctuation
// excluded, or nullptr when there is no URL there.
const Byte* Tokenizer::url_end(const Byte* begin, const Byte* end) const {
  const std::string_view chunk(reinterpret_cast<const char*>(begin),
                               static_cast<size_t>(end - begin));
  if (chunk.size() < 8) return nullptr;
  bool is_url = equals_lowercase(begin, "www.");
  if (!is_url) {
    size_t scheme = 0;
    while (scheme < chunk.size() && scheme <= 10 &&
           ((chunk[scheme] >= 'a' && chunk[scheme] <= 'z') ||
            (chunk[scheme] >= 'A' && chunk[scheme] <= 'Z'))) {
      ++scheme;
    }
    is_url = scheme >= 2 && chunk.substr(scheme).starts_with("://");
  }
  if (!is_url) return nullptr;

  size_t open_parens = 0;
  size_t close_parens = 0;
  for (char c : chunk) {
    open_parens += c == '(';
    close_parens += c == ')';
  }
  const Byte* stop = end;
  while (stop > begin + 4) {
    const Byte* last = stop - 1;
    while (last > begin && is_continuation_byte(*last)) --last;
    const Byte c = *last;
    const CharClass cls = scan(last).char_class;
    const bool strip =
        (c < 0x80 &&
         std::string_view(".,;:!?'\">]}").find(static_cast<char>(c)) != std::string_view::npos) ||
        (c == ')' && close_parens > open_parens) ||
        (c >= 0x80 && (cls == CharClass::kCloseQuote || cls == CharClass::kCloseBracket ||
                       cls == CharClass::kTerminator || cls == CharClass::kEllipsis));
    if (!strip) break;
    close_parens -= c == ')';
    stop = last;
  }
  return stop;
}

void Tokenizer::tokenize_range(const Byte* begin, const Byte* end) {
  const Byte* p = begin;
  while (p < end) {
    const Scanned s = scan(p);
    const Byte* next = p + s.length;
    switch (s.char_class) {
      case CharClass::kWord:
        p = scan_word(p, p, end);
        continue;
      case CharClass::kPeriod:
        if (next < end && *next == '.') {
          next = run_end(next, end, '.');
          emit(p, next, TokenKind::kEllipsis);
        } else if (next < end && is_ascii_digit(*next)) {
          next = scan_word(p, next, end);  // ".5 percent"
        } else {
          emit(p, next, TokenKind::kPeriod);
        }
        break;
      case CharClass::kTerminator:
        while (next < end && scan(next).char_class == CharClass::kTerminator) {
          next += scan(next).length;
        }
        emit(p, next, TokenKind::kTerminator);
        break;
      case CharClass::kEllipsis:
      case CharClass::kDash:
        while (next < end && scan(next).code_point == s.code_point) next += s.length;
        emit(p, next,
             s.char_class == CharClass::kEllipsis ? TokenKind::kEllipsis : TokenKind::kDash);
        break;
      case CharClass::kHyphen:
        if (*p == '-') next = run_end(next, end, '-');
        emit(p, next, TokenKind::kDash);
        break;
      case CharClass::kOpenBracket:
        emit(p, next, TokenKind::kOpenBracket);
        break;
      case CharClass::kCloseBracket:
        emit(p, next, TokenKind::kCloseBracket);
        break;
      case CharClass::kOpenQuote:
        if (*p == '`') next = run_end(next, end, '`');
        emit(p, next, TokenKind::kOpenQuote);
        break;
      case CharClass::kCloseQuote:
      case CharClass::kQuote: {
        const size_t apostrophe = apostrophe_length(p, end);
        if (apostrophe != 0) {
          const Byte* const tail_begin = p + apostrophe;
          const Byte* tail_end = tail_begin;
          while (tail_end < end && tail_end - tail_begin < 3 && *tail_end < 0x80 &&
                 kAsciiClasses[*tail_end] == CharClass::kWord) {
            ++tail_end;
          }
          if (is_clitic_tail(tail_begin, tail_end) && !is_word_at(tail_end, end)) {
            emit(p, tail_end, TokenKind::kWord);  // "'s" after "Corp.", or standing alone
            next = tail_end;
            break;
          }
          // '90s
          if (*p == '\'' && end - next >= 3 && is_ascii_digit(next[0]) && is_ascii_digit(next[1]) &&
              next[2] == 's' && !is_word_at(next + 3, end)) {
            next = scan_word(p, next, end);
            break;
          }
        }
        if (*p == '\'' && next < end && *next == '\'') {
          emit(p, next + 1, TokenKind::kCloseQuote);  // '' as a closing double quote
          next = next + 1;
        } else {
          emit(p, next,
               s.char_class == CharClass::kQuote ? TokenKind::kQuote : TokenKind::kCloseQuote);
        }
        break;
      }
      case CharClass::kExtender:
        if (!out_.empty() && out_.back().end == static_cast<uint32_t>(p - base_)) {
          out_.back().end = static_cast<uint32_t>(next - base_);
        } else {
          emit(p, next, TokenKind::kOther);
        }
        break;
      case CharClass::kOther:
        if ((*p == '@' || *p == '#') && is_word_at(next, end)) {
          next = scan_word(p, next, end);  // #hashtag, @handle
        } else {
          next = symbol_cluster_end(p, s, end);
          emit(p, next, TokenKind::kOther);
        }
        break;
      case CharClass::kSpace:
      case CharClass::kNewline:
      case CharClass::kParagraph:
        break;  // not inside a chunk; skipped if the caller passes one anyway
    }
    p = next;
  }
}

const Byte* Tokenizer::symbol_cluster_end(const Byte* p, const Scanned& first,
                                          const Byte* limit) const {
  const Byte* q = p + first.length;
  if (is_regional_indicator(first.code_point) && q < limit) {
    const Scanned second = scan(q);
    if (is_regional_indicator(second.code_point)) q += second.length;  // a flag
  }
  while (q < limit) {
    const Scanned s = scan(q);
    if (s.char_class != CharClass::kExtender) break;
    q += s.length;
    if (s.code_point == kZeroWidthJoiner && q < limit) q += scan(q).length;
  }
  return q;
}

const Byte* Tokenizer::scan_word(const Byte* begin, const Byte* core, const Byte* limit) {
  const Byte* p = core;
  const Byte* part_begin = core;     // after the last '-' or '/', for "Sept.-Oct."
  const Byte* segment_begin = core;  // after the last '.', for "U.S" against "said.The"
  for (;;) {
    while (p < limit) {
      if (*p < 0x80) {
        if (kAsciiClasses[*p] != CharClass::kWord) break;
        ++p;
      } else {
        const Scanned s = scan(p);
        if (s.char_class != CharClass::kWord && s.char_class != CharClass::kExtender) break;
        p += s.length;
      }
    }
    if (p >= limit) break;
    const Byte c = *p;
    if (c == '.') {
      // Inside a word a period joins initials ("U.S"), numbers ("4.5"), host names and
      // ticker codes ("RTRS.L"), but not two words run together across a missing space
      // ("said.The").
      if (is_word_at(p + 1, limit)) {
        const bool capital_follows = p[1] >= 'A' && p[1] <= 'Z';
        if (capital_follows && p - segment_begin > 2 &&
            std::any_of(segment_begin, p, [](Byte b) { return b >= 'a' && b <= 'z'; })) {
          break;
        }
        segment_begin = ++p;
        continue;
      }
      if (p + 2 < limit && (p[1] == '-' || p[1] == '/') && is_word_at(p + 2, limit)) {
        p += 2;
        part_begin = segment_begin = p;
        continue;
      }
      break;
    }
    if (c == ',' || c == ':') {
      if (is_ascii_digit(p[-1]) && p + 1 < limit && is_ascii_digit(p[1])) {
        ++p;
        continue;
      }
      break;
    }
    if (c == '-' || c == '/') {
      if (!is_word_at(p + 1, limit)) break;
      part_begin = segment_begin = ++p;
      continue;
    }
    if (c == '\'' || c == '&' || c == '@') {
      if (!is_word_at(p + 1, limit)) break;
      ++p;
      continue;
    }
    if (c >= 0x80) {
      const Scanned s = scan(p);
      const bool joins =
          s.code_point == kRightSingleQuotationMark || s.char_class == CharClass::kHyphen;
      if (!joins || !is_word_at(p + s.length, limit)) break;
      p += s.length;
      if (s.char_class == CharClass::kHyphen) part_begin = segment_begin = p;
      continue;
    }
    break;
  }

  const Byte* const word_end = p;
  const TokenKind kind = is_ascii_digit(*core) ? TokenKind::kNumber : TokenKind::kWord;
  const size_t length = static_cast<size_t>(word_end - begin);

  // Clitics: "do|n't", "Colombia|'s", "they|'re", and "can|not".
  const Byte* clitic = nullptr;
  if (length == 6 && equals_lowercase(begin, "cannot")) {
    clitic = begin + 3;
  } else if (length > 3 && ascii_lower(word_end[-1]) == 't') {
    if (word_end[-2] == '\'' && ascii_lower(word_end[-3]) == 'n') {
      clitic = word_end - 3;
    } else if (length > 5 && equals_lowercase(word_end - 5, "n") &&
               apostrophe_length(word_end - 4, word_end) == kTypographicApostrophe.size()) {
      clitic = word_end - 5;
    }
  }
  if (clitic == nullptr && length >= 3) {
    const Byte* const earliest = length > 5 ? word_end - 5 : begin + 1;
    for (const Byte* apostrophe = word_end - 2; apostrophe >= earliest; --apostrophe) {
      const size_t a = apostrophe_length(apostrophe, word_end);
      if (a != 0 && is_clitic_tail(apostrophe + a, word_end)) {
        clitic = apostrophe;
        break;
      }
    }
  }
  if (clitic != nullptr && clitic > begin) {
    emit(begin, clitic, kind);
    emit(clitic, word_end, TokenKind::kWord);
    return word_end;
  }

  // A period right after the word stays with it when the word is an abbreviation.
  if (word_end < limit && *word_end == '.' && !(word_end + 1 < limit && word_end[1] == '.')) {
    auto view = [](const Byte* b, const Byte* e) {
      return std::string_view(reinterpret_cast<const char*>(b), static_cast<size_t>(e - b));
    };
    auto kind_of = [](std::string_view w) {
      const AbbreviationKind k = abbreviation_kind(w);
      return (k == AbbreviationKind::kNone && is_initials(w)) ? AbbreviationKind::kOrdinary : k;
    };
    AbbreviationKind abbreviation = kind_of(view(begin, word_end));
    if (abbreviation == AbbreviationKind::kNone && part_begin > begin) {
      abbreviation = kind_of(view(part_begin, word_end));  // "Sept.-Oct.", "anti-U.S."
    }
    if (abbreviation == AbbreviationKind::kBeforeNumber && !digit_follows(word_end + 1)) {
      abbreviation = AbbreviationKind::kNone;
    }
    if (abbreviation != AbbreviationKind::kNone) {
      emit(begin, word_end + 1, TokenKind::kAbbreviation, abbreviation);
      return word_end + 1;
    }
  }
  emit(begin, word_end, kind);
  return word_end;
}

}  // namespace

void tokenize(std::string_view text, std::vector<TokenInfo>& out) { Tokenizer(text, out).run(); }

}  // namespace herald::text
