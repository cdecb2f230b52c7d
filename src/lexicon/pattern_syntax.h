// Internal: the element sequences of verb patterns and synset members, and the synsets they
// name: "&NAME" references (defined before use) and TABARI "{ a | b }" alternatives, which
// become anonymous synsets, one per distinct text.
#ifndef HERALD_SRC_LEXICON_PATTERN_SYNTAX_H_
#define HERALD_SRC_LEXICON_PATTERN_SYNTAX_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "herald/dictionaries.h"
#include "lexicon/phrase_syntax.h"

namespace herald::lexicon::detail {

// A pattern element before it is interned; alternatives become anonymous synsets.
struct ElementDraft {
  ElementKind kind = ElementKind::kWord;
  bool adjacent_to_next = false;
  bool stem = false;
  std::string word;                                // kWord
  uint32_t synset = 0;                             // kSynset, when named
  std::vector<std::vector<ElementDraft>> choices;  // kSynset, for "{ a | b }"
};

using Sequence = std::vector<ElementDraft>;

class PatternBuilder {
 public:
  PatternBuilder(DictionaryTables& tables, bool tabari) : t_(tables), tabari_(tabari) {}

  // Adds a named synset ("CURRENCY" for "&CURRENCY") and returns its index; `previous` gets
  // the earlier synset of the same name, which later references no longer reach.
  uint32_t define_synset(std::string_view name, Origin origin, std::optional<uint32_t>& previous);

  // Builds tokens[begin, end) into elements. Patterns (`in_pattern`) may hold "*" and
  // alternatives; `defining` is the synset being defined, which its members cannot name
  // (UINT32_MAX for none). False with `error` set when the tokens do not make a sequence.
  bool build(const std::vector<Token>& tokens, size_t begin, size_t end, const PhraseRules& rules,
             bool in_pattern, uint32_t defining, Sequence& out, std::string& error);

  // Appends the elements, making the anonymous synsets of alternatives (with `origin`);
  // returns the index of the first. `length` gets TABARI's literal length.
  uint32_t commit(const Sequence& sequence, Origin origin, uint32_t& length);

  // Appends a member to `synset`, which must be the last synset whose members were added.
  void add_member(uint32_t synset, const Sequence& sequence, bool generated, Origin origin);

 private:
  std::optional<uint32_t> find_synset(const std::vector<Token>& tokens, size_t i, size_t end,
                                      size_t& used) const;
  uint32_t anonymous_synset(const std::vector<Sequence>& choices, Origin origin);

  DictionaryTables& t_;
  const bool tabari_;
  std::unordered_map<std::string, uint32_t> named_;      // folded name -> synset
  std::unordered_map<std::string, uint32_t> anonymous_;  // alternatives text -> synset
};

}  // namespace herald::lexicon::detail

#endif  // HERALD_SRC_LEXICON_PATTERN_SYNTAX_H_
