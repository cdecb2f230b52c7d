#include "cli/dyad_options.h"

#include <optional>

namespace herald::cli {

void DyadOptions::add_to(CLI::App& command) {
  command.add_option("A", a, "First actor code prefix (COL matches COL, COLGOV, COLMIL...)")->required();
  command.add_option("B", b, "Second actor code prefix")->required();
  command.add_option("--db", db_path, "The event store")->capture_default_str();
  command.add_option("--from", from, "First day (YYYY-MM-DD)");
  command.add_option("--to", to, "Last day (YYYY-MM-DD)");
  command.add_option("--by", by, "Period: day, week or month")->capture_default_str();
  command.add_flag("--every-report", every_report, "Count every report instead of one event per day, dyad and code");
}

store::DyadQuery DyadOptions::query() const {
  const std::optional<store::Period> period = store::parse_period(by);
  if (!period) throw CLI::ValidationError("--by", "'" + by + "' is not day, week or month");
  return store::DyadQuery{.a = a,
                          .b = b,
                          .from = from,
                          .to = to,
                          .period = *period,
                          .counting = every_report ? store::Counting::kEveryReport : store::Counting::kOneADay};
}

}  // namespace herald::cli
