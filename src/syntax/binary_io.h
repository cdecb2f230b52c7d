// Little-endian serialization for model files: an append-only writer and a bounds-checked
// reader that reports where a truncated or corrupt file went wrong.
#ifndef HERALD_SYNTAX_BINARY_IO_H_
#define HERALD_SYNTAX_BINARY_IO_H_

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

namespace herald::syntax {

class BinaryWriter {
 public:
  template <typename T>
  void put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out_.append(bytes, sizeof(T));
  }
  void put_varint(uint64_t value) {
    while (value >= 0x80) {
      out_.push_back(static_cast<char>(value | 0x80));
      value >>= 7;
    }
    out_.push_back(static_cast<char>(value));
  }
  void put_string(std::string_view s) {
    put_varint(s.size());
    out_.append(s);
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// Thrown for a malformed model file; the loader adds the file name.
class FormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class BinaryReader {
 public:
  explicit BinaryReader(std::string_view bytes) : bytes_(bytes) {}

  template <typename T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T));
    T value;
    std::memcpy(&value, bytes_.data() + position_, sizeof(T));
    position_ += sizeof(T);
    return value;
  }
  uint64_t get_varint() {
    uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const auto byte = get<uint8_t>();
      value |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    throw FormatError(where("varint too long"));
  }
  std::string_view get_bytes(size_t n) {
    need(n);
    std::string_view s = bytes_.substr(position_, n);
    position_ += n;
    return s;
  }
  std::string_view get_string() { return get_bytes(get_varint()); }
  size_t position() const { return position_; }
  size_t remaining() const { return bytes_.size() - position_; }
  bool at_end() const { return position_ == bytes_.size(); }
  std::string where(std::string_view what) const {
    return std::string(what) + " at byte " + std::to_string(position_);
  }

 private:
  void need(size_t n) const {
    if (bytes_.size() - position_ < n) throw FormatError(where("unexpected end of data"));
  }
  std::string_view bytes_;
  size_t position_ = 0;
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_BINARY_IO_H_
