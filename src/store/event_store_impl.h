// What event_store.cc (opening, the schema, writing) and queries.cc (reading) share.
#ifndef HERALD_STORE_EVENT_STORE_IMPL_H_
#define HERALD_STORE_EVENT_STORE_IMPL_H_

#include <memory>
#include <mutex>
#include <string>

#include "herald/store.h"
#include "store/sqlite.h"

namespace herald::store {

// The statements a write batch runs once per story, sentence or event, prepared once.
struct WriteStatements {
  explicit WriteStatements(Database& db);
  Statement insert_story;
  Statement stored_hash;
  Statement insert_sentence;
  Statement insert_event;
  Statement count_actor;
  Statement count_actor_name;
};

class EventStore::Impl {
 public:
  Impl(const std::string& path, OpenMode mode);

  // Every public call holds this for its whole duration.
  mutable std::mutex mutex;
  Database db;
  const OpenMode mode;
  std::unique_ptr<WriteStatements> writes;  // created by the first write

  void require_writable() const;
};

// Half-open byte range [low, high) of the codes that start with `prefix`: SQLite compares TEXT
// bytewise, so `code >= low AND code < high` selects them with an index range scan.
struct PrefixRange {
  std::string low;
  std::string high;
};
PrefixRange prefix_range(std::string_view prefix);

}  // namespace herald::store

#endif  // HERALD_STORE_EVENT_STORE_IMPL_H_
