// End-to-end tests of the herald program: flags, exit codes, diagnostics and outputs.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace herald {
namespace {

using testing_support::read_file;
using testing_support::run_herald;
using testing_support::write_temp_file;

TEST(Cli, VersionAndHelp) {
  EXPECT_EQ(run_herald("--version").status, 0);
  const auto help = run_herald("--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("code"), std::string::npos);
  EXPECT_NE(help.out.find("sentences"), std::string::npos);
  EXPECT_NE(run_herald("no-such-command").status, 0);
}

TEST(Cli, SentencesReadsStandardInputWithOffsets) {
  const auto r = run_herald("sentences --date 2025-09-16",
                            "Petro spoke in Bogot\xC3\xA1. He criticized Washington.");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out,
            "stdin\t0\t0\t22\tPetro spoke in Bogot\xC3\xA1.\n"
            "stdin\t1\t23\t48\tHe criticized Washington.\n");
}

TEST(Cli, SentencesJsonWithTokens) {
  const auto r = run_herald("sentences --format jsonl --tokens", "Colombia's envoy didn't go.");
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json record = nlohmann::json::parse(r.out);
  EXPECT_EQ(record["span"], nlohmann::json::array({0, 27}));
  std::vector<std::string> tokens;
  for (const auto& t : record["tokens"]) tokens.push_back(t["text"]);
  EXPECT_EQ(tokens, (std::vector<std::string>{"Colombia", "'s", "envoy", "did", "n't", "go", "."}));
  EXPECT_EQ(record["tokens"][3]["span"], nlohmann::json::array({17, 20}));
}

TEST(Cli, CodesListsEventAndActorCodes) {
  const auto events = run_herald("codes --format tsv");
  ASSERT_EQ(events.status, 0);
  EXPECT_NE(events.out.find("\n163\t16\t4\t-8.0\t"), std::string::npos);
  const auto actors = run_herald("codes --actors --format tsv");
  ASSERT_EQ(actors.status, 0);
  EXPECT_NE(actors.out.find("\nGOV\trole\t"), std::string::npos);
  EXPECT_NE(actors.out.find("\nMIL\trole\t"), std::string::npos);
}

TEST(Cli, CodeSkipsBadRecordsCountsThemAndFails) {
  const std::string path = write_temp_file(
      "cli_mixed.jsonl",
      "{\"id\": \"s1\", \"date\": \"2025-09-15\", \"text\": \"Colombia protested.\"}\n"
      "{\"id\": \"s2\", \"date\": \"15/09/2025\", \"text\": \"Bad date.\"}\n"
      "{\"id\": \"s3\", \"date\": \"2025-09-16\", \"text\": \"Washington replied. Bogota waited.\"}\n");
  const auto r = run_herald("code '" + path + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(path + ":2: error: bad date"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 stories, 3 sentences"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 records skipped"), std::string::npos) << r.err;
}

TEST(Cli, CodeCsvToFileStartsWithTheHeader) {
  const std::string input = write_temp_file("cli_ok.txt", "Colombia protested.");
  const std::string output = write_temp_file("cli_out.csv", "");
  const auto r = run_herald("code --date 2025-09-15 --output csv -o '" + output + "' '" + input + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(read_file(output).rfind("date,source,target,code,root_code,quad_class,goldstein,", 0), 0u);
}

TEST(Cli, CodeRejectsBadFlags) {
  EXPECT_NE(run_herald("code --input yaml").status, 0);
  EXPECT_NE(run_herald("code --output parquet", "x").status, 0);
  EXPECT_NE(run_herald("code --date 2025-02-30", "x").status, 0);
  const auto missing = run_herald("code --verbs /nonexistent/verbs.txt", "x");
  EXPECT_NE(missing.status, 0);
  EXPECT_NE(missing.err.find("/nonexistent/verbs.txt"), std::string::npos) << missing.err;
}

TEST(Cli, UnreadableInputFileFailsButOthersAreStillRead) {
  const std::string good = write_temp_file("cli_good.txt", "One sentence.");
  const auto r = run_herald("sentences /nonexistent/a.txt '" + good + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("/nonexistent/a.txt: error: cannot open"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("cli_good.txt\t0\t0\t13\tOne sentence."), std::string::npos) << r.out;
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

TEST(Cli, CodeReportsMalformedDictionaryEntriesWithTheirLine) {
  const std::string actors = testing_support::write_temp_file(
      "cli_actors.txt",
      "COLOMBIA_ [COL]\n"
      "GUSTAVO_PETRO_\n"
      "\t[COLGOV 20221399-]\n"
      "UNITED_STATES_ [USA]\n");
  const auto r = testing_support::run_herald("code --date 2025-09-15 --actors '" + actors + "'",
                                             "Colombia protested.");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find(actors + ":3:"), std::string::npos) << r.err;
}

TEST(Cli, CodeAcceptsWellFormedDictionaries) {
  const std::string actors =
      testing_support::write_temp_file("cli_good_actors.txt", "COLOMBIA_ [COL]\n+BOGOTA_\n");
  const auto r = testing_support::run_herald("code --date 2025-09-15 --actors '" + actors + "'",
                                             "Colombia protested.");
  EXPECT_EQ(r.status, 0) << r.err;
}

}  // namespace
}  // namespace herald
