#include "herald/analytics.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "store/calendar.h"

namespace herald::store {

std::optional<Period> parse_period(std::string_view name) {
  if (name == "day") return Period::kDay;
  if (name == "week") return Period::kWeek;
  if (name == "month") return Period::kMonth;
  return std::nullopt;
}

std::string_view period_name(Period period) {
  switch (period) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
  }
  return "day";
}

std::optional<std::string> period_start(std::string_view date, Period period) {
  const std::optional<CivilDate> day = parse_civil_date(date);
  if (!day) return std::nullopt;
  return format_civil_date(start_of_period(*day, period));
}

std::string next_period_start(std::string_view start, Period period) {
  const std::optional<CivilDate> day = parse_civil_date(start);
  if (!day) return std::string(start);
  return format_civil_date(next_period(start_of_period(*day, period), period));
}

std::string period_label(std::string_view start, Period period) {
  const std::optional<CivilDate> day = parse_civil_date(start);
  if (!day) return std::string(start);
  switch (period) {
    case Period::kDay: return format_civil_date(*day);
    case Period::kWeek: {
      const IsoWeek week = iso_week(*day);
      return fmt::format("{:04}-W{:02}", week.year, week.week);
    }
    case Period::kMonth: return fmt::format("{:04}-{:02}", day->year, day->month);
  }
  return format_civil_date(*day);
}

std::string_view shift_kind_name(ShiftKind kind) {
  return kind == ShiftKind::kDeterioration ? "deterioration" : "improvement";
}

std::vector<Shift> detect_shifts(std::span<const double> values, const ShiftOptions& options) {
  std::vector<Shift> shifts;
  const size_t window = std::max<size_t>(options.window, 1);
  const size_t min_baseline = std::clamp<size_t>(options.min_baseline, 1, window);
  for (size_t i = min_baseline; i < values.size(); ++i) {
    const size_t first = i > window ? i - window : 0;
    const std::span<const double> baseline = values.subspan(first, i - first);
    double mean = 0;
    for (const double v : baseline) mean += v;
    mean /= static_cast<double>(baseline.size());
    double variance = 0;
    for (const double v : baseline) variance += (v - mean) * (v - mean);
    variance /= static_cast<double>(baseline.size());
    const double sd = std::sqrt(variance);
    const double z = (values[i] - mean) / std::max(sd, options.min_sd);
    if (!(std::fabs(z) >= options.threshold)) continue;
    shifts.push_back(Shift{.index = i,
                           .value = values[i],
                           .baseline_mean = mean,
                           .baseline_sd = sd,
                           .z = z,
                           .kind = z < 0 ? ShiftKind::kDeterioration : ShiftKind::kImprovement});
  }
  return shifts;
}

}  // namespace herald::store
