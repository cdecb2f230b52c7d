#include "lexicon/pattern_syntax.h"

#include <fmt/format.h>

#include <algorithm>

namespace herald::lexicon::detail {

namespace {

constexpr size_t kMaxElements = 64;

}  // namespace

uint32_t PatternBuilder::define_synset(std::string_view name, Origin origin,
                                       std::optional<uint32_t>& previous) {
  Synset synset;
  synset.name = "&";
  synset.name += name;
  synset.first_member = static_cast<uint32_t>(t_.synset_members.size());
  synset.origin = origin;
  const auto index = static_cast<uint32_t>(t_.synsets.size());
  t_.synsets.push_back(std::move(synset));
  const std::string key = fold_code(name);
  const auto it = named_.find(key);
  previous = it == named_.end() ? std::nullopt : std::optional<uint32_t>(it->second);
  named_[key] = index;
  return index;
}

// The synset named by tokens[i] and, if it does not exist, by tokens[i] joined with the
// words "_"-joined after it ("&MY_SET"), longest first; `used` is how many tokens it took.
std::optional<uint32_t> PatternBuilder::find_synset(const std::vector<Token>& tokens, size_t i,
                                                    size_t end, size_t& used) const {
  std::vector<std::string> names{fold_code(tokens[i].text)};
  for (size_t j = i;
       j + 1 < end && tokens[j].joined_to_next && tokens[j + 1].kind == TokenKind::kWord; ++j) {
    names.push_back(names.back() + "_" + fold_code(tokens[j + 1].text));
  }
  for (size_t n = names.size(); n-- > 0;) {
    if (const auto it = named_.find(names[n]); it != named_.end()) {
      used = n + 1;
      return it->second;
    }
  }
  return std::nullopt;
}

bool PatternBuilder::build(const std::vector<Token>& tokens, size_t begin, size_t end,
                           const PhraseRules& rules, bool in_pattern, uint32_t defining,
                           Sequence& out, std::string& error) {
  std::vector<std::string> pieces;
  std::string folded;
  size_t i = begin;
  while (i < end) {
    const Token& token = tokens[i];
    // PETRARCH synset members are consecutive words whatever separates them.
    const bool always_joined = !rules.blanks_allow_gaps;
    bool joined = (token.joined_to_next || always_joined) && i + 1 < end;
    switch (token.kind) {
      case TokenKind::kWord: {
        if (token.text.empty()) {
          error = "empty word (a marker with no word)";
          return false;
        }
        if (token.verb_marker) {
          error = fmt::format("unexpected \"+{}\"", token.text);
          return false;
        }
        fold_word(token.text, folded);
        pieces.clear();
        split_clitics(folded, pieces);
        const bool stem = rules.tabari_stems &&
                          (token.stem_marker || !(token.underscore_after || token.no_endings));
        for (size_t p = 0; p < pieces.size(); ++p) {
          ElementDraft element;
          element.word = std::move(pieces[p]);
          const bool last_piece = p + 1 == pieces.size();
          element.stem = last_piece && stem;
          element.adjacent_to_next = last_piece ? joined : true;
          out.push_back(std::move(element));
        }
        ++i;
        break;
      }
      case TokenKind::kSynset: {
        size_t used = 1;
        const std::optional<uint32_t> synset = find_synset(tokens, i, end, used);
        if (!synset) {
          error = fmt::format("undefined synset &{}", token.text);
          return false;
        }
        if (*synset == defining) {
          error = fmt::format("synset &{} refers to itself", token.text);
          return false;
        }
        ElementDraft element;
        element.kind = ElementKind::kSynset;
        element.synset = *synset;
        joined = (tokens[i + used - 1].joined_to_next || always_joined) && i + used < end;
        element.adjacent_to_next = joined;
        out.push_back(std::move(element));
        i += used;
        break;
      }
      case TokenKind::kOpenBrace: {
        if (!in_pattern) {
          error = "\"{\" is not allowed here";
          return false;
        }
        size_t close = i + 1;
        while (close < end && tokens[close].kind != TokenKind::kCloseBrace) {
          if (tokens[close].kind == TokenKind::kOpenBrace) {
            error = "alternatives \"{ | }\" cannot be nested";
            return false;
          }
          ++close;
        }
        if (close == end) {
          error = "\"{\" is not closed with \"}\"";
          return false;
        }
        ElementDraft element;
        element.kind = ElementKind::kSynset;
        size_t choice_begin = i + 1;
        for (size_t j = i + 1; j <= close; ++j) {
          if (j < close && tokens[j].kind != TokenKind::kBar) continue;
          Sequence choice;
          if (choice_begin == j) {
            error = "empty alternative in \"{ | }\"";
            return false;
          }
          if (!build(tokens, choice_begin, j, rules, false, defining, choice, error)) {
            return false;
          }
          for (const ElementDraft& e : choice) {
            if (e.kind != ElementKind::kWord && e.kind != ElementKind::kSynset) {
              error = "alternatives \"{ | }\" hold only words and synsets";
              return false;
            }
          }
          choice.back().adjacent_to_next = false;
          element.choices.push_back(std::move(choice));
          choice_begin = j + 1;
        }
        if (!tabari_ && element.choices.size() < 2) {
          error =
              "PETRARCH-2 noun-phrase syntax \"{...}\" is not supported (PETRARCH-1 and "
              "TABARI alternatives are \"{ a | b }\")";
          return false;
        }
        element.adjacent_to_next =
            (tokens[close].joined_to_next || always_joined) && close + 1 < end;
        out.push_back(std::move(element));
        i = close + 1;
        break;
      }
      case TokenKind::kBar:
      case TokenKind::kCloseBrace:
        error = fmt::format("\"{}\" outside alternatives \"{{ | }}\"",
                            token.kind == TokenKind::kBar ? "|" : "}");
        return false;
      case TokenKind::kVerb:
      case TokenKind::kSource:
      case TokenKind::kTarget:
      case TokenKind::kCompound:
      case TokenKind::kSkip: {
        if (token.kind == TokenKind::kVerb && !in_pattern) {
          error = "\"*\" is only allowed in patterns";
          return false;
        }
        ElementDraft element;
        element.kind = token.kind == TokenKind::kVerb       ? ElementKind::kVerb
                       : token.kind == TokenKind::kSource   ? ElementKind::kSource
                       : token.kind == TokenKind::kTarget   ? ElementKind::kTarget
                       : token.kind == TokenKind::kCompound ? ElementKind::kCompound
                                                            : ElementKind::kSkip;
        element.adjacent_to_next = joined;
        out.push_back(std::move(element));
        ++i;
        break;
      }
    }
    if (out.size() > kMaxElements) {
      error = fmt::format("more than {} elements", kMaxElements);
      return false;
    }
  }
  if (out.empty()) {
    error = "nothing to match";
    return false;
  }
  out.back().adjacent_to_next = false;
  return true;
}

// The anonymous synset for `choices`, made once per distinct text.
uint32_t PatternBuilder::anonymous_synset(const std::vector<Sequence>& choices, Origin origin) {
  std::string name = "{";
  for (size_t c = 0; c < choices.size(); ++c) {
    name += c == 0 ? " " : " | ";
    const Sequence& choice = choices[c];
    for (size_t e = 0; e < choice.size(); ++e) {
      const ElementDraft& element = choice[e];
      name += element.kind == ElementKind::kWord ? element.word : t_.synsets[element.synset].name;
      if (element.stem) name += '~';
      if (e + 1 < choice.size()) name += element.adjacent_to_next ? '_' : ' ';
    }
  }
  name += " }";
  if (const auto it = anonymous_.find(name); it != anonymous_.end()) return it->second;
  const auto index = static_cast<uint32_t>(t_.synsets.size());
  Synset synset;
  synset.name = name;
  synset.anonymous = true;
  synset.origin = origin;
  t_.synsets.push_back(synset);
  anonymous_.emplace(name, index);
  // Choices hold no alternatives, so adding them makes no other synset: members stay
  // contiguous.
  t_.synsets[index].first_member = static_cast<uint32_t>(t_.synset_members.size());
  for (const Sequence& choice : choices) add_member(index, choice, false, origin);
  return index;
}

// Appends the elements; returns the index of the first. `length` gets the literal length.
uint32_t PatternBuilder::commit(const Sequence& sequence, Origin origin, uint32_t& length) {
  std::vector<PatternElement> elements;
  elements.reserve(sequence.size());
  length = 0;
  for (const ElementDraft& draft : sequence) {
    PatternElement element;
    element.kind = draft.kind;
    element.adjacent_to_next = draft.adjacent_to_next;
    element.stem = draft.stem;
    if (draft.kind == ElementKind::kWord) {
      element.id = t_.words.intern(draft.word);
      length += static_cast<uint32_t>(draft.word.size());
    } else if (draft.kind == ElementKind::kSynset) {
      element.id = draft.choices.empty() ? draft.synset : anonymous_synset(draft.choices, origin);
      length += t_.synsets[element.id].max_literal_length;
    }
    elements.push_back(element);
  }
  const auto first = static_cast<uint32_t>(t_.elements.size());
  t_.elements.insert(t_.elements.end(), elements.begin(), elements.end());
  return first;
}

void PatternBuilder::add_member(uint32_t synset, const Sequence& sequence, bool generated,
                                Origin origin) {
  SynsetMember member;
  member.synset = synset;
  member.generated = generated;
  uint32_t length = 0;
  member.first_element = commit(sequence, origin, length);
  member.element_count = static_cast<uint32_t>(t_.elements.size()) - member.first_element;
  t_.synset_members.push_back(member);
  Synset& owner = t_.synsets[synset];
  ++owner.member_count;
  owner.max_literal_length = std::max(owner.max_literal_length, length);
}

}  // namespace herald::lexicon::detail
