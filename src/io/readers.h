// The three story readers behind StoryReader::open, one per input format.
#ifndef HERALD_IO_READERS_H_
#define HERALD_IO_READERS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herald/io.h"
#include "io/byte_source.h"

namespace herald::io {

std::unique_ptr<StoryReader> make_text_reader(const std::string& path, const ReadOptions& options,
                                              std::unique_ptr<ByteSource> source);
std::unique_ptr<StoryReader> make_jsonl_reader(const std::string& path, const ReadOptions& options,
                                               std::unique_ptr<ByteSource> source);
std::unique_ptr<StoryReader> make_petrarch_xml_reader(const std::string& path,
                                                      const ReadOptions& options,
                                                      std::unique_ptr<ByteSource> source);

// The file name without its directory: the story id of a plain-text file.
std::string_view base_name(std::string_view path);

// `s` without leading and trailing blanks, tabs and line breaks.
std::string_view trim(std::string_view s);

// The 1-based line of any byte offset of a text, for reporting where in an XML file a record
// was (pugixml gives offsets).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  uint64_t line_at(ptrdiff_t offset) const;  // 0 for a negative offset

 private:
  std::vector<size_t> newlines_;
};

}  // namespace herald::io

#endif  // HERALD_IO_READERS_H_
