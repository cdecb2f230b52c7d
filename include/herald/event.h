// herald — Event: one coded CAMEO event, the record `herald code` emits.
//
// The field names are the `herald code` output contract (docs/output-formats.md); other tools
// depend on them, so they change only with a new major version.
#ifndef HERALD_EVENT_H_
#define HERALD_EVENT_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "herald/document.h"

namespace herald {

struct Event {
  std::string story_id;
  uint32_t sentence_index = 0;  // 0-based, within the story
  std::string date;             // YYYY-MM-DD
  std::string source;           // full CAMEO actor code, e.g. "COLGOV"
  std::string target;           // e.g. "USA"
  std::string code;             // CAMEO event code as the dictionary wrote it, e.g. "163"
  std::string root_code;        // its first two digits, e.g. "16"
  std::optional<int> quad_class;     // 1..4; empty when the code is not in the CAMEO table
  std::optional<double> goldstein;   // -10..10; likewise
  std::string source_text;
  std::string target_text;
  std::string verb_text;
  Span source_span;             // code-point offsets into the story text
  Span target_span;
  Span verb_span;
  std::string sentence;         // the sentence's text, the evidence behind the event
};

// The visitors below are the one place that lists an event's output fields: every writer (JSON
// Lines, CSV, TSV, the Python module) goes through them, so a new field reaches all outputs at
// once. `visit(name, value)` receives a value of type const std::string&, uint32_t,
// const std::optional<int>&, const std::optional<double>& or (fields only) Span.

// The record as JSON names and orders it: spans stay pairs.
template <typename Visit>
void for_each_field(const Event& event, Visit&& visit) {
  visit("story_id", event.story_id);
  visit("sentence_index", event.sentence_index);
  visit("date", event.date);
  visit("source", event.source);
  visit("target", event.target);
  visit("code", event.code);
  visit("root_code", event.root_code);
  visit("quad_class", event.quad_class);
  visit("goldstein", event.goldstein);
  visit("source_text", event.source_text);
  visit("target_text", event.target_text);
  visit("verb_text", event.verb_text);
  visit("source_span", event.source_span);
  visit("target_span", event.target_span);
  visit("verb_span", event.verb_span);
  visit("sentence", event.sentence);
}

// The column order of tables (CSV, TSV, data frames), close to the Phoenix and GDELT event files:
// date, actors, code, class and score first; provenance after; each span as two columns.
inline constexpr std::array<std::string_view, 19> kEventColumns = {
    "date",        "source",    "target",         "code",         "root_code",  "quad_class", "goldstein",
    "story_id",    "sentence_index", "source_text", "target_text", "verb_text", "source_begin", "source_end",
    "target_begin", "target_end", "verb_begin",   "verb_end",     "sentence",
};
inline constexpr size_t kEventColumnCount = kEventColumns.size();

template <typename Visit>
void for_each_column(const Event& event, Visit&& visit) {
  visit(kEventColumns[0], event.date);
  visit(kEventColumns[1], event.source);
  visit(kEventColumns[2], event.target);
  visit(kEventColumns[3], event.code);
  visit(kEventColumns[4], event.root_code);
  visit(kEventColumns[5], event.quad_class);
  visit(kEventColumns[6], event.goldstein);
  visit(kEventColumns[7], event.story_id);
  visit(kEventColumns[8], event.sentence_index);
  visit(kEventColumns[9], event.source_text);
  visit(kEventColumns[10], event.target_text);
  visit(kEventColumns[11], event.verb_text);
  visit(kEventColumns[12], event.source_span.begin);
  visit(kEventColumns[13], event.source_span.end);
  visit(kEventColumns[14], event.target_span.begin);
  visit(kEventColumns[15], event.target_span.end);
  visit(kEventColumns[16], event.verb_span.begin);
  visit(kEventColumns[17], event.verb_span.end);
  visit(kEventColumns[18], event.sentence);
}

}  // namespace herald

#endif  // HERALD_EVENT_H_
