#include "io/byte_source.h"

#include <cstring>

namespace herald::io {

namespace {
constexpr size_t kChunk = 1 << 16;
}

ByteSource::~ByteSource() {
  if (file_ != stdin) std::fclose(file_);
}

bool ByteSource::fill() {
  if (eof_) return false;
  if (position_ > 0) {
    buffer_.erase(0, position_);
    position_ = 0;
  }
  const size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunk);
  const size_t got = std::fread(buffer_.data() + old_size, 1, kChunk, file_);
  buffer_.resize(old_size + got);
  if (got == 0) eof_ = true;
  return got > 0;
}

std::string_view ByteSource::peek(size_t n) {
  while (buffer_.size() - position_ < n && fill()) {
  }
  return std::string_view(buffer_).substr(position_, n);
}

bool ByteSource::read_line(std::string& line) {
  size_t scanned = position_;
  for (;;) {
    const void* newline = std::memchr(buffer_.data() + scanned, '\n', buffer_.size() - scanned);
    if (newline != nullptr) {
      const size_t end = static_cast<const char*>(newline) - buffer_.data();
      line.assign(buffer_, position_, end - position_);
      line_offset_ = consumed_;
      consumed_ += end + 1 - position_;
      position_ = end + 1;
      return true;
    }
    const size_t scanned_bytes = buffer_.size() - position_;
    if (!fill()) break;
    scanned = position_ + scanned_bytes;
  }
  if (position_ == buffer_.size()) return false;
  line.assign(buffer_, position_, std::string::npos);
  line_offset_ = consumed_;
  consumed_ += buffer_.size() - position_;
  position_ = buffer_.size();
  return true;
}

std::string ByteSource::read_all() {
  while (fill()) {
  }
  std::string rest = buffer_.substr(position_);
  consumed_ += rest.size();
  buffer_.clear();
  position_ = 0;
  return rest;
}

}  // namespace herald::io
