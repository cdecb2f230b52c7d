// An open-addressing map from 64-bit keys (hashes of words) to 32-bit values, built once when a
// model loads and then only read: one probe sequence in a flat array, no allocation on lookup.
#ifndef HERALD_SYNTAX_HASH_INDEX_H_
#define HERALD_SYNTAX_HASH_INDEX_H_

#include <cstdint>
#include <optional>
#include <vector>

namespace herald::syntax {

class HashIndex {
 public:
  void reserve(size_t count) {
    size_t capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    keys_.assign(capacity, 0);
    values_.assign(capacity, 0);
    size_ = 0;
  }

  // Key 0 marks an empty slot, so it is stored as 1 (a 2^-64 collision, harmless here).
  void insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > keys_.size()) grow();
    key = key == 0 ? 1 : key;
    size_t i = slot(key);
    if (keys_[i] == 0) ++size_;
    keys_[i] = key;
    values_[i] = value;
  }

  std::optional<uint32_t> find(uint64_t key) const {
    if (keys_.empty()) return std::nullopt;
    key = key == 0 ? 1 : key;
    const size_t i = slot(key);
    if (keys_[i] == key) return values_[i];
    return std::nullopt;
  }

  size_t size() const { return size_; }

 private:
  size_t slot(uint64_t key) const {
    const size_t mask = keys_.size() - 1;
    size_t i = (key >> 7) & mask;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask;
    return i;
  }

  void grow() {
    std::vector<uint64_t> keys = std::move(keys_);
    std::vector<uint32_t> values = std::move(values_);
    reserve(keys.empty() ? 8 : keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] != 0) insert(keys[i], values[i]);
    }
  }

  std::vector<uint64_t> keys_;
  std::vector<uint32_t> values_;
  size_t size_ = 0;
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_HASH_INDEX_H_
