// herald — classifying non-ASCII code points for the tokenizer.
#include "text/char_class.h"

#include <utf8proc.h>

namespace herald::text {

CharClass classify_non_ascii(char32_t cp) {
  switch (cp) {
    case 0x0085:  // NEXT LINE
    case 0x2028:  // LINE SEPARATOR
      return CharClass::kNewline;
    case 0x2029:  // PARAGRAPH SEPARATOR
      return CharClass::kParagraph;
    case 0x00AD:  // soft hyphen: invisible inside a word, so part of it
    case 0xFFFD:  // a byte clean_utf8 replaced, most often a Latin-1 letter ("caf\xE9")
      return CharClass::kWord;
    case 0x2010:  // HYPHEN
    case 0x2011:  // NON-BREAKING HYPHEN
      return CharClass::kHyphen;
    case 0x200C:  // zero-width non-joiner
    case 0x200D:  // zero-width joiner (emoji sequences)
      return CharClass::kExtender;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x2018:  // ‘
    case 0x201A:  // ‚
    case 0x201B:  // ‛
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x00AB:  // «
    case 0x2039:  // ‹
      return CharClass::kOpenQuote;
    case 0x2019:  // ’
    case 0x201D:  // ”
    case 0x00BB:  // »
    case 0x203A:  // ›
      return CharClass::kCloseQuote;
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
    case 0xFF0E:  // ．
      return CharClass::kTerminator;
    default:
      break;
  }
  if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) ||
      (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
    return CharClass::kExtender;  // variation selectors, emoji skin tones
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
    case UTF8PROC_CATEGORY_PC:
      return CharClass::kWord;
    case UTF8PROC_CATEGORY_PD:
      return CharClass::kDash;
    case UTF8PROC_CATEGORY_PS:
      return CharClass::kOpenBracket;
    case UTF8PROC_CATEGORY_PE:
      return CharClass::kCloseBracket;
    case UTF8PROC_CATEGORY_PI:
      return CharClass::kOpenQuote;
    case UTF8PROC_CATEGORY_PF:
      return CharClass::kCloseQuote;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:  // zero-width space, BOM, direction marks
    case UTF8PROC_CATEGORY_CS:
      return CharClass::kSpace;
    default:
      return CharClass::kOther;
  }
}

LetterCase letter_case_non_ascii(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return LetterCase::kUpper;
    case UTF8PROC_CATEGORY_LL:
      return LetterCase::kLower;
    default:
      return LetterCase::kNone;
  }
}

}  // namespace herald::text
