// The scoring table of the tagger and parser: whatever the length of a row (one or two entries
// kept in its slot, longer sparse rows, dense rows), scoring adds exactly the learned weights,
// also after pruning and a round trip through the file format.
#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "syntax/binary_io.h"
#include "syntax/perceptron.h"

namespace herald::syntax {
namespace {

constexpr uint32_t kBits = 6;
constexpr uint32_t kClasses = 40;  // rows of 10 entries or more are dense

// Rows by feature (bucket): class -> weight. The largest magnitude is the table's scale, so the
// quantized weights are these numbers exactly.
const std::map<uint64_t, std::map<uint32_t, int32_t>>& rows() {
  static const std::map<uint64_t, std::map<uint32_t, int32_t>> table = [] {
    std::map<uint64_t, std::map<uint32_t, int32_t>> r;
    r[1] = {{7, 32767}};                                    // one entry
    r[2] = {{0, -5}, {39, 300}};                            // two, at both ends of the classes
    r[3] = {{3, 40}, {4, -41}, {20, 42}};                   // a long sparse row
    r[4] = {{1, 1}, {2, 2}, {5, 3}, {8, 4}, {13, -5}, {21, 6}, {34, 7}, {38, -8}, {39, 9}};
    for (uint32_t c = 0; c < kClasses; c += 2) r[5][c] = 100 + static_cast<int32_t>(c);  // dense
    r[63] = {{12, -32767}};
    return r;
  }();
  return table;
}

// One training step that sets every weight of rows(): the averaged weight after it is half the
// update, the same for all, so quantization restores the numbers.
WeightTable build_table() {
  TrainingTable training(kBits, kClasses);
  for (const auto& [feature, row] : rows()) {
    for (const auto& [cls, weight] : row) training.update({&feature, 1}, cls, static_cast<float>(weight));
  }
  training.next_step();
  return training.finalize(0);
}

void expect_scores(const WeightTable& table, std::vector<uint64_t> features) {
  std::vector<int32_t> expected(kClasses, 0);
  for (uint64_t f : features) {
    const auto row = rows().find(f & ((uint64_t{1} << kBits) - 1));
    if (row == rows().end()) continue;
    for (const auto& [cls, weight] : row->second) expected[cls] += weight;
  }
  std::vector<int32_t> scores(kClasses, 0);
  table.add_all(features.data(), features.size(), scores.data());
  EXPECT_EQ(scores, expected);
}

TEST(WeightTable, EveryRowLengthScoresItsWeights) {
  const WeightTable table = build_table();
  for (const auto& [feature, row] : rows()) {
    SCOPED_TRACE(feature);
    expect_scores(table, {feature});
  }
  expect_scores(table, {1, 2, 3, 4, 5, 63, 9, 10});  // with empty buckets among them
  expect_scores(table, {2, 2, 4 + (uint64_t{1} << kBits)});  // repeats and hash bits above the mask
  size_t entries = 0;
  for (const auto& [feature, row] : rows()) entries += row.size();
  EXPECT_EQ(table.nonzero_count(), entries);
}

TEST(WeightTable, GroupsSumIntoTheirOwnScores) {
  const WeightTable table = build_table();
  const uint64_t first[] = {1, 3};
  const uint64_t second[] = {2, 5, 4};
  std::vector<int32_t> first_scores(kClasses, 0), second_scores(kClasses, 0);
  const WeightTable::FeatureGroup groups[] = {{first, 2, first_scores.data()}, {second, 3, second_scores.data()}};
  table.add_groups(groups);
  std::vector<int32_t> expected_first(kClasses, 0), expected_second(kClasses, 0);
  table.add_all(first, 2, expected_first.data());
  table.add_all(second, 3, expected_second.data());
  EXPECT_EQ(first_scores, expected_first);
  EXPECT_EQ(second_scores, expected_second);
  EXPECT_EQ(first_scores[7], 32767);
  EXPECT_EQ(second_scores[39], 300 + 9);
}

TEST(WeightTable, PruningAndTheFileFormatKeepTheWeights) {
  const WeightTable table = build_table();
  BinaryWriter out;
  table.write(out);
  BinaryReader in(out.bytes());
  const WeightTable read = WeightTable::read(in);
  for (const auto& [feature, row] : rows()) expect_scores(read, {feature});

  // Pruning below 10 empties row 4 and leaves row 2 a single entry.
  const WeightTable pruned = table.pruned(10);
  std::vector<int32_t> scores(kClasses, 0);
  const uint64_t row_four = 4;
  pruned.add_all(&row_four, 1, scores.data());
  std::vector<int32_t> expected(kClasses, 0);
  EXPECT_EQ(scores, expected);
  const uint64_t row_two = 2;
  pruned.add_all(&row_two, 1, scores.data());
  expected[39] = 300;
  EXPECT_EQ(scores, expected);
}

}  // namespace
}  // namespace herald::syntax
