// herald alerts [A B]: periods in which a dyad turned more hostile or more cooperative than its
// own recent baseline (the rule is in herald/analytics.h and docs/store.md).
#include <fmt/format.h>

#include "cli/commands.h"
#include "herald/store.h"
#include "store/report.h"

namespace herald::cli {

namespace {

struct AlertsOptions {
  std::vector<std::string> actors;
  std::string db_path = "herald.db";
  std::string from;
  std::string to;
  std::string by = "week";
  std::string format = "table";
  store::AlertOptions alert;
  bool every_report = false;
};

void print_table(const std::vector<store::Alert>& alerts, const store::AlertOptions& options) {
  if (alerts.empty()) {
    fmt::print("No alerts: no {} left its baseline by {} standard deviations or more.\n",
               store::period_name(options.period), options.rule.threshold);
    return;
  }
  for (const store::Alert& alert : alerts) {
    fmt::print("{}  {} and {}  {}  z {:+.1f}: Goldstein sum {:.1f} against a baseline of {:.1f} (sd {:.1f}) "
               "over the {} {}s before; {} events\n",
               alert.period.label, alert.a, alert.b, store::shift_kind_name(alert.shift.kind), alert.shift.z,
               alert.shift.value, alert.shift.baseline_mean, alert.shift.baseline_sd,
               std::min(alert.shift.index, options.rule.window), store::period_name(options.period),
               alert.period.both().events);
    for (const store::EventEvidence& event : alert.events) fmt::print("{}", store::evidence_text(event, "    "));
    fmt::print("\n");
  }
}

int run_alerts(AlertsOptions& options) {
  if (options.actors.size() == 1) throw CLI::ValidationError("ACTORS", "give two actor codes, or none for every dyad");
  const std::optional<store::Period> period = store::parse_period(options.by);
  if (!period) throw CLI::ValidationError("--by", "'" + options.by + "' is not day, week or month");
  if (options.format != "table" && options.format != "json") {
    throw CLI::ValidationError("--format", "'" + options.format + "' is not table or json");
  }
  store::AlertOptions& alert = options.alert;
  alert.period = *period;
  alert.counting = options.every_report ? store::Counting::kEveryReport : store::Counting::kOneADay;
  alert.from = options.from;
  alert.to = options.to;
  const std::string a = options.actors.empty() ? std::string() : options.actors[0];
  const std::string b = options.actors.empty() ? std::string() : options.actors[1];
  try {
    const auto store = store::EventStore::open(options.db_path, store::OpenMode::kReadOnly);
    const std::vector<store::Alert> alerts = store->alerts(a, b, alert);
    if (options.format == "json") {
      nlohmann::json list = nlohmann::json::array();
      for (const store::Alert& each : alerts) list.push_back(store::alert_json(each));
      const nlohmann::json out{{"method",
                                {{"rule", "trailing z-score of the period's Goldstein sum"},
                                 {"by", store::period_name(alert.period)},
                                 {"counting", store::counting_name(alert.counting)},
                                 {"window", alert.rule.window},
                                 {"min_baseline", alert.rule.min_baseline},
                                 {"threshold", alert.rule.threshold},
                                 {"min_sd", alert.rule.min_sd}}},
                               {"alerts", std::move(list)}};
      fmt::print("{}\n", out.dump(2));
    } else {
      print_table(alerts, alert);
    }
  } catch (const store::StoreError& e) {
    fmt::print(stderr, "herald: error: {}\n", e.what());
    return 1;
  }
  return 0;
}

}  // namespace

void add_alerts_command(CLI::App& app) {
  auto options = std::make_shared<AlertsOptions>();
  CLI::App* command =
      app.add_subcommand("alerts", "Periods in which a dyad deteriorates or improves beyond its own baseline");
  command->add_option("ACTORS", options->actors, "A B: two actor code prefixes (none: every dyad of the store)")
      ->expected(0, 2);
  command->add_option("--db", options->db_path, "The event store")->capture_default_str();
  command->add_option("--from", options->from, "Judge periods from this day on (YYYY-MM-DD)");
  command->add_option("--to", options->to, "Judge periods up to this day (YYYY-MM-DD)");
  command->add_option("--by", options->by, "Period: day, week or month")->capture_default_str();
  command->add_option("--format", options->format, "table or json")->capture_default_str();
  command->add_option("--window", options->alert.rule.window, "Periods in the trailing baseline")
      ->check(CLI::Range(size_t{1}, size_t{10000}))
      ->capture_default_str();
  command->add_option("--min-baseline", options->alert.rule.min_baseline,
                      "Periods needed before a period is judged")
      ->check(CLI::Range(size_t{1}, size_t{10000}))
      ->capture_default_str();
  command->add_option("--threshold", options->alert.rule.threshold, "Alert at |z| at or above this")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--min-sd", options->alert.rule.min_sd, "Floor of the baseline's standard deviation")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--evidence", options->alert.evidence, "Events listed behind each alert")
      ->capture_default_str();
  command->add_option("--min-events", options->alert.min_dyad_events,
                      "Without A B: dyads with fewer events in all are not judged")
      ->capture_default_str();
  command->add_flag("--every-report", options->every_report,
                    "Count every report instead of one event per day, dyad and code");
  command->callback([options] {
    if (const int status = run_alerts(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
