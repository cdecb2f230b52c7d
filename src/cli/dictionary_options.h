// The dictionary flags of the commands that code (code, dictionaries, later ingest): the
// built-in dictionaries unless a folder (--dict-dir) or single files (--actors, --verbs...)
// are named.
#ifndef HERALD_CLI_DICTIONARY_OPTIONS_H_
#define HERALD_CLI_DICTIONARY_OPTIONS_H_

#include <CLI/CLI.hpp>

#include <string>

#include "herald/dictionary_loader.h"

namespace herald::cli {

struct DictionaryOptions {
  lexicon::DictionaryPaths files;
  std::string format = "petrarch";
  std::string dir;

  void add_to(CLI::App& command);

  // "built-in", the folder, or "files"; what load() reads.
  std::string describe() const;

  // Loads what the flags name, printing every diagnostic to stderr. `report` may be null.
  lexicon::Dictionaries load(lexicon::LoadReport* report = nullptr) const;

 private:
  bool names_files() const;
};

}  // namespace herald::cli

#endif  // HERALD_CLI_DICTIONARY_OPTIONS_H_
