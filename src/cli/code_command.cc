// herald code: stories in, CAMEO events out (the output contract is docs/output-formats.md).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "herald/dictionary_loader.h"
#include "herald/io.h"
#include "herald/coder.h"

namespace herald::cli {

namespace {

struct CodeOptions {
  InputOptions input;
  std::string output_format = "jsonl";
  std::string output_path;
  lexicon::DictionaryPaths dictionaries;
  std::string dictionary_format = "petrarch";
  std::string models_dir;
  uint32_t beam = 0;
  unsigned threads = 1;
};

// Reads the dictionaries named on the command line, printing what was wrong in them.
// Returns the number of entries skipped as malformed.
size_t load_dictionaries(CodeOptions& options, lexicon::Dictionaries& dictionaries) {
  options.dictionaries.format = options.dictionary_format == "tabari"
                                    ? lexicon::DictionaryFormat::kTabari
                                    : lexicon::DictionaryFormat::kPetrarch;
  lexicon::LoadReport report;
  dictionaries = lexicon::load_dictionaries(options.dictionaries, &report);
  for (const Diagnostic& diagnostic : report.diagnostics) {
    fmt::print(stderr, "{}\n", diagnostic.to_string());
  }
  return report.error_count();
}

int run_code(CodeOptions& options) {
  const std::optional<OutputFormat> format = parse_output_format(options.output_format);
  if (!format) throw CLI::ValidationError("--output", "unknown format '" + options.output_format + "'");
  lexicon::Dictionaries dictionaries;
  const size_t dictionary_errors = load_dictionaries(options, dictionaries);
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
  command->add_option("--actors", options->dictionaries.actors, "Actor dictionary; repeatable")
      ->check(CLI::ExistingFile);
  command->add_option("--agents", options->dictionaries.agents, "Agent dictionary")
      ->check(CLI::ExistingFile);
  command->add_option("--verbs", options->dictionaries.verbs, "Verb dictionary")
      ->check(CLI::ExistingFile);
  command->add_option("--discards", options->dictionaries.discards, "Discard list")
      ->check(CLI::ExistingFile);
  command->add_option("--dict-format", options->dictionary_format,
                      "Format of the --actors, --agents and --verbs files: petrarch or tabari")
      ->check(CLI::IsMember({"petrarch", "tabari"}))
      ->capture_default_str();
  add_model_options(*command, options->models_dir, options->beam);
  command->add_option("-j,--threads", options->threads, "Worker threads")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  command->callback([options] {
    if (const int status = run_code(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
