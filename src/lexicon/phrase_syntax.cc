#include "lexicon/phrase_syntax.h"

#include <fmt/format.h>

#include "lexicon/line_reader.h"

namespace herald::lexicon::detail {

namespace {

bool is_structural(char c) { return c == '{' || c == '|' || c == '}'; }

void classify(std::string_view word, Token& token) {
  if (word.size() == 1) {
    switch (word[0]) {
      case '*':
        token.kind = TokenKind::kVerb;
        return;
      case '$':
        token.kind = TokenKind::kSource;
        return;
      case '+':
        token.kind = TokenKind::kTarget;
        return;
      case '%':
        token.kind = TokenKind::kCompound;
        return;
      case '^':
        token.kind = TokenKind::kSkip;
        return;
      default:
        break;
    }
  }
  if (word.size() > 1 && word[0] == '+') {
    token.verb_marker = true;
    word.remove_prefix(1);
  }
  while (!word.empty() && (word.back() == '~' || word.back() == '=')) {
    (word.back() == '~' ? token.stem_marker : token.no_endings) = true;
    word.remove_suffix(1);
  }
  if (!word.empty() && word[0] == '&') {
    token.kind = TokenKind::kSynset;
    word.remove_prefix(1);
  }
  token.text = word;
}

std::string_view token_spelling(const Token& token) {
  switch (token.kind) {
    case TokenKind::kVerb:
      return "*";
    case TokenKind::kSource:
      return "$";
    case TokenKind::kTarget:
      return "+";
    case TokenKind::kCompound:
      return "%";
    case TokenKind::kSkip:
      return "^";
    case TokenKind::kOpenBrace:
      return "{";
    case TokenKind::kBar:
      return "|";
    case TokenKind::kCloseBrace:
      return "}";
    case TokenKind::kSynset:
      return "&";
    case TokenKind::kWord:
      break;
  }
  return token.text;
}

}  // namespace

std::vector<Token> lex_phrase(std::string_view text) {
  std::vector<Token> tokens;
  bool blank_since_token = false;
  bool underscore_since_token = false;
  size_t last_end = 0;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (is_blank(c)) {
      blank_since_token = true;
      ++i;
      continue;
    }
    if (c == '_') {
      if (!tokens.empty() && i == last_end) tokens.back().underscore_after = true;
      underscore_since_token = true;
      ++i;
      continue;
    }
    if (!tokens.empty())
      tokens.back().joined_to_next = underscore_since_token && !blank_since_token;
    blank_since_token = false;
    underscore_since_token = false;
    Token token;
    size_t end = i + 1;
    if (c == '{') {
      token.kind = TokenKind::kOpenBrace;
    } else if (c == '|') {
      token.kind = TokenKind::kBar;
    } else if (c == '}') {
      token.kind = TokenKind::kCloseBrace;
    } else {
      while (end < text.size() && !is_blank(text[end]) && text[end] != '_' &&
             !is_structural(text[end])) {
        ++end;
      }
      classify(text.substr(i, end - i), token);
    }
    tokens.push_back(token);
    last_end = end;
    i = end;
  }
  return tokens;
}

PhraseRules phrase_rules(DictionaryFormat format, DictionaryKind kind) {
  PhraseRules rules;
  if (kind == DictionaryKind::kDiscards) {
    rules.last_word_stem = true;
    return rules;
  }
  if (kind == DictionaryKind::kIssues) return rules;
  if (format == DictionaryFormat::kTabari) {
    rules.blanks_allow_gaps = true;
    rules.tabari_stems = true;
    return rules;
  }
  rules.blanks_allow_gaps = kind == DictionaryKind::kAgents || kind == DictionaryKind::kVerbs;
  return rules;
}

void split_clitics(std::string_view word, std::vector<std::string>& pieces) {
  if (word == "cannot") {
    pieces.emplace_back("can");
    pieces.emplace_back("not");
    return;
  }
  if (word.size() > 3 && word.ends_with("n't")) {
    pieces.emplace_back(word.substr(0, word.size() - 3));
    pieces.emplace_back("n't");
    return;
  }
  const size_t apostrophe = word.rfind('\'');
  if (apostrophe != std::string_view::npos && apostrophe > 0) {
    const std::string_view tail = word.substr(apostrophe + 1);
    if (tail == "s" || tail == "m" || tail == "d" || tail == "re" || tail == "ve" || tail == "ll") {
      pieces.emplace_back(word.substr(0, apostrophe));
      pieces.emplace_back(word.substr(apostrophe));
      return;
    }
  }
  pieces.emplace_back(word);
}

bool draft_phrase(std::span<const Token> tokens, const PhraseRules& rules, PhraseDraft& draft,
                  std::string& error) {
  draft = PhraseDraft{};
  if (tokens.empty()) {
    error = "missing phrase";
    return false;
  }
  std::string folded;
  std::vector<std::string> pieces;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const Token& token = tokens[t];
    if (token.kind != TokenKind::kWord) {
      error = fmt::format("unexpected \"{}{}\" in a phrase", token_spelling(token),
                          token.kind == TokenKind::kSynset ? token.text : "");
      return false;
    }
    if (token.text.empty()) {
      error = "empty word in phrase (a marker with no word)";
      return false;
    }
    fold_word(token.text, folded);
    pieces.clear();
    split_clitics(folded, pieces);
    if (draft.words.size() + pieces.size() > kMaxPhraseWords) {
      error = fmt::format("phrase has more than {} words", kMaxPhraseWords);
      return false;
    }
    if (token.verb_marker) {
      if (draft.verb_word >= 0) {
        error = "more than one word marked as the verb with \"+\"";
        return false;
      }
      draft.verb_word = static_cast<int>(draft.words.size());
    }
    const bool last_token = t + 1 == tokens.size();
    bool stem = false;
    if (rules.tabari_stems) {
      stem = token.stem_marker || !(token.underscore_after || token.no_endings);
    } else if (rules.last_word_stem && last_token) {
      stem = !token.underscore_after;
    }
    const bool gap = rules.blanks_allow_gaps && !last_token && !token.joined_to_next;
    for (size_t p = 0; p < pieces.size(); ++p) {
      const auto index = static_cast<uint32_t>(draft.words.size());
      draft.words.push_back(std::move(pieces[p]));
      if (p + 1 == pieces.size()) {
        if (stem) draft.stem_mask |= 1u << index;
        if (gap) draft.gap_mask |= 1u << index;
      }
    }
    if (last_token) {
      draft.trailing_underscore = token.underscore_after;
      draft.no_endings = token.no_endings;
    }
  }
  return true;
}

bool draft_phrase(std::string_view text, const PhraseRules& rules, PhraseDraft& draft,
                  std::string& error) {
  const std::vector<Token> tokens = lex_phrase(text);
  return draft_phrase(tokens, rules, draft, error);
}

Phrase commit_phrase(const PhraseDraft& draft, DictionaryTables& tables) {
  Phrase phrase;
  phrase.first_word = static_cast<uint32_t>(tables.word_pool.size());
  phrase.size = static_cast<uint32_t>(draft.words.size());
  phrase.gap_mask = draft.gap_mask;
  phrase.stem_mask = draft.stem_mask;
  for (const std::string& word : draft.words) tables.word_pool.push_back(tables.words.intern(word));
  return phrase;
}

}  // namespace herald::lexicon::detail
