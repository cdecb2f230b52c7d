#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

#include "herald/lexicon.h"

namespace herald::lexicon {

namespace {

// Blocks start small, so a table of a few codes costs little, and double up to this size.
constexpr size_t kFirstBlockSize = 256;
constexpr size_t kMaxBlockSize = 64 * 1024;

uint64_t hash_name(std::string_view name) { return std::hash<std::string_view>{}(name); }

}  // namespace

uint32_t SymbolTable::find(std::string_view name) const {
  if (slots_.empty()) return kNotFound;
  const uint64_t hash = hash_name(name);
  const uint64_t tag = hash >> 32;
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const uint64_t slot = slots_[i];
    if (slot == 0) return kNotFound;
    if ((slot >> 32) == tag) {
      const auto id = static_cast<uint32_t>(slot & 0xFFFFFFFFu) - 1;
      if (names_[id] == name) return id;
    }
  }
}

uint32_t SymbolTable::intern(std::string_view name) {
  if (const uint32_t id = find(name); id != kNotFound) return id;
  if ((names_.size() + 1) * 2 > slots_.size()) grow();
  const auto id = static_cast<uint32_t>(names_.size());
  names_.push_back(store(name));
  const uint64_t hash = hash_name(name);
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = (hash >> 32 << 32) | (uint64_t{id} + 1);
  return id;
}

std::string_view SymbolTable::store(std::string_view name) {
  if (name.size() > block_free_ || blocks_.empty()) {
    const size_t grown =
        std::min(kMaxBlockSize, kFirstBlockSize << std::min<size_t>(blocks_.size(), 16));
    const size_t size = std::max(grown, name.size());
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    block_free_ = size;
    block_cursor_ = blocks_.back().get();
  }
  char* const at = block_cursor_;
  if (!name.empty()) std::memcpy(at, name.data(), name.size());
  block_cursor_ += name.size();
  block_free_ -= name.size();
  return std::string_view(at, name.size());
}

void SymbolTable::grow() {
  std::vector<uint64_t> slots(slots_.empty() ? 16 : slots_.size() * 2, 0);
  const size_t mask = slots.size() - 1;
  for (const uint64_t slot : slots_) {
    if (slot == 0) continue;
    const std::string_view name = names_[(slot & 0xFFFFFFFFu) - 1];
    size_t i = hash_name(name) & mask;
    while (slots[i] != 0) i = (i + 1) & mask;
    slots[i] = slot;
  }
  slots_ = std::move(slots);
}

namespace {

constexpr std::string_view kRightSingleQuote = "\xE2\x80\x99";  // U+2019

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

void fold_bytes(std::string_view word, std::string& out) {
  out.clear();
  out.reserve(word.size());
  for (const char c : word) out.push_back(ascii_lower(c));
}

}  // namespace

void fold_word(std::string_view word, std::string& out) {
  if (is_ascii(word)) {
    fold_bytes(word, out);
    return;
  }
  std::string apostrophes;
  std::string_view input = word;
  if (word.find(kRightSingleQuote) != std::string_view::npos) {
    apostrophes.reserve(word.size());
    for (size_t i = 0; i < word.size();) {
      if (word.substr(i, kRightSingleQuote.size()) == kRightSingleQuote) {
        apostrophes.push_back('\'');
        i += kRightSingleQuote.size();
      } else {
        apostrophes.push_back(word[i++]);
      }
    }
    input = apostrophes;
  }
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(input.data()),
      static_cast<utf8proc_ssize_t>(input.size()), &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  if (length < 0) {
    fold_bytes(input, out);
  } else {
    out.assign(reinterpret_cast<const char*>(folded), static_cast<size_t>(length));
  }
  std::free(folded);
}

std::string fold_word(std::string_view word) {
  std::string out;
  fold_word(word, out);
  return out;
}

std::string fold_code(std::string_view code) {
  std::string out(code);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return out;
}

}  // namespace herald::lexicon
