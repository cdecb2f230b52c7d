// herald dictionaries: what a set of dictionaries holds and how much of CAMEO its verbs cover.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "herald/dictionary_coverage.h"

namespace herald::cli {

namespace {

struct DictionariesOptions {
  DictionaryOptions dictionaries;
  bool list_missing = false;
};

void print_sources(const lexicon::LoadReport& report) {
  fmt::print("{:<44} {:>7} {:>7} {:>7} {:>7} {:>8} {:>6} {:>6}\n", "file", "kind", "entries", "names",
             "codes", "patterns", "errors", "warns");
  for (const lexicon::SourceSummary& s : report.sources) {
    fmt::print("{:<44} {:>7} {:>7} {:>7} {:>7} {:>8} {:>6} {:>6}\n", s.source,
               lexicon::dictionary_kind_name(s.kind), s.entries, s.names, s.codes, s.patterns, s.errors,
               s.warnings);
  }
}

void print_coverage(const DictionaryCoverage& coverage, bool list_missing) {
  fmt::print("\n{:<5} {:>10} {:>9} {:>14}\n", "root", "verb forms", "patterns", "leaf codes");
  for (const RootCoverage& root : coverage.roots) {
    fmt::print("{:<5} {:>10} {:>9} {:>8}/{:<5}", root.root, root.verb_forms, root.patterns,
               root.leaf_codes_covered, root.leaf_codes);
    if (list_missing && !root.missing_leaf_codes.empty()) {
      fmt::print(" missing: {}", fmt::join(root.missing_leaf_codes, " "));
    }
    fmt::print("\n");
  }
  fmt::print("\nverb forms {} (all codes, with [---]), patterns {}, roots covered {}/20, "
             "leaf codes covered {}/{} ({:.1f}%)\n",
             coverage.verb_forms, coverage.patterns, coverage.roots_covered(), coverage.leaf_codes_covered,
             coverage.leaf_codes, coverage.leaf_percent());
  if (!coverage.unknown_codes.empty()) {
    fmt::print("codes CAMEO does not know: {}\n", fmt::join(coverage.unknown_codes, " "));
  }
}

}  // namespace

void add_dictionaries_command(CLI::App& app) {
  auto options = std::make_shared<DictionariesOptions>();
  CLI::App* command = app.add_subcommand(
      "dictionaries", "Count what the dictionaries hold and how much of CAMEO their verbs cover");
  options->dictionaries.add_to(*command);
  command->add_flag("--missing", options->list_missing, "List the leaf codes no verb or pattern produces");
  command->callback([options] {
    lexicon::LoadReport report;
    const lexicon::Dictionaries dictionaries = options->dictionaries.load(&report);
    fmt::print("dictionaries: {}\n\n", options->dictionaries.describe());
    print_sources(report);
    print_coverage(measure_coverage(dictionaries), options->list_missing);
    if (report.error_count() > 0) throw CLI::RuntimeError(1);
  });
}

}  // namespace herald::cli
