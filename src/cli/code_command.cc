// herald code: stories in, CAMEO events out (the output contract is docs/output-formats.md).
#include <fmt/format.h>
#include <sys/resource.h>

#include <chrono>

#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/inputs.h"
#include "herald/coder.h"
#include "herald/io.h"
#include "herald/parallel.h"

namespace herald::cli {

namespace {

struct CodeOptions {
  InputOptions input;
  std::string output_format = "jsonl";
  std::string output_path;
  DictionaryOptions dictionaries;
  ModelOptions model;
  unsigned threads = 1;
};

// Wall and CPU time from construction to report(), which prints the rates to stderr. CPU time
// (user + system, all threads) tells how much of a busy machine the run got: wall time alone
// cannot separate a slow program from a crowded machine.
class Throughput {
 public:
  Throughput() : wall_start_(std::chrono::steady_clock::now()), cpu_start_(cpu_seconds()) {}

  void report(unsigned threads, uint64_t stories, uint64_t sentences, uint64_t tokens,
              uint64_t events) const {
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_start_).count();
    const double cpu = cpu_seconds() - cpu_start_;
    const auto rate = [wall](uint64_t count) {
      return wall > 0 ? static_cast<double>(count) / wall : 0.0;
    };
    fmt::print(stderr,
               "herald: coded {} tokens in {:.3f} s wall, {:.3f} s CPU, {} thread{}: {:.0f} stories/s, "
               "{:.0f} sentences/s, {:.0f} tokens/s, {:.0f} events/s\n",
               tokens, wall, cpu, threads, threads == 1 ? "" : "s", rate(stories), rate(sentences),
               rate(tokens), rate(events));
  }

 private:
  static double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
      return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
  }

  const std::chrono::steady_clock::time_point wall_start_;
  const double cpu_start_;
};

int run_code(CodeOptions& options) {
  const std::optional<OutputFormat> format = parse_output_format(options.output_format);
  if (!format) throw CLI::ValidationError("--output", "unknown format '" + options.output_format + "'");
  lexicon::LoadReport report;
  lexicon::Dictionaries dictionaries = options.dictionaries.load(&report);
  const size_t dictionary_errors = report.error_count();
  const Coder coder(std::move(dictionaries), load_model(options.model));

  std::FILE* out = open_output(options.output_path);
  std::unique_ptr<EventWriter> writer = EventWriter::create(*format, out);
  writer->write_header();
  CodingStats stats;
  uint64_t tokens = 0;
  // Runs on this thread, in input order, whatever the thread count: the writer needs no lock.
  const auto consume = [&](CodedRecord& record) {
    for (const Event& event : record.coded.events) writer->write(event);
    writer->flush();
    stats += record.coded.stats;
    tokens += record.coded.doc.tokens.size();
  };
  const Throughput clock;
  InputTotals totals;
  try {
    ParallelCoder runner(coder, ParallelOptions{.threads = options.threads}, consume);
    totals = for_each_story(options.input, [&](Story& story) { runner.submit(std::move(story)); });
    runner.finish();
  } catch (const StoryCodingError& error) {
    writer->flush();
    fmt::print(stderr, "{}\n", error.what());
    throw CLI::RuntimeError(1);
  }
  writer->flush();
  if (out != stdout) std::fclose(out);
  fmt::print(stderr,
             "herald: {} stories, {} sentences ({} parsed), {} events, {} records skipped\n",
             totals.stories, stats.sentences, stats.sentences_parsed, stats.events, totals.skipped);
  clock.report(options.threads, totals.stories, stats.sentences, tokens, stats.events);
  return totals.failed() || dictionary_errors > 0 ? 1 : 0;
}

}  // namespace

void add_code_command(CLI::App& app) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* command = app.add_subcommand("code", "Code stories into CAMEO events");
  options->input.add_to(*command);
  command->add_option("--output", options->output_format, "Output format: jsonl, csv or tsv")
      ->capture_default_str();
  command->add_option("-o", options->output_path, "Output file (default: standard output)");
  options->dictionaries.add_to(*command);
  add_model_options(*command, options->model);
  command->add_option("-j,--threads", options->threads,
                      "Worker threads; the output is the same, in input order, for any count")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  command->callback([options] {
    if (const int status = run_code(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
