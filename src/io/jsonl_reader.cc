// JSON Lines: one story per line, {"id": ..., "date": ..., "text": ...}; other fields are kept
// as metadata. Blank lines are allowed; a bad line is reported with its number and skipped.
#include <nlohmann/json.hpp>

#include "herald/text.h"
#include "io/readers.h"

namespace herald::io {

namespace {

using nlohmann::json;

bool is_blank(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

class JsonLinesReader final : public StoryReader {
 public:
  JsonLinesReader(const std::string& path, const ReadOptions& options,
                  std::unique_ptr<ByteSource> source)
      : StoryReader(path, InputFormat::kJsonLines, options), source_(std::move(source)) {}

  bool next(Story& story) override {
    while (source_->read_line(raw_)) {
      ++line_number_;
      if (is_blank(raw_)) continue;
      if (parse_line(story)) return true;
    }
    if (source_->failed()) skip(line_number_, "read error");
    return false;
  }

 private:
  bool parse_line(Story& story) {
    text::Utf8Report utf8;
    const std::string line = text::clean_utf8(raw_, &utf8);
    if (utf8.invalid_sequences > 0) {
      report(Diagnostic::Severity::kWarning, line_number_,
             source_->line_offset() + utf8.first_invalid_offset,
             std::to_string(utf8.invalid_sequences) +
                 " invalid UTF-8 sequence(s) replaced by U+FFFD, the first");
    }
    json record;
    try {
      record = json::parse(line);
    } catch (const json::parse_error& error) {
      skip(line_number_, std::string("bad JSON at column ") + std::to_string(error.byte) +
                             ": " + describe(error));
      return false;
    }
    if (!record.is_object()) {
      skip(line_number_, "bad record: expected a JSON object");
      return false;
    }
    story = Story{};
    story.origin = path_;
    story.line = line_number_;

    const auto text = record.find("text");
    if (text == record.end() || !text->is_string()) {
      skip(line_number_, text == record.end() ? "missing \"text\"" : "\"text\" is not a string");
      return false;
    }
    story.text = text->get<std::string>();

    const auto id = record.find("id");
    if (id == record.end() || id->is_null()) {
      story.id = std::string(base_name(path_)) + ":" + std::to_string(line_number_);
    } else if (id->is_string()) {
      story.id = id->get<std::string>();
    } else if (id->is_number_integer()) {
      story.id = id->dump();
    } else {
      skip(line_number_, "\"id\" must be a string or an integer");
      return false;
    }

    const auto date = record.find("date");
    if (date == record.end() || date->is_null()) {
      story.date = options_.default_date;
    } else {
      std::optional<std::string> normalized;
      if (date->is_string()) normalized = normalize_date(date->get_ref<const std::string&>());
      if (!normalized) {
        skip(line_number_, "bad date " + date->dump() + " (expected YYYY-MM-DD)");
        return false;
      }
      story.date = std::move(*normalized);
    }

    record.erase("text");
    record.erase("id");
    record.erase("date");
    if (!record.empty()) story.metadata_json = record.dump();
    return true;
  }

  static std::string describe(const json::parse_error& error) {
    // nlohmann's message begins "[json.exception.parse_error.101] parse error at line 1, ...";
    // keep only the part after the last ": " that names what was wrong.
    // It ends by quoting the text read so far, which can be a whole story: keep it short.
    std::string_view message = error.what();
    const size_t colon = message.find(": ", message.find("parse error"));
    if (colon != std::string_view::npos) message.remove_prefix(colon + 2);
    constexpr size_t kMaxShown = 120;
    if (message.size() <= kMaxShown) return std::string(message);
    return std::string(message.substr(0, kMaxShown)) + "...";
  }

  std::unique_ptr<ByteSource> source_;
  std::string raw_;
  uint64_t line_number_ = 0;
};

}  // namespace

std::unique_ptr<StoryReader> make_jsonl_reader(const std::string& path, const ReadOptions& options,
                                               std::unique_ptr<ByteSource> source) {
  return std::make_unique<JsonLinesReader>(path, options, std::move(source));
}

}  // namespace herald::io
