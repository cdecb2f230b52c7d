// kill -9 in the middle of herald ingest: the store opens, holds only whole stories (whole
// batches, even), and a re-run ends with exactly what a clean run stores.
//
// The child reads its stories from a pipe that this test keeps open, so it cannot finish
// before the kill however fast the machine is: the test waits (polling the store) until some
// batches are committed, then kills, with no timing assumption.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "herald/store.h"
#include "test_support.h"

namespace herald {
namespace {

using testing_support::run_herald;
using testing_support::write_temp_file;

const std::string kCodingData = HERALD_SOURCE_DIR "/tests/data/coding/";

std::string fresh_db(const std::string& name) {
  const std::string path = write_temp_file(name, "");
  std::filesystem::remove(path);
  return path;
}

// Stories of about 250 bytes: the child's reader takes its input in 64 KiB chunks, so 400 of
// them make one full chunk it can code while the rest of the pipe stays open.
std::string generated_input(int count) {
  static const char* const kTemplates[] = {
      "Colombia accused the United States. Venezuela praised Colombia.",
      "The United States sanctioned Colombia.",
      "Venezuela attacked Colombia. Colombia accused Venezuela.",
  };
  std::string input;
  for (int i = 0; i < count; ++i) {
    const std::string text = std::string("Filler number ") + std::to_string(i) +
                             ": the weather in the region was mild and calm for the whole of the day, and the "
                             "markets were quiet. " +
                             kTemplates[i % 3];
    char date[16];
    std::snprintf(date, sizeof date, "2025-%02d-%02d", 6 + (i / 28) % 6, 1 + i % 28);
    input += nlohmann::json{{"id", "story-" + std::to_string(i)}, {"date", date}, {"text", text}}.dump() + "\n";
  }
  return input;
}

// Runs one query returning one text value, on its own read-only connection.
std::string query_text(const std::string& db, const char* sql) {
  sqlite3* handle = nullptr;
  std::string value = "<error>";
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(statement, 0);
      value = text != nullptr ? reinterpret_cast<const char*>(text) : "";
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(handle);
  return value;
}

uint64_t committed_stories(const std::string& db) {
  try {
    return store::EventStore::open(db, store::OpenMode::kReadOnly)->summary().stories;
  } catch (const store::StoreError&) {
    return 0;  // not created yet
  }
}

// Everything a store holds, in a canonical order, to compare two stores.
std::string digest(const std::string& db) {
  return query_text(db,
                    "SELECT count(*) || ':' || coalesce(sum(length(x)), 0) || ':' || "
                    "coalesce(group_concat(x, '|'), '') FROM (SELECT s.id || ',' || e.sentence_index || ',' || e.date "
                    "|| ',' || e.source || ',' || e.target || ',' || e.code || ',' || e.verb_begin AS x "
                    "FROM events AS e JOIN stories AS s USING (story_key) ORDER BY s.id, e.sentence_index, e.verb_begin)");
}

TEST(StoreCrash, KillNineLosesNoCommittedStoryAndARerunFinishesWithoutDuplicates) {
  constexpr int kStories = 400;
  constexpr int kBatch = 5;
  const std::string input_text = generated_input(kStories);
  const std::string input = write_temp_file("crash_input.jsonl", input_text);
  const std::string killed_db = fresh_db("crash_killed.db");
  const std::string clean_db = fresh_db("crash_clean.db");
  const std::string actors = kCodingData + "actors.txt";
  const std::string agents = kCodingData + "agents.txt";
  const std::string verbs = kCodingData + "verbs.txt";
  const std::string batch = std::to_string(kBatch);

  std::signal(SIGPIPE, SIG_IGN);  // the feeder writes into the pipe of a process that gets killed
  int pipe_fds[2];
  ASSERT_EQ(pipe(pipe_fds), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    dup2(pipe_fds[0], STDIN_FILENO);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    const int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, STDERR_FILENO);
    execl(HERALD_BINARY, "herald", "ingest", "--db", killed_db.c_str(), "--batch", batch.c_str(), "--actors",
          actors.c_str(), "--agents", agents.c_str(), "--verbs", verbs.c_str(), "--input", "jsonl", "-",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(pipe_fds[0]);
  std::thread feeder([fd = pipe_fds[1], &input_text] {
    size_t written = 0;
    while (written < input_text.size()) {
      const ssize_t n = write(fd, input_text.data() + written, input_text.size() - written);
      if (n <= 0) return;  // the child is gone
      written += static_cast<size_t>(n);
    }
  });

  // Wait for a few committed batches; the child cannot end on its own while the pipe is open.
  bool child_alive = true;
  for (int waited_ms = 0; committed_stories(killed_db) < 6 * kBatch; waited_ms += 20) {
    int status = 0;
    if (waitpid(child, &status, WNOHANG) == child || waited_ms > 300000) {
      child_alive = false;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  close(pipe_fds[1]);
  feeder.join();
  ASSERT_TRUE(child_alive) << "herald ingest ended before committing anything";
  EXPECT_TRUE(WIFSIGNALED(status));

  // The store opens, is consistent, and holds only whole stories of whole batches.
  EXPECT_EQ(query_text(killed_db, "PRAGMA integrity_check"), "ok");
  const uint64_t survived = committed_stories(killed_db);
  EXPECT_GE(survived, 6u * kBatch);
  EXPECT_LT(survived, static_cast<uint64_t>(kStories));
  EXPECT_EQ(survived % kBatch, 0u) << "a batch was committed in part";
  EXPECT_EQ(query_text(killed_db,
                       "SELECT count(*) FROM stories AS s WHERE s.event_count <> "
                       "(SELECT count(*) FROM events AS e WHERE e.story_key = s.story_key) OR s.sentence_count <> "
                       "(SELECT count(*) FROM sentences AS t WHERE t.story_key = s.story_key)"),
            "0");

  // Re-run on the whole input, and compare with a clean run.
  const std::string dictionaries = " --actors '" + actors + "' --agents '" + agents + "' --verbs '" + verbs + "'";
  const auto rerun = run_herald("ingest --db '" + killed_db + "'" + dictionaries + " '" + input + "'");
  ASSERT_EQ(rerun.status, 0) << rerun.err;
  EXPECT_NE(rerun.err.find(std::to_string(survived) + " already stored"), std::string::npos) << rerun.err;
  const auto clean = run_herald("ingest --db '" + clean_db + "'" + dictionaries + " '" + input + "'");
  ASSERT_EQ(clean.status, 0) << clean.err;

  const auto resumed = store::EventStore::open(killed_db, store::OpenMode::kReadOnly)->summary();
  const auto reference = store::EventStore::open(clean_db, store::OpenMode::kReadOnly)->summary();
  EXPECT_EQ(resumed.stories, static_cast<uint64_t>(kStories));
  EXPECT_EQ(resumed.stories, reference.stories);
  EXPECT_EQ(resumed.sentences, reference.sentences);
  EXPECT_EQ(resumed.events, reference.events);
  EXPECT_EQ(resumed.one_a_day_events, reference.one_a_day_events);
  EXPECT_GT(reference.events, static_cast<uint64_t>(kStories));
  EXPECT_EQ(digest(killed_db), digest(clean_db));
}

}  // namespace
}  // namespace herald
