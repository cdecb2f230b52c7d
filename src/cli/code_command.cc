// herald code: stories in, CAMEO events out (the output contract is docs/output-formats.md).
#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "herald/io.h"
#include "herald/pipeline.h"

namespace herald::cli {

namespace {

struct CodeOptions {
  InputOptions input;
  std::string output_format = "jsonl";
  std::string output_path;
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string verb_file;
  std::string discard_file;
  unsigned threads = 1;
};

int run_code(const CodeOptions& options) {
  const std::optional<OutputFormat> format = parse_output_format(options.output_format);
  if (!format) throw CLI::ValidationError("--output", "unknown format '" + options.output_format + "'");
  std::FILE* out = open_output(options.output_path);
  std::unique_ptr<EventWriter> writer = EventWriter::create(*format, out);
  writer->write_header();

  const Pipeline pipeline;
  uint64_t sentences = 0;
  uint64_t events = 0;
  const InputTotals totals = for_each_story(options.input, [&](Story& story) {
    const Document doc = pipeline.run(std::move(story));
    sentences += doc.sentences.size();
    writer->flush();
  });
  writer->flush();
  if (out != stdout) std::fclose(out);
  fmt::print(stderr, "herald: {} stories, {} sentences, {} events, {} records skipped\n",
             totals.stories, sentences, events, totals.skipped);
  return totals.failed() ? 1 : 0;
}

}  // namespace

void add_code_command(CLI::App& app) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* command = app.add_subcommand("code", "Code stories into CAMEO events");
  options->input.add_to(*command);
  command->add_option("--output", options->output_format, "Output format: jsonl, csv or tsv")
      ->capture_default_str();
  command->add_option("-o", options->output_path, "Output file (default: standard output)");
  command->add_option("--actors", options->actor_files, "Actor dictionary (PETRARCH format); repeatable")
      ->check(CLI::ExistingFile);
  command->add_option("--agents", options->agent_file, "Agent dictionary (PETRARCH format)")
      ->check(CLI::ExistingFile);
  command->add_option("--verbs", options->verb_file, "Verb dictionary (PETRARCH format)")
      ->check(CLI::ExistingFile);
  command->add_option("--discards", options->discard_file, "Discard dictionary (PETRARCH format)")
      ->check(CLI::ExistingFile);
  command->add_option("-j,--threads", options->threads, "Worker threads")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  command->callback([options] {
    if (const int status = run_code(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
