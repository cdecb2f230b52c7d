// Opening a store, its schema, and writing coded stories (docs/store.md describes the tables).
#include <fmt/format.h>

#include <filesystem>

#include "store/event_store_impl.h"

namespace herald::store {

namespace {

constexpr std::string_view kSchemaVersion = "herald-store 1";

// Every table is created in one transaction, so a store is never half made.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS stories (
  story_key INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  text_hash TEXT NOT NULL,
  text_length INTEGER NOT NULL,
  sentence_count INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  origin TEXT NOT NULL,
  line INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS sentences (
  story_key INTEGER NOT NULL REFERENCES stories (story_key),
  sentence_index INTEGER NOT NULL,
  begin INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (story_key, sentence_index)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS events (
  event_id INTEGER PRIMARY KEY,
  story_key INTEGER NOT NULL REFERENCES stories (story_key),
  sentence_index INTEGER NOT NULL,
  date TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  code TEXT NOT NULL,
  root_code TEXT NOT NULL,
  quad_class INTEGER,
  goldstein REAL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  verb_text TEXT NOT NULL,
  source_begin INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  target_begin INTEGER NOT NULL,
  target_end INTEGER NOT NULL,
  verb_begin INTEGER NOT NULL,
  verb_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_dyad ON events (source, target, date);
CREATE INDEX IF NOT EXISTS events_by_date ON events (date);
CREATE INDEX IF NOT EXISTS events_by_story ON events (story_key);

CREATE TABLE IF NOT EXISTS actors (
  code TEXT PRIMARY KEY,
  as_source INTEGER NOT NULL,
  as_target INTEGER NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS actor_names (
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (code, name)
) WITHOUT ROWID;

CREATE VIEW IF NOT EXISTS one_a_day_events AS
SELECT e.date, e.source, e.target, e.code,
       min(e.root_code) AS root_code,
       min(e.quad_class) AS quad_class,
       min(e.goldstein) AS goldstein,
       count(DISTINCT e.story_key) AS num_articles,
       count(DISTINCT CASE WHEN s.source <> '' THEN s.source END) + max(s.source = '') AS num_sources,
       count(*) AS num_mentions,
       min(e.event_id) AS first_event_id
FROM events AS e JOIN stories AS s USING (story_key)
GROUP BY e.date, e.source, e.target, e.code;
)sql";

bool is_actor_code(std::string_view code) { return !code.empty() && code != "---"; }

}  // namespace

PrefixRange prefix_range(std::string_view prefix) {
  PrefixRange range{std::string(prefix), std::string(prefix)};
  while (!range.high.empty() && static_cast<unsigned char>(range.high.back()) == 0xFF) range.high.pop_back();
  if (range.high.empty()) {
    // Nothing sorts after a run of 0xFF bytes in valid UTF-8 text.
    range.high.assign(8, '\xFF');
  } else {
    range.high.back() = static_cast<char>(static_cast<unsigned char>(range.high.back()) + 1);
  }
  return range;
}

WriteStatements::WriteStatements(Database& db)
    : insert_story(db,
                   "INSERT INTO stories (id, date, source, url, title, text_hash, text_length, "
                   "sentence_count, event_count, origin, line) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) ON CONFLICT (id) DO NOTHING"),
      stored_hash(db, "SELECT text_hash FROM stories WHERE id = ?1"),
      insert_sentence(db,
                      "INSERT INTO sentences (story_key, sentence_index, begin, end, text) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)"),
      insert_event(db,
                   "INSERT INTO events (story_key, sentence_index, date, source, target, code, root_code, "
                   "quad_class, goldstein, source_text, target_text, verb_text, source_begin, source_end, "
                   "target_begin, target_end, verb_begin, verb_end) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"),
      count_actor(db,
                  "INSERT INTO actors (code, as_source, as_target, first_date, last_date) "
                  "VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT (code) DO UPDATE SET "
                  "as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target, "
                  "first_date = min(first_date, excluded.first_date), "
                  "last_date = max(last_date, excluded.last_date)"),
      count_actor_name(db,
                       "INSERT INTO actor_names (code, name, mentions) VALUES (?1, ?2, 1) "
                       "ON CONFLICT (code, name) DO UPDATE SET mentions = mentions + 1") {}

EventStore::Impl::Impl(const std::string& path, OpenMode mode)
    : db(path, mode == OpenMode::kReadOnly), mode(mode) {
  if (mode == OpenMode::kReadWrite) {
    // WAL: readers (dyad, serve) never block the writer. synchronous=NORMAL syncs at each
    // checkpoint rather than each commit: a killed process loses nothing committed; only a
    // power cut may drop the last commits, never corrupting the file.
    db.execute("PRAGMA journal_mode = WAL");
    db.execute("PRAGMA synchronous = NORMAL");
    Transaction transaction(db);
    db.execute(kSchema);
    Statement version(db, "INSERT INTO meta (key, value) VALUES ('schema', ?1) ON CONFLICT (key) DO NOTHING");
    version.bind(1, kSchemaVersion).run();
    transaction.commit();
  }
  Statement version(db, "SELECT value FROM meta WHERE key = 'schema'");
  bool ok = false;
  try {
    ok = version.step() && version.text(0) == kSchemaVersion;
  } catch (const StoreError&) {
    // No meta table: some other SQLite file.
  }
  if (!ok) {
    throw StoreError(fmt::format("{}: not a herald event store (schema '{}'); create one with herald ingest",
                                 path, kSchemaVersion));
  }
}

void EventStore::Impl::require_writable() const {
  if (mode != OpenMode::kReadWrite) throw StoreError(db.path() + ": the store is open read-only");
}

EventStore::EventStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

EventStore::~EventStore() = default;

std::unique_ptr<EventStore> EventStore::open(const std::string& path, OpenMode mode) {
  std::error_code error;
  if (mode == OpenMode::kReadOnly && !std::filesystem::exists(path, error)) {
    throw StoreError(path + ": no such event store; create one with herald ingest");
  }
  return std::unique_ptr<EventStore>(new EventStore(std::make_unique<Impl>(path, mode)));
}

const std::string& EventStore::path() const { return impl_->db.path(); }

bool EventStore::contains_story(std::string_view id) const {
  const std::lock_guard lock(impl_->mutex);
  Statement find(impl_->db, "SELECT 1 FROM stories WHERE id = ?1");
  return find.bind(1, id).step();
}

WriteResult EventStore::write(std::span<const StoredStory> batch) {
  const std::lock_guard lock(impl_->mutex);
  impl_->require_writable();
  Database& db = impl_->db;
  if (!impl_->writes) impl_->writes = std::make_unique<WriteStatements>(db);
  WriteStatements& s = *impl_->writes;
  WriteResult result;
  Transaction transaction(db);
  for (const StoredStory& story : batch) {
    const StoryInfo& info = story.info;
    s.insert_story.reset();
    s.insert_story.bind(1, info.id)
        .bind(2, info.date)
        .bind(3, info.source)
        .bind(4, info.url)
        .bind(5, info.title)
        .bind(6, info.text_hash)
        .bind(7, static_cast<int64_t>(info.text_length))
        .bind(8, static_cast<int64_t>(story.sentences.size()))
        .bind(9, static_cast<int64_t>(story.events.size()))
        .bind(10, info.origin)
        .bind(11, static_cast<int64_t>(info.line))
        .run();
    if (db.changes() == 0) {
      s.stored_hash.reset();
      s.stored_hash.bind(1, info.id);
      const bool same = s.stored_hash.step() && s.stored_hash.text(0) == info.text_hash;
      s.stored_hash.reset();
      ++(same ? result.stories_already_stored : result.stories_conflicting);
      continue;
    }
    const int64_t story_key = db.last_insert_rowid();
    ++result.stories_added;
    for (const StoredSentence& sentence : story.sentences) {
      s.insert_sentence.reset();
      s.insert_sentence.bind(1, story_key)
          .bind(2, static_cast<int64_t>(sentence.index))
          .bind(3, static_cast<int64_t>(sentence.span.begin))
          .bind(4, static_cast<int64_t>(sentence.span.end))
          .bind(5, sentence.text)
          .run();
      ++result.sentences_added;
    }
    for (const Event& event : story.events) {
      s.insert_event.reset();
      s.insert_event.bind(1, story_key)
          .bind(2, static_cast<int64_t>(event.sentence_index))
          .bind(3, event.date)
          .bind(4, event.source)
          .bind(5, event.target)
          .bind(6, event.code)
          .bind(7, event.root_code)
          .bind(8, event.quad_class)
          .bind(9, event.goldstein)
          .bind(10, event.source_text)
          .bind(11, event.target_text)
          .bind(12, event.verb_text)
          .bind(13, static_cast<int64_t>(event.source_span.begin))
          .bind(14, static_cast<int64_t>(event.source_span.end))
          .bind(15, static_cast<int64_t>(event.target_span.begin))
          .bind(16, static_cast<int64_t>(event.target_span.end))
          .bind(17, static_cast<int64_t>(event.verb_span.begin))
          .bind(18, static_cast<int64_t>(event.verb_span.end))
          .run();
      ++result.events_added;
      const auto count = [&](const std::string& code, const std::string& name, bool as_source) {
        if (!is_actor_code(code)) return;
        s.count_actor.reset();
        s.count_actor.bind(1, code)
            .bind(2, int64_t{as_source ? 1 : 0})
            .bind(3, int64_t{as_source ? 0 : 1})
            .bind(4, event.date)
            .run();
        if (name.empty()) return;
        s.count_actor_name.reset();
        s.count_actor_name.bind(1, code).bind(2, name).run();
      };
      count(event.source, event.source_text, true);
      count(event.target, event.target_text, false);
    }
  }
  transaction.commit();
  return result;
}

}  // namespace herald::store
