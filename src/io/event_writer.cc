// JSON Lines, CSV (RFC 4180) and TSV writers for events, in the field and column order of
// herald/event.h.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <type_traits>

#include "herald/io.h"

namespace herald {

std::string event_to_json(const Event& event) {
  nlohmann::ordered_json record;
  for_each_field(event, [&record]<typename Value>(const char* name, const Value& value) {
    if constexpr (std::is_same_v<Value, Span>) {
      record[name] = {value.begin, value.end};
    } else if constexpr (std::is_same_v<Value, std::optional<int>> || std::is_same_v<Value, std::optional<double>>) {
      record[name] = value ? nlohmann::ordered_json(*value) : nullptr;
    } else {
      record[name] = value;
    }
  });
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

// The columns of an event in kEventColumns order, as text.
std::vector<std::string> event_fields(const Event& event) {
  std::vector<std::string> fields;
  fields.reserve(kEventColumnCount);
  for_each_column(event, [&fields]<typename Value>(std::string_view, const Value& value) {
    if constexpr (std::is_same_v<Value, std::string>) {
      fields.push_back(value);
    } else if constexpr (std::is_same_v<Value, std::optional<int>>) {
      fields.push_back(value ? std::to_string(*value) : std::string());
    } else if constexpr (std::is_same_v<Value, std::optional<double>>) {
      fields.push_back(value ? fmt::format("{:.1f}", *value) : std::string());
    } else {
      fields.push_back(std::to_string(value));
    }
  });
  return fields;
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
