// Averaged perceptron weights over hashed features: a dense table for training and the compact
// sparse, quantized table that model files store and the tagger and parser score with.
#ifndef HERALD_SYNTAX_PERCEPTRON_H_
#define HERALD_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <span>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/huge_page_allocator.h"

namespace herald::syntax {

// Weights for `classes` outcomes of 2^bits feature buckets. A feature hash selects a bucket
// by its low bits; a bucket's row holds only the classes whose weight survived pruning, as
// 16-bit integers (one scale for the whole table), so scoring sums integers and touches
// only the non-zero weights. Rows with many classes (frequent features such as a tag) are
// stored dense, one weight per class and nothing else: they are the rows scoring reads most,
// and a plain array of 16-bit weights spans the fewest cache lines and adds with vector
// instructions. Other rows are (class, weight) pairs.
//
// Most buckets are empty (pruning leaves about one in seven of the parser's), so only
// non-empty rows are stored, and a bucket finds its row through a directory of one occupancy
// bit per bucket (with, per 64 buckets, the number of the first row): 1 MiB for the parser,
// where an index per bucket took 16 MiB that competed with the rows for the caches. An empty
// bucket costs no access beyond the directory. Every row has an 8-byte slot, at its number in
// an array: most rows have one or two entries (four in five of the parser's), and the slot
// holds them, so that a feature costs two dependent loads, the directory and the slot; the
// slot of a longer row says where in a second array the row is.
class WeightTable {
 public:
  // The magnitude the largest weight of a trained table is scaled to.
  static constexpr double kLargestWeight = 32767.0;

  uint32_t classes() const { return classes_; }
  size_t nonzero_count() const;
  // Distinct for every table built in the process (copies share it), so that caches of sums
  // can tell whether they were filled from this table.
  uint64_t identity() const { return identity_; }

  // scores[c] += weight(feature, c) for each of `features` and every stored class c, at most
  // kMaxBatch features. The rows are scattered over a table much larger than the caches, so
  // the batch first prefetches every feature's directory block, then every row's bounds, then
  // every row, and only then sums: the memory latencies overlap instead of adding up.
  //
  // A group may declare classes [skip_begin, skip_end) irrelevant (the parser's illegal
  // actions; skip_begin <= skip_end <= classes()): dense rows then neither load nor add them,
  // and its scores there are unspecified.
  static constexpr size_t kMaxBatch = 128;
  struct FeatureGroup {
    const uint64_t* features;
    size_t count;
    int32_t* scores;
    uint32_t skip_begin = 0, skip_end = 0;
  };
  void add_all(const uint64_t* features, size_t count, int32_t* scores) const {
    const FeatureGroup group{features, count, scores};
    add_groups({&group, 1});
  }
  // The same for several groups of features at once, each summed into its own scores (at
  // most kMaxBatch features in all): one batch of memory accesses for all of them.
  void add_groups(std::span<const FeatureGroup> groups) const;

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
  // Lays out the rows from entries grouped by bucket, in increasing bucket and class order.
  void build_rows(const std::vector<Entry>& entries, const std::vector<uint32_t>& bucket_of_entry);
  // The stored non-zero entries of one bucket, in class order.
  template <typename Visit>
  void for_each_entry(size_t bucket, const Visit& visit) const;

  // The row of a bucket, if the bucket has one.
  static constexpr uint32_t kNoRow = UINT32_MAX;
  uint32_t row_of(uint64_t bucket) const;
  size_t bucket_count() const { return size_t{1} << bits_; }

  uint32_t bits_ = 0;
  uint32_t classes_ = 0;
  uint64_t mask_ = 0;
  uint64_t identity_ = 0;
  // Per 64 buckets: which have a row, and the number of the first of those rows.
  struct alignas(16) Block {
    uint64_t occupied = 0;
    uint32_t first_row = 0;
  };
  std::vector<Block, HugePageAllocator<Block>> blocks_;
  // One per row. A short row is up to two (class, weight) pairs, padded with (0, 0), which adds
  // nothing. A long row's slot is {kLongRow, length, offset low, offset high}, its values at
  // that offset in long_rows_: a row of exactly classes_ values is dense, a sparse one is
  // (class, weight) pairs, and always shorter, since rows with a quarter of the classes or more
  // are made dense.
  struct alignas(8) Slot {
    int16_t values[4];
  };
  static constexpr int16_t kLongRow = -1;  // class 65535, beyond the largest table
  static constexpr uint32_t kShortRowEntries = 2;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<int16_t, HugePageAllocator<int16_t>> long_rows_;
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

  // The averaged weights, quantized so that the largest becomes kLargestWeight, without those whose
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
