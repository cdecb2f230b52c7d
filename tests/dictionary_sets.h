// The dictionary sets that tests and benchmarks load by name: our own small coder fixtures
// (tests/data/coding) and the PETRARCH validation dictionaries of ../shared. Header-only and
// free of GoogleTest so that bench/ can use it too.
#ifndef HERALD_TESTS_DICTIONARY_SETS_H_
#define HERALD_TESTS_DICTIONARY_SETS_H_

#include <string>

#include "herald/dictionary_loader.h"

namespace herald::testing_support {

// The actors, agents and verbs written for the coder's tests.
inline lexicon::DictionaryPaths coding_fixture_dictionaries() {
  const std::string dir = HERALD_SOURCE_DIR "/tests/data/coding/";
  lexicon::DictionaryPaths paths;
  paths.actors = {dir + "actors.txt"};
  paths.agents = dir + "agents.txt";
  paths.verbs = dir + "verbs.txt";
  return paths;
}

// The folder of PETRARCH's validation suite and its dictionaries (absent without ../shared).
inline const std::string kPetrarchConformanceDir = HERALD_SOURCE_DIR "/../shared/conformance/petrarch/";

// The PETR.Validate.* actors, agents, verbs and discards of that folder.
inline lexicon::DictionaryPaths petrarch_validation_dictionaries() {
  const std::string& dir = kPetrarchConformanceDir;
  lexicon::DictionaryPaths paths;
  paths.actors = {dir + "PETR.Validate.actors.txt"};
  paths.agents = dir + "PETR.Validate.agents.txt";
  paths.verbs = dir + "PETR.Validate.verbs.txt";
  paths.discards = dir + "PETR.Validate.discards.txt";
  return paths;
}

}  // namespace herald::testing_support

#endif  // HERALD_TESTS_DICTIONARY_SETS_H_
