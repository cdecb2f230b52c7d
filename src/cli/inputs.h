// What the commands share: the input flags, diagnostics on stderr, the loop over every story
// of every input file, the output file, and the syntax model.
#ifndef HERALD_CLI_INPUTS_H_
#define HERALD_CLI_INPUTS_H_

#include <CLI/CLI.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "herald/io.h"
#include "herald/story.h"
#include "herald/syntax.h"

namespace herald::cli {

struct InputOptions {
  std::vector<std::string> files;  // none, or "-", means standard input
  std::string format = "auto";
  std::string date;

  // Adds [FILE...], --input and --date to `command`.
  void add_to(CLI::App& command);
};

struct InputTotals {
  uint64_t stories = 0;
  uint64_t skipped = 0;         // malformed records, reported and skipped
  uint64_t unreadable_files = 0;
  bool failed() const { return skipped > 0 || unreadable_files > 0; }
};

// Reads every story of every input in order, calling `consume` for each. Diagnostics go to
// stderr as they happen. Throws CLI::ValidationError for a bad --input or --date.
InputTotals for_each_story(const InputOptions& options,
                           const std::function<void(Story&)>& consume);

// Opens `path` for writing ("-" or empty: stdout); throws CLI::RuntimeError after saying why.
std::FILE* open_output(const std::string& path);

// The syntax model's options: where it is and how widely the parser searches.
struct ModelOptions {
  std::string dir;            // empty: syntax::find_models_dir's default
  uint32_t beam = 0;          // 0: the model's own width
  double score_margin = -1;   // negative: the model's own
};

// Adds --models, --beam and --beam-margin to `command`.
void add_model_options(CLI::App& command, ModelOptions& options);

// Loads the syntax model (see syntax::find_models_dir) with the options' search settings, or
// says why not and throws CLI::RuntimeError.
std::unique_ptr<syntax::SyntaxModel> load_model(const ModelOptions& options);

}  // namespace herald::cli

#endif  // HERALD_CLI_INPUTS_H_
