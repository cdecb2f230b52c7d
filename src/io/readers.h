// The three story readers behind StoryReader::open, one per input format.
#ifndef HERALD_IO_READERS_H_
#define HERALD_IO_READERS_H_

#include <memory>
#include <string>
#include <string_view>

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

}  // namespace herald::io

#endif  // HERALD_IO_READERS_H_
