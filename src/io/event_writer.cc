// JSON Lines, CSV (RFC 4180) and TSV writers for events. Column order: kEventColumns, close to
// the Phoenix and GDELT event files (date, actors, code, class, score first; provenance after).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "herald/io.h"

namespace herald {

const char* const kEventColumns[] = {
    "date",        "source",       "target",       "code",        "root_code",
    "quad_class",  "goldstein",    "story_id",     "sentence_index", "source_text",
    "target_text", "verb_text",    "source_begin", "source_end",  "target_begin",
    "target_end",  "verb_begin",   "verb_end",     "sentence",
};
const size_t kEventColumnCount = std::size(kEventColumns);

std::string event_to_json(const Event& event) {
  nlohmann::ordered_json record;
  record["story_id"] = event.story_id;
  record["sentence_index"] = event.sentence_index;
  record["date"] = event.date;
  record["source"] = event.source;
  record["target"] = event.target;
  record["code"] = event.code;
  record["root_code"] = event.root_code;
  record["quad_class"] = event.quad_class ? nlohmann::ordered_json(*event.quad_class) : nullptr;
  record["goldstein"] = event.goldstein ? nlohmann::ordered_json(*event.goldstein) : nullptr;
  record["source_text"] = event.source_text;
  record["target_text"] = event.target_text;
  record["verb_text"] = event.verb_text;
  record["source_span"] = {event.source_span.begin, event.source_span.end};
  record["target_span"] = {event.target_span.begin, event.target_span.end};
  record["verb_span"] = {event.verb_span.begin, event.verb_span.end};
  record["sentence"] = event.sentence;
  // Text is valid UTF-8 by construction; `replace` keeps a stray bad byte from aborting output.
  return record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void EventWriter::write_line(std::string_view line) {
  pending_ += line;
  if (pending_.size() >= (1u << 20)) flush();
}

void EventWriter::flush() {
  if (!pending_.empty()) {
    std::fwrite(pending_.data(), 1, pending_.size(), out_);
    pending_.clear();
  }
  std::fflush(out_);
}

namespace {

// The fields of an event in kEventColumns order, as text.
std::vector<std::string> event_fields(const Event& event) {
  return {event.date,
          event.source,
          event.target,
          event.code,
          event.root_code,
          event.quad_class ? std::to_string(*event.quad_class) : std::string(),
          event.goldstein ? fmt::format("{:.1f}", *event.goldstein) : std::string(),
          event.story_id,
          std::to_string(event.sentence_index),
          event.source_text,
          event.target_text,
          event.verb_text,
          std::to_string(event.source_span.begin),
          std::to_string(event.source_span.end),
          std::to_string(event.target_span.begin),
          std::to_string(event.target_span.end),
          std::to_string(event.verb_span.begin),
          std::to_string(event.verb_span.end),
          event.sentence};
}

class JsonLinesWriter final : public EventWriter {
 public:
  explicit JsonLinesWriter(std::FILE* out) : EventWriter(out) {}
  void write_header() override {}
  void write(const Event& event) override {
    std::string line = event_to_json(event);
    line += '\n';
    write_line(line);
  }
};

// RFC 4180: a field with a comma, quote, CR or LF is quoted, and quotes inside are doubled.
void append_csv_field(std::string& line, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    line += field;
    return;
  }
  line += '"';
  for (char c : field) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

// TSV has no quoting, so tab, newline, carriage return and backslash are backslash-escaped,
// the convention of PostgreSQL's text format and of most TSV readers.
void append_tsv_field(std::string& line, std::string_view field) {
  for (char c : field) {
    switch (c) {
      case '\t': line += "\\t"; break;
      case '\n': line += "\\n"; break;
      case '\r': line += "\\r"; break;
      case '\\': line += "\\\\"; break;
      default: line += c;
    }
  }
}

template <char kSeparator, void (*kAppend)(std::string&, std::string_view)>
class DelimitedWriter final : public EventWriter {
 public:
  explicit DelimitedWriter(std::FILE* out) : EventWriter(out) {}
  void write_header() override {
    std::string line;
    for (size_t i = 0; i < kEventColumnCount; ++i) {
      if (i > 0) line += kSeparator;
      line += kEventColumns[i];
    }
    line += kSeparator == ',' ? "\r\n" : "\n";
    write_line(line);
  }
  void write(const Event& event) override {
    std::string line;
    const std::vector<std::string> fields = event_fields(event);
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) line += kSeparator;
      kAppend(line, fields[i]);
    }
    line += kSeparator == ',' ? "\r\n" : "\n";
    write_line(line);
  }
};

}  // namespace

std::unique_ptr<EventWriter> EventWriter::create(OutputFormat format, std::FILE* out) {
  switch (format) {
    case OutputFormat::kCsv:
      return std::make_unique<DelimitedWriter<',', append_csv_field>>(out);
    case OutputFormat::kTsv:
      return std::make_unique<DelimitedWriter<'\t', append_tsv_field>>(out);
    case OutputFormat::kJsonLines:
      break;
  }
  return std::make_unique<JsonLinesWriter>(out);
}

}  // namespace herald
