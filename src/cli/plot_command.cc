// herald plot A B -o FILE.svg: the dyad series of an event store as an SVG chart.
#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "herald/store.h"
#include "store/svg_chart.h"

namespace herald::cli {

namespace {

struct PlotOptions {
  std::string a;
  std::string b;
  std::string output;
  std::string db_path = "herald.db";
  std::string from;
  std::string to;
  std::string by = "week";
  std::string title;
  bool every_report = false;
};

int run_plot(const PlotOptions& options) {
  const std::optional<store::Period> period = store::parse_period(options.by);
  if (!period) throw CLI::ValidationError("--by", "'" + options.by + "' is not day, week or month");
  std::string svg;
  try {
    const auto store = store::EventStore::open(options.db_path, store::OpenMode::kReadOnly);
    const store::DyadSeries series = store->dyad_series(store::DyadQuery{
        .a = options.a,
        .b = options.b,
        .from = options.from,
        .to = options.to,
        .period = *period,
        .counting = options.every_report ? store::Counting::kEveryReport : store::Counting::kOneADay});
    svg = store::dyad_chart_svg(series, options.title);
  } catch (const store::StoreError& e) {
    fmt::print(stderr, "herald: error: {}\n", e.what());
    return 1;
  }
  std::FILE* out = open_output(options.output);
  const bool written = std::fwrite(svg.data(), 1, svg.size(), out) == svg.size();
  const bool closed = out == stdout ? std::fflush(out) == 0 : std::fclose(out) == 0;
  if (!written || !closed) {
    fmt::print(stderr, "{}: error: cannot write: {}\n", options.output, std::strerror(errno));
    return 1;
  }
  return 0;
}

}  // namespace

void add_plot_command(CLI::App& app) {
  auto options = std::make_shared<PlotOptions>();
  CLI::App* command = app.add_subcommand("plot", "Chart the events between two actors as an SVG file");
  command->add_option("A", options->a, "First actor code prefix (COL matches COL, COLGOV, COLMIL...)")->required();
  command->add_option("B", options->b, "Second actor code prefix")->required();
  command->add_option("-o,--output", options->output, "The SVG file to write (- for standard output)")->required();
  command->add_option("--db", options->db_path, "The event store")->capture_default_str();
  command->add_option("--from", options->from, "First day (YYYY-MM-DD)");
  command->add_option("--to", options->to, "Last day (YYYY-MM-DD)");
  command->add_option("--by", options->by, "Period: day, week or month")->capture_default_str();
  command->add_option("--title", options->title, "Chart title (default: \"A and B\")");
  command->add_flag("--every-report", options->every_report,
                    "Count every report instead of one event per day, dyad and code");
  command->callback([options] {
    if (const int status = run_plot(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
