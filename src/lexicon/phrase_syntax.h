// Internal: the phrase syntax shared by all dictionaries, from text to word-id phrases.
//
// A phrase is words separated by blanks (other words may come between, where the format
// says so) or by "_" (consecutive). Markers on a word: a trailing "_" makes a TABARI word
// exact (not a stem), a trailing "~" makes it a stem even when "_" follows ("NEAT~_PLACE"),
// a trailing "=" makes it exact and asks for no regular endings, and a leading "+" marks the
// verb of a multi-word PETRARCH verb ("WIRE_+TAP"). Patterns add the tokens * $ + % ^,
// synset references "&NAME" and TABARI alternatives "{ a | b }".
#ifndef HERALD_SRC_LEXICON_PHRASE_SYNTAX_H_
#define HERALD_SRC_LEXICON_PHRASE_SYNTAX_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "herald/dictionaries.h"
#include "herald/dictionary_loader.h"

namespace herald::lexicon::detail {

enum class TokenKind : uint8_t {
  kWord,
  kSynset,    // "&NAME"; text is NAME
  kVerb,      // *
  kSource,    // $
  kTarget,    // + standing alone
  kCompound,  // %
  kSkip,      // ^
  kOpenBrace,
  kBar,
  kCloseBrace,
};

struct Token {
  TokenKind kind = TokenKind::kWord;
  std::string_view text;          // the word without its markers, or the synset name
  bool underscore_after = false;  // "_" immediately follows the token
  bool joined_to_next = false;    // "_" and no blank lie between this token and the next
  bool stem_marker = false;       // ended with "~"
  bool no_endings = false;        // ended with "="
  bool verb_marker = false;       // began with "+"
};

std::vector<Token> lex_phrase(std::string_view text);

// How a dictionary kind reads blanks and stems.
struct PhraseRules {
  bool blanks_allow_gaps = false;  // a blank lets other words come between
  bool tabari_stems = false;       // words not ended by "_" or "=" are stems
  bool last_word_stem = false;     // discards: the last word is a stem unless ended by "_"
};

PhraseRules phrase_rules(DictionaryFormat format, DictionaryKind kind);

// A phrase before its words are interned: folded words, split into tokens the way the text
// stage splits them ("DIDN'T" -> "did" "n't", "ISRAEL'S" -> "israel" "'s").
struct PhraseDraft {
  std::vector<std::string> words;
  uint32_t gap_mask = 0;
  uint32_t stem_mask = 0;
  int verb_word = -1;                // the word marked with a leading "+", or -1
  bool trailing_underscore = false;  // the last word was ended by "_"
  bool no_endings = false;           // the last word was ended by "="
};

// Builds a draft from `tokens`, which must all be words. False with `error` set otherwise
// (an empty phrase, a stray token, more than kMaxPhraseWords words).
bool draft_phrase(std::span<const Token> tokens, const PhraseRules& rules, PhraseDraft& draft,
                  std::string& error);
// Lexes and drafts `text` in one step.
bool draft_phrase(std::string_view text, const PhraseRules& rules, PhraseDraft& draft,
                  std::string& error);

// Interns the draft's words and appends them to the word pool.
Phrase commit_phrase(const PhraseDraft& draft, DictionaryTables& tables);

// Appends the pieces of folded `word` as the text stage would tokenize it.
void split_clitics(std::string_view word, std::vector<std::string>& pieces);

}  // namespace herald::lexicon::detail

#endif  // HERALD_SRC_LEXICON_PHRASE_SYNTAX_H_
