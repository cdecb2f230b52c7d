// The day-number conversions are Howard Hinnant's public-domain civil calendar algorithms.
#include "store/calendar.h"

#include <fmt/format.h>

namespace herald::store {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in_month(int year, unsigned month) {
  static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// 0 = Monday .. 6 = Sunday.
unsigned weekday(int64_t days) {
  // 1970-01-01 was a Thursday (3).
  const int64_t w = (days + 3) % 7;
  return static_cast<unsigned>(w < 0 ? w + 7 : w);
}

}  // namespace

std::optional<CivilDate> parse_civil_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  unsigned digits[8];
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i == 4 || i == 7) continue;
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    digits[n++] = static_cast<unsigned>(text[i] - '0');
  }
  CivilDate date;
  date.year = static_cast<int>(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]);
  date.month = digits[4] * 10 + digits[5];
  date.day = digits[6] * 10 + digits[7];
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > days_in_month(date.year, date.month)) {
    return std::nullopt;
  }
  return date;
}

std::string format_civil_date(const CivilDate& date) {
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

int64_t days_from_civil(const CivilDate& date) {
  const int64_t y = static_cast<int64_t>(date.year) - (date.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (date.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate date;
  date.day = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
  date.month = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
  date.year = static_cast<int>(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
  return date;
}

CivilDate start_of_period(const CivilDate& date, Period period) {
  switch (period) {
    case Period::kDay: return date;
    case Period::kWeek: {
      const int64_t days = days_from_civil(date);
      return civil_from_days(days - weekday(days));
    }
    case Period::kMonth: return CivilDate{date.year, date.month, 1};
  }
  return date;
}

CivilDate next_period(const CivilDate& start, Period period) {
  switch (period) {
    case Period::kDay: return civil_from_days(days_from_civil(start) + 1);
    case Period::kWeek: return civil_from_days(days_from_civil(start) + 7);
    case Period::kMonth:
      return start.month == 12 ? CivilDate{start.year + 1, 1, 1} : CivilDate{start.year, start.month + 1, 1};
  }
  return start;
}

IsoWeek iso_week(const CivilDate& date) {
  // The ISO week belongs to the year of its Thursday.
  const int64_t days = days_from_civil(date);
  const int64_t thursday = days - weekday(days) + 3;
  const CivilDate thursday_date = civil_from_days(thursday);
  const int64_t first_day = days_from_civil(CivilDate{thursday_date.year, 1, 1});
  return IsoWeek{thursday_date.year, static_cast<unsigned>((thursday - first_day) / 7 + 1)};
}

}  // namespace herald::store
