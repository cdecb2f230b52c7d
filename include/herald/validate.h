// herald — running a validation suite: code every included record and compare the events
// with the ones the suite expects.
#ifndef HERALD_VALIDATE_H_
#define HERALD_VALIDATE_H_

#include <filesystem>
#include <string>
#include <vector>

#include "herald/coder.h"
#include "herald/dictionary_loader.h"
#include "herald/validation.h"

namespace herald {

struct RecordResult {
  const ValidationRecord* record = nullptr;
  bool passed = false;
  std::vector<ExpectedEvent> produced;
};

// Codes `record` and judges it: kEvents passes when the produced (source, target, code)
// triples equal the expected ones as multisets (or, for a partial record, include them);
// kNoEvents, kError, kDiscard and kComplex pass when nothing is produced.
RecordResult run_record(const Coder& coder, const ValidationRecord& record);

// The coder options a record's configuration asks for (PETRARCH's require_dyad).
CoderOptions options_for(const ValidationRecord& record);

// The dictionaries a suite names, found in `dir`, in the suite's format.
lexicon::DictionaryPaths dictionary_paths(const ValidationSuite& suite, const std::filesystem::path& dir);

}  // namespace herald

#endif  // HERALD_VALIDATE_H_
