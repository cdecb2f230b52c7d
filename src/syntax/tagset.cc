#include "herald/tagset.h"

#include <array>

namespace herald::syntax {

namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X"};

constexpr std::array<std::string_view, kDeprelCount> kDeprelNames = {
    "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass",
    "case", "cc", "cc:preconj", "ccomp", "compound", "compound:prt", "conj", "cop", "csubj",
    "csubj:outer", "csubj:pass", "dep", "det", "det:predet", "discourse", "dislocated", "expl",
    "fixed", "flat", "goeswith", "iobj", "list", "mark", "nmod", "nmod:desc", "nmod:poss",
    "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass", "nummod", "obj", "obl", "obl:agent",
    "obl:unmarked", "orphan", "parataxis", "punct", "reparandum", "root", "vocative", "xcomp"};

constexpr std::array<std::string_view, kXposCount> kXposNames = {
    "NN", "IN", "DT", "NNP", "PRP", "JJ", ".", "RB", "VB", "NNS", ",", "CC", "VBP",
    "VBD", "VBZ", "CD", "VBN", "VBG", "MD", "TO", "PRP$", "-RRB-", "-LRB-", "WDT", ":",
    "WRB", "``", "WP", "''", "RP", "UH", "HYPH", "POS", "NNPS", "JJS", "JJR", "NFP",
    "ADD", "EX", "RBR", "GW", "$", "SYM", "PDT", "FW", "RBS", "LS", "AFX", "WP$", "#",
    "XX"};

template <size_t N>
std::optional<size_t> find_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (names[i] == name) return i;
  }
  return std::nullopt;
}

}  // namespace

std::string_view upos_name(Upos upos) {
  const auto i = static_cast<size_t>(upos);
  return i < kUposCount ? kUposNames[i] : std::string_view();
}

std::string_view deprel_name(Deprel deprel) {
  const auto i = static_cast<size_t>(deprel);
  return i < kDeprelCount ? kDeprelNames[i] : std::string_view();
}

std::string_view xpos_name(uint8_t xpos) { return xpos < kXposCount ? kXposNames[xpos] : ""; }

std::optional<Upos> upos_from_name(std::string_view name) {
  if (auto i = find_name(kUposNames, name)) return static_cast<Upos>(*i);
  return std::nullopt;
}

std::optional<uint8_t> xpos_from_name(std::string_view name) {
  if (auto i = find_name(kXposNames, name)) return static_cast<uint8_t>(*i);
  return std::nullopt;
}

std::optional<Deprel> deprel_from_name(std::string_view name) {
  if (auto i = find_name(kDeprelNames, name)) return static_cast<Deprel>(*i);
  const size_t colon = name.find(':');
  if (colon != std::string_view::npos) {
    if (auto i = find_name(kDeprelNames, name.substr(0, colon))) return static_cast<Deprel>(*i);
  }
  return std::nullopt;
}

}  // namespace herald::syntax
