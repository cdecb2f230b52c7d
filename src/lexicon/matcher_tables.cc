#include "lexicon/matcher_tables.h"

#include <algorithm>
#include <bit>

namespace herald::lexicon::detail {
namespace {

// A power of two at least twice `count` (and at least 2), and the shift that maps a 64-bit
// hash onto it.
size_t table_size(size_t count, unsigned& shift) {
  const size_t size = std::bit_ceil(count * 2 < 2 ? size_t{2} : count * 2);
  shift = 64 - static_cast<unsigned>(std::countr_zero(size));
  return size;
}

}  // namespace

void WordTable::build(std::span<const std::string_view> words,
                      std::span<const uint32_t> root_children) {
  slots_.assign(table_size(words.size(), shift_), Slot{});
  mask_ = slots_.size() - 1;
  overflow_.clear();
  for (size_t id = 0; id < words.size(); ++id) {
    const std::string_view word = words[id];
    const uint64_t hash = hash_word(word);
    Slot slot;
    slot.entry.word = static_cast<uint32_t>(id);
    slot.entry.root_child = root_children[id];
    slot.tag = static_cast<uint32_t>(hash);
    slot.length = static_cast<uint32_t>(word.size());
    std::memcpy(slot.text, word.data(), std::min(word.size(), kInlineBytes));
    if (word.size() > kInlineBytes) {
      slot.overflow = static_cast<uint32_t>(overflow_.size());
      overflow_.append(word.substr(kInlineBytes));
    }
    size_t index = hash >> shift_;
    while (slots_[index].entry.word != UINT32_MAX) index = (index + 1) & mask_;
    slots_[index] = slot;
  }
}

void EdgeTable::build(std::span<const TrieEdge> edges) {
  slots_.assign(table_size(edges.size(), shift_), TrieEdge{});
  mask_ = slots_.size() - 1;
  for (const TrieEdge& edge : edges) {
    size_t index = slot_of(edge.node, edge.label);
    while (slots_[index].child != 0) index = (index + 1) & mask_;
    slots_[index] = edge;
  }
}

uint64_t StemTable::hash_of(std::string_view text) {
  uint64_t hash = kFnvOffset;
  for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return hash;
}

void StemTable::build(std::span<const StemWord> stems) {
  slots_.assign(table_size(stems.size(), shift_), Slot{});
  mask_ = slots_.size() - 1;
  count_ = 0;
  text_.clear();
  min_length_ = SIZE_MAX;
  max_length_ = 0;
  length_mask_ = 0;
  for (const StemWord& stem : stems) {
    if (stem.text.empty()) continue;  // words are never empty; an empty one would match all
    Slot slot;
    slot.hash = hash_of(stem.text);
    slot.text = static_cast<uint32_t>(text_.size());
    slot.length = static_cast<uint32_t>(stem.text.size());
    slot.word = stem.word;
    slot.root_child = stem.root_child;
    text_.append(stem.text);
    size_t index = slot_of(slot.hash);
    while (slots_[index].length != 0) index = (index + 1) & mask_;
    slots_[index] = slot;
    ++count_;
    min_length_ = std::min(min_length_, stem.text.size());
    max_length_ = std::max(max_length_, stem.text.size());
    if (stem.text.size() < 64) length_mask_ |= uint64_t{1} << stem.text.size();
  }
  if (count_ == 0) min_length_ = 0;
  // 16 bits per stem, at least one word of 64 bits.
  unsigned filter_bits_log2 = 6;
  while ((size_t{1} << filter_bits_log2) < count_ * 16) ++filter_bits_log2;
  filter_.assign((size_t{1} << filter_bits_log2) / 64, 0);
  filter_shift_ = 64 - filter_bits_log2;
  for (const Slot& slot : slots_) {
    if (slot.length == 0) continue;
    const uint64_t bit = (slot.hash * 0xD6E8FEB86659FD93ull) >> filter_shift_;
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
}

}  // namespace herald::lexicon::detail
