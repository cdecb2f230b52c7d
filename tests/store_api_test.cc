// The EventStore API on hand-made stories: idempotent writes, the one-a-day rule, dyad series
// in both directions, evidence, prefixes, and arguments that look like SQL.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "herald/store.h"
#include "test_support.h"

namespace herald::store {
namespace {

using testing_support::write_temp_file;

std::string fresh_db(const std::string& name) {
  const std::string path = write_temp_file(name, "");
  std::filesystem::remove(path);
  return path;
}

Event make_event(std::string date, std::string source, std::string target, std::string code, int quad,
                 double goldstein) {
  Event event;
  event.date = std::move(date);
  event.source = std::move(source);
  event.target = std::move(target);
  event.code = std::move(code);
  event.root_code = event.code.substr(0, 2);
  event.quad_class = quad;
  event.goldstein = goldstein;
  event.source_text = "the source";
  event.target_text = "the target";
  event.verb_text = "acted";
  event.source_span = {0, 10};
  event.verb_span = {11, 16};
  event.target_span = {17, 27};
  return event;
}

StoredStory make_story(std::string id, std::string date, std::string outlet, std::vector<Event> events) {
  StoredStory story;
  story.info.id = std::move(id);
  story.info.date = std::move(date);
  story.info.source = std::move(outlet);
  story.info.title = "Title of " + story.info.id;
  story.info.url = "https://example.org/" + story.info.id;
  story.info.text_hash = "hash-" + story.info.id;
  story.sentences.push_back(StoredSentence{0, Span{0, 27}, "the source acted the target"});
  for (Event& event : events) {
    event.story_id = story.info.id;
    event.date = story.info.date;
    event.sentence = story.sentences[0].text;
  }
  story.events = std::move(events);
  return story;
}

// Week of 2025-09-15 (W38) and of 2025-09-22 (W39).
std::vector<StoredStory> sample_stories() {
  std::vector<StoredStory> stories;
  // The same USA->COL 163 on 09-15 reported by three stories from two outlets: one event.
  for (const auto& [id, outlet] : std::vector<std::pair<std::string, std::string>>{
           {"s1", "Reuters"}, {"s2", "AP"}, {"s3", "Reuters"}}) {
    stories.push_back(make_story(id, "2025-09-15", outlet, {make_event("", "USA", "COLGOV", "163", 4, -8.0)}));
  }
  // On 09-16, COL->USA: a verbal conflict and a cooperative COLGOV->USAGOV.
  stories.push_back(make_story("s4", "2025-09-16", "AP",
                               {make_event("", "COLGOV", "USA", "112", 3, -2.0),
                                make_event("", "COLGOV", "USAGOV", "036", 1, 4.0)}));
  // Week 39: USA->COL 042 (+1.9) twice on two days, and an event of another dyad.
  stories.push_back(make_story("s5", "2025-09-22", "", {make_event("", "USAGOV", "COL", "042", 1, 1.9)}));
  stories.push_back(make_story("s6", "2025-09-24", "", {make_event("", "USAGOV", "COL", "042", 1, 1.9),
                                                        make_event("", "VEN", "COL", "190", 4, -10.0)}));
  return stories;
}

class StoreApi : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = fresh_db("store_api.db");
    store_ = EventStore::open(path_, OpenMode::kReadWrite);
    const std::vector<StoredStory> stories = sample_stories();
    const WriteResult result = store_->write(stories);
    ASSERT_EQ(result.stories_added, 6u);
    ASSERT_EQ(result.events_added, 8u);
  }

  std::string path_;
  std::unique_ptr<EventStore> store_;
};

TEST_F(StoreApi, WritingTheSameStoriesAgainAddsNothing) {
  const std::vector<StoredStory> stories = sample_stories();
  const WriteResult again = store_->write(stories);
  EXPECT_EQ(again.stories_added, 0u);
  EXPECT_EQ(again.stories_already_stored, 6u);
  EXPECT_EQ(again.events_added, 0u);
  // Same id, other text: the stored story is kept and the conflict counted.
  std::vector<StoredStory> changed;
  changed.push_back(make_story("s1", "2025-09-15", "Reuters", {make_event("", "USA", "COL", "190", 4, -10)}));
  changed[0].info.text_hash = "another-hash";
  const WriteResult conflict = store_->write(changed);
  EXPECT_EQ(conflict.stories_conflicting, 1u);
  const StoreSummary summary = store_->summary();
  EXPECT_EQ(summary.stories, 6u);
  EXPECT_EQ(summary.events, 8u);
  EXPECT_TRUE(store_->contains_story("s3"));
  EXPECT_FALSE(store_->contains_story("s9"));
}

TEST_F(StoreApi, OneADayCountsEachEventOnceWithItsArticlesAndSources) {
  const StoreSummary summary = store_->summary();
  EXPECT_EQ(summary.events, 8u);
  // s1..s3 are one event; s5 and s6 are on two days, so two.
  EXPECT_EQ(summary.one_a_day_events, 6u);
  EXPECT_EQ(summary.first_date, "2025-09-15");
  EXPECT_EQ(summary.last_date, "2025-09-24");

  const std::vector<EventEvidence> top =
      store_->dyad_events(EventQuery{.dyad = {.a = "USA", .b = "COL"}, .period_start = {}, .limit = 1});
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].code, "163");
  EXPECT_EQ(top[0].num_articles, 3u);
  EXPECT_EQ(top[0].num_sources, 2u);  // Reuters twice, AP once
  EXPECT_EQ(top[0].story_id, "s1");
  EXPECT_EQ(top[0].story_title, "Title of s1");
  EXPECT_EQ(top[0].sentence, "the source acted the target");
  EXPECT_EQ(top[0].verb_span, (Span{11, 16}));
  EXPECT_TRUE(top[0].a_to_b);

  // Most cooperative first; stories without an outlet count as one source.
  const std::vector<EventEvidence> cooperative = store_->dyad_events(EventQuery{
      .dyad = {.a = "USA", .b = "COL", .counting = Counting::kOneADay}, .order = EventOrder::kMostCooperative});
  ASSERT_EQ(cooperative.size(), 5u);
  EXPECT_EQ(cooperative[0].code, "036");
  EXPECT_FALSE(cooperative[0].a_to_b);
  EXPECT_EQ(cooperative[1].code, "042");
  EXPECT_EQ(cooperative[1].story_source, "");
  EXPECT_EQ(cooperative[1].num_sources, 1u);
  EXPECT_EQ(cooperative[4].code, "163");
}

TEST_F(StoreApi, EventListsOfOneDirectionSplitTheDyad) {
  const auto of = [&](std::string a, std::string b, Direction direction) {
    return store_->dyad_events(
        EventQuery{.dyad = {.a = a, .b = b}, .period_start = {}, .limit = 0, .direction = direction});
  };
  const std::vector<EventEvidence> both = of("USA", "COL", Direction::kBoth);
  const std::vector<EventEvidence> forward = of("USA", "COL", Direction::kAToB);
  const std::vector<EventEvidence> backward = of("USA", "COL", Direction::kBToA);
  ASSERT_FALSE(forward.empty());
  ASSERT_FALSE(backward.empty());
  EXPECT_EQ(forward.size() + backward.size(), both.size());
  for (const EventEvidence& event : forward) EXPECT_TRUE(event.a_to_b && event.source.starts_with("USA"));
  for (const EventEvidence& event : backward) EXPECT_TRUE(!event.a_to_b && event.source.starts_with("COL"));
  // Swapping the actors swaps the directions.
  EXPECT_EQ(of("COL", "USA", Direction::kBToA).size(), forward.size());
}

TEST_F(StoreApi, DyadSeriesCountsBothDirectionsByPeriod) {
  const DyadSeries series = store_->dyad_series(DyadQuery{.a = "COL", .b = "USA", .period = Period::kWeek});
  ASSERT_EQ(series.periods.size(), 2u);
  const PeriodStats& w38 = series.periods[0];
  EXPECT_EQ(w38.start, "2025-09-15");
  EXPECT_EQ(w38.label, "2025-W38");
  // COL->USA: 112 (-2, QuadClass 3) and 036 (+4, QuadClass 1).
  EXPECT_EQ(w38.a_to_b.events, 2u);
  EXPECT_EQ(w38.a_to_b.by_quad_class[1], 1u);
  EXPECT_EQ(w38.a_to_b.by_quad_class[3], 1u);
  EXPECT_DOUBLE_EQ(w38.a_to_b.goldstein_sum, 2.0);
  EXPECT_DOUBLE_EQ(w38.a_to_b.goldstein_mean(), 1.0);
  // USA->COL: the one-a-day 163 (-8), three articles.
  EXPECT_EQ(w38.b_to_a.events, 1u);
  EXPECT_EQ(w38.b_to_a.articles, 3u);
  EXPECT_DOUBLE_EQ(w38.b_to_a.goldstein_sum, -8.0);
  const PeriodStats& w39 = series.periods[1];
  EXPECT_EQ(w39.a_to_b.events, 0u);
  EXPECT_EQ(w39.b_to_a.events, 2u);
  EXPECT_NEAR(w39.b_to_a.goldstein_sum, 3.8, 1e-9);
  EXPECT_NEAR(w39.both().goldstein_mean(), 1.9, 1e-9);

  // Every report: the 163 counts three times.
  const DyadSeries reports =
      store_->dyad_series(DyadQuery{.a = "COL", .b = "USA", .period = Period::kWeek, .counting = Counting::kEveryReport});
  EXPECT_EQ(reports.periods[0].b_to_a.events, 3u);
  EXPECT_DOUBLE_EQ(reports.periods[0].b_to_a.goldstein_sum, -24.0);

  // By day, with the empty days between the first and the last event kept as zeros.
  const DyadSeries days = store_->dyad_series(DyadQuery{.a = "USA", .b = "COL", .period = Period::kDay});
  ASSERT_EQ(days.periods.size(), 10u);  // 09-15 .. 09-24
  EXPECT_EQ(days.periods[3].start, "2025-09-18");
  EXPECT_EQ(days.periods[3].both().events, 0u);
  EXPECT_EQ(days.periods[0].a_to_b.events, 1u);  // now USA is a

  // A date range narrows it.
  const DyadSeries late =
      store_->dyad_series(DyadQuery{.a = "COL", .b = "USA", .from = "2025-09-20", .to = "2025-09-28", .period = Period::kWeek});
  ASSERT_EQ(late.periods.size(), 2u);  // W38 (the week of the 20th) and W39
  EXPECT_EQ(late.periods[0].both().events, 0u);
  EXPECT_EQ(late.periods[1].both().events, 2u);
}

TEST_F(StoreApi, ActorsMatchByPrefixOnly) {
  // COLGOV is matched by COL and COLGOV, not by GOV or by a longer code.
  EXPECT_EQ(store_->dyad_series(DyadQuery{.a = "COLGOV", .b = "USA"}).periods.size(), 1u);
  EXPECT_TRUE(store_->dyad_series(DyadQuery{.a = "GOV", .b = "USA"}).periods.empty());
  EXPECT_TRUE(store_->dyad_series(DyadQuery{.a = "COLGOVX", .b = "USA"}).periods.empty());
  const DyadSeries gov = store_->dyad_series(DyadQuery{.a = "COLGOV", .b = "USAGOV"});
  ASSERT_EQ(gov.periods.size(), 1u);
  EXPECT_EQ(gov.periods[0].a_to_b.events, 1u);
  EXPECT_EQ(gov.periods[0].b_to_a.events, 0u);
}

TEST_F(StoreApi, SqlLookingArgumentsMatchNothingAndBreakNothing) {
  for (const std::string evil : {"COL' OR 1=1 --", "COL%", "_", "USA\"; DROP TABLE events; --", "%"}) {
    EXPECT_TRUE(store_->dyad_series(DyadQuery{.a = evil, .b = "USA"}).periods.empty()) << evil;
    EXPECT_TRUE(store_->dyad_events(EventQuery{.dyad = {.a = "COL", .b = evil}}).empty()) << evil;
    EXPECT_TRUE(store_->top_actors(evil, 10).empty()) << evil;
  }
  EXPECT_EQ(store_->summary().events, 8u);
}

TEST_F(StoreApi, TopActorsAndDyads) {
  const std::vector<ActorCount> actors = store_->top_actors("", 0);
  ASSERT_FALSE(actors.empty());
  // COLGOV: target of the three 163 reports, source of both events of s4.
  EXPECT_EQ(actors[0].code, "COLGOV");
  EXPECT_EQ(actors[0].as_source, 2u);
  EXPECT_EQ(actors[0].as_target, 3u);
  EXPECT_EQ(actors[0].top_name, "the target");
  const std::vector<ActorCount> usa = store_->top_actors("USA", 0);
  ASSERT_EQ(usa.size(), 2u);
  EXPECT_EQ(usa[0].code, "USA");
  EXPECT_EQ(usa[0].as_source + usa[0].as_target, 4u);
  EXPECT_EQ(usa[1].code, "USAGOV");
  const std::vector<DyadCount> dyads = store_->top_dyads(3, 0);
  ASSERT_EQ(dyads.size(), 2u);
  EXPECT_EQ(dyads[0].a, "COL");
  EXPECT_EQ(dyads[0].b, "USA");
  EXPECT_EQ(dyads[0].a_to_b, 2u);
  EXPECT_EQ(dyads[0].b_to_a, 3u);
  EXPECT_EQ(dyads[1].a, "COL");
  EXPECT_EQ(dyads[1].b, "VEN");
  EXPECT_EQ(dyads[1].b_to_a, 1u);
}

TEST_F(StoreApi, BadQueriesAndBadFilesAreClearErrors) {
  EXPECT_THROW(store_->dyad_series(DyadQuery{.a = "", .b = "USA"}), StoreError);
  EXPECT_THROW(store_->dyad_series(DyadQuery{.a = "COL", .b = "USA", .from = "2025-13-01"}), StoreError);
  EXPECT_THROW(store_->dyad_series(DyadQuery{.a = "COL", .b = "USA", .from = "2025-10-01", .to = "2025-09-01"}),
               StoreError);
  const auto reader = EventStore::open(path_, OpenMode::kReadOnly);
  EXPECT_EQ(reader->summary().stories, 6u);
  EXPECT_THROW(reader->write(sample_stories()), StoreError);

  try {
    EventStore::open(path_ + ".missing", OpenMode::kReadOnly);
    FAIL() << "opened a missing store";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find(".missing"), std::string::npos);
  }
  const std::string text_file = write_temp_file("not_a_store.db", "hello, I am not a database\n");
  EXPECT_THROW(EventStore::open(text_file, OpenMode::kReadOnly), StoreError);
  EXPECT_THROW(EventStore::open(text_file, OpenMode::kReadWrite), StoreError);
}

// Ten calm weeks of one cooperative IND->PAK event each, then a week of heavy fighting.
std::vector<StoredStory> deterioration_stories() {
  std::vector<StoredStory> stories;
  const char* mondays[] = {"2025-06-02", "2025-06-09", "2025-06-16", "2025-06-23", "2025-06-30", "2025-07-07",
                           "2025-07-14", "2025-07-21", "2025-07-28", "2025-08-04"};
  for (int i = 0; i < 10; ++i) {
    stories.push_back(make_story("calm" + std::to_string(i), mondays[i], "AP",
                                 {make_event("", "IND", "PAK", "036", 1, 4.0)}));
  }
  stories.push_back(make_story("war", "2025-08-12", "AP",
                               {make_event("", "IND", "PAKMIL", "190", 4, -10.0),
                                make_event("", "PAK", "IND", "195", 4, -10.0)}));
  return stories;
}

TEST(StoreAlerts, FireOnAConstructedDeteriorationNotOnAFlatSeries) {
  const std::string path = fresh_db("alerts.db");
  const auto store = EventStore::open(path, OpenMode::kReadWrite);
  store->write(deterioration_stories());
  const std::vector<Alert> alerts = store->alerts("IND", "PAK", AlertOptions{});
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].period.start, "2025-08-11");
  EXPECT_EQ(alerts[0].shift.kind, ShiftKind::kDeterioration);
  EXPECT_DOUBLE_EQ(alerts[0].shift.value, -20.0);
  EXPECT_DOUBLE_EQ(alerts[0].shift.baseline_mean, 4.0);
  EXPECT_DOUBLE_EQ(alerts[0].shift.z, -12.0);  // (-20 - 4) / the floor of 2
  ASSERT_EQ(alerts[0].events.size(), 2u);
  EXPECT_DOUBLE_EQ(*alerts[0].events[0].goldstein, -10.0);
  EXPECT_EQ(alerts[0].events[0].story_id, "war");
  // The all-dyads scan finds it too.
  EXPECT_EQ(store->alerts("", "", AlertOptions{}).size(), 1u);
  // Up to the calm weeks only, the series is flat: nothing.
  EXPECT_TRUE(store->alerts("IND", "PAK", AlertOptions{.to = "2025-08-10"}).empty());
  EXPECT_TRUE(store->alerts("", "", AlertOptions{.to = "2025-08-10"}).empty());
  EXPECT_THROW(store->alerts("IND", "", AlertOptions{}), StoreError);
}

TEST(StoreCommands, DyadJsonNumbersOfAHandMadeStore) {
  const std::string path = fresh_db("hand_made.db");
  EventStore::open(path, OpenMode::kReadWrite)->write(sample_stories());
  const auto r = testing_support::run_herald("dyad COL USA --format json --by week --db '" + path + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json out = nlohmann::json::parse(r.out);
  EXPECT_EQ(out["counting"], "one-a-day");
  ASSERT_EQ(out["periods"].size(), 2u);
  const nlohmann::json& w38 = out["periods"][0];
  EXPECT_EQ(w38["period"], "2025-W38");
  EXPECT_EQ(w38["start"], "2025-09-15");
  EXPECT_EQ(w38["events"], 3);
  EXPECT_DOUBLE_EQ(w38["goldstein_sum"].get<double>(), -6.0);  // -2 + 4 - 8
  EXPECT_DOUBLE_EQ(w38["goldstein_mean"].get<double>(), -2.0);
  EXPECT_DOUBLE_EQ(w38["a_to_b"]["goldstein_sum"].get<double>(), 2.0);
  EXPECT_DOUBLE_EQ(w38["a_to_b"]["goldstein_mean"].get<double>(), 1.0);
  EXPECT_EQ(w38["a_to_b"]["verbal_cooperation"], 1);
  EXPECT_EQ(w38["a_to_b"]["verbal_conflict"], 1);
  EXPECT_EQ(w38["b_to_a"]["material_conflict"], 1);
  EXPECT_EQ(w38["b_to_a"]["articles"], 3);
  ASSERT_FALSE(w38["top_events"].empty());
  EXPECT_EQ(w38["top_events"][0]["code"], "163");
  EXPECT_EQ(w38["top_events"][0]["num_articles"], 3);
  EXPECT_EQ(w38["top_events"][0]["num_sources"], 2);
  EXPECT_EQ(w38["top_events"][0]["story"]["url"], "https://example.org/s1");
  const nlohmann::json& w39 = out["periods"][1];
  EXPECT_NEAR(w39["goldstein_sum"].get<double>(), 3.8, 1e-9);
  EXPECT_NEAR(out["total"]["goldstein_sum"].get<double>(), -2.2, 1e-9);

  const auto every = testing_support::run_herald("dyad COL USA --format json --every-report --db '" + path + "'");
  ASSERT_EQ(every.status, 0) << every.err;
  EXPECT_DOUBLE_EQ(nlohmann::json::parse(every.out)["periods"][0]["goldstein_sum"].get<double>(), -22.0);
}

TEST(StoreCommands, AlertsCommandShowsTheEventsBehindAnAlert) {
  const std::string path = fresh_db("alerts_cli.db");
  EventStore::open(path, OpenMode::kReadWrite)->write(deterioration_stories());
  const auto json = testing_support::run_herald("alerts IND PAK --format json --db '" + path + "'");
  ASSERT_EQ(json.status, 0) << json.err;
  const nlohmann::json out = nlohmann::json::parse(json.out);
  ASSERT_EQ(out["alerts"].size(), 1u);
  EXPECT_EQ(out["alerts"][0]["kind"], "deterioration");
  EXPECT_EQ(out["alerts"][0]["period"], "2025-W33");
  EXPECT_EQ(out["alerts"][0]["events"][0]["story"]["id"], "war");
  EXPECT_EQ(out["method"]["window"], 8);

  const auto table = testing_support::run_herald("alerts --db '" + path + "'");
  ASSERT_EQ(table.status, 0) << table.err;
  EXPECT_NE(table.out.find("IND and PAK  deterioration"), std::string::npos) << table.out;

  const auto calm = testing_support::run_herald("alerts IND PAK --to 2025-08-10 --db '" + path + "'");
  ASSERT_EQ(calm.status, 0) << calm.err;
  EXPECT_NE(calm.out.find("No alerts"), std::string::npos) << calm.out;
  const auto evil = testing_support::run_herald("alerts \"IND' OR 1=1 --\" PAK --db '" + path + "'");
  EXPECT_EQ(evil.status, 0) << evil.err;
  EXPECT_NE(evil.out.find("No alerts"), std::string::npos) << evil.out;
  EXPECT_NE(testing_support::run_herald("alerts IND --db '" + path + "'").status, 0);
}

}  // namespace
}  // namespace herald::store
