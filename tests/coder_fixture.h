// Coders over small dictionaries written for a test, and their events in the form the coder
// tests compare.
#ifndef HERALD_TESTS_CODER_FIXTURE_H_
#define HERALD_TESTS_CODER_FIXTURE_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "herald/coder.h"
#include "herald/dictionary_loader.h"
#include "herald/syntax.h"
#include "test_support.h"

namespace herald::testing_support {

// The three files of a test's dictionaries, in the PETRARCH formats.
struct DictionaryText {
  std::string_view actors;
  std::string_view agents;
  std::string_view verbs;
};

// A coder over `text` with the shipped syntax model and `options`. The files are written to this
// process's temporary folder `name` (tests run as parallel processes), loaded and removed again;
// a load error fails the test.
inline std::unique_ptr<Coder> coder_from_text(const std::string& name, const DictionaryText& text,
                                              const CoderOptions& options = {}) {
  const std::filesystem::path dir = process_temp_dir(name);
  std::ofstream(dir / "actors.txt") << text.actors;
  std::ofstream(dir / "agents.txt") << text.agents;
  std::ofstream(dir / "verbs.txt") << text.verbs;
  lexicon::DictionaryPaths paths;
  paths.actors = {(dir / "actors.txt").string()};
  paths.agents = (dir / "agents.txt").string();
  paths.verbs = (dir / "verbs.txt").string();
  lexicon::LoadReport report;
  lexicon::Dictionaries dictionaries = lexicon::load_dictionaries(paths, &report);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(report.error_count(), 0u);
  return std::make_unique<Coder>(std::move(dictionaries), syntax::SyntaxModel::load(), options);
}

// "SOURCE TARGET CODE" for each of `events`, sorted.
inline std::vector<std::string> event_lines(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.source + " " + e.target + " " + e.code);
  std::sort(out.begin(), out.end());
  return out;
}

// "SOURCE TARGET CODE" for each event `coder` finds in `text` as a story of `date`, sorted.
inline std::vector<std::string> coded_events(const Coder& coder, const std::string& text, const std::string& date) {
  Story story;
  story.id = "test";
  story.date = date;
  story.text = text;
  return event_lines(coder.code(story).events);
}

}  // namespace herald::testing_support

#endif  // HERALD_TESTS_CODER_FIXTURE_H_
