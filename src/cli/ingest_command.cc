// herald ingest: codes stories into an event store (docs/store.md).
//
// Two steps: coding (a ParallelCoder, on -j threads) and writing (this thread, one
// transaction per batch). Stories already stored are not coded again, so re-running a killed
// ingest only codes what is missing.
#include <fmt/format.h>

#include <chrono>

#include "cli/commands.h"
#include "cli/dictionary_options.h"
#include "cli/inputs.h"
#include "herald/coder.h"
#include "herald/parallel.h"
#include "herald/store.h"

namespace herald::cli {

namespace {

struct IngestOptions {
  InputOptions input;
  std::string db_path = "herald.db";
  DictionaryOptions dictionaries;
  ModelOptions model;
  unsigned threads = 1;
  size_t batch = 200;
};

// Collects coded stories and commits them a batch at a time.
class BatchWriter {
 public:
  BatchWriter(store::EventStore& store, size_t batch_size) : store_(store), batch_size_(batch_size) {
    pending_.reserve(batch_size);
  }

  void add(store::StoredStory story) {
    pending_.push_back(std::move(story));
    if (pending_.size() >= batch_size_) flush();
  }

  void flush() {
    if (pending_.empty()) return;
    totals_ += store_.write(pending_);
    pending_.clear();
  }

  const store::WriteResult& totals() const { return totals_; }

 private:
  store::EventStore& store_;
  const size_t batch_size_;
  std::vector<store::StoredStory> pending_;
  store::WriteResult totals_;
};

int run_ingest(const IngestOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  std::unique_ptr<store::EventStore> store;
  try {
    store = store::EventStore::open(options.db_path, store::OpenMode::kReadWrite);
  } catch (const store::StoreError& e) {
    fmt::print(stderr, "herald: error: {}\n", e.what());
    return 1;
  }
  lexicon::LoadReport report;
  lexicon::Dictionaries dictionaries = options.dictionaries.load(&report);
  const size_t dictionary_errors = report.error_count();
  const Coder coder(std::move(dictionaries), load_model(options.model));

  BatchWriter writer(*store, options.batch);
  uint64_t already_stored = 0;
  uint64_t undated = 0;
  InputTotals totals;
  try {
    ParallelCoder parallel(coder, ParallelOptions{.threads = options.threads}, [&](CodedRecord& record) {
      writer.add(store::make_stored_story(std::move(record.coded), record.metadata_json,
                                          std::move(record.origin), record.line));
    });
    totals = for_each_story(options.input, [&](Story& story) {
      if (story.date.empty()) {
        ++undated;
        fmt::print(stderr, "{}:{}: error: story '{}' has no date (give one with --date); record skipped\n",
                   story.origin, story.line, story.id);
        return;
      }
      if (store->contains_story(story.id)) {
        ++already_stored;
        return;
      }
      parallel.submit(std::move(story));
    });
    parallel.finish();
    writer.flush();
  } catch (const store::StoreError& e) {
    // Every batch before the failing one is committed; the failing one is rolled back whole.
    fmt::print(stderr, "herald: error: {}\n", e.what());
    return 1;
  }
  const store::WriteResult& written = writer.totals();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print(stderr,
             "herald: {} stories read: {} added ({} events), {} already stored, {} stored with other text "
             "(kept), {} records skipped; {:.1f} s, {:.0f} stories/s\n",
             totals.stories, written.stories_added, written.events_added,
             already_stored + written.stories_already_stored, written.stories_conflicting,
             totals.skipped + undated, seconds, seconds > 0 ? static_cast<double>(totals.stories) / seconds : 0.0);
  return totals.failed() || undated > 0 || dictionary_errors > 0 ? 1 : 0;
}

}  // namespace

void add_ingest_command(CLI::App& app) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command = app.add_subcommand("ingest", "Code stories into an event store (SQLite)");
  options->input.add_to(*command);
  command->add_option("--db", options->db_path, "The event store (created when missing)")->capture_default_str();
  options->dictionaries.add_to(*command);
  add_model_options(*command, options->model);
  command->add_option("-j,--threads", options->threads, "Coding threads")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  command->add_option("--batch", options->batch, "Stories per transaction")
      ->check(CLI::Range(size_t{1}, size_t{1000000}))
      ->capture_default_str();
  command->callback([options] {
    if (const int status = run_ingest(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
