// herald ingest, dyad and plot end to end, with the small test dictionaries of tests/data/coding.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <array>
#include <filesystem>

#include "herald/store.h"
#include "test_support.h"

namespace herald {
namespace {

using testing_support::read_file;
using testing_support::run_herald;
using testing_support::write_temp_file;

const std::string kDictionaries = " --actors '" HERALD_SOURCE_DIR "/tests/data/coding/actors.txt' --agents '" HERALD_SOURCE_DIR
                                   "/tests/data/coding/agents.txt' --verbs '" HERALD_SOURCE_DIR
                                   "/tests/data/coding/verbs.txt'";

std::string fresh_db(const std::string& name) {
  const std::string path = write_temp_file(name, "");
  std::filesystem::remove(path);
  return path;
}

// Three stories: COL accuses USA (twice, two outlets, same day), USA sanctions COL the next week.
std::string sample_input() {
  std::string input;
  for (const auto& [id, date, outlet, text] : std::vector<std::array<std::string, 4>>{
           {"a1", "2025-09-15", "Reuters", "Colombia accused the United States. Venezuela praised Colombia."},
           {"a2", "2025-09-15", "AP", "Colombia accused the United States on Monday."},
           {"a3", "2025-09-23", "AP", "The United States sanctioned Colombia."}}) {
    input += nlohmann::json{{"id", id}, {"date", date}, {"source", outlet}, {"title", "About " + id}, {"text", text}}
                 .dump() +
             "\n";
  }
  return input;
}

store::StoreSummary summary_of(const std::string& db) {
  return store::EventStore::open(db, store::OpenMode::kReadOnly)->summary();
}

TEST(StoreIngest, IngestingTheSameFileTwiceAddsNothing) {
  const std::string input = write_temp_file("ingest_twice.jsonl", sample_input());
  const std::string db = fresh_db("ingest_twice.db");
  const auto first = run_herald("ingest --db '" + db + "'" + kDictionaries + " '" + input + "'");
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("3 added"), std::string::npos) << first.err;
  const store::StoreSummary once = summary_of(db);
  EXPECT_EQ(once.stories, 3u);
  EXPECT_EQ(once.events, 4u);            // 112 twice, 051, 163
  EXPECT_EQ(once.one_a_day_events, 3u);  // the two 112 of 09-15 are one event
  EXPECT_EQ(once.sentences, 4u);

  const auto second = run_herald("ingest --db '" + db + "'" + kDictionaries + " '" + input + "'");
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("0 added"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("3 already stored"), std::string::npos) << second.err;
  const store::StoreSummary twice = summary_of(db);
  EXPECT_EQ(twice.stories, once.stories);
  EXPECT_EQ(twice.events, once.events);
  EXPECT_EQ(twice.sentences, once.sentences);

  // The one-a-day event keeps how many articles and outlets reported it.
  const auto store = store::EventStore::open(db, store::OpenMode::kReadOnly);
  const std::vector<store::EventEvidence> top =
      store->dyad_events(store::EventQuery{.dyad = {.a = "COL", .b = "USA"}, .period_start = {}, .limit = 1});
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].code, "112");
  EXPECT_EQ(top[0].num_articles, 2u);
  EXPECT_EQ(top[0].num_sources, 2u);
  EXPECT_EQ(top[0].verb_text, "accused");
  EXPECT_EQ(top[0].story_title, "About a1");
  EXPECT_EQ(top[0].story_source, "Reuters");
  EXPECT_EQ(top[0].sentence, "Colombia accused the United States.");
}

TEST(StoreIngest, BadRecordsAreReportedSkippedAndCounted) {
  const std::string input = write_temp_file(
      "ingest_bad.jsonl", sample_input() + "{\"id\": \"broken\", \"text\": \n" +
                              "{\"id\": \"nodate\", \"text\": \"Colombia accused the United States.\"}\n");
  const std::string db = fresh_db("ingest_bad.db");
  const auto r = run_herald("ingest --db '" + db + "'" + kDictionaries + " '" + input + "'");
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("ingest_bad.jsonl:4:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ingest_bad.jsonl:5:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no date"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 records skipped"), std::string::npos) << r.err;
  EXPECT_EQ(summary_of(db).stories, 3u);

  // A file that is not a store is refused, and left alone.
  const std::string not_db = write_temp_file("ingest_not_a_db.db", "just some text, not SQLite\n");
  const auto refused = run_herald("ingest --db '" + not_db + "'" + kDictionaries + " '" + input + "'");
  EXPECT_EQ(refused.status, 1);
  EXPECT_NE(refused.err.find("ingest_not_a_db.db"), std::string::npos) << refused.err;
  EXPECT_EQ(read_file(not_db), "just some text, not SQLite\n");
  const auto missing = run_herald("dyad COL USA --db '" + db + ".missing'");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no such event store"), std::string::npos) << missing.err;
}

TEST(StoreIngest, DyadCommandReadsTheStore) {
  const std::string input = write_temp_file("dyad_cli.jsonl", sample_input());
  const std::string db = fresh_db("dyad_cli.db");
  ASSERT_EQ(run_herald("ingest --db '" + db + "'" + kDictionaries + " '" + input + "'").status, 0);

  const auto json = run_herald("dyad COL USA --db '" + db + "' --format json --by week");
  ASSERT_EQ(json.status, 0) << json.err;
  const nlohmann::json out = nlohmann::json::parse(json.out);
  ASSERT_EQ(out["periods"].size(), 2u);
  const nlohmann::json& w38 = out["periods"][0];
  EXPECT_EQ(w38["period"], "2025-W38");
  EXPECT_EQ(w38["a_to_b"]["events"], 1);  // one-a-day
  EXPECT_EQ(w38["a_to_b"]["articles"], 2);
  EXPECT_EQ(w38["a_to_b"]["verbal_conflict"], 1);
  EXPECT_DOUBLE_EQ(w38["goldstein_sum"].get<double>(), w38["a_to_b"]["goldstein_sum"].get<double>());
  EXPECT_LT(w38["goldstein_sum"].get<double>(), 0);
  ASSERT_EQ(w38["top_events"].size(), 1u);
  EXPECT_EQ(w38["top_events"][0]["verb_text"], "accused");
  const nlohmann::json& w39 = out["periods"][1];
  EXPECT_EQ(w39["b_to_a"]["events"], 1);
  EXPECT_EQ(w39["b_to_a"]["material_conflict"], 1);
  EXPECT_EQ(w39["top_events"][0]["direction"], "b_to_a");

  const auto table = run_herald("dyad COL USA --db '" + db + "'");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("COL -> USA"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("2025-W39"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("\"Colombia accused the United States.\""), std::string::npos) << table.out;

  const auto csv = run_herald("dyad COL USA --db '" + db + "' --format csv --by month");
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_EQ(csv.out.substr(0, 14), "period,start,d");
  EXPECT_NE(csv.out.find("2025-09,2025-09-01,\"COL->USA\",1,"), std::string::npos) << csv.out;

  for (const std::string evil : {"\"COL' OR 1=1 --\"", "'%'", "'USA\"; DROP TABLE events; --'"}) {
    const auto r = run_herald("dyad " + evil + " USA --db '" + db + "'");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("No events"), std::string::npos) << r.out;
  }
  EXPECT_EQ(summary_of(db).events, 4u);
  EXPECT_NE(run_herald("dyad COL USA --db '" + db + "' --by year").status, 0);
  EXPECT_NE(run_herald("dyad COL USA --db '" + db + "' --from 2025-02-30").status, 0);
}

TEST(StoreIngest, ThreadsStoreTheSameAsOneThread) {
  const std::string input = write_temp_file("threads.jsonl", sample_input() + sample_input());
  const std::string one = fresh_db("threads_1.db");
  const std::string four = fresh_db("threads_4.db");
  ASSERT_EQ(run_herald("ingest -j 1 --db '" + one + "'" + kDictionaries + " '" + input + "'").status, 0);
  const auto r = run_herald("ingest -j 4 --batch 1 --db '" + four + "'" + kDictionaries + " '" + input + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  // The second copy of each story is a duplicate within the run: stored once.
  EXPECT_NE(r.err.find("3 added"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 already stored"), std::string::npos) << r.err;
  const auto json_one = run_herald("dyad COL USA --format json --by day --db '" + one + "'");
  const auto json_four = run_herald("dyad COL USA --format json --by day --db '" + four + "'");
  ASSERT_EQ(json_one.status, 0);
  EXPECT_FALSE(nlohmann::json::parse(json_one.out)["periods"].empty());
  EXPECT_EQ(json_one.out, json_four.out);
}

TEST(StoreIngest, PlotWritesAValidSvgWithEscapedText) {
  const std::string input = write_temp_file("plot.jsonl", sample_input());
  const std::string db = fresh_db("plot.db");
  ASSERT_EQ(run_herald("ingest --db '" + db + "'" + kDictionaries + " '" + input + "'").status, 0);
  const std::string svg_path = write_temp_file("plot.svg", "");
  const auto r = run_herald("plot COL USA --db '" + db + "' --by day -o '" + svg_path +
                            "' --title 'Colombia & <USA> \"quoted\"'");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string svg = read_file(svg_path);
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_string(svg.c_str());
  ASSERT_TRUE(parsed) << parsed.description();
  const pugi::xml_node root = doc.child("svg");
  ASSERT_TRUE(root);
  EXPECT_STREQ(root.child_value("title"), "Colombia & <USA> \"quoted\"");
  EXPECT_NE(svg.find("Colombia &amp; &lt;USA&gt; &quot;quoted&quot;"), std::string::npos);
  // Nine days from 09-15 to 09-23; bars for the Goldstein sums, a line per direction.
  EXPECT_NE(svg.find("2025-09-15"), std::string::npos);
  EXPECT_EQ(doc.select_nodes("//polyline").size(), 2u);
  EXPECT_GE(doc.select_nodes("//rect").size(), 4u);

  // An argument full of markup and quotes matches nothing and still gives a valid document.
  const auto evil = run_herald("plot \"<b>&'\" USA --db '" + db + "' -o -");
  ASSERT_EQ(evil.status, 0) << evil.err;
  pugi::xml_document empty;
  ASSERT_TRUE(empty.load_string(evil.out.c_str()));
  EXPECT_NE(evil.out.find("No events between &lt;b&gt;&amp;&apos;"), std::string::npos);
}

TEST(StoreIngest, ExamplesGiveADyadSummary) {
  const std::string db = fresh_db("examples.db");
  const auto ingest = run_herald("ingest '" HERALD_SOURCE_DIR "/examples/stories.jsonl' --db '" + db + "'");
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  const auto dyad = run_herald("dyad COL USA --db '" + db + "'");
  ASSERT_EQ(dyad.status, 0) << dyad.err;
  EXPECT_NE(dyad.out.find("COL -> USA"), std::string::npos) << dyad.out;
  EXPECT_NE(dyad.out.find("USA -> COL"), std::string::npos) << dyad.out;
  EXPECT_GT(summary_of(db).events, 0u);
}

}  // namespace
}  // namespace herald
