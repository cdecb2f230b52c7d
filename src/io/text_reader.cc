// Plain text: the whole file is one story; its id is the file name, its date --date.
#include "herald/text.h"
#include "io/readers.h"

namespace herald::io {


namespace {

class TextReader final : public StoryReader {
 public:
  TextReader(const std::string& path, const ReadOptions& options, std::unique_ptr<ByteSource> source)
      : StoryReader(path, InputFormat::kText, options), source_(std::move(source)) {}

  bool next(Story& story) override {
    if (done_) return false;
    done_ = true;
    const std::string bytes = source_->read_all();
    if (source_->failed()) {
      skip(0, "read error");
      return false;
    }
    text::Utf8Report utf8;
    story = Story{};
    story.text = text::clean_utf8(bytes, &utf8);
    if (utf8.invalid_sequences > 0) {
      report(Diagnostic::Severity::kWarning, 0, utf8.first_invalid_offset,
             std::to_string(utf8.invalid_sequences) +
                 " invalid UTF-8 sequence(s) replaced by U+FFFD, the first");
    }
    story.id = path_ == "-" ? "stdin" : std::string(base_name(path_));
    story.date = options_.default_date;
    story.origin = path_;
    return true;
  }

 private:
  std::unique_ptr<ByteSource> source_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<StoryReader> make_text_reader(const std::string& path, const ReadOptions& options,
                                              std::unique_ptr<ByteSource> source) {
  return std::make_unique<TextReader>(path, options, std::move(source));
}

}  // namespace herald::io
