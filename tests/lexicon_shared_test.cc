// The PETRARCH and TABARI validation dictionaries in ../shared, read as the real thing.
// Skipped when ../shared is absent. Counts are printed; the few diagnostics these files give
// are each explained below.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "lexicon_test_util.h"
#include "dictionary_sets.h"

namespace herald::lexicon {
namespace {

using testing_util::diagnostic_lines;
using Strings = std::vector<std::string>;

const std::string kConformance = std::string(HERALD_SOURCE_DIR) + "/../shared/conformance";

std::string summary_line(const SourceSummary& s) {
  return fmt::format(
      "{} ({}): {} lines, {} entries, {} phrases, {} code blocks, {} blocks, "
      "{} patterns, {} synsets, {} errors, {} warnings",
      std::filesystem::path(s.source).filename().string(), dictionary_kind_name(s.kind), s.lines,
      s.entries, s.names, s.codes, s.blocks, s.patterns, s.synsets, s.errors, s.warnings);
}

// Whether each diagnostic's text contains the matching fragment, in order.
void expect_diagnostics(const LoadReport& report, const Strings& fragments) {
  const Strings lines = diagnostic_lines(report);
  ASSERT_EQ(lines.size(), fragments.size()) << ::testing::PrintToString(lines);
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_NE(lines[i].find(fragments[i]), std::string::npos) << lines[i];
  }
}

TEST(SharedDictionariesTest, PetrarchValidationDictionaries) {
  const std::string& dir = testing_support::kPetrarchConformanceDir;
  if (!std::filesystem::exists(dir + "PETR.Validate.verbs.txt")) {
    GTEST_SKIP() << "skipped: " << dir << " is absent";
  }
  LoadReport report;
  const Dictionaries d = load_dictionaries(testing_support::petrarch_validation_dictionaries(), &report);
  for (const SourceSummary& s : report.sources) std::printf("  %s\n", summary_line(s).c_str());
  std::printf(
      "  after duplicates: %zu actors with %zu phrases, %zu agents with %zu phrases, "
      "%zu verbs with %zu forms, %zu patterns, %zu synsets, %zu discards; %u words, %u "
      "codes\n",
      d.actors().size(), d.actor_names().size(), d.agents().size(), d.agent_names().size(),
      d.verbs().size(), d.verb_forms().size(), d.patterns().size(), d.synsets().size(),
      d.discards().size(), d.words().size(), d.codes().size());
  for (const Diagnostic& diagnostic : report.diagnostics) {
    std::printf("  %s\n", diagnostic.to_string().c_str());
  }
  // The three warnings, all about the files themselves:
  //  - a block header with two codes, of which PETRARCH uses the first;
  //  - an actor phrase given twice (once as an actor, once as another's synonym);
  //  - a verb given two blocks, of which PETRARCH keeps the later (whose pattern the unit
  //    tests expect).
  EXPECT_EQ(report.error_count(), 0u);
  expect_diagnostics(report, {"warning:only the first code of a block header is used",
                              "warning:actor phrase", "warning:verb form"});
  ASSERT_EQ(report.sources.size(), 4u);
  EXPECT_GT(report.sources[0].entries, 100u);  // actors
  EXPECT_GT(report.sources[0].codes, report.sources[0].entries);
  EXPECT_GT(report.sources[1].entries, 80u);                      // agents
  EXPECT_GT(report.sources[1].names, report.sources[1].entries);  // with plurals
  EXPECT_GT(report.sources[2].blocks, 200u);                      // verb blocks
  EXPECT_GT(report.sources[2].patterns, 400u);
  EXPECT_GT(report.sources[2].synsets, 10u);
  EXPECT_GT(report.sources[3].entries, 5u);  // discards
  // Every line of each file was seen.
  for (const SourceSummary& s : report.sources) EXPECT_GT(s.lines, 0u);
  size_t dated = 0;
  for (const Actor& a : d.actors()) dated += a.dated_count;
  EXPECT_GT(dated, 5u);
  size_t with_actor_tokens = 0;
  for (const Pattern& p : d.patterns()) {
    for (const PatternElement& e : d.elements_of(p)) {
      with_actor_tokens += e.kind == ElementKind::kSource || e.kind == ElementKind::kTarget;
    }
  }
  EXPECT_GT(with_actor_tokens, 20u);
}

TEST(SharedDictionariesTest, TabariValidationDictionaries) {
  const std::string dir = kConformance + "/tabari/";
  if (!std::filesystem::exists(dir + "TABARI.Demo.verbs")) {
    GTEST_SKIP() << "skipped: " << dir << " is absent";
  }
  DictionaryPaths paths;
  paths.actors = {dir + "TABARI.Demo.actors"};
  paths.agents = dir + "Validate.agents";
  paths.verbs = dir + "TABARI.Demo.verbs";
  paths.format = DictionaryFormat::kTabari;
  LoadReport report;
  const Dictionaries d = load_dictionaries(paths, &report);
  for (const SourceSummary& s : report.sources) std::printf("  %s\n", summary_line(s).c_str());
  std::printf(
      "  after duplicates: %zu actors with %zu phrases (%zu nouns, %zu adjectives), "
      "%zu agents with %zu phrases, %zu verb roots with %zu forms, %zu patterns, %zu "
      "synsets (named and from alternatives); %u words, %u codes\n",
      d.actors().size(), d.actor_names().size(), d.tabari_nouns().size(),
      d.tabari_adjectives().size(), d.agents().size(), d.agent_names().size(), d.verbs().size(),
      d.verb_forms().size(), d.patterns().size(), d.synsets().size(), d.words().size(),
      d.codes().size());
  for (const Diagnostic& diagnostic : report.diagnostics) {
    std::printf("  %s\n", diagnostic.to_string().c_str());
  }
  EXPECT_TRUE(report.diagnostics.empty());
  ASSERT_EQ(report.sources.size(), 3u);
  EXPECT_GT(report.sources[0].entries, 100u);
  EXPECT_GT(d.tabari_nouns().size(), 0u);
  EXPECT_GT(d.tabari_adjectives().size(), 0u);
  EXPECT_GT(report.sources[1].entries, 80u);
  EXPECT_GT(report.sources[2].blocks, 250u);
  EXPECT_GT(report.sources[2].patterns, 350u);
  size_t time_blocks = 0;
  for (const VerbBlock& b : d.verb_blocks()) time_blocks += b.section == VerbSection::kTime;
  EXPECT_GT(time_blocks, 5u);
  size_t anonymous = 0;
  for (const Synset& s : d.synsets()) anonymous += s.anonymous;
  EXPECT_GT(anonymous, 5u);
  size_t stems = 0;
  for (const ActorName& name : d.actor_names()) stems += name.phrase.stem_mask != 0;
  EXPECT_GT(stems, d.actor_names().size() / 2);  // most TABARI actor words are stems
}

}  // namespace
}  // namespace herald::lexicon
