#include "cli/inputs.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace herald::cli {

void InputOptions::add_to(CLI::App& command) {
  command.add_option("FILE", files, "Input files (none or - reads standard input)");
  command.add_option("--input", format, "Input format: auto, text, jsonl or petrarch-xml")
      ->capture_default_str();
  command.add_option("--date", date, "Date of stories that carry none (YYYY-MM-DD)");
}

InputTotals for_each_story(const InputOptions& options,
                           const std::function<void(Story&)>& consume) {
  ReadOptions read;
  const std::optional<InputFormat> format = parse_input_format(options.format);
  if (!format) throw CLI::ValidationError("--input", "unknown format '" + options.format + "'");
  read.format = *format;
  if (!options.date.empty()) {
    std::optional<std::string> date = normalize_date(options.date);
    if (!date) throw CLI::ValidationError("--date", "'" + options.date + "' is not YYYY-MM-DD");
    read.default_date = *date;
  }
  read.sink = [](const Diagnostic& diagnostic) {
    fmt::print(stderr, "{}\n", diagnostic.to_string());
  };

  InputTotals totals;
  const std::vector<std::string> files =
      options.files.empty() ? std::vector<std::string>{"-"} : options.files;
  Story story;
  for (const std::string& file : files) {
    std::unique_ptr<StoryReader> reader = StoryReader::open(file, read);
    if (!reader) {
      ++totals.unreadable_files;
      continue;
    }
    while (reader->next(story)) {
      ++totals.stories;
      consume(story);
    }
    totals.skipped += reader->skipped();
  }
  return totals;
}

std::FILE* open_output(const std::string& path) {
  if (path.empty() || path == "-") return stdout;
  std::FILE* out = std::fopen(path.c_str(), "wb");
  if (out == nullptr) {
    fmt::print(stderr, "{}: error: cannot write: {}\n", path, std::strerror(errno));
    throw CLI::RuntimeError(1);
  }
  return out;
}

void add_model_options(CLI::App& command, ModelOptions& options) {
  command.add_option("--models", options.dir,
                     "Directory holding en_ewt.syntax (default: $HERALD_MODELS, then beside the program)");
  command.add_option("--beam", options.beam, "Parser beam width (default: the model's; smaller is faster)")
      ->check(CLI::Range(1, 64));
  command
      .add_option("--beam-margin", options.score_margin,
                  "Drop parser hypotheses that trail the best by more than this many times the model's "
                  "largest weight (default: the model's; 0: exact beam search, slower)")
      ->check(CLI::Range(0.0, 1000.0));
}

std::unique_ptr<syntax::SyntaxModel> load_model(const ModelOptions& options) {
  try {
    auto model = syntax::SyntaxModel::load(options.dir);
    if (options.beam > 0) model->set_beam_width(options.beam);
    if (options.score_margin >= 0) model->set_score_margin(options.score_margin);
    return model;
  } catch (const std::exception& e) {
    fmt::print(stderr, "herald: error: {}\n", e.what());
    throw CLI::RuntimeError(1);
  }
}

}  // namespace herald::cli
