// Averaged perceptron weights over hashed features: a dense table for training and the compact
// sparse, quantized table that model files store and the tagger and parser score with.
#ifndef HERALD_SYNTAX_PERCEPTRON_H_
#define HERALD_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <span>
#include <vector>

#include "syntax/binary_io.h"

namespace herald::syntax {

// Weights for `classes` outcomes of 2^bits feature buckets. A feature hash selects a bucket
// by its low bits; a bucket's row holds only the classes whose weight survived pruning, as
// 16-bit integers (one scale for the whole table), so scoring sums integers and touches
// only the non-zero weights. Rows with many classes (frequent features such as a tag) are
// filled out to every class in memory, since a dense row adds much faster than scattered
// entries.
class WeightTable {
 public:
  uint32_t classes() const { return classes_; }
  size_t nonzero_count() const {
    size_t n = 0;
    for (const Entry& e : entries_) n += e.weight != 0;
    return n;
  }

  // scores[c] += weight(feature, c) for every stored class c.
  void add(uint64_t feature, int32_t* scores) const {
    const uint64_t bucket = feature & mask_;
    const uint32_t end = row_start_[bucket + 1];
    for (uint32_t i = row_start_[bucket]; i < end; ++i) scores[entries_[i].cls] += entries_[i].weight;
  }

  // add() for each of `features`, at most kMaxBatch of them. The rows are scattered over a
  // table much larger than the caches, so the batch first prefetches every row's bounds, then
  // every row, and only then sums: the memory latencies overlap instead of adding up.
  static constexpr size_t kMaxBatch = 128;
  void add_all(const uint64_t* features, size_t count, int32_t* scores) const {
    uint32_t begin[kMaxBatch];
    uint32_t end[kMaxBatch];
    for (size_t f = 0; f < count; ++f) __builtin_prefetch(&row_start_[features[f] & mask_]);
    for (size_t f = 0; f < count; ++f) {
      const uint64_t bucket = features[f] & mask_;
      begin[f] = row_start_[bucket];
      end[f] = row_start_[bucket + 1];
      __builtin_prefetch(&entries_[begin[f]]);
    }
    for (size_t f = 0; f < count; ++f) {
      const Entry* row = &entries_[begin[f]];
      if (end[f] - begin[f] == classes_) {  // a dense row: no scatter, so it vectorizes
        for (uint32_t c = 0; c < classes_; ++c) scores[c] += row[c].weight;
      } else {
        for (uint32_t i = 0; i < end[f] - begin[f]; ++i) scores[row[i].cls] += row[i].weight;
      }
    }
  }

  // A copy without the weights whose magnitude is below `least` (in the stored integer units),
  // which shrinks the model and its cache footprint at little cost in accuracy.
  WeightTable pruned(int32_t least) const;

  void write(BinaryWriter& out) const;
  static WeightTable read(BinaryReader& in);

 private:
  friend class TrainingTable;
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  void build_rows(std::vector<uint32_t> bucket_of_entry);

  uint32_t bits_ = 0;
  uint32_t classes_ = 0;
  uint64_t mask_ = 0;
  std::vector<uint32_t> row_start_;  // 2^bits + 1 offsets into entries_
  std::vector<Entry> entries_;
};

// The dense table a perceptron learns in. Averaging uses the usual lazy trick: besides the
// weights w it keeps u = sum of step * update, so the average over all steps is w - u/step
// without touching every weight at every step.
class TrainingTable {
 public:
  TrainingTable(uint32_t bits, uint32_t classes);

  uint32_t classes() const { return classes_; }
  void score(std::span<const uint64_t> features, float* scores) const;
  void update(std::span<const uint64_t> features, uint32_t cls, float delta);
  // Marks the end of one training example.
  void next_step() { ++step_; }

  // The averaged weights, quantized so that the largest becomes 32767, without those whose
  // quantized magnitude is below `min_weight`.
  WeightTable finalize(int32_t min_weight) const;

 private:
  uint32_t bits_;
  uint32_t classes_;
  uint64_t mask_;
  std::vector<float> weights_;
  std::vector<double> step_sums_;
  uint64_t step_ = 1;
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_PERCEPTRON_H_
