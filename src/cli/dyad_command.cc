// herald dyad A B: how two actors treated each other, period by period, from an event store.
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/dyad_options.h"
#include "herald/store.h"
#include "store/report.h"

namespace herald::cli {

namespace {

struct DyadCommandOptions {
  DyadOptions dyad;
  std::string format = "table";
  size_t top = 3;
};

std::string direction_row(std::string_view period, std::string_view direction, const store::DirectionStats& s) {
  return fmt::format("{:<10} {:<22} {:>6} {:>7} {:>7} {:>7} {:>7} {:>14.1f} {:>6.2f}\n", period, direction, s.events,
                     s.by_quad_class[1], s.by_quad_class[2], s.by_quad_class[3], s.by_quad_class[4], s.goldstein_sum,
                     s.goldstein_mean());
}

void print_table(const store::EventStore& store, const store::DyadSeries& series, const DyadCommandOptions& options) {
  const store::DyadQuery& query = series.query;
  const std::string forward = fmt::format("{} -> {}", query.a, query.b);
  const std::string backward = fmt::format("{} -> {}", query.b, query.a);
  fmt::print("{} and {} by {}, {} events ({})\n\n", query.a, query.b, store::period_name(query.period),
             store::counting_name(query.counting), store.path());
  fmt::print("{:<10} {:<22} {:>6} {:>7} {:>7} {:>7} {:>7} {:>14} {:>6}\n", "period", "direction", "events", "v.coop",
             "m.coop", "v.conf", "m.conf", "goldstein sum", "mean");
  store::DirectionStats total_forward;
  store::DirectionStats total_backward;
  for (const store::PeriodStats& period : series.periods) {
    fmt::print("{}", direction_row(period.label, forward, period.a_to_b));
    fmt::print("{}", direction_row("", backward, period.b_to_a));
    total_forward += period.a_to_b;
    total_backward += period.b_to_a;
  }
  fmt::print("{}", direction_row("all", forward, total_forward));
  fmt::print("{}", direction_row("", backward, total_backward));
  fmt::print("\nv.coop, m.coop, v.conf, m.conf: events of QuadClass 1-4 (verbal/material cooperation/conflict)\n");
  if (options.top == 0) return;
  const std::vector<store::EventEvidence> events =
      store.dyad_events(store::EventQuery{.dyad = query, .period_start = {}, .limit = options.top});
  fmt::print("\nMost reported events\n");
  for (const store::EventEvidence& event : events) fmt::print("{}", store::evidence_text(event, "  "));
}

void print_csv(const store::DyadSeries& series) {
  const store::DyadQuery& query = series.query;
  fmt::print("period,start,direction,events,verbal_cooperation,material_cooperation,verbal_conflict,"
             "material_conflict,unknown_code,goldstein_sum,goldstein_mean,articles\r\n");
  const auto row = [](const store::PeriodStats& period, const std::string& direction,
                      const store::DirectionStats& s) {
    // Actor codes are letters and digits, dates digits and dashes: nothing needs quoting
    // except a direction built from arbitrary arguments, which is quoted always.
    std::string quoted = "\"";
    for (const char c : direction) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += '"';
    fmt::print("{},{},{},{},{},{},{},{},{},{},{},{}\r\n", period.label, period.start, quoted, s.events,
               s.by_quad_class[1], s.by_quad_class[2], s.by_quad_class[3], s.by_quad_class[4], s.by_quad_class[0],
               s.goldstein_sum, s.goldstein_mean(), s.articles);
  };
  const std::string forward = query.a + "->" + query.b;
  const std::string backward = query.b + "->" + query.a;
  for (const store::PeriodStats& period : series.periods) {
    row(period, forward, period.a_to_b);
    row(period, backward, period.b_to_a);
  }
}

void print_json(const store::EventStore& store, const store::DyadSeries& series, const DyadCommandOptions& options) {
  const store::DyadQuery& query = series.query;
  nlohmann::json periods = nlohmann::json::array();
  store::DirectionStats total_forward;
  store::DirectionStats total_backward;
  for (const store::PeriodStats& period : series.periods) {
    nlohmann::json entry = store::period_json(period);
    nlohmann::json top = nlohmann::json::array();
    if (options.top > 0 && period.both().events > 0) {
      for (const store::EventEvidence& event :
           store.dyad_events(store::EventQuery{.dyad = query, .period_start = period.start, .limit = options.top})) {
        top.push_back(store::evidence_json(event));
      }
    }
    entry["top_events"] = std::move(top);
    periods.push_back(std::move(entry));
    total_forward += period.a_to_b;
    total_backward += period.b_to_a;
  }
  store::DirectionStats total = total_forward;
  total += total_backward;
  const nlohmann::json out{{"a", query.a},
                           {"b", query.b},
                           {"by", store::period_name(query.period)},
                           {"counting", store::counting_name(query.counting)},
                           {"from", series.periods.empty() ? query.from : series.periods.front().start},
                           {"to", query.to},
                           {"periods", std::move(periods)},
                           {"total",
                            {{"events", total.events},
                             {"goldstein_sum", total.goldstein_sum},
                             {"goldstein_mean", total.goldstein_mean()},
                             {"a_to_b", store::direction_json(total_forward)},
                             {"b_to_a", store::direction_json(total_backward)}}}};
  fmt::print("{}\n", out.dump(2));
}

int run_dyad(const DyadCommandOptions& options) {
  const store::DyadQuery query = options.dyad.query();
  if (options.format != "table" && options.format != "csv" && options.format != "json") {
    throw CLI::ValidationError("--format", "'" + options.format + "' is not table, csv or json");
  }
  try {
    const auto store = store::EventStore::open(options.dyad.db_path, store::OpenMode::kReadOnly);
    const store::DyadSeries series = store->dyad_series(query);
    if (options.format == "json") {
      print_json(*store, series, options);
    } else if (options.format == "csv") {
      print_csv(series);
    } else if (series.periods.empty()) {
      fmt::print("No events between {} and {} in {}.\n", query.a, query.b, store->path());
    } else {
      print_table(*store, series, options);
    }
  } catch (const store::StoreError& e) {
    fmt::print(stderr, "herald: error: {}\n", e.what());
    return 1;
  }
  return 0;
}

}  // namespace

void add_dyad_command(CLI::App& app) {
  auto options = std::make_shared<DyadCommandOptions>();
  CLI::App* command = app.add_subcommand("dyad", "Events between two actors, period by period, from an event store");
  options->dyad.add_to(*command);
  command->add_option("--format", options->format, "table, csv or json")->capture_default_str();
  command->add_option("--top", options->top, "Events shown with their evidence (per period in JSON)")
      ->capture_default_str();
  command->callback([options] {
    if (const int status = run_dyad(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
