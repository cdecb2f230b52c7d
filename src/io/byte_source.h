// A file or standard input read in lines or whole, with a peek at its first bytes so the
// format can be detected without seeking (standard input cannot seek).
#ifndef HERALD_IO_BYTE_SOURCE_H_
#define HERALD_IO_BYTE_SOURCE_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace herald::io {

class ByteSource {
 public:
  // Takes ownership of `file` unless it is stdin.
  explicit ByteSource(std::FILE* file) : file_(file) {}
  ~ByteSource();
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Up to `n` bytes from the start of the input, without consuming them.
  std::string_view peek(size_t n);

  // The next line without its '\n' (a '\r' before it is kept; the text stage treats CRLF as a
  // line break). False at the end of the input. Lines of any length are read whole.
  bool read_line(std::string& line);

  // Everything not read yet.
  std::string read_all();

  // Byte offset of the start of the line last returned by read_line.
  uint64_t line_offset() const { return line_offset_; }
  bool failed() const { return std::ferror(file_) != 0; }

 private:
  bool fill();

  std::FILE* file_;
  std::string buffer_;
  size_t position_ = 0;
  uint64_t consumed_ = 0;  // bytes of the input before buffer_[position_]
  uint64_t line_offset_ = 0;
  bool eof_ = false;
};

}  // namespace herald::io

#endif  // HERALD_IO_BYTE_SOURCE_H_
