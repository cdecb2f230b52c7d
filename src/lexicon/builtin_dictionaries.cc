#include "herald/builtin_dictionaries.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "lexicon/embedded_dictionaries.h"

namespace herald::lexicon {

namespace {

bool in_folder_or_file(std::string_view path, std::string_view name) {
  return path == std::string(name) + ".txt" ||
         (path.size() > name.size() && path.starts_with(name) && path[name.size()] == '/');
}

}  // namespace

std::optional<DictionaryKind> dictionary_kind_of(std::string_view relative_path) {
  if (!relative_path.ends_with(".txt")) return std::nullopt;
  if (in_folder_or_file(relative_path, "verbs")) return DictionaryKind::kVerbs;
  if (in_folder_or_file(relative_path, "agents")) return DictionaryKind::kAgents;
  if (relative_path == "discards.txt") return DictionaryKind::kDiscards;
  if (relative_path == "issues.txt") return DictionaryKind::kIssues;
  return DictionaryKind::kActors;
}

std::vector<std::string_view> builtin_dictionary_files() {
  std::vector<std::string_view> paths;
  for (const EmbeddedDictionary& file : embedded_dictionaries()) paths.push_back(file.path);
  return paths;
}

Dictionaries load_builtin_dictionaries(LoadReport* report) {
  DictionaryBuilder builder;
  for (const EmbeddedDictionary& file : embedded_dictionaries()) {
    if (const auto kind = dictionary_kind_of(file.path)) {
      builder.add_text(*kind, DictionaryFormat::kPetrarch, file.text,
                       "<built-in>/" + std::string(file.path));
    }
  }
  Dictionaries dictionaries = builder.finish();
  if (report != nullptr) *report = builder.report();
  return dictionaries;
}

Dictionaries load_dictionary_dir(const std::string& dir, LoadReport* report) {
  std::vector<std::pair<std::string, DictionaryKind>> files;
  std::error_code error;
  for (std::filesystem::recursive_directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    const std::string relative = it->path().lexically_relative(dir).generic_string();
    if (const auto kind = dictionary_kind_of(relative)) files.emplace_back(relative, *kind);
  }
  std::sort(files.begin(), files.end());

  DictionaryBuilder builder;
  for (const auto& [relative, kind] : files) {
    builder.add_file(kind, DictionaryFormat::kPetrarch, (std::filesystem::path(dir) / relative).string());
  }
  Dictionaries dictionaries = builder.finish();
  if (report != nullptr) {
    *report = builder.report();
    if (files.empty()) {
      Diagnostic diagnostic;
      diagnostic.file = dir;
      diagnostic.message = error ? "cannot read dictionary folder: " + error.message()
                                 : "no dictionary files (*.txt) in this folder";
      report->diagnostics.push_back(std::move(diagnostic));
    }
  }
  return dictionaries;
}

}  // namespace herald::lexicon
