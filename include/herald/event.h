// herald — Event: one coded CAMEO event, the record `herald code` emits.
//
// The field names are the `herald code` output contract (docs/output-formats.md); other tools
// depend on them, so they change only with a new major version.
#ifndef HERALD_EVENT_H_
#define HERALD_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>

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

}  // namespace herald

#endif  // HERALD_EVENT_H_
