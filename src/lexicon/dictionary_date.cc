#include "herald/dictionary_date.h"

namespace herald::lexicon {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in_month(int year, unsigned month) {
  static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// The digits of `text` as a number; false unless every byte is a digit.
bool parse_digits(std::string_view text, int& value) {
  if (text.empty() || text.size() > 8) return false;
  value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

std::optional<Day> checked_day(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return std::nullopt;
  if (static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month))) {
    return std::nullopt;
  }
  return day_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

}  // namespace

// Howard Hinnant's days_from_civil: exact for the whole proleptic Gregorian calendar.
Day day_from_civil(int year, unsigned month, unsigned day) {
  year -= month <= 2 ? 1 : 0;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const auto year_of_era = static_cast<unsigned>(year - era * 400);
  const unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<int>(day_of_era) - 719468;
}

CivilDate civil_from_day(Day day) {
  const int z = day + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const auto day_of_era = static_cast<unsigned>(z - era * 146097);
  const unsigned year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const unsigned day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const unsigned mp = (5 * day_of_year + 2) / 153;
  const unsigned d = day_of_year - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const int y = static_cast<int>(year_of_era) + era * 400 + (m <= 2 ? 1 : 0);
  return CivilDate{y, m, d};
}

std::optional<Day> parse_dictionary_date(std::string_view digits) {
  int value = 0;
  if ((digits.size() != 6 && digits.size() != 8) || !parse_digits(digits, value)) {
    return std::nullopt;
  }
  int year = value / 10000;
  if (digits.size() == 6) year += year <= 30 ? 2000 : 1900;
  return checked_day(year, (value / 100) % 100, value % 100);
}

std::optional<Day> parse_iso_date(std::string_view text) {
  int year = 0;
  int month = 0;
  int day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits(text.substr(0, 4), year) || !parse_digits(text.substr(5, 2), month) ||
      !parse_digits(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  return checked_day(year, month, day);
}

}  // namespace herald::lexicon
