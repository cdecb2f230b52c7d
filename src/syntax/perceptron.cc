#include "syntax/perceptron.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstdlib>

namespace herald::syntax {

namespace {

uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

}  // namespace

void WeightTable::build_rows(const std::vector<Entry>& entries, const std::vector<uint32_t>& bucket_of_entry) {
  static std::atomic<uint64_t> tables_built{0};
  identity_ = ++tables_built;
  mask_ = (uint64_t{1} << bits_) - 1;
  const size_t buckets = bucket_count();
  std::vector<uint32_t> counts(buckets, 0);
  for (uint32_t bucket : bucket_of_entry) ++counts[bucket];
  const uint32_t dense_from = std::max<uint32_t>(classes_ / 4, 1);
  const auto long_row_length = [&](uint32_t count) -> size_t {
    return count <= kShortRowEntries ? 0 : count >= dense_from ? classes_ : 2 * size_t{count};
  };
  size_t rows = 0;
  size_t long_size = 0;
  for (uint32_t count : counts) {
    rows += count > 0;
    long_size += long_row_length(count);
  }
  if (long_size > UINT32_MAX) throw FormatError("weight table too large");
  // Sized once, so that each array is a single block (and a single huge-page allocation).
  blocks_.assign((buckets + 63) / 64, Block{});
  slots_.assign(rows, Slot{});
  long_rows_.assign(long_size, 0);
  size_t next = 0;
  size_t at = 0;
  uint32_t row = 0;
  for (size_t b = 0; b < buckets; ++b) {
    Block& block = blocks_[b / 64];
    if (b % 64 == 0) block.first_row = row;
    const uint32_t count = counts[b];
    if (count == 0) continue;
    block.occupied |= uint64_t{1} << (b % 64);
    int16_t* slot = slots_[row++].values;
    if (count <= kShortRowEntries) {
      for (uint32_t i = 0; i < count; ++i) {
        slot[2 * i] = static_cast<int16_t>(entries[next + i].cls);
        slot[2 * i + 1] = entries[next + i].weight;
      }
    } else {
      const size_t length = long_row_length(count);
      slot[0] = kLongRow;
      slot[1] = static_cast<int16_t>(static_cast<uint16_t>(length));
      slot[2] = static_cast<int16_t>(static_cast<uint16_t>(at));
      slot[3] = static_cast<int16_t>(static_cast<uint16_t>(at >> 16));
      int16_t* values = long_rows_.data() + at;
      for (uint32_t i = 0; i < count; ++i) {
        const Entry& entry = entries[next + i];
        if (length == classes_) {
          values[entry.cls] = entry.weight;
        } else {
          values[2 * i] = static_cast<int16_t>(entry.cls);
          values[2 * i + 1] = entry.weight;
        }
      }
      at += length;
    }
    next += count;
  }
}

uint32_t WeightTable::row_of(uint64_t bucket) const {
  const Block& block = blocks_[bucket / 64];
  const uint64_t bit = uint64_t{1} << (bucket % 64);
  if ((block.occupied & bit) == 0) return kNoRow;
  return block.first_row + static_cast<uint32_t>(std::popcount(block.occupied & (bit - 1)));
}

namespace {

// Where a long row's values are, from its slot.
struct LongRow {
  uint32_t offset;
  uint32_t length;
};

LongRow long_row(const int16_t* slot) {
  return {static_cast<uint32_t>(static_cast<uint16_t>(slot[2])) |
              static_cast<uint32_t>(static_cast<uint16_t>(slot[3])) << 16,
          static_cast<uint16_t>(slot[1])};
}

}  // namespace

template <typename Visit>
void WeightTable::for_each_entry(size_t bucket, const Visit& visit) const {
  const uint32_t r = row_of(bucket);
  if (r == kNoRow) return;
  const int16_t* slot = slots_[r].values;
  if (slot[0] != kLongRow) {
    for (uint32_t i = 0; i < kShortRowEntries; ++i) {
      if (slot[2 * i + 1] != 0) visit(static_cast<uint16_t>(slot[2 * i]), slot[2 * i + 1]);
    }
    return;
  }
  const LongRow where = long_row(slot);
  const int16_t* row = long_rows_.data() + where.offset;
  if (where.length == classes_) {
    for (uint32_t c = 0; c < classes_; ++c) {
      if (row[c] != 0) visit(c, row[c]);
    }
  } else {
    for (uint32_t i = 0; i < where.length; i += 2) visit(static_cast<uint16_t>(row[i]), row[i + 1]);
  }
}

size_t WeightTable::nonzero_count() const {
  size_t n = 0;
  for (size_t b = 0; b < bucket_count(); ++b) for_each_entry(b, [&](uint32_t, int16_t) { ++n; });
  return n;
}

// Compiled for AVX2 as well as for the baseline, chosen at load time: a dense row then adds
// eight weights per instruction.
__attribute__((target_clones("avx2", "default"))) void WeightTable::add_groups(
    std::span<const FeatureGroup> groups) const {
  // Locals, so that the compiler knows the stores to scores change neither the bounds nor the
  // table, and vectorizes the dense loops.
  const int16_t* __restrict long_rows = long_rows_.data();
  const Slot* __restrict slots = slots_.data();
  const Block* __restrict blocks = blocks_.data();
  const uint32_t classes = classes_;
  const uint64_t mask = mask_;
  // Rounds, each issuing all its loads before the next needs them: the directory blocks, the
  // slots of the non-empty rows (short rows are summed from there), the long rows.
  for (const FeatureGroup& group : groups) {
    for (size_t f = 0; f < group.count; ++f) __builtin_prefetch(&blocks[(group.features[f] & mask) / 64]);
  }
  uint32_t rows[kMaxBatch];
  const FeatureGroup* group_of_row[kMaxBatch];
  size_t found = 0;
  for (const FeatureGroup& group : groups) {
    for (size_t f = 0; f < group.count; ++f) {
      const uint64_t bucket = group.features[f] & mask;
      const Block& block = blocks[bucket / 64];
      const uint64_t bit = uint64_t{1} << (bucket % 64);
      if ((block.occupied & bit) == 0) continue;
      const uint32_t r = block.first_row + static_cast<uint32_t>(std::popcount(block.occupied & (bit - 1)));
      __builtin_prefetch(&slots[r]);
      rows[found] = r;
      group_of_row[found++] = &group;
    }
  }
  LongRow long_rows_found[kMaxBatch];
  const FeatureGroup* group_of_long_row[kMaxBatch];
  size_t long_found = 0;
  for (size_t f = 0; f < found; ++f) {
    const int16_t* slot = slots[rows[f]].values;
    if (slot[0] != kLongRow) {
      int32_t* __restrict scores = group_of_row[f]->scores;
      scores[static_cast<uint16_t>(slot[0])] += slot[1];
      scores[static_cast<uint16_t>(slot[2])] += slot[3];
      continue;
    }
    const LongRow where = long_row(slot);
    const int16_t* row = long_rows + where.offset;
    if (where.length == classes) {
      const uint32_t skip_begin = group_of_row[f]->skip_begin, skip_end = group_of_row[f]->skip_end;
      for (uint32_t c = 0; c < skip_begin; c += 32) __builtin_prefetch(row + c);
      for (uint32_t c = skip_end; c < classes; c += 32) __builtin_prefetch(row + c);
      __builtin_prefetch(row + classes - 1);
    } else {
      __builtin_prefetch(row);
      __builtin_prefetch(row + where.length - 1);
    }
    long_rows_found[long_found] = where;
    group_of_long_row[long_found++] = group_of_row[f];
  }
  for (size_t f = 0; f < long_found; ++f) {
    int32_t* __restrict scores = group_of_long_row[f]->scores;
    const int16_t* row = long_rows + long_rows_found[f].offset;
    const uint32_t length = long_rows_found[f].length;
    if (length == classes) {
      const uint32_t skip_begin = group_of_long_row[f]->skip_begin, skip_end = group_of_long_row[f]->skip_end;
      for (uint32_t c = 0; c < skip_begin; ++c) scores[c] += row[c];
      for (uint32_t c = skip_end; c < classes; ++c) scores[c] += row[c];
    } else {
      for (uint32_t i = 0; i < length; i += 2) scores[static_cast<uint16_t>(row[i])] += row[i + 1];
    }
  }
}

WeightTable WeightTable::pruned(int32_t least) const {
  WeightTable table;
  table.bits_ = bits_;
  table.classes_ = classes_;
  std::vector<Entry> entries;
  std::vector<uint32_t> bucket_of_entry;
  for (size_t b = 0; b < bucket_count(); ++b) {
    for_each_entry(b, [&](uint32_t cls, int16_t weight) {
      if (std::abs(static_cast<int32_t>(weight)) < least) return;
      entries.push_back({static_cast<uint16_t>(cls), weight});
      bucket_of_entry.push_back(static_cast<uint32_t>(b));
    });
  }
  table.build_rows(entries, bucket_of_entry);
  return table;
}

// Layout: bits, classes, number of non-empty rows, then per row the bucket (as the distance
// from the previous row's), the entry count, and per entry the class and the zigzag-encoded
// weight. Small numbers dominate, so varints keep the file compact.
void WeightTable::write(BinaryWriter& out) const {
  out.put<uint32_t>(bits_);
  out.put<uint32_t>(classes_);
  auto nonzero = [&](size_t b) {
    uint32_t n = 0;
    for_each_entry(b, [&](uint32_t, int16_t) { ++n; });
    return n;
  };
  uint64_t rows = 0;
  for (size_t b = 0; b < bucket_count(); ++b) rows += nonzero(b) > 0;
  out.put_varint(rows);
  uint64_t previous = 0;
  for (size_t b = 0; b < bucket_count(); ++b) {
    const uint32_t count = nonzero(b);
    if (count == 0) continue;
    out.put_varint(b - previous);
    previous = b;
    out.put_varint(count);
    for_each_entry(b, [&](uint32_t cls, int16_t weight) {
      out.put_varint(cls);
      out.put_varint(zigzag(weight));
    });
  }
}

WeightTable WeightTable::read(BinaryReader& in) {
  WeightTable table;
  table.bits_ = in.get<uint32_t>();
  table.classes_ = in.get<uint32_t>();
  if (table.bits_ == 0 || table.bits_ > 26 || table.classes_ == 0 || table.classes_ > 65535) {
    throw FormatError(in.where("implausible weight table dimensions"));
  }
  const uint64_t rows = in.get_varint();
  std::vector<Entry> entries;
  std::vector<uint32_t> bucket_of_entry;
  uint64_t bucket = 0;
  for (uint64_t r = 0; r < rows; ++r) {
    const uint64_t delta = in.get_varint();
    if (r > 0 && delta == 0) throw FormatError(in.where("weight rows out of order"));
    bucket += delta;
    if (bucket >> table.bits_) throw FormatError(in.where("weight row outside the table"));
    const uint64_t count = in.get_varint();
    if (count > table.classes_) throw FormatError(in.where("weight row too long"));
    uint64_t previous_class = 0;
    for (uint64_t i = 0; i < count; ++i) {
      const uint64_t cls = in.get_varint();
      const int64_t weight = unzigzag(in.get_varint());
      if (cls >= table.classes_ || weight == 0 || weight < INT16_MIN || weight > INT16_MAX ||
          (i > 0 && cls <= previous_class)) {
        throw FormatError(in.where("weight entry out of range or order"));
      }
      previous_class = cls;
      entries.push_back({static_cast<uint16_t>(cls), static_cast<int16_t>(weight)});
      bucket_of_entry.push_back(static_cast<uint32_t>(bucket));
    }
  }
  table.build_rows(entries, bucket_of_entry);
  return table;
}

TrainingTable::TrainingTable(uint32_t bits, uint32_t classes)
    : bits_(bits),
      classes_(classes),
      mask_((uint64_t{1} << bits) - 1),
      weights_((size_t{1} << bits) * classes, 0.0f),
      step_sums_((size_t{1} << bits) * classes, 0.0) {}

void TrainingTable::score(std::span<const uint64_t> features, float* scores) const {
  std::fill(scores, scores + classes_, 0.0f);
  for (uint64_t f : features) {
    const float* row = &weights_[(f & mask_) * classes_];
    for (uint32_t c = 0; c < classes_; ++c) scores[c] += row[c];
  }
}

void TrainingTable::update(std::span<const uint64_t> features, uint32_t cls, float delta) {
  for (uint64_t f : features) {
    const size_t i = (f & mask_) * classes_ + cls;
    weights_[i] += delta;
    step_sums_[i] += static_cast<double>(step_) * delta;
  }
}

WeightTable TrainingTable::finalize(int32_t min_weight) const {
  const double steps = static_cast<double>(step_);
  std::vector<float> averaged(weights_.size());
  double largest = 0;
  for (size_t i = 0; i < weights_.size(); ++i) {
    averaged[i] = static_cast<float>(weights_[i] - step_sums_[i] / steps);
    largest = std::max(largest, std::fabs(static_cast<double>(averaged[i])));
  }
  WeightTable table;
  table.bits_ = bits_;
  table.classes_ = classes_;
  const double scale = largest > 0 ? WeightTable::kLargestWeight / largest : 1.0;
  std::vector<WeightTable::Entry> entries;
  std::vector<uint32_t> bucket_of_entry;
  for (size_t i = 0; i < averaged.size(); ++i) {
    const auto q = static_cast<int32_t>(std::lround(averaged[i] * scale));
    if (q == 0 || std::abs(q) < min_weight) continue;
    entries.push_back({static_cast<uint16_t>(i % classes_), static_cast<int16_t>(q)});
    bucket_of_entry.push_back(static_cast<uint32_t>(i / classes_));
  }
  table.build_rows(entries, bucket_of_entry);
  return table;
}

}  // namespace herald::syntax
