// herald — how much of CAMEO a verb dictionary covers.
//
// The figures docs/dictionaries.md reports and tests hold the built-in dictionaries to: for
// each CAMEO root, how many verb forms and patterns code into it and which of its leaf codes
// (codes with no more specific code below them, such as 0361 or 010) some verb or pattern
// produces.
#ifndef HERALD_DICTIONARY_COVERAGE_H_
#define HERALD_DICTIONARY_COVERAGE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "herald/dictionaries.h"

namespace herald {

struct RootCoverage {
  std::string root;               // "01" .. "20"
  size_t verb_forms = 0;          // verb forms whose own code is in this root
  size_t patterns = 0;            // patterns whose code (or paired code) is in this root
  size_t leaf_codes = 0;          // CAMEO leaf codes of the root
  size_t leaf_codes_covered = 0;  // ... produced by some verb or pattern
  std::vector<std::string> missing_leaf_codes;
};

struct DictionaryCoverage {
  std::vector<RootCoverage> roots;  // all twenty, in order
  size_t verb_forms = 0;            // every verb form, whatever its code (also [---])
  size_t patterns = 0;
  size_t leaf_codes = 0;
  size_t leaf_codes_covered = 0;
  std::vector<std::string> unknown_codes;  // codes written that CAMEO does not know, sorted

  size_t roots_covered() const;  // roots with at least one verb form or pattern
  double leaf_percent() const { return leaf_codes == 0 ? 0 : 100.0 * leaf_codes_covered / leaf_codes; }
};

// True for a CAMEO event code that has no more specific code below it.
bool is_leaf_event_code(std::string_view code);

DictionaryCoverage measure_coverage(const lexicon::Dictionaries& dictionaries);

}  // namespace herald

#endif  // HERALD_DICTIONARY_COVERAGE_H_
