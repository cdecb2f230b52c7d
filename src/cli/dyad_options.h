// The flags that pick a dyad series out of an event store, shared by `herald dyad` and
// `herald plot` so that both read the same store, periods and counting the same way.
#ifndef HERALD_CLI_DYAD_OPTIONS_H_
#define HERALD_CLI_DYAD_OPTIONS_H_

#include <CLI/CLI.hpp>

#include <string>

#include "herald/store.h"

namespace herald::cli {

struct DyadOptions {
  std::string a;
  std::string b;
  std::string db_path = "herald.db";
  std::string from;
  std::string to;
  std::string by = "week";
  bool every_report = false;

  // Adds the actors A and B (positional), --db, --from, --to, --by and --every-report.
  void add_to(CLI::App& command);

  // The query the flags describe; throws CLI::ValidationError for a --by that is no period.
  store::DyadQuery query() const;
};

}  // namespace herald::cli

#endif  // HERALD_CLI_DYAD_OPTIONS_H_
