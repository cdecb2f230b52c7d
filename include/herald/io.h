// herald — reading stories and writing events.
//
// Inputs: plain text (one story per file), JSON Lines (one story per line: id, date, text, other
// fields kept as metadata) and PETRARCH XML (<Sentences><Sentence id= date=><Text>). Outputs:
// JSON Lines, CSV and TSV with the columns documented in docs/output-formats.md.
#ifndef HERALD_IO_H_
#define HERALD_IO_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "herald/diagnostic.h"
#include "herald/event.h"
#include "herald/story.h"

namespace herald {

enum class InputFormat : uint8_t { kAuto, kText, kJsonLines, kPetrarchXml };
enum class OutputFormat : uint8_t { kJsonLines, kCsv, kTsv };

// "text" | "jsonl" | "petrarch-xml" | "auto"; nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);
std::string_view input_format_name(InputFormat format);
// "jsonl" | "csv" | "tsv".
std::optional<OutputFormat> parse_output_format(std::string_view name);

// Normalizes the date forms news feeds use ("2025-09-16", "20250916", "2025-09-16T08:30:00Z")
// to "YYYY-MM-DD"; nullopt unless it is a real calendar date.
std::optional<std::string> normalize_date(std::string_view value);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::string default_date;  // for stories that carry none (plain text); normalized already
  DiagnosticSink sink;       // receives warnings and skipped-record errors
};

// Reads the stories of one file, one at a time, so inputs of any size stream through.
class StoryReader {
 public:
  // `path` "-" reads standard input. Returns nullptr (after reporting to options.sink) when
  // the file cannot be opened.
  static std::unique_ptr<StoryReader> open(const std::string& path, const ReadOptions& options);

  virtual ~StoryReader() = default;

  // Fills `story` with the next well-formed record; false at the end of the input. Malformed
  // records are reported, counted and skipped.
  virtual bool next(Story& story) = 0;

  uint64_t skipped() const { return skipped_; }
  InputFormat format() const { return format_; }

 protected:
  StoryReader(std::string path, InputFormat format, ReadOptions options)
      : path_(std::move(path)), format_(format), options_(std::move(options)) {}

  void report(Diagnostic::Severity severity, uint64_t line, std::optional<uint64_t> byte_offset,
              std::string message) const;
  void skip(uint64_t line, std::string message) {
    ++skipped_;
    report(Diagnostic::Severity::kError, line, std::nullopt, std::move(message) + "; record skipped");
  }

  const std::string path_;
  const InputFormat format_;
  const ReadOptions options_;

 private:
  uint64_t skipped_ = 0;
};

// Writes events as whole lines. Records collect in a buffer that goes out with one write at
// flush() (the caller flushes after each story) or when it grows large, always ending on a line
// boundary, so an interrupted run leaves no half record behind.
class EventWriter {
 public:
  static std::unique_ptr<EventWriter> create(OutputFormat format, std::FILE* out);
  virtual ~EventWriter() = default;

  // CSV and TSV begin with a header row; JSON Lines has none.
  virtual void write_header() = 0;
  virtual void write(const Event& event) = 0;
  void flush();

 protected:
  explicit EventWriter(std::FILE* out) : out_(out) {}
  // `line` ends with its line break.
  void write_line(std::string_view line);

 private:
  std::FILE* out_;
  std::string pending_;
};

// Formats one event as a JSON object on one line (no trailing newline).
std::string event_to_json(const Event& event);

}  // namespace herald

#endif  // HERALD_IO_H_
