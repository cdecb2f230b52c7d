// herald — validation suites: records with the events a coder must produce for them.
//
// Two formats are read: PETRARCH's validation XML (<Validation><Environment>..<Sentences>
// <Sentence><EventCoding ../><Text>..) and TABARI's .text validation records (a "YYMMDD ID"
// line, the text, then a /* ... */ comment with { SOURCE / TARGET / EVENT } fields, the
// dictionaries named by the .project file beside it).
#ifndef HERALD_VALIDATION_H_
#define HERALD_VALIDATION_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "herald/diagnostic.h"
#include "herald/story.h"

namespace herald {

struct ExpectedEvent {
  std::string source;
  std::string target;
  std::string code;
  friend bool operator==(const ExpectedEvent&, const ExpectedEvent&) = default;
};

struct ValidationRecord {
  enum class Expectation : uint8_t {
    kEvents,     // exactly `expected`
    kNoEvents,   // no event at all
    kError,      // the record should be rejected as an input error (PETRARCH "error")
    kDiscard,    // a discard phrase should stop coding (TABARI {###})
    kComplex,    // the sentence is too complex to code (TABARI {+++})
  };

  Story story;
  std::string category;  // PETRARCH category; empty for TABARI records
  Expectation expectation = Expectation::kEvents;
  std::vector<ExpectedEvent> expected;
  // TABARI's -{...}: only the events listed need to be produced; others may follow.
  bool partial = false;
  // Configuration in force for this record, in the order it was set (later wins):
  // PETRARCH <Config option= value=> and TABARI { OPTION: ... } lines.
  std::vector<std::pair<std::string, std::string>> options;
};

struct ValidationSuite {
  enum class Format : uint8_t { kPetrarch, kTabari };

  Format format = Format::kPetrarch;
  // Dictionary file names as the suite gives them, to be found in the dictionary directory.
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string verb_file;
  std::string discard_file;
  // PETRARCH <Include> categories; a record is in the run when this is empty or lists its
  // category.
  std::vector<std::string> included_categories;
  std::vector<ValidationRecord> records;  // in file order, up to a <Stop> or the last record

  bool includes(const ValidationRecord& record) const;
};

// Reads a suite, choosing the format from the content (XML or TABARI records). Malformed
// records are reported to `sink` and skipped; nullopt only when the file cannot be read at all.
std::optional<ValidationSuite> read_validation_suite(const std::string& path,
                                                     const DiagnosticSink& sink);

}  // namespace herald

#endif  // HERALD_VALIDATION_H_
