// Internal: the flat hash tables PhraseMatcher reads per token — the words with the root's
// child along each, trie edges keyed by (node, label), and stem words keyed by their text so
// that every prefix of a token can be tried in one pass over its bytes.
#ifndef HERALD_SRC_LEXICON_MATCHER_TABLES_H_
#define HERALD_SRC_LEXICON_MATCHER_TABLES_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace herald::lexicon::detail {

// A fast hash of a short string, eight bytes at a time.
inline uint64_t hash_word(std::string_view text) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  uint64_t hash = text.size() * kMultiplier;
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, text.data() + i, 8);
    hash = (hash ^ chunk) * kMultiplier;
    hash ^= hash >> 29;
  }
  // Byte by byte: a memcpy of a variable length would be a library call.
  uint64_t tail = 0;
  for (unsigned shift = 0; i < text.size(); ++i, shift += 8) {
    tail |= uint64_t{static_cast<unsigned char>(text[i])} << shift;
  }
  hash = (hash ^ tail) * kMultiplier;
  return hash ^ (hash >> 32);
}

// The word table of the matcher: each word's id and the root's child along it in one 32-byte
// slot that also holds the word's first kInlineBytes bytes, so that looking up a token touches
// one cache line (two for longer words). The lookup is split in two so a caller can hash and
// prefetch the slots of a whole sentence before probing any, letting the memory reads overlap.
class WordTable {
 public:
  struct Entry {
    uint32_t word = UINT32_MAX;  // UINT32_MAX when the token is no word of the table
    uint32_t root_child = 0;     // the root's child along the exact word, or 0
  };

  // `words` in id order; root_children indexed by id.
  void build(std::span<const std::string_view> words, std::span<const uint32_t> root_children);

  static uint64_t hash(std::string_view text) { return hash_word(text); }
  void prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[hash >> shift_]); }

  // `hash` is hash(text).
  Entry find(std::string_view text, uint64_t hash) const {
    const auto tag = static_cast<uint32_t>(hash);
    for (size_t index = hash >> shift_;; index = (index + 1) & mask_) {
      const Slot& slot = slots_[index];
      if (slot.entry.word == UINT32_MAX) return Entry{};
      if (slot.tag == tag && slot.length == text.size() && same_text(slot, text)) {
        return slot.entry;
      }
    }
  }
  Entry find(std::string_view text) const { return find(text, hash(text)); }

  size_t memory_bytes() const { return slots_.capacity() * sizeof(Slot) + overflow_.capacity(); }

 private:
  static constexpr size_t kInlineBytes = 12;
  struct alignas(32) Slot {
    Entry entry;
    uint32_t tag = 0;  // the low half of the hash (the high bits chose the slot)
    uint32_t length = 0;
    uint32_t overflow = 0;         // where bytes past kInlineBytes start in overflow_
    char text[kInlineBytes] = {};  // the first bytes of the word, zero-padded
  };
  static_assert(sizeof(Slot) == 32);

  bool same_text(const Slot& slot, std::string_view text) const {
    const size_t head = text.size() < kInlineBytes ? text.size() : kInlineBytes;
    if (std::memcmp(slot.text, text.data(), head) != 0) return false;
    if (text.size() <= kInlineBytes) return true;
    return std::memcmp(overflow_.data() + slot.overflow, text.data() + kInlineBytes,
                       text.size() - kInlineBytes) == 0;
  }

  std::vector<Slot> slots_ = std::vector<Slot>(2);  // as build() leaves an empty table
  std::string overflow_;
  size_t mask_ = 1;
  unsigned shift_ = 63;
};

// An edge of the phrase trie. The label packs a word id with how the word matches:
// word << 2 | stem << 1 | gap_before (see edge_label in phrase_matcher.cc). Child 0 is never
// an edge's target (node 0 is the root), so it marks an empty slot.
struct TrieEdge {
  uint32_t node = 0;
  uint32_t label = 0;
  uint32_t child = 0;
};

// Open addressing with linear probing, at most half full, so a miss usually costs one probe.
class EdgeTable {
 public:
  void build(std::span<const TrieEdge> edges);

  // The child of `node` along `label`, or 0 when there is none.
  uint32_t child(uint32_t node, uint32_t label) const {
    size_t index = slot_of(node, label);
    for (;;) {
      const TrieEdge& slot = slots_[index];
      if (slot.child == 0) return 0;
      if (slot.node == node && slot.label == label) return slot.child;
      index = (index + 1) & mask_;
    }
  }

  size_t memory_bytes() const { return slots_.capacity() * sizeof(TrieEdge); }

 private:
  size_t slot_of(uint32_t node, uint32_t label) const {
    const uint64_t key = (uint64_t{node} << 32) | label;
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }

  std::vector<TrieEdge> slots_ = std::vector<TrieEdge>(2);  // as build() leaves an empty table
  size_t mask_ = 1;
  unsigned shift_ = 63;
};

// A stem word of some phrase, and the root's child along it (0 when no phrase begins with it).
struct StemWord {
  std::string_view text;  // folded
  uint32_t word = 0;
  uint32_t root_child = 0;
};

// The stem words of all phrases. A token is matched against them by hashing its prefixes
// incrementally (FNV-1a, one multiply per byte) and probing only the prefix lengths some stem
// has, so the cost depends on the token's length, not on the number of stems. A bit array of
// about 16 bits per stem (a one-hash Bloom filter small enough to stay in cache) turns away
// most prefixes before the table is read.
class StemTable {
 public:
  void build(std::span<const StemWord> stems);
  size_t memory_bytes() const {
    return slots_.capacity() * sizeof(Slot) + text_.capacity() +
           filter_.capacity() * sizeof(uint64_t);
  }

  // A prefix of a token that may be a stem word: some stem has its length and the filter
  // lets its hash through.
  struct Candidate {
    uint64_t hash = 0;
    uint32_t length = 0;
  };
  struct Match {
    uint32_t word = UINT32_MAX;  // UINT32_MAX when the prefix is no stem word
    uint32_t root_child = 0;
  };

  // Calls candidate(Candidate) for each prefix of `token` that may be a stem word, shortest
  // first, having asked for the table slot it will be looked up in: a caller can gather the
  // candidates of a whole sentence before resolving any, so that the reads overlap.
  template <typename OnCandidate>
  void for_each_candidate(std::string_view token, OnCandidate&& candidate) const {
    if (count_ == 0 || token.size() < min_length_) return;
    const size_t longest = token.size() < max_length_ ? token.size() : max_length_;
    uint64_t hash = kFnvOffset;
    for (size_t length = 1; length <= longest; ++length) {
      hash = (hash ^ static_cast<unsigned char>(token[length - 1])) * kFnvPrime;
      if (length < 64 && !((length_mask_ >> length) & 1u)) continue;
      const uint64_t bit = (hash * 0xD6E8FEB86659FD93ull) >> filter_shift_;
      if (!((filter_[bit >> 6] >> (bit & 63)) & 1u)) continue;
      __builtin_prefetch(&slots_[slot_of(hash)]);
      candidate(Candidate{hash, static_cast<uint32_t>(length)});
    }
  }

  // The stem word that is the first `c.length` bytes of `token`, if there is one.
  Match find(std::string_view token, Candidate c) const {
    for (size_t index = slot_of(c.hash);; index = (index + 1) & mask_) {
      const Slot& slot = slots_[index];
      if (slot.length == 0) return Match{};
      if (slot.hash == c.hash && slot.length == c.length &&
          std::memcmp(text_.data() + slot.text, token.data(), c.length) == 0) {
        return Match{slot.word, slot.root_child};
      }
    }
  }

 private:
  static constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ull;
  static constexpr uint64_t kFnvPrime = 0x100000001b3ull;
  struct Slot {
    uint64_t hash = 0;
    uint32_t text = 0;    // offset in text_
    uint32_t length = 0;  // 0: empty slot
    uint32_t word = 0;
    uint32_t root_child = 0;
  };
  static uint64_t hash_of(std::string_view text);
  size_t slot_of(uint64_t hash) const {
    return static_cast<size_t>((hash * 0x9E3779B97F4A7C15ull) >> shift_);
  }

  std::vector<Slot> slots_ = std::vector<Slot>(2);  // as build() leaves an empty table
  std::string text_;
  size_t mask_ = 1;
  unsigned shift_ = 63;
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(1);
  unsigned filter_shift_ = 58;  // 64 - log2(bits in filter_)
  size_t count_ = 0;
  size_t min_length_ = 0;
  size_t max_length_ = 0;
  uint64_t length_mask_ = 0;  // bit n set: some stem has n bytes (n < 64; longer ones always tried)
};

}  // namespace herald::lexicon::detail

#endif  // HERALD_SRC_LEXICON_MATCHER_TABLES_H_
