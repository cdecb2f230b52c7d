#include <array>

#include "herald/io.h"

namespace herald {

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonLines;
  if (name == "petrarch-xml") return InputFormat::kPetrarchXml;
  return std::nullopt;
}

std::string_view input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kJsonLines: return "jsonl";
    case InputFormat::kPetrarchXml: return "petrarch-xml";
  }
  return "auto";
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "jsonl") return OutputFormat::kJsonLines;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "tsv") return OutputFormat::kTsv;
  return std::nullopt;
}

namespace {

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int to_int(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

}  // namespace

std::optional<std::string> normalize_date(std::string_view value) {
  std::string_view year, month, day;
  if (value.size() >= 10 && value[4] == '-' && value[7] == '-') {
    // A time of day may follow ("T08:30:00Z" or " 08:30"); the date is all herald keeps.
    if (value.size() > 10 && value[10] != 'T' && value[10] != ' ') return std::nullopt;
    year = value.substr(0, 4);
    month = value.substr(5, 2);
    day = value.substr(8, 2);
  } else if (value.size() == 8) {
    year = value.substr(0, 4);
    month = value.substr(4, 2);
    day = value.substr(6, 2);
  } else {
    return std::nullopt;
  }
  if (!all_digits(year) || !all_digits(month) || !all_digits(day)) return std::nullopt;
  const int y = to_int(year), m = to_int(month), d = to_int(day);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  std::string out;
  out.reserve(10);
  out.append(year).append("-").append(month).append("-").append(day);
  return out;
}

}  // namespace herald
