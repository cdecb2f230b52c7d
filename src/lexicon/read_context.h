// Internal: what every dictionary reader shares — the tables it fills and where it reports.
#ifndef HERALD_SRC_LEXICON_READ_CONTEXT_H_
#define HERALD_SRC_LEXICON_READ_CONTEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "herald/dictionaries.h"
#include "herald/dictionary_loader.h"

namespace herald::lexicon::detail {

// A place in the source: 1-based line and byte offset from the start of the source.
struct Position {
  uint32_t line = 0;
  uint64_t offset = 0;
};

// Turns problems into Diagnostics and counts them in the source's summary.
class Reporter {
 public:
  Reporter(std::string_view source, LoadReport& report, SourceSummary& summary)
      : source_(source), report_(report), summary_(summary) {}

  // The entry at `at` was skipped.
  void error(Position at, std::string message);
  // Something was ignored or assumed; the entry was kept.
  void warning(Position at, std::string message);

 private:
  void add(Diagnostic::Severity severity, Position at, std::string message);

  std::string_view source_;
  LoadReport& report_;
  SourceSummary& summary_;
};

struct ReadContext {
  DictionaryTables& tables;
  Reporter& report;
  SourceSummary& summary;
  DictionaryFormat format;
  uint32_t source;  // index into tables.sources

  Origin origin(Position at) const { return Origin{source, at.line}; }
  bool tabari() const { return format == DictionaryFormat::kTabari; }
};

// One reader per dictionary kind; each reads the whole text of one source.
void read_actors(std::string_view text, ReadContext& context);
void read_agents(std::string_view text, ReadContext& context);
void read_verbs(std::string_view text, ReadContext& context);
void read_discards(std::string_view text, ReadContext& context);
void read_issues(std::string_view text, ReadContext& context);

}  // namespace herald::lexicon::detail

#endif  // HERALD_SRC_LEXICON_READ_CONTEXT_H_
