// herald code: stories in, CAMEO events out (the output contract is docs/output-formats.md).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/inputs.h"
#include "herald/io.h"
#include "herald/coder.h"

namespace herald::cli {

namespace {

struct CodeOptions {
  InputOptions input;
  std::string output_format = "jsonl";
  std::string output_path;
  DictionaryOptions dictionaries;
  std::string models_dir;
  uint32_t beam = 0;
  unsigned threads = 1;
};

int run_code(CodeOptions& options) {
  const std::optional<OutputFormat> format = parse_output_format(options.output_format);
  if (!format) throw CLI::ValidationError("--output", "unknown format '" + options.output_format + "'");
  lexicon::LoadReport report;
  lexicon::Dictionaries dictionaries = options.dictionaries.load(&report);
  const size_t dictionary_errors = report.error_count();
  const Coder coder(std::move(dictionaries), load_model(options.models_dir, options.beam));

  std::FILE* out = open_output(options.output_path);
  std::unique_ptr<EventWriter> writer = EventWriter::create(*format, out);
  writer->write_header();
  CodingStats stats;
  const InputTotals totals = for_each_story(options.input, [&](Story& story) {
    const CodedStory coded = coder.code(std::move(story));
    for (const Event& event : coded.events) writer->write(event);
    writer->flush();
    stats += coded.stats;
  });
  writer->flush();
  if (out != stdout) std::fclose(out);
  fmt::print(stderr,
             "herald: {} stories, {} sentences ({} parsed), {} events, {} records skipped\n",
             totals.stories, stats.sentences, stats.sentences_parsed, stats.events, totals.skipped);
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
  add_model_options(*command, options->models_dir, options->beam);
  command->add_option("-j,--threads", options->threads, "Worker threads")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  command->callback([options] {
    if (const int status = run_code(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
