// `herald code -j N`: byte-identical output whatever N, with the test dictionaries and with the
// built-in ones; bad records reported and counted the same way; the throughput summary.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parallel_test_corpus.h"
#include "test_support.h"

namespace herald {
namespace {

using testing_support::run_herald;
using testing_support::write_temp_file;

// The generated corpus as JSON Lines, with malformed records at the given 1-based lines.
std::string corpus_jsonl(size_t stories, const std::vector<std::string>& bad_records = {}) {
  std::string out;
  size_t bad = 0;
  for (const Story& story : testing_support::generated_stories(stories)) {
    if (bad < bad_records.size() && story.line % 97 == 0) out += bad_records[bad++] + "\n";
    out += nlohmann::json{{"id", story.id}, {"date", story.date}, {"text", story.text}}.dump() + "\n";
  }
  return out;
}

// Standard error without the timing line, which differs from run to run.
std::string without_timing(const std::string& err) {
  std::string out;
  size_t begin = 0;
  while (begin < err.size()) {
    const size_t end = err.find('\n', begin);
    const std::string line = err.substr(begin, end == std::string::npos ? end : end - begin + 1);
    if (line.find("herald: coded ") != 0) out += line;
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  return out;
}

const std::string kTestDictionaries = " --actors " HERALD_SOURCE_DIR "/tests/data/coding/actors.txt"
                                      " --agents " HERALD_SOURCE_DIR "/tests/data/coding/agents.txt"
                                      " --verbs " HERALD_SOURCE_DIR "/tests/data/coding/verbs.txt";

void expect_same_output_for_any_thread_count(const std::string& input, const std::string& flags,
                                             size_t least_events) {
  const auto one = run_herald("code -j 1" + flags + " '" + input + "'");
  ASSERT_EQ(one.status, 0) << one.err;
  ASSERT_GE(static_cast<size_t>(std::count(one.out.begin(), one.out.end(), '\n')), least_events)
      << one.err;
  for (const char* threads : {"2", "4"}) {
    const auto many = run_herald(std::string("code -j ") + threads + flags + " '" + input + "'");
    EXPECT_EQ(many.status, 0) << many.err;
    EXPECT_TRUE(many.out == one.out) << "-j " << threads << " differs from -j 1";
    EXPECT_EQ(without_timing(many.err), without_timing(one.err));
  }
}

TEST(ParallelCli, SameBytesForAnyThreadCountWithTestDictionaries) {
  const std::string input = write_temp_file("parallel_corpus.jsonl", corpus_jsonl(400));
  expect_same_output_for_any_thread_count(input, kTestDictionaries, 300);
}

TEST(ParallelCli, SameBytesForAnyThreadCountWithBuiltinDictionaries) {
  const std::string input = write_temp_file("parallel_corpus_builtin.jsonl", corpus_jsonl(300));
  expect_same_output_for_any_thread_count(input, "", 100);
}

TEST(ParallelCli, BadRecordsAreReportedAndCountedTheSameWayWithThreads) {
  const std::string input = write_temp_file(
      "parallel_bad.jsonl",
      corpus_jsonl(300, {"{\"id\": \"broken\", \"text\": ", "not json at all",
                         R"({"id": "x", "date": "15/09/2025", "text": "Bad date."})"}));
  const auto one = run_herald("code -j 1" + kTestDictionaries + " '" + input + "'");
  const auto two = run_herald("code -j 2" + kTestDictionaries + " '" + input + "'");
  EXPECT_EQ(one.status, 1);
  EXPECT_EQ(two.status, 1);
  EXPECT_NE(one.err.find("3 records skipped"), std::string::npos) << one.err;
  EXPECT_NE(one.err.find(input + ":"), std::string::npos) << one.err;
  EXPECT_EQ(without_timing(two.err), without_timing(one.err));
  EXPECT_TRUE(two.out == one.out);
}

TEST(ParallelCli, PrintsThroughputAtTheEnd) {
  const std::string input = write_temp_file("parallel_small.jsonl", corpus_jsonl(20));
  const auto r = run_herald("code -j 2" + kTestDictionaries + " '" + input + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const size_t at = r.err.find("herald: coded ");
  ASSERT_NE(at, std::string::npos) << r.err;
  const std::string line = r.err.substr(at, r.err.find('\n', at) - at);
  for (const char* part : {" tokens in ", " s wall, ", " s CPU, 2 threads: ", " stories/s, ", " sentences/s, ",
                           " tokens/s, ", " events/s"}) {
    EXPECT_NE(line.find(part), std::string::npos) << line;
  }
  EXPECT_NE(r.err.find("herald: 20 stories, "), std::string::npos) << r.err;
}

}  // namespace
}  // namespace herald
