// herald — what the tokenizer needs to know about one code point.
//
// ASCII is answered from a table; other code points from their Unicode general category
// (utf8proc), with the few quotes, dashes and spaces that matter to news text named
// explicitly because their category alone does not say enough (U+2019 is both a closing
// quote and the typographic apostrophe; U+00A0 must separate words).
#ifndef HERALD_TEXT_CHAR_CLASS_H_
#define HERALD_TEXT_CHAR_CLASS_H_

#include <array>
#include <cstdint>

namespace herald::text {

enum class CharClass : uint8_t {
  kSpace,         // horizontal whitespace, and controls or invisible format characters
  kNewline,       // LF, CR, VT, NEL, U+2028
  kParagraph,     // FF, U+2029: an explicit paragraph break
  kWord,          // letters, digits, combining marks, '_'
  kPeriod,        // '.'
  kTerminator,    // ! ? and their CJK / doubled forms
  kEllipsis,      // U+2026
  kHyphen,        // ASCII '-', U+2010 and U+2011: joins compounds
  kDash,          // en dash, em dash and other dashes, always their own token
  kOpenBracket,   // ( [ { and Unicode opening brackets
  kCloseBracket,  // ) ] } and Unicode closing brackets
  kOpenQuote,     // “ ‘ « „ ` and other initial quotes
  kCloseQuote,    // ” ’ » and other final quotes
  kQuote,         // " and ', whose direction depends on the spacing around them
  kExtender,      // joiners, variation selectors, emoji modifiers: glued to what precedes
  kOther,         // all other punctuation and symbols: , ; : $ % & © → …
};

enum class LetterCase : uint8_t { kNone, kUpper, kLower };

namespace detail {
constexpr std::array<CharClass, 128> make_ascii_classes() {
  std::array<CharClass, 128> classes{};
  for (auto& c : classes) c = CharClass::kSpace;  // the controls
  for (int c = 0x21; c < 0x7F; ++c) classes[c] = CharClass::kOther;
  for (int c = '0'; c <= '9'; ++c) classes[c] = CharClass::kWord;
  for (int c = 'A'; c <= 'Z'; ++c) classes[c] = CharClass::kWord;
  for (int c = 'a'; c <= 'z'; ++c) classes[c] = CharClass::kWord;
  classes['_'] = CharClass::kWord;
  classes['\n'] = CharClass::kNewline;
  classes['\r'] = CharClass::kNewline;
  classes['\v'] = CharClass::kNewline;
  classes['\f'] = CharClass::kParagraph;
  classes['.'] = CharClass::kPeriod;
  classes['!'] = CharClass::kTerminator;
  classes['?'] = CharClass::kTerminator;
  classes['-'] = CharClass::kHyphen;
  classes['('] = CharClass::kOpenBracket;
  classes['['] = CharClass::kOpenBracket;
  classes['{'] = CharClass::kOpenBracket;
  classes[')'] = CharClass::kCloseBracket;
  classes[']'] = CharClass::kCloseBracket;
  classes['}'] = CharClass::kCloseBracket;
  classes['`'] = CharClass::kOpenQuote;
  classes['"'] = CharClass::kQuote;
  classes['\''] = CharClass::kQuote;
  return classes;
}
}  // namespace detail

inline constexpr std::array<CharClass, 128> kAsciiClasses = detail::make_ascii_classes();

CharClass classify_non_ascii(char32_t code_point);
LetterCase letter_case_non_ascii(char32_t code_point);

inline CharClass classify(char32_t code_point) {
  return code_point < 0x80 ? kAsciiClasses[code_point] : classify_non_ascii(code_point);
}

inline LetterCase letter_case(char32_t code_point) {
  if (code_point < 0x80) {
    if (code_point >= 'A' && code_point <= 'Z') return LetterCase::kUpper;
    if (code_point >= 'a' && code_point <= 'z') return LetterCase::kLower;
    return LetterCase::kNone;
  }
  return letter_case_non_ascii(code_point);
}

inline constexpr char32_t kRightSingleQuotationMark = 0x2019;  // ’, also the apostrophe

}  // namespace herald::text

#endif  // HERALD_TEXT_CHAR_CLASS_H_
