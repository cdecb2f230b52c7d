// StoryReader::open: opens the input, detects its format and hands it to the matching reader.
#include <cerrno>
#include <cstring>

#include "herald/io.h"
#include "io/byte_source.h"
#include "io/readers.h"

namespace herald {

void StoryReader::report(Diagnostic::Severity severity, uint64_t line,
                         std::optional<uint64_t> byte_offset, std::string message) const {
  if (!options_.sink) return;
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.file = path_;
  diagnostic.line = line;
  diagnostic.byte_offset = byte_offset;
  diagnostic.message = std::move(message);
  options_.sink(diagnostic);
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The extension decides when it is a known one; otherwise the first significant byte does:
// '{' starts JSON Lines, '<' starts XML, anything else is plain text.
InputFormat detect_format(const std::string& path, io::ByteSource& source) {
  if (ends_with(path, ".jsonl") || ends_with(path, ".ndjson")) return InputFormat::kJsonLines;
  if (ends_with(path, ".xml")) return InputFormat::kPetrarchXml;
  if (ends_with(path, ".txt")) return InputFormat::kText;
  std::string_view head = source.peek(4096);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  for (char c : head) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == '{') return InputFormat::kJsonLines;
    if (c == '<') return InputFormat::kPetrarchXml;
    break;
  }
  return InputFormat::kText;
}

}  // namespace

std::unique_ptr<StoryReader> StoryReader::open(const std::string& path, const ReadOptions& options) {
  std::FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    if (options.sink) {
      Diagnostic diagnostic;
      diagnostic.file = path;
      diagnostic.message = std::string("cannot open: ") + std::strerror(errno);
      options.sink(diagnostic);
    }
    return nullptr;
  }
  auto source = std::make_unique<io::ByteSource>(file);
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = detect_format(path, *source);
  switch (format) {
    case InputFormat::kJsonLines:
      return io::make_jsonl_reader(path, options, std::move(source));
    case InputFormat::kPetrarchXml:
      return io::make_petrarch_xml_reader(path, options, std::move(source));
    case InputFormat::kText:
    case InputFormat::kAuto:
      break;
  }
  return io::make_text_reader(path, options, std::move(source));
}

}  // namespace herald
