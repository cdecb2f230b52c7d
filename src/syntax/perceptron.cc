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
  const auto row_length = [&](uint32_t count) -> size_t {
    return count == 0 ? 0 : count >= dense_from ? classes_ : 2 * size_t{count};
  };
  size_t rows = 0;
  size_t pool_size = 0;
  for (uint32_t count : counts) {
    rows += count > 0;
    pool_size += row_length(count);
  }
  // Sized once, so that each array is a single block (and a single huge-page allocation).
  blocks_.assign((buckets + 63) / 64, Block{});
  row_start_.assign(rows + 1, 0);
  pool_.assign(pool_size, 0);
  size_t next = 0;
  size_t at = 0;
  uint32_t row = 0;
  for (size_t b = 0; b < buckets; ++b) {
    Block& block = blocks_[b / 64];
    if (b % 64 == 0) block.first_row = row;
    const uint32_t count = counts[b];
    if (count == 0) continue;
    block.occupied |= uint64_t{1} << (b % 64);
    if (count >= dense_from) {
      for (uint32_t i = 0; i < count; ++i) pool_[at + entries[next + i].cls] = entries[next + i].weight;
    } else {
      for (uint32_t i = 0; i < count; ++i) {
        pool_[at + 2 * i] = static_cast<int16_t>(entries[next + i].cls);
        pool_[at + 2 * i + 1] = entries[next + i].weight;
      }
    }
    next += count;
    at += row_length(count);
    row_start_[++row] = static_cast<uint32_t>(at);
  }
}

uint32_t WeightTable::row_of(uint64_t bucket) const {
  const Block& block = blocks_[bucket / 64];
  const uint64_t bit = uint64_t{1} << (bucket % 64);
  if ((block.occupied & bit) == 0) return kNoRow;
  return block.first_row + static_cast<uint32_t>(std::popcount(block.occupied & (bit - 1)));
}

template <typename Visit>
void WeightTable::for_each_entry(size_t bucket, const Visit& visit) const {
  const uint32_t r = row_of(bucket);
  if (r == kNoRow) return;
  const uint32_t begin = row_start_[r];
  const uint32_t length = row_start_[r + 1] - begin;
  const int16_t* row = pool_.data() + begin;
  if (length == classes_) {
    for (uint32_t c = 0; c < classes_; ++c) {
      if (row[c] != 0) visit(c, row[c]);
    }
  } else {
    for (uint32_t i = 0; i < length; i += 2) visit(static_cast<uint16_t>(row[i]), row[i + 1]);
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
  const int16_t* __restrict pool = pool_.data();
  const uint32_t* __restrict row_start = row_start_.data();
  const Block* __restrict blocks = blocks_.data();
  const uint32_t classes = classes_;
  const uint64_t mask = mask_;
  // Three rounds, each issuing all its loads before the next needs them: the directory
  // blocks, the offsets of the non-empty rows, the rows.
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
      __builtin_prefetch(&row_start[r]);
      rows[found] = r;
      group_of_row[found++] = &group;
    }
  }
  uint32_t begin[kMaxBatch];
  uint32_t end[kMaxBatch];
  for (size_t f = 0; f < found; ++f) {
    begin[f] = row_start[rows[f]];
    end[f] = row_start[rows[f] + 1];
    const int16_t* row = pool + begin[f];
    if (end[f] - begin[f] == classes) {
      const uint32_t skip_begin = group_of_row[f]->skip_begin, skip_end = group_of_row[f]->skip_end;
      for (uint32_t c = 0; c < skip_begin; c += 32) __builtin_prefetch(row + c);
      for (uint32_t c = skip_end; c < classes; c += 32) __builtin_prefetch(row + c);
      __builtin_prefetch(row + classes - 1);
    } else {
      __builtin_prefetch(row);
    }
  }
  for (size_t f = 0; f < found; ++f) {
    int32_t* __restrict scores = group_of_row[f]->scores;
    const int16_t* row = pool + begin[f];
    const uint32_t length = end[f] - begin[f];
    if (length == classes) {
      const uint32_t skip_begin = group_of_row[f]->skip_begin, skip_end = group_of_row[f]->skip_end;
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
