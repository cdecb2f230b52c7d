// Helpers for the lexicon tests: loading fixtures and looking entries up by their text.
#ifndef HERALD_TESTS_LEXICON_TEST_UTIL_H_
#define HERALD_TESTS_LEXICON_TEST_UTIL_H_

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "herald/dictionaries.h"
#include "herald/dictionary_loader.h"

namespace herald::lexicon::testing_util {

inline std::string fixture_path(std::string_view name) {
  return std::string(HERALD_SOURCE_DIR) + "/tests/data/lexicon/" + std::string(name);
}

struct Loaded {
  Dictionaries dictionaries;
  LoadReport report;
};

inline Loaded load_text(DictionaryKind kind, DictionaryFormat format, std::string_view text,
                        std::string_view source = "test") {
  DictionaryBuilder builder;
  builder.add_text(kind, format, text, source);
  Loaded loaded;
  loaded.dictionaries = builder.finish();
  loaded.report = builder.report();
  return loaded;
}

inline Loaded load_fixture(DictionaryKind kind, DictionaryFormat format, std::string_view name) {
  DictionaryBuilder builder;
  builder.add_file(kind, format, fixture_path(name));
  Loaded loaded;
  loaded.dictionaries = builder.finish();
  loaded.report = builder.report();
  return loaded;
}

// "12:error:message" for each diagnostic, to compare whole lists at once.
inline std::vector<std::string> diagnostic_lines(const LoadReport& report) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : report.diagnostics) {
    lines.push_back(fmt::format("{}:{}:{}", d.line,
                                d.severity == Diagnostic::Severity::kError ? "error" : "warning",
                                d.message));
  }
  return lines;
}

inline std::optional<uint32_t> find_actor(const Dictionaries& d, std::string_view primary) {
  for (uint32_t i = 0; i < d.actors().size(); ++i) {
    if (d.phrase_text(d.actors()[i].primary) == primary) return i;
  }
  return std::nullopt;
}

inline std::vector<std::string> actor_phrases(const Dictionaries& d, uint32_t actor) {
  std::vector<std::string> out;
  const Actor& a = d.actors()[actor];
  for (uint32_t i = 0; i < a.name_count; ++i) {
    out.push_back(d.phrase_text(d.actor_names()[a.first_name + i].phrase));
  }
  return out;
}

// The codes of `actor` on an ISO date ("" for an unknown date), joined with "/".
inline std::string codes_on(const Dictionaries& d, uint32_t actor, std::string_view iso_date) {
  Day day = kUnknownDay;
  if (!iso_date.empty()) day = *parse_iso_date(iso_date);
  std::string text;
  for (const CodeId code : d.resolve_actor_code(actor, day)) {
    if (!text.empty()) text += '/';
    text += d.codes().name(code);
  }
  return text;
}

inline std::optional<uint32_t> find_agent_name(const Dictionaries& d, std::string_view phrase) {
  for (uint32_t i = 0; i < d.agent_names().size(); ++i) {
    if (d.phrase_text(d.agent_names()[i].phrase) == phrase) return i;
  }
  return std::nullopt;
}

inline std::optional<uint32_t> find_block(const Dictionaries& d, std::string_view name) {
  for (uint32_t i = 0; i < d.verb_blocks().size(); ++i) {
    if (d.verb_blocks()[i].name == name) return i;
  }
  return std::nullopt;
}

inline std::vector<std::string> verb_form_texts(const Dictionaries& d, uint32_t verb) {
  std::vector<std::string> out;
  const Verb& v = d.verbs()[verb];
  for (uint32_t i = 0; i < v.form_count; ++i) {
    out.push_back(d.phrase_text(d.verb_forms()[v.first_form + i].phrase));
  }
  return out;
}

// "pattern [code]" for each pattern of a block.
inline std::vector<std::string> block_patterns(const Dictionaries& d, uint32_t block) {
  std::vector<std::string> out;
  const VerbBlock& b = d.verb_blocks()[block];
  for (uint32_t i = 0; i < b.pattern_count; ++i) {
    const Pattern& p = d.patterns()[b.first_pattern + i];
    out.push_back(d.elements_text(d.elements_of(p)) + " [" + d.event_code_text(p.code) + "]");
  }
  return out;
}

inline std::vector<std::string> synset_members(const Dictionaries& d, std::string_view name) {
  std::vector<std::string> out;
  for (const Synset& s : d.synsets()) {
    if (s.name != name) continue;
    for (uint32_t i = 0; i < s.member_count; ++i) {
      out.push_back(d.elements_text(d.elements_of(d.synset_members()[s.first_member + i])));
    }
  }
  return out;
}

}  // namespace herald::lexicon::testing_util

#endif  // HERALD_TESTS_LEXICON_TEST_UTIL_H_
