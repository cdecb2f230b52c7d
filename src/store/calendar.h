// Proleptic Gregorian dates as day numbers (days since 1970-01-01), for grouping events into
// days, ISO weeks and months without the C library's time zones.
#ifndef HERALD_STORE_CALENDAR_H_
#define HERALD_STORE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "herald/analytics.h"

namespace herald::store {

struct CivilDate {
  int year = 1970;
  unsigned month = 1;  // 1..12
  unsigned day = 1;    // 1..31
};

struct IsoWeek {
  int year = 1970;  // the ISO week-numbering year, which differs near new year
  unsigned week = 1;
};

// Exactly "YYYY-MM-DD" naming a real day; nullopt otherwise.
std::optional<CivilDate> parse_civil_date(std::string_view text);
std::string format_civil_date(const CivilDate& date);

int64_t days_from_civil(const CivilDate& date);
CivilDate civil_from_days(int64_t days);

CivilDate start_of_period(const CivilDate& date, Period period);
CivilDate next_period(const CivilDate& start, Period period);
IsoWeek iso_week(const CivilDate& date);

}  // namespace herald::store

#endif  // HERALD_STORE_CALENDAR_H_
