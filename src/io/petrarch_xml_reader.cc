// PETRARCH XML: <Sentences><Sentence id=".." date="YYYYMMDD" ..><Text>..</Text></Sentence>.
// Any <Parse> is ignored (herald parses the text itself); other attributes become metadata.
// The document is read whole: pugixml builds its tree in one pass over an in-memory buffer.
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "herald/text.h"
#include "io/readers.h"

namespace herald::io {

namespace {

class PetrarchXmlReader final : public StoryReader {
 public:
  PetrarchXmlReader(const std::string& path, const ReadOptions& options,
                    std::unique_ptr<ByteSource> source)
      : StoryReader(path, InputFormat::kPetrarchXml, options), source_(std::move(source)) {}

  bool next(Story& story) override {
    if (!loaded_) load();
    while (next_ < sentences_.size()) {
      const pugi::xml_node node = sentences_[next_++];
      if (read_sentence(node, story)) return true;
    }
    return false;
  }

 private:
  void load() {
    loaded_ = true;
    text::Utf8Report utf8;
    buffer_ = text::clean_utf8(source_->read_all(), &utf8);
    if (source_->failed()) {
      skip(0, "read error");
      return;
    }
    lines_ = LineIndex(buffer_);
    if (utf8.invalid_sequences > 0) {
      report(Diagnostic::Severity::kWarning, 0, utf8.first_invalid_offset,
             std::to_string(utf8.invalid_sequences) +
                 " invalid UTF-8 sequence(s) replaced by U+FFFD, the first");
    }
    const pugi::xml_parse_result result =
        document_.load_buffer(buffer_.data(), buffer_.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result) {
      skip(line_at(result.offset), std::string("bad XML: ") + result.description() +
                                       " (the whole file)");
      return;
    }
    for (const pugi::xpath_node& found : document_.select_nodes("//Sentence")) {
      sentences_.push_back(found.node());
    }
  }

  bool read_sentence(pugi::xml_node node, Story& story) {
    const uint64_t line = line_at(node.offset_debug());
    story = Story{};
    story.origin = path_;
    story.line = line;
    const pugi::xml_node text = node.child("Text");
    if (!text) {
      skip(line, "<Sentence> without <Text>");
      return false;
    }
    story.text = std::string(trim(text.text().get()));

    const pugi::xml_attribute date = node.attribute("date");
    if (!date) {
      if (options_.default_date.empty()) {
        skip(line, "<Sentence> without a date");
        return false;
      }
      story.date = options_.default_date;
    } else {
      std::optional<std::string> normalized = normalize_date(date.value());
      if (!normalized) {
        skip(line, std::string("bad date \"") + date.value() + "\" (expected YYYYMMDD)");
        return false;
      }
      story.date = std::move(*normalized);
    }
    const pugi::xml_attribute id = node.attribute("id");
    story.id = id ? id.value() : std::string(base_name(path_)) + ":" + std::to_string(line);

    nlohmann::json metadata = nlohmann::json::object();
    for (const pugi::xml_attribute& attribute : node.attributes()) {
      const std::string_view name = attribute.name();
      if (name != "id" && name != "date") metadata[std::string(name)] = attribute.value();
    }
    if (!metadata.empty()) story.metadata_json = metadata.dump();
    return true;
  }

  uint64_t line_at(ptrdiff_t offset) const { return lines_.line_at(offset); }

  std::unique_ptr<ByteSource> source_;
  bool loaded_ = false;
  std::string buffer_;
  LineIndex lines_{std::string_view()};
  pugi::xml_document document_;
  std::vector<pugi::xml_node> sentences_;
  size_t next_ = 0;
};

}  // namespace

std::unique_ptr<StoryReader> make_petrarch_xml_reader(const std::string& path,
                                                      const ReadOptions& options,
                                                      std::unique_ptr<ByteSource> source) {
  return std::make_unique<PetrarchXmlReader>(path, options, std::move(source));
}

}  // namespace herald::io
