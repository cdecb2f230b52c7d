#include "syntax/lemmatizer.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include "syntax/hashing.h"
#include "syntax/irregular_past.h"
#include "syntax/word_keys.h"

namespace herald::syntax {

namespace {

constexpr size_t kLongestSuffix = 6;
constexpr uint32_t kRuleMinCount = 2;

enum KeyKind : uint64_t { kExactKey = 101, kLowerKey, kRuleKey, kKnownLemmaKey };

// Word classes whose lemmas are collected (verbs, common nouns, adjectives, adverbs), by
// Penn tag; kOtherClass for the others, and for the set of all their lemmas.
enum WordClass : uint8_t { kOtherClass, kVerbClass, kNounClass, kAdjectiveClass, kAdverbClass };

struct TagClasses {
  std::array<uint8_t, kXposCount> lemma_class{};
  // Whether a rule's result for this tag is checked against the known lemmas: inflected
  // forms only, whose lemma differs from the word (base forms and proper nouns are left to
  // the rules, which mostly keep the word as it is).
  std::array<bool, kXposCount> inflected{};
};

const TagClasses& tag_classes() {
  static const TagClasses classes = [] {
    TagClasses c;
    for (uint32_t x = 0; x < kXposCount; ++x) {
      const std::string_view name = xpos_name(static_cast<uint8_t>(x));
      if (name.starts_with("VB")) c.lemma_class[x] = kVerbClass;
      if (name == "NN" || name == "NNS") c.lemma_class[x] = kNounClass;
      if (name.starts_with("JJ")) c.lemma_class[x] = kAdjectiveClass;
      if (name.starts_with("RB")) c.lemma_class[x] = kAdverbClass;
      c.inflected[x] = c.lemma_class[x] != kOtherClass && name != "VB" && name != "NN" &&
                       name != "JJ" && name != "RB";
    }
    return c;
  }();
  return classes;
}

uint64_t known_lemma_key(std::string_view lowercased_lemma, uint8_t lemma_class) {
  return feature(kKnownLemmaKey, hash_bytes(lowercased_lemma), lemma_class);
}

bool is_consonant(char c) {
  return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

uint64_t exception_key(KeyKind kind, std::string_view form, uint8_t xpos) {
  return feature(kind, hash_bytes(form), xpos);
}
// Rules are learned separately for lowercase, Capitalized, ALL-CAPS and other words, since
// casing decides whether the lemma keeps it ("Tower" NN -> "tower", "GISB" NN -> "GISB").
uint8_t casing_class(std::string_view form) {
  size_t upper = 0;
  size_t lower = 0;
  for (char c : form) {
    upper += c >= 'A' && c <= 'Z';
    lower += c >= 'a' && c <= 'z';
  }
  if (upper == 0) return 0;
  if (lower == 0) return 2;
  if (upper == 1 && form[0] >= 'A' && form[0] <= 'Z') return 1;
  return 3;
}

uint64_t rule_key(std::string_view suffix, uint8_t xpos, uint8_t casing) {
  return feature(kRuleKey, hash_bytes(suffix), xpos, casing);
}

size_t common_prefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return n;
}

}  // namespace

std::optional<std::string_view> Lemmatizer::listed_lemma(std::string_view form, uint8_t xpos,
                                                         std::string& buffer) const {
  if (auto i = exceptions_.find(exception_key(kExactKey, form, xpos))) return lemmas_[*i];
  lowercase_ascii(form, buffer);
  if (auto i = exceptions_.find(exception_key(kLowerKey, buffer, xpos))) return lemmas_[*i];
  return std::nullopt;
}

std::string_view Lemmatizer::learned_lemma(std::string_view form, uint8_t xpos, std::string& buffer) const {
  if (const auto listed = listed_lemma(form, xpos, buffer)) return *listed;
  return apply_rules(form, xpos, buffer);
}

std::string_view Lemmatizer::lemmatize(std::string_view form, uint8_t xpos, std::string& buffer) const {
  if (const auto listed = listed_lemma(form, xpos, buffer)) return *listed;
  // Irregular past tenses the treebank lacks ("overran") have no suffix the rules could undo.
  static const uint8_t vbd = *xpos_from_name("VBD");
  static const uint8_t vbn = *xpos_from_name("VBN");
  if (news_repairs_ && (xpos == vbd || xpos == vbn)) {
    if (const std::string_view lemma = irregular_past_lemma(std::string_view(buffer)); !lemma.empty()) return lemma;
  }
  return apply_rules(form, xpos, buffer);
}

bool Lemmatizer::apply_edit(const Edit& edit, std::string_view form, std::string_view lower,
                            std::string& out) {
  if (edit.strip > form.size()) return false;
  out.assign(edit.lowercase ? lower : form);
  out.resize(out.size() - edit.strip);
  out += edit.append;
  return true;
}

bool Lemmatizer::known_lemma(std::string_view lemma, uint8_t lemma_class) const {
  thread_local std::string lower;
  lowercase_ascii(lemma, lower);
  return known_lemmas_.find(known_lemma_key(lower, lemma_class)).has_value();
}

std::string_view Lemmatizer::apply_rules(std::string_view form, uint8_t xpos,
                                         std::string& buffer) const {
  thread_local std::string lower;
  thread_local std::string candidate;
  const uint8_t casing = casing_class(form);
  lowercase_ascii(form, lower);
  const auto rule_for = [&](size_t k, uint8_t rule_casing) {
    return rules_.find(rule_key(std::string_view(lower).substr(lower.size() - k), xpos, rule_casing));
  };
  const bool check = xpos < kXposCount && tag_classes().inflected[xpos] && known_lemmas_.size() > 0;
  if (check) {
    // Whether the candidate, or a variant of it (an "e" added or dropped, a doubled final
    // consonant undone), is a known lemma of the class; if so, `candidate` holds it.
    const auto known_variant = [&](uint8_t lemma_class) {
      if (known_lemma(candidate, lemma_class)) return true;
      const size_t size = candidate.size();
      candidate += 'e';
      if (known_lemma(candidate, lemma_class)) return true;
      candidate.resize(size);
      if (size >= 2 && candidate[size - 1] == candidate[size - 2] && is_consonant(candidate[size - 1])) {
        candidate.resize(size - 1);
        if (known_lemma(candidate, lemma_class)) return true;
        candidate.push_back(candidate.back());
      }
      if (size >= 2 && candidate[size - 1] == 'e') {
        candidate.resize(size - 1);
        if (known_lemma(candidate, lemma_class)) return true;
      }
      return false;
    };
    // Pass 0 wants a lemma of the word's own class, pass 1 of any class (English turns nouns
    // into verbs freely: "profiled" has the lemma of the noun "profile"). A capitalized word
    // of these tags has a lowercase lemma, so the rules of lowercase words, which saw many
    // more examples, are tried on it too ("Processes" like "processes").
    for (int pass = 0; pass < 2; ++pass) {
      const uint8_t lemma_class = pass == 0 ? tag_classes().lemma_class[xpos] : uint8_t{kOtherClass};
      for (int lowered = 0; lowered < (casing == 0 ? 1 : 2); ++lowered) {
        const uint8_t rule_casing = lowered ? uint8_t{0} : casing;
        for (size_t k = std::min(kLongestSuffix, lower.size()) + 1; k-- > 0;) {
          const auto rule = rule_for(k, rule_casing);
          if (!rule || !apply_edit(edits_[*rule], lowered ? lower : form, lower, candidate)) continue;
          if (known_variant(lemma_class)) return buffer = candidate;
        }
      }
    }
  }
  // Nothing was seen in training (or nothing is checked): the longest suffix's rule.
  for (size_t k = std::min(kLongestSuffix, lower.size()) + 1; k-- > 0;) {
    const auto rule = rule_for(k, casing);
    if (rule && apply_edit(edits_[*rule], form, lower, buffer)) return buffer;
  }
  return buffer.assign(form);
}

void Lemmatizer::index() {
  rules_.reserve(rule_keys_.size());
  for (size_t i = 0; i < rule_keys_.size(); ++i) rules_.insert(rule_keys_[i], rule_values_[i]);
  exceptions_.reserve(exception_keys_.size());
  for (size_t i = 0; i < exception_keys_.size(); ++i) {
    exceptions_.insert(exception_keys_[i], exception_values_[i]);
  }
  known_lemmas_.reserve(known_lemma_keys_.size());
  for (uint64_t key : known_lemma_keys_) known_lemmas_.insert(key, 0);
}

void Lemmatizer::write(BinaryWriter& out) const {
  out.put_varint(edits_.size());
  for (const Edit& e : edits_) {
    out.put<uint8_t>(e.lowercase);
    out.put<uint8_t>(e.strip);
    out.put_string(e.append);
  }
  out.put_varint(rule_keys_.size());
  for (size_t i = 0; i < rule_keys_.size(); ++i) {
    out.put<uint64_t>(rule_keys_[i]);
    out.put_varint(rule_values_[i]);
  }
  out.put_varint(lemmas_.size());
  for (const std::string& lemma : lemmas_) out.put_string(lemma);
  out.put_varint(exception_keys_.size());
  for (size_t i = 0; i < exception_keys_.size(); ++i) {
    out.put<uint64_t>(exception_keys_[i]);
    out.put_varint(exception_values_[i]);
  }
  out.put_varint(known_lemma_keys_.size());
  for (uint64_t key : known_lemma_keys_) out.put<uint64_t>(key);
}

Lemmatizer Lemmatizer::read(BinaryReader& in) {
  Lemmatizer l;
  const uint64_t edits = in.get_varint();
  for (uint64_t i = 0; i < edits; ++i) {
    Edit e;
    e.lowercase = in.get<uint8_t>() != 0;
    e.strip = in.get<uint8_t>();
    e.append = in.get_string();
    l.edits_.push_back(std::move(e));
  }
  const uint64_t rules = in.get_varint();
  for (uint64_t i = 0; i < rules; ++i) {
    l.rule_keys_.push_back(in.get<uint64_t>());
    const uint64_t value = in.get_varint();
    if (value >= edits) throw FormatError(in.where("lemma rule out of range"));
    l.rule_values_.push_back(static_cast<uint32_t>(value));
  }
  const uint64_t lemmas = in.get_varint();
  for (uint64_t i = 0; i < lemmas; ++i) l.lemmas_.emplace_back(in.get_string());
  const uint64_t exceptions = in.get_varint();
  for (uint64_t i = 0; i < exceptions; ++i) {
    l.exception_keys_.push_back(in.get<uint64_t>());
    const uint64_t value = in.get_varint();
    if (value >= lemmas) throw FormatError(in.where("lemma exception out of range"));
    l.exception_values_.push_back(static_cast<uint32_t>(value));
  }
  const uint64_t known = in.get_varint();
  if (known > in.remaining() / sizeof(uint64_t)) throw FormatError(in.where("too many known lemmas"));
  for (uint64_t i = 0; i < known; ++i) l.known_lemma_keys_.push_back(in.get<uint64_t>());
  l.index();
  return l;
}

Lemmatizer LemmatizerTrainer::train(const std::vector<const GoldSentence*>& sentences) {
  using Edit = Lemmatizer::Edit;
  // (tag, lowercased suffix) -> edit -> count. std::map keeps every choice deterministic.
  using RuleKey = std::tuple<uint8_t, uint8_t, std::string>;  // tag, casing, suffix
  std::map<RuleKey, std::map<Edit, uint32_t>> rule_counts;
  std::map<std::tuple<uint8_t, std::string>, std::map<std::string, uint32_t>> exact_counts;
  std::map<std::tuple<uint8_t, std::string>, std::map<std::string, uint32_t>> lower_counts;
  std::set<std::tuple<uint8_t, std::string, std::string>> seen_types;
  std::set<uint64_t> known_lemmas;
  std::string lower;
  std::string lower_lemma;
  for (const GoldSentence* sentence : sentences) {
    for (const GoldWord& w : sentence->words) {
      if ((w.lemma == "_" && w.form != "_") || w.form.empty()) continue;
      lowercase_ascii(w.form, lower);
      const size_t direct = common_prefix(w.form, w.lemma);
      const size_t lowered = common_prefix(lower, w.lemma);
      const size_t kept = std::max(lowered, direct);
      if (w.form.size() - kept > 255) continue;
      Edit edit;
      edit.lowercase = lowered > direct;
      edit.strip = static_cast<uint8_t>(w.form.size() - kept);
      edit.append = w.lemma.substr(kept);
      // When lowercasing makes no difference to this word, it supports both kinds of rule.
      Edit other = edit;
      other.lowercase = !edit.lowercase;
      const bool either = lowered == direct;
      const uint8_t casing = casing_class(w.form);
      // Rules are for unseen words, so they count word types, not tokens, and never take a
      // whole word as the suffix (that is what the exception lists are for).
      if (seen_types.insert({w.xpos, w.form, w.lemma}).second) {
        for (size_t k = 0; k <= std::min(kLongestSuffix, lower.size() - 1); ++k) {
          auto& counts = rule_counts[{w.xpos, casing, lower.substr(lower.size() - k)}];
          ++counts[edit];
          if (either) ++counts[other];
        }
      }
      if (const uint8_t lemma_class = tag_classes().lemma_class[w.xpos]; lemma_class != kOtherClass) {
        lowercase_ascii(w.lemma, lower_lemma);
        known_lemmas.insert(known_lemma_key(lower_lemma, lemma_class));
        known_lemmas.insert(known_lemma_key(lower_lemma, kOtherClass));
      }
      ++exact_counts[{w.xpos, w.form}][w.lemma];
      ++lower_counts[{w.xpos, lower}][w.lemma];
    }
  }

  Lemmatizer l;
  std::map<Edit, uint32_t> edit_index;
  // Chosen edit for each kept (tag, suffix); a rule is dropped when the next shorter suffix
  // already yields the same edit, since the longest-match lookup then falls through to it.
  std::map<RuleKey, Edit> chosen;
  auto effective = [&](uint8_t xpos, uint8_t casing, std::string_view suffix) -> const Edit* {
    for (size_t k = suffix.size() + 1; k-- > 0;) {
      auto it = chosen.find({xpos, casing, std::string(suffix.substr(suffix.size() - k))});
      if (it != chosen.end()) return &it->second;
    }
    return nullptr;
  };
  for (size_t length = 0; length <= kLongestSuffix; ++length) {
    for (const auto& [key, edits] : rule_counts) {
      const auto& [xpos, casing, suffix] = key;
      if (suffix.size() != length) continue;
      const std::pair<const Edit, uint32_t>* best = nullptr;
      for (const auto& entry : edits) {
        if (best == nullptr || entry.second > best->second) best = &entry;
      }
      if (length > 0 && best->second < kRuleMinCount) continue;
      const Edit* shorter = length > 0 ? effective(xpos, casing, std::string_view(suffix).substr(1)) : nullptr;
      if (shorter != nullptr && *shorter == best->first) continue;
      chosen[key] = best->first;
    }
  }
  for (const auto& [key, edit] : chosen) {
    auto [it, added] = edit_index.emplace(edit, static_cast<uint32_t>(l.edits_.size()));
    if (added) l.edits_.push_back(edit);
    l.rule_keys_.push_back(rule_key(std::get<2>(key), std::get<0>(key), std::get<1>(key)));
    l.rule_values_.push_back(it->second);
  }
  l.known_lemma_keys_.assign(known_lemmas.begin(), known_lemmas.end());
  l.index();

  std::map<std::string, uint32_t> lemma_index;
  auto add_exception = [&](uint64_t key, const std::string& lemma) {
    auto [it, added] = lemma_index.emplace(lemma, static_cast<uint32_t>(l.lemmas_.size()));
    if (added) l.lemmas_.push_back(lemma);
    l.exception_keys_.push_back(key);
    l.exception_values_.push_back(it->second);
  };
  auto most_frequent = [](const std::map<std::string, uint32_t>& lemmas) -> const std::string& {
    auto best = lemmas.begin();
    for (auto it = lemmas.begin(); it != lemmas.end(); ++it) {
      if (it->second > best->second) best = it;
    }
    return best->first;
  };
  std::string buffer;
  for (const auto& [key, lemmas] : lower_counts) {
    const std::string& lemma = most_frequent(lemmas);
    if (l.apply_rules(std::get<1>(key), std::get<0>(key), buffer) != lemma) {
      add_exception(exception_key(kLowerKey, std::get<1>(key), std::get<0>(key)), lemma);
    }
  }
  l.index();
  for (const auto& [key, lemmas] : exact_counts) {
    const std::string& lemma = most_frequent(lemmas);
    if (l.learned_lemma(std::get<1>(key), std::get<0>(key), buffer) != lemma) {
      add_exception(exception_key(kExactKey, std::get<1>(key), std::get<0>(key)), lemma);
    }
  }
  l.index();
  return l;
}

}  // namespace herald::syntax
