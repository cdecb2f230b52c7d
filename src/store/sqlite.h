// A thin RAII layer over SQLite's C API: a connection and prepared statements whose values are
// always bound parameters. Every error becomes a StoreError naming the database file, so no
// caller checks return codes by hand.
#ifndef HERALD_STORE_SQLITE_H_
#define HERALD_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace herald::store {

class Database;

class Statement {
 public:
  Statement(Database& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;

  // Parameters are numbered from 1, as in the SQL (?1, ?2...). The text is copied by SQLite.
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::optional<int> value);
  Statement& bind(int index, std::optional<double> value);
  Statement& bind_null(int index);

  // Advances to the next row: true while there is one. Throws on error.
  bool step();
  // Runs a statement that returns no row.
  void run();
  // Clears the bindings and rewinds, so a cached statement can run again.
  void reset();

  // Columns are numbered from 0. A view is valid until the next step() or reset().
  std::string_view text(int column) const;
  int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  Database* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  // Throws StoreError. `read_only` opens an existing file without creating it.
  Database(const std::string& path, bool read_only);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs SQL that takes no parameters (schema, pragmas, BEGIN/COMMIT).
  void execute(const char* sql);
  int64_t changes() const;
  int64_t last_insert_rowid() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

  // Throws StoreError("PATH: WHAT: SQLite's message").
  [[noreturn]] void fail(std::string_view what) const;

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

// A transaction that rolls back unless committed, so an exception leaves nothing half-written.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool open_ = true;
};

}  // namespace herald::store

#endif  // HERALD_STORE_SQLITE_H_
