// `herald parse` and `herald eval-syntax` as a user runs them.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace herald {
namespace {

using testing_support::run_herald;
using testing_support::write_temp_file;

std::vector<std::vector<std::string>> word_lines(const std::string& conllu) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(conllu);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream cells(line);
    for (std::string cell; std::getline(cells, cell, '\t');) fields.push_back(cell);
    rows.push_back(fields);
  }
  return rows;
}

TEST(SyntaxCli, ParsePrintsConlluWithCodePointRanges) {
  const auto r = run_herald("parse", "Café owners protested.\nThe police didn't intervene.\n");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("# text = Café owners protested."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# text = The police didn't intervene."), std::string::npos) << r.out;
  const auto rows = word_lines(r.out);
  ASSERT_GE(rows.size(), 9u) << r.out;
  for (const auto& row : rows) ASSERT_EQ(row.size(), 10u) << r.out;
  EXPECT_EQ(rows[0][1], "Café");
  EXPECT_EQ(rows[0][9], "TokenRange=0:4");
  EXPECT_EQ(rows[1][1], "owners");
  EXPECT_EQ(rows[1][2], "owner");
  EXPECT_EQ(rows[1][9], "TokenRange=5:11");  // code points, not bytes ("é" is two bytes)
  EXPECT_EQ(rows[2][7], "root");
  EXPECT_EQ(rows[2][6], "0");
  EXPECT_EQ(rows[3][9], "TokenRange=21:22");
  EXPECT_EQ(rows[1][6], "3");
  EXPECT_EQ(rows[1][7], "nsubj");
}

TEST(SyntaxCli, EvalSyntaxScoresGoldAndEndToEnd) {
  const auto r = run_herald("eval-syntax " HERALD_SOURCE_DIR "/tests/data/syntax/news_fixtures.conllu");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("gold tokenization"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("end to end"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("words      57 gold, 57 predicted; sentences 7 gold, 7 predicted"), std::string::npos)
      << r.out;
  size_t uas_lines = 0;
  for (size_t at = r.out.find("  UAS "); at != std::string::npos; at = r.out.find("  UAS ", at + 1)) ++uas_lines;
  EXPECT_EQ(uas_lines, 2u);
}

TEST(SyntaxCli, BeamOptionsAreCheckedAndReported) {
  const auto exact = run_herald("parse --timing --beam 4 --beam-margin 0", "Rebels attacked the town.\n");
  ASSERT_EQ(exact.status, 0) << exact.err;
  EXPECT_NE(exact.err.find("beam 4, margin 0;"), std::string::npos) << exact.err;
  const auto by_default = run_herald("parse --timing", "Rebels attacked the town.\n");
  ASSERT_EQ(by_default.status, 0) << by_default.err;
  EXPECT_NE(by_default.err.find(", margin 1.5;"), std::string::npos) << by_default.err;
  EXPECT_NE(by_default.err.find(" s CPU = "), std::string::npos) << by_default.err;
  EXPECT_NE(by_default.err.find(" s wall clock = "), std::string::npos) << by_default.err;
  EXPECT_EQ(word_lines(exact.out).size(), word_lines(by_default.out).size());
  const auto negative = run_herald("parse --beam-margin -1", "Rebels attacked the town.\n");
  EXPECT_NE(negative.status, 0);
  EXPECT_NE(negative.err.find("--beam-margin"), std::string::npos) << negative.err;
}

TEST(SyntaxCli, ClearErrorsForMissingModelsAndBadGold) {
  const auto no_models = run_herald("parse --models /nonexistent/dir", "Hello.");
  EXPECT_EQ(no_models.status, 1);
  EXPECT_NE(no_models.err.find("no en_ewt.syntax"), std::string::npos) << no_models.err;

  const std::string bad = write_temp_file("bad_gold.conllu", "# text = x\n1\tx\tx\tX\n");
  const auto bad_gold = run_herald("eval-syntax '" + bad + "'");
  EXPECT_EQ(bad_gold.status, 1);
  EXPECT_NE(bad_gold.err.find("bad_gold.conllu:2: error: expected 10 tab-separated columns"), std::string::npos)
      << bad_gold.err;
}

}  // namespace
}  // namespace herald
