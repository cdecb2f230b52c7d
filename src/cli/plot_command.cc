// herald plot A B -o FILE.svg: the dyad series of an event store as an SVG chart.
#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include "cli/commands.h"
#include "cli/dyad_options.h"
#include "cli/inputs.h"
#include "herald/store.h"
#include "store/svg_chart.h"

namespace herald::cli {

namespace {

struct PlotOptions {
  DyadOptions dyad;
  std::string output;
  std::string title;
};

int run_plot(const PlotOptions& options) {
  const store::DyadQuery query = options.dyad.query();
  std::string svg;
  try {
    const auto store = store::EventStore::open(options.dyad.db_path, store::OpenMode::kReadOnly);
    const store::DyadSeries series = store->dyad_series(query);
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
  options->dyad.add_to(*command);
  command->add_option("-o,--output", options->output, "The SVG file to write (- for standard output)")->required();
  command->add_option("--title", options->title, "Chart title (default: \"A and B\")");
  command->callback([options] {
    if (const int status = run_plot(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
