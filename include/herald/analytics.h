// herald — time periods and the alert rule of the event store's dyad analytics.
//
// These are pure functions on dates and numbers, kept apart from the database so the rule that
// turns a series into alerts can be tested (and reused) on any series. docs/store.md gives the
// method and why each default was chosen.
#ifndef HERALD_ANALYTICS_H_
#define HERALD_ANALYTICS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace herald::store {

// The unit a dyad series is counted in. A week is an ISO week: Monday to Sunday.
enum class Period : uint8_t { kDay, kWeek, kMonth };

// "day" | "week" | "month"; nullopt for anything else.
std::optional<Period> parse_period(std::string_view name);
std::string_view period_name(Period period);

// A period is named by its first day, "YYYY-MM-DD", so period keys sort as dates and need no
// parsing by a chart: the day itself, the Monday of its ISO week, or the 1st of its month.
// nullopt unless `date` is a real "YYYY-MM-DD" calendar date.
std::optional<std::string> period_start(std::string_view date, Period period);
// The first day of the period after the one that starts on `start` (a period_start result).
std::string next_period_start(std::string_view start, Period period);
// What a person reads: "2025-09-15" for a day, "2025-W38" for an ISO week, "2025-09" for a month.
std::string period_label(std::string_view start, Period period);

// The alert rule: a period is unusual when its value lies more than `threshold` standard
// deviations from the mean of the `window` periods before it (a trailing z-score). Empty
// periods count as zeros, so a quiet dyad's baseline is quiet.
struct ShiftOptions {
  size_t window = 8;         // trailing periods in the baseline
  size_t min_baseline = 4;   // periods needed before a period can be judged at all
  double threshold = 3.0;    // |z| at or above which a period is an alert
  // Floor of the baseline's standard deviation, in the value's units (Goldstein points). A flat
  // baseline has deviation 0, which would turn any change into an infinite z; with the floor,
  // one mid-scale event (|Goldstein| 6) after a silent baseline gives |z| 3.
  double min_sd = 2.0;
};

enum class ShiftKind : uint8_t { kDeterioration, kImprovement };
std::string_view shift_kind_name(ShiftKind kind);  // "deterioration" | "improvement"

struct Shift {
  size_t index = 0;           // of the period within the series
  double value = 0;           // the period's value
  double baseline_mean = 0;   // of the trailing window
  double baseline_sd = 0;     // population standard deviation of the window, before the floor
  double z = 0;               // (value - mean) / max(sd, min_sd)
  ShiftKind kind = ShiftKind::kDeterioration;  // z below zero: the dyad turned more hostile
};

// The periods of `values` (oldest first) that the rule flags, in series order.
std::vector<Shift> detect_shifts(std::span<const double> values, const ShiftOptions& options);

}  // namespace herald::store

#endif  // HERALD_ANALYTICS_H_
