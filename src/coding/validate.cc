#include "herald/validate.h"

#include <algorithm>
#include <cctype>

namespace herald {

namespace {

bool is_true(std::string value) {
  std::transform(value.begin(), value.end(), value.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return value == "true" || value == "1" || value == "yes";
}

bool less(const ExpectedEvent& a, const ExpectedEvent& b) {
  return std::tie(a.source, a.target, a.code) < std::tie(b.source, b.target, b.code);
}

}  // namespace

lexicon::DictionaryPaths dictionary_paths(const ValidationSuite& suite, const std::filesystem::path& dir) {
  const auto resolve = [&](const std::string& name) {
    return name.empty() ? std::string() : (dir / name).string();
  };
  lexicon::DictionaryPaths paths;
  for (const std::string& actors : suite.actor_files) paths.actors.push_back(resolve(actors));
  paths.agents = resolve(suite.agent_file);
  paths.verbs = resolve(suite.verb_file);
  paths.discards = resolve(suite.discard_file);
  paths.format = suite.format == ValidationSuite::Format::kTabari ? lexicon::DictionaryFormat::kTabari
                                                                  : lexicon::DictionaryFormat::kPetrarch;
  return paths;
}

CoderOptions options_for(const ValidationRecord& record) {
  CoderOptions options;
  for (const auto& [name, value] : record.options) {
    if (name == "require_dyad") options.require_dyad = is_true(value);
  }
  return options;
}

RecordResult run_record(const Coder& coder, const ValidationRecord& record) {
  RecordResult result;
  result.record = &record;
  const CodedStory coded = coder.code(record.story, options_for(record));
  for (const Event& event : coded.events) {
    result.produced.push_back({event.source, event.target, event.code});
  }
  if (record.expectation != ValidationRecord::Expectation::kEvents) {
    result.passed = result.produced.empty();
    return result;
  }
  std::vector<ExpectedEvent> expected = record.expected;
  std::vector<ExpectedEvent> produced = result.produced;
  std::sort(expected.begin(), expected.end(), less);
  std::sort(produced.begin(), produced.end(), less);
  result.passed = record.partial
                      ? std::includes(produced.begin(), produced.end(), expected.begin(), expected.end(), less)
                      : expected == produced;
  return result;
}

}  // namespace herald
