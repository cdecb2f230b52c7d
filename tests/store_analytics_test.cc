// Periods and the alert rule (herald/analytics.h): pure functions, no database.
#include <gtest/gtest.h>

#include <vector>

#include "herald/analytics.h"

namespace herald::store {
namespace {

TEST(StorePeriods, StartOfDayWeekAndMonth) {
  EXPECT_EQ(period_start("2025-09-17", Period::kDay), "2025-09-17");
  // 2025-09-17 is a Wednesday; its ISO week starts on Monday the 15th.
  EXPECT_EQ(period_start("2025-09-17", Period::kWeek), "2025-09-15");
  EXPECT_EQ(period_start("2025-09-15", Period::kWeek), "2025-09-15");
  EXPECT_EQ(period_start("2025-09-21", Period::kWeek), "2025-09-15");  // Sunday
  EXPECT_EQ(period_start("2025-09-17", Period::kMonth), "2025-09-01");
  // A week that straddles two years starts in the first.
  EXPECT_EQ(period_start("2021-01-03", Period::kWeek), "2020-12-28");
  EXPECT_FALSE(period_start("2025-02-30", Period::kDay));
  EXPECT_FALSE(period_start("2025-9-1", Period::kDay));
  EXPECT_FALSE(period_start("", Period::kMonth));
}

TEST(StorePeriods, NextPeriodAndLabels) {
  EXPECT_EQ(next_period_start("2024-02-28", Period::kDay), "2024-02-29");  // leap year
  EXPECT_EQ(next_period_start("2025-02-28", Period::kDay), "2025-03-01");
  EXPECT_EQ(next_period_start("2025-12-29", Period::kWeek), "2026-01-05");
  EXPECT_EQ(next_period_start("2025-12-01", Period::kMonth), "2026-01-01");
  EXPECT_EQ(period_label("2025-09-15", Period::kWeek), "2025-W38");
  // 2021-01-03 belongs to the last ISO week of 2020, which has 53 weeks.
  EXPECT_EQ(period_label(*period_start("2021-01-03", Period::kWeek), Period::kWeek), "2020-W53");
  // 2024-12-30 is in week 1 of 2025.
  EXPECT_EQ(period_label("2024-12-30", Period::kWeek), "2025-W01");
  EXPECT_EQ(period_label("2025-09-01", Period::kMonth), "2025-09");
  EXPECT_EQ(period_label("2025-09-17", Period::kDay), "2025-09-17");
  EXPECT_EQ(parse_period("week"), Period::kWeek);
  EXPECT_FALSE(parse_period("year"));
}

TEST(StoreShifts, FlatSeriesGivesNoAlert) {
  const std::vector<double> flat(20, -4.0);
  EXPECT_TRUE(detect_shifts(flat, ShiftOptions{}).empty());
  const std::vector<double> silent(20, 0.0);
  EXPECT_TRUE(detect_shifts(silent, ShiftOptions{}).empty());
  // Ordinary noise around a level stays under three deviations.
  const std::vector<double> noisy = {2, -1, 3, 0, 1, -2, 2, 1, 0, 3, -1, 2, 0, 1};
  EXPECT_TRUE(detect_shifts(noisy, ShiftOptions{}).empty());
}

TEST(StoreShifts, DropIsADeteriorationAndRiseAnImprovement) {
  std::vector<double> values = {2, 3, 2, 4, 3, 2, 3, 2, -30, 3};
  const std::vector<Shift> shifts = detect_shifts(values, ShiftOptions{});
  ASSERT_EQ(shifts.size(), 1u);
  EXPECT_EQ(shifts[0].index, 8u);
  EXPECT_EQ(shifts[0].kind, ShiftKind::kDeterioration);
  EXPECT_DOUBLE_EQ(shifts[0].value, -30);
  EXPECT_DOUBLE_EQ(shifts[0].baseline_mean, 21.0 / 8);
  // The baseline's deviation (about 0.7) is under the floor of 2.
  EXPECT_NEAR(shifts[0].z, (-30 - 21.0 / 8) / 2.0, 1e-9);

  values[8] = 30;
  const std::vector<Shift> up = detect_shifts(values, ShiftOptions{});
  ASSERT_EQ(up.size(), 1u);
  EXPECT_EQ(up[0].kind, ShiftKind::kImprovement);
}

TEST(StoreShifts, NeedsAFullEnoughBaseline) {
  const std::vector<double> values = {0, 0, -40};
  EXPECT_TRUE(detect_shifts(values, ShiftOptions{}).empty());  // min_baseline 4
  ShiftOptions options;
  options.min_baseline = 2;
  EXPECT_EQ(detect_shifts(values, options).size(), 1u);
}

TEST(StoreShifts, OnlyTheTrailingWindowCounts) {
  // A violent past is outside a 3-period window: the later calm level is the baseline.
  const std::vector<double> values = {-50, -50, -50, 0, 0, 0, -20};
  ShiftOptions options;
  options.window = 3;
  options.min_baseline = 3;
  const std::vector<Shift> shifts = detect_shifts(values, options);
  ASSERT_FALSE(shifts.empty());
  EXPECT_EQ(shifts.back().index, 6u);
  EXPECT_DOUBLE_EQ(shifts.back().baseline_mean, 0);
}

}  // namespace
}  // namespace herald::store
