#include "cli/dictionary_options.h"

#include <fmt/format.h>

#include "herald/builtin_dictionaries.h"

namespace herald::cli {

void DictionaryOptions::add_to(CLI::App& command) {
  command.add_option("--dict-dir", dir,
                     "Folder of dictionaries laid out like data/dictionaries (default: the built-in ones)")
      ->check(CLI::ExistingDirectory);
  command.add_option("--actors", files.actors, "Actor dictionary, instead of the built-in ones; repeatable")
      ->check(CLI::ExistingFile);
  command.add_option("--agents", files.agents, "Agent dictionary, instead of the built-in ones")
      ->check(CLI::ExistingFile);
  command.add_option("--verbs", files.verbs, "Verb dictionary, instead of the built-in ones")
      ->check(CLI::ExistingFile);
  command.add_option("--discards", files.discards, "Discard list, instead of the built-in ones")
      ->check(CLI::ExistingFile);
  command.add_option("--dict-format", format,
                     "Format of the --actors, --agents and --verbs files: petrarch or tabari")
      ->check(CLI::IsMember({"petrarch", "tabari"}))
      ->capture_default_str();
}

bool DictionaryOptions::names_files() const {
  return !files.actors.empty() || !files.agents.empty() || !files.verbs.empty() ||
         !files.discards.empty() || !files.issues.empty();
}

std::string DictionaryOptions::describe() const {
  if (names_files()) return "files";
  return dir.empty() ? "built-in" : dir;
}

lexicon::Dictionaries DictionaryOptions::load(lexicon::LoadReport* report) const {
  if (names_files() && !dir.empty()) {
    throw CLI::ValidationError("--dict-dir", "give either a dictionary folder or single dictionary files, not both");
  }
  lexicon::LoadReport own_report;
  lexicon::LoadReport& out = report != nullptr ? *report : own_report;
  lexicon::Dictionaries dictionaries;
  if (names_files()) {
    lexicon::DictionaryPaths paths = files;
    paths.format = format == "tabari" ? lexicon::DictionaryFormat::kTabari : lexicon::DictionaryFormat::kPetrarch;
    dictionaries = lexicon::load_dictionaries(paths, &out);
  } else if (!dir.empty()) {
    dictionaries = lexicon::load_dictionary_dir(dir, &out);
  } else {
    dictionaries = lexicon::load_builtin_dictionaries(&out);
  }
  for (const Diagnostic& diagnostic : out.diagnostics) fmt::print(stderr, "{}\n", diagnostic.to_string());
  return dictionaries;
}

}  // namespace herald::cli
