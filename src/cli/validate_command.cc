// herald validate: code a PETRARCH or TABARI validation suite from its raw text and compare.
#include <filesystem>

#include <fmt/format.h>

#include "cli/commands.h"
#include "herald/builtin_dictionaries.h"
#include "cli/inputs.h"
#include "herald/validate.h"

namespace herald::cli {

namespace {

struct ValidateOptions {
  std::string suite_path;
  std::string dictionary_dir;
  ModelOptions model;
  double required_percent = 0;
  bool show_passes = false;
};

std::string format_events(const std::vector<ExpectedEvent>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const ExpectedEvent& e : events) {
    if (!out.empty()) out += "; ";
    out += fmt::format("{} {} {}", e.source, e.target, e.code);
  }
  return out;
}

std::string_view expectation_text(ValidationRecord::Expectation expectation) {
  switch (expectation) {
    case ValidationRecord::Expectation::kNoEvents: return "no events";
    case ValidationRecord::Expectation::kError: return "an input error (no events)";
    case ValidationRecord::Expectation::kDiscard: return "a discard (no events)";
    case ValidationRecord::Expectation::kComplex: return "too complex (no events)";
    case ValidationRecord::Expectation::kEvents: break;
  }
  return "";
}

int run_validate(const ValidateOptions& options) {
  const DiagnosticSink print = [](const Diagnostic& d) { fmt::print(stderr, "{}\n", d.to_string()); };
  const std::optional<ValidationSuite> suite = read_validation_suite(options.suite_path, print);
  if (!suite) return 2;

  const std::filesystem::path dir =
      options.dictionary_dir.empty() ? std::filesystem::path(options.suite_path).parent_path()
                                     : std::filesystem::path(options.dictionary_dir);
  const lexicon::DictionaryPaths paths = dictionary_paths(*suite, dir);
  const bool names_dictionaries = !paths.actors.empty() || !paths.agents.empty() || !paths.verbs.empty();
  lexicon::LoadReport report;
  lexicon::Dictionaries dictionaries =
      names_dictionaries            ? lexicon::load_dictionaries(paths, &report)
      : options.dictionary_dir.empty() ? lexicon::load_builtin_dictionaries(&report)
                                       : lexicon::load_dictionary_dir(options.dictionary_dir, &report);
  for (const Diagnostic& d : report.diagnostics) print(d);

  const Coder coder(std::move(dictionaries), load_model(options.model));

  size_t passed = 0, failed = 0;
  for (const ValidationRecord& record : suite->records) {
    if (!suite->includes(record)) continue;
    const RecordResult result = run_record(coder, record);
    (result.passed ? passed : failed) += 1;
    if (result.passed && !options.show_passes) continue;
    fmt::print("{} {} [{}] line {}: {}\n", result.passed ? "PASS" : "FAIL", record.story.id,
               record.category, record.story.line, record.story.text);
    const std::string expected = record.expectation == ValidationRecord::Expectation::kEvents
                                     ? format_events(record.expected)
                                     : std::string(expectation_text(record.expectation));
    fmt::print("  expected: {}{}\n  produced: {}\n", expected, record.partial ? " (at least)" : "",
               format_events(result.produced));
  }
  const double percent = passed + failed == 0 ? 0 : 100.0 * passed / (passed + failed);
  fmt::print(stderr, "herald: {:.1f}% of {} records right\n", percent, passed + failed);
  fmt::print("{} passed, {} failed\n", passed, failed);
  return percent + 1e-9 >= options.required_percent ? 0 : 1;
}

}  // namespace

void add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand(
      "validate", "Code a PETRARCH (XML) or TABARI validation suite and compare with its events");
  command->add_option("FILE", options->suite_path, "The suite")->required()->check(CLI::ExistingFile);
  command->add_option("--dict-dir", options->dictionary_dir,
                      "Where the suite's dictionaries are (default: the suite's folder). A suite that names "
                      "no actor, agent or verb file is coded with the dictionaries of this folder, laid "
                      "out like data/dictionaries, or else with the built-in ones");
  add_model_options(*command, options->model);
  command->add_option("--require", options->required_percent,
                      "Exit with status 1 when fewer than this percentage of records are right")
      ->check(CLI::Range(0.0, 100.0));
  command->add_flag("--show-passes", options->show_passes, "Also print the records coded right");
  command->callback([options] {
    if (const int status = run_validate(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
