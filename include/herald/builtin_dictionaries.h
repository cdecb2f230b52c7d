// herald — the built-in dictionaries, and dictionary folders laid out like them.
//
// herald's own dictionaries live in data/dictionaries/ of the source tree, in the PETRARCH-1
// formats, and are compiled into the library, so that `herald code` with no dictionary flags,
// the Python module and every cluster worker code with the same dictionaries and need no files.
// A folder with the same layout (for example a copy of data/dictionaries/ with entries added)
// can be loaded instead. Which kind a file holds follows from its path:
//   verbs.txt, verbs/*.txt         verbs
//   agents.txt, agents/*.txt       agents
//   discards.txt                   discards
//   issues.txt                     issues
//   any other *.txt                actors (countries.txt, organizations.txt, people/*.txt, ...)
// Files are read in path order.
#ifndef HERALD_BUILTIN_DICTIONARIES_H_
#define HERALD_BUILTIN_DICTIONARIES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "herald/dictionary_loader.h"

namespace herald::lexicon {

// The kind of dictionary a file at `relative_path` (within a dictionary folder, "/"-separated)
// holds; nullopt for a file that is not a dictionary (not *.txt).
std::optional<DictionaryKind> dictionary_kind_of(std::string_view relative_path);

// The relative paths of the compiled-in dictionary files, in reading order.
std::vector<std::string_view> builtin_dictionary_files();

// Reads the compiled-in dictionaries. `report` may be null.
Dictionaries load_builtin_dictionaries(LoadReport* report);

// Reads every dictionary file under `dir` (recursively). A folder that does not exist or holds
// no dictionary file is reported as an error.
Dictionaries load_dictionary_dir(const std::string& dir, LoadReport* report);

}  // namespace herald::lexicon

#endif  // HERALD_BUILTIN_DICTIONARIES_H_
