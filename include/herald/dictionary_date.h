// herald — dates in dictionaries: the day numbers that actor date restrictions compare.
//
// A date is a Day: the number of days since 1970-01-01 (negative before). Integers make
// restriction checks one comparison, and day arithmetic (TABARI's time shifts) is addition.
#ifndef HERALD_DICTIONARY_DATE_H_
#define HERALD_DICTIONARY_DATE_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace herald::lexicon {

using Day = int32_t;
inline constexpr Day kFirstDay = INT32_MIN + 1;  // open lower bound of "<date" restrictions
inline constexpr Day kLastDay = INT32_MAX;       // open upper bound of ">date" restrictions
inline constexpr Day kUnknownDay = INT32_MIN;    // a story without a date

// The proleptic Gregorian day number of year-month-day. `month` 1..12, `day` 1..31 (not
// checked here; use parse_dictionary_date or parse_iso_date for checked input).
Day day_from_civil(int year, unsigned month, unsigned day);

struct CivilDate {
  int year;
  unsigned month;
  unsigned day;
};
CivilDate civil_from_day(Day day);

// A dictionary date: YYYYMMDD, or YYMMDD where years 00-30 are 2000-2030 and 31-99 are
// 1931-1999 (the TABARI rule, which PETRARCH kept). nullopt unless the digits name a real
// calendar date.
std::optional<Day> parse_dictionary_date(std::string_view digits);

// A story date as herald keeps it (Document::date): "YYYY-MM-DD".
std::optional<Day> parse_iso_date(std::string_view text);

// The days a code restriction applies to; both ends are included ("or equal to", in the
// words of both manuals).
struct DateRange {
  Day first = kFirstDay;
  Day last = kLastDay;

  bool contains(Day day) const { return first <= day && day <= last; }
  friend bool operator==(const DateRange&, const DateRange&) = default;
};

}  // namespace herald::lexicon

#endif  // HERALD_DICTIONARY_DATE_H_
