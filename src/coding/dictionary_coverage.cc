#include "herald/dictionary_coverage.h"

#include <algorithm>
#include <set>

#include "herald/cameo.h"

namespace herald {

namespace {

// Which leaf codes and roots the verbs and patterns of a dictionary produce.
class CoverageCounter {
 public:
  explicit CoverageCounter(const lexicon::Dictionaries& dictionaries) : dictionaries_(dictionaries) {
    for (int root = 1; root <= 20; ++root) {
      RootCoverage& r = coverage_.roots.emplace_back();
      r.root = {static_cast<char>('0' + root / 10), static_cast<char>('0' + root % 10)};  // "01".."20"
    }
  }

  void count_verb_form(const lexicon::EventCode& code) {
    ++coverage_.verb_forms;
    for (RootCoverage* root : roots_of(code)) ++root->verb_forms;
  }

  void count_pattern(const lexicon::EventCode& code) {
    ++coverage_.patterns;
    for (RootCoverage* root : roots_of(code)) ++root->patterns;
  }

  DictionaryCoverage finish() {
    for (const cameo::EventType& type : cameo::event_types()) {
      if (!is_leaf_event_code(type.code)) continue;
      RootCoverage& root = coverage_.roots[std::stoi(std::string(type.root)) - 1];
      ++root.leaf_codes;
      ++coverage_.leaf_codes;
      if (produced_.contains(std::string(type.code))) {
        ++root.leaf_codes_covered;
        ++coverage_.leaf_codes_covered;
      } else {
        root.missing_leaf_codes.emplace_back(type.code);
      }
    }
    coverage_.unknown_codes.assign(unknown_.begin(), unknown_.end());
    return std::move(coverage_);
  }

 private:
  // The roots a code (and its pair) falls in, remembering every code produced.
  std::vector<RootCoverage*> roots_of(const lexicon::EventCode& code) {
    std::vector<RootCoverage*> roots;
    for (const lexicon::CodeId id : {code.code, code.paired}) {
      if (id == lexicon::kNotFound || id <= lexicon::kComplexCode) continue;
      const std::string text(dictionaries_.codes().name(id));
      const cameo::EventType* type = cameo::find_event_type(text);
      if (type == nullptr) {
        unknown_.insert(text);
        continue;
      }
      produced_.insert(text);
      RootCoverage* root = &coverage_.roots[std::stoi(std::string(type->root)) - 1];
      if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(root);
    }
    return roots;
  }

  const lexicon::Dictionaries& dictionaries_;
  DictionaryCoverage coverage_;
  std::set<std::string> produced_;
  std::set<std::string> unknown_;
};

}  // namespace

size_t DictionaryCoverage::roots_covered() const {
  return static_cast<size_t>(std::count_if(roots.begin(), roots.end(), [](const RootCoverage& r) {
    return r.verb_forms + r.patterns > 0;
  }));
}

bool is_leaf_event_code(std::string_view code) {
  const auto types = cameo::event_types();
  // Codes are sorted as strings, so a code's descendants directly follow it.
  const auto it = std::lower_bound(types.begin(), types.end(), code,
                                   [](const cameo::EventType& t, std::string_view c) { return t.code < c; });
  if (it == types.end() || it->code != code) return false;
  const auto next = it + 1;
  return next == types.end() || !next->code.starts_with(code);
}

DictionaryCoverage measure_coverage(const lexicon::Dictionaries& dictionaries) {
  CoverageCounter counter(dictionaries);
  const auto verbs = dictionaries.verbs();
  const auto blocks = dictionaries.verb_blocks();
  for (const lexicon::VerbForm& form : dictionaries.verb_forms()) {
    if (blocks[verbs[form.verb].block].section != lexicon::VerbSection::kVerbs) continue;
    counter.count_verb_form(verbs[form.verb].code);
  }
  for (const lexicon::Pattern& pattern : dictionaries.patterns()) {
    if (blocks[pattern.block].section != lexicon::VerbSection::kVerbs) continue;
    counter.count_pattern(pattern.code);
  }
  return counter.finish();
}

}  // namespace herald
