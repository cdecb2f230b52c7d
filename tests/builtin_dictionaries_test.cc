// The built-in dictionaries and dictionary folders: which file holds which kind, loading a
// folder, and the coverage measure behind docs/dictionaries.md.
#include <gtest/gtest.h>

#include <filesystem>

#include "herald/builtin_dictionaries.h"
#include "herald/dictionary_coverage.h"
#include "test_support.h"

namespace herald {
namespace {

using lexicon::DictionaryKind;
using testing_support::run_herald;
using testing_support::write_temp_file;

TEST(BuiltinDictionaries, KindFollowsThePath) {
  EXPECT_EQ(lexicon::dictionary_kind_of("verbs.txt"), DictionaryKind::kVerbs);
  EXPECT_EQ(lexicon::dictionary_kind_of("verbs/conflict.txt"), DictionaryKind::kVerbs);
  EXPECT_EQ(lexicon::dictionary_kind_of("agents.txt"), DictionaryKind::kAgents);
  EXPECT_EQ(lexicon::dictionary_kind_of("discards.txt"), DictionaryKind::kDiscards);
  EXPECT_EQ(lexicon::dictionary_kind_of("issues.txt"), DictionaryKind::kIssues);
  EXPECT_EQ(lexicon::dictionary_kind_of("people/americas.txt"), DictionaryKind::kActors);
  EXPECT_EQ(lexicon::dictionary_kind_of("verbsmith.txt"), DictionaryKind::kActors);
  EXPECT_EQ(lexicon::dictionary_kind_of("README.md"), std::nullopt);
}

TEST(BuiltinDictionaries, LoadWithoutErrorsOrWarnings) {
  lexicon::LoadReport report;
  lexicon::load_builtin_dictionaries(&report);
  for (const Diagnostic& d : report.diagnostics) ADD_FAILURE() << d.to_string();
  EXPECT_EQ(report.sources.size(), lexicon::builtin_dictionary_files().size());
}

TEST(DictionaryFolder, ReadsEveryKindByPath) {
  const std::string actors = write_temp_file("dict_dir/people/colombia.txt", "GUSTAVO_PETRO_\n  [COLGOV >20220807]\n");
  write_temp_file("dict_dir/countries.txt", "UNITED_STATES_ [USA]\n");
  write_temp_file("dict_dir/agents.txt", "TROOPS [~MIL]\n");
  write_temp_file("dict_dir/verbs/conflict.txt", "--- ACCUSE [112] ---\nACCUSE\n");
  write_temp_file("dict_dir/notes.md", "not a dictionary\n");
  const std::string dir = std::filesystem::path(actors).parent_path().parent_path().string();

  lexicon::LoadReport report;
  const lexicon::Dictionaries dictionaries = lexicon::load_dictionary_dir(dir, &report);
  EXPECT_EQ(report.error_count(), 0u);
  ASSERT_EQ(report.sources.size(), 4u);
  EXPECT_EQ(dictionaries.actors().size(), 2u);
  EXPECT_EQ(dictionaries.agents().size(), 1u);
  EXPECT_EQ(dictionaries.verbs().size(), 1u);

  const auto r = run_herald("code --date 2025-09-20 --input text --dict-dir '" + dir + "'",
                            "Gustavo Petro accused the United States.");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"source\":\"COLGOV\",\"target\":\"USA\",\"code\":\"112\""), std::string::npos) << r.out;
}

TEST(DictionaryFolder, EmptyOrMissingFolderIsAnError) {
  const std::string file = write_temp_file("empty_dict_dir/readme.md", "nothing here\n");
  lexicon::LoadReport report;
  lexicon::load_dictionary_dir(std::filesystem::path(file).parent_path().string(), &report);
  ASSERT_EQ(report.error_count(), 1u);
  EXPECT_NE(report.diagnostics[0].message.find("no dictionary files"), std::string::npos);

  lexicon::load_dictionary_dir("/nonexistent/herald/dictionaries", &report);
  EXPECT_EQ(report.error_count(), 1u);
}

TEST(DictionaryCoverage, LeafCodesHaveNoChildren) {
  EXPECT_TRUE(is_leaf_event_code("010"));
  EXPECT_TRUE(is_leaf_event_code("0311"));
  EXPECT_TRUE(is_leaf_event_code("036"));
  EXPECT_TRUE(is_leaf_event_code("2042"));
  EXPECT_FALSE(is_leaf_event_code("01"));
  EXPECT_FALSE(is_leaf_event_code("031"));
  EXPECT_FALSE(is_leaf_event_code("999"));
}

TEST(DictionaryCoverage, CountsFormsPatternsAndLeafCodesPerRoot) {
  const std::string path = write_temp_file("coverage_verbs.txt",
                                           "--- MEET [036] ---\n"
                                           "MEET {MET MEETS MEETING}\n"
                                           "- * WITH + ON TRADE [0311]\n"
                                           "--- ACCUSE [112] ---\n"
                                           "ACCUSE\n"
                                           "- * + OF WAR CRIMES [1121:1122]\n"
                                           "- * + OF NONSENSE [999]\n"
                                           "--- SAY [---] ---\n"
                                           "SAY {SAID SAYS SAYING}\n");
  lexicon::LoadReport report;
  const lexicon::Dictionaries dictionaries = lexicon::load_verbs(path, &report);
  ASSERT_EQ(report.error_count(), 0u);
  const DictionaryCoverage coverage = measure_coverage(dictionaries);
  ASSERT_EQ(coverage.roots.size(), 20u);
  EXPECT_EQ(coverage.patterns, 3u);
  EXPECT_EQ(coverage.roots[2].verb_forms, 4u);  // meet, met, meets, meeting: root 03
  EXPECT_EQ(coverage.roots[2].patterns, 1u);
  EXPECT_EQ(coverage.roots[10].patterns, 1u);  // the pair counts once for root 11
  EXPECT_EQ(coverage.roots[10].leaf_codes_covered, 2u);  // 1121 and 1122; 112 has children
  EXPECT_EQ(coverage.roots[2].leaf_codes_covered, 2u);  // 036 by the verbs, 0311 by the pattern
  EXPECT_EQ(coverage.roots_covered(), 2u);
  EXPECT_EQ(coverage.unknown_codes, std::vector<std::string>{"999"});
  EXPECT_GT(coverage.leaf_codes, 200u);
}

}  // namespace
}  // namespace herald
