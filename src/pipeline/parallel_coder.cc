// The runner behind ParallelCoder: a ring of `window` slots indexed by sequence number. The
// caller fills slot s % window at submit, workers claim slots in sequence order and code them
// outside the lock, and the caller delivers slots in sequence order as they finish. One mutex
// guards the three counters and the slots' done flags; it is taken twice per story by a worker
// and once per story by the caller, so it never sees a per-sentence access.
#include "herald/parallel.h"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

namespace herald {

namespace {

// Codes one story; what Coder::code() throws comes out as a StoryCodingError naming the story.
CodedRecord code_one(const ParallelCoder::CodeFunction& code, Story story, uint64_t sequence) {
  CodedRecord record;
  record.sequence = sequence;
  record.origin = std::move(story.origin);
  record.line = story.line;
  record.metadata_json = std::move(story.metadata_json);
  std::string id = story.id;
  try {
    record.coded = code(std::move(story));
  } catch (const std::exception& error) {
    throw StoryCodingError(record.origin, record.line, id, error.what());
  } catch (...) {
    throw StoryCodingError(record.origin, record.line, id, "unknown exception");
  }
  return record;
}

std::string describe_failure(const std::string& origin, uint64_t line, const std::string& story_id,
                             const std::string& reason) {
  const std::string_view where = origin.empty() ? std::string_view("<input>") : std::string_view(origin);
  if (line == 0) return fmt::format("{}: error: coding story '{}' failed: {}", where, story_id, reason);
  return fmt::format("{}:{}: error: coding story '{}' failed: {}", where, line, story_id, reason);
}

}  // namespace

StoryCodingError::StoryCodingError(const std::string& origin, uint64_t line,
                                   const std::string& story_id, const std::string& reason)
    : std::runtime_error(describe_failure(origin, line, story_id, reason)) {}

class ParallelCoder::Impl {
 public:
  Impl(CodeFunction code, ParallelOptions options, Consumer consume)
      : code_(std::move(code)),
        threads_(std::max(1u, options.threads)),
        window_(threads_ == 1 ? 1
                              : std::max<size_t>(threads_, options.window != 0
                                                               ? options.window
                                                               : ParallelOptions::kDefaultWindowPerThread *
                                                                     threads_)),
        consume_(std::move(consume)) {
    if (threads_ == 1) return;
    slots_.resize(window_);
    workers_.reserve(threads_);
    try {
      for (unsigned i = 0; i < threads_; ++i) workers_.emplace_back([this] { work(); });
    } catch (...) {
      stop();
      throw;
    }
  }

  ~Impl() { stop(); }

  void submit(Story story) {
    check_usable();
    if (threads_ == 1) {
      CodedRecord record;
      try {
        record = code_one(code_, std::move(story), submitted_++);
      } catch (...) {
        failed_ = true;
        throw;
      }
      delivered_ = submitted_;
      deliver(std::move(record));
      return;
    }
    deliver_until(window_ - 1);
    {
      const std::lock_guard lock(mutex_);
      slot(submitted_).story = std::move(story);
      ++submitted_;
    }
    work_ready_.notify_one();
  }

  void finish() {
    check_usable();
    if (threads_ > 1) deliver_until(0);
    finished_ = true;
    stop();
  }

  size_t threads() const { return threads_; }
  size_t window() const { return window_; }
  size_t in_flight() const {
    const std::lock_guard lock(mutex_);
    return submitted_ - delivered_;
  }

 private:
  struct Slot {
    Story story;                // until a worker claims it
    CodedRecord record;         // once done
    std::exception_ptr error;   // once done, when coding threw
    bool done = false;
  };

  Slot& slot(uint64_t sequence) { return slots_[sequence % window_]; }

  void check_usable() const {
    if (failed_) throw std::logic_error("ParallelCoder: used after an error was reported");
    if (finished_) throw std::logic_error("ParallelCoder: used after finish()");
  }

  void work() {
    std::unique_lock lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [this] { return stopping_ || claimed_ < submitted_; });
      if (stopping_) return;
      const uint64_t sequence = claimed_++;
      Slot& claimed = slot(sequence);
      Story story = std::move(claimed.story);
      lock.unlock();

      CodedRecord record;
      std::exception_ptr error;
      try {
        record = code_one(code_, std::move(story), sequence);
      } catch (...) {
        error = std::current_exception();
      }

      lock.lock();
      claimed.record = std::move(record);
      claimed.error = std::move(error);
      claimed.done = true;
      if (sequence == delivered_) result_ready_.notify_one();
    }
  }

  // Delivers finished results in order, waiting for more while more than `max_in_flight`
  // stories are in flight.
  void deliver_until(size_t max_in_flight) {
    std::unique_lock lock(mutex_);
    for (;;) {
      while (delivered_ < submitted_ && slot(delivered_).done) {
        Slot& head = slot(delivered_);
        CodedRecord record = std::move(head.record);
        std::exception_ptr error = std::move(head.error);
        head.done = false;
        ++delivered_;
        lock.unlock();
        if (error) {
          failed_ = true;
          stop();
          std::rethrow_exception(error);
        }
        deliver(std::move(record));
        lock.lock();
      }
      if (submitted_ - delivered_ <= max_in_flight) return;
      result_ready_.wait(lock, [this] { return slot(delivered_).done; });
    }
  }

  void deliver(CodedRecord record) {
    try {
      consume_(record);
    } catch (...) {
      failed_ = true;
      stop();
      throw;
    }
  }

  // Tells the workers to leave after their current story and joins them. Idempotent.
  void stop() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (std::thread& worker : workers_) {
      if (worker.joinable()) worker.join();
    }
    workers_.clear();
  }

  const CodeFunction code_;
  const unsigned threads_;
  const size_t window_;
  const Consumer consume_;

  mutable std::mutex mutex_;
  std::condition_variable work_ready_;    // workers: a story was queued, or stop
  std::condition_variable result_ready_;  // caller: the story next in order is done
  std::vector<Slot> slots_;
  uint64_t submitted_ = 0;  // sequence of the next story submitted
  uint64_t claimed_ = 0;    // ... the next story a worker takes
  uint64_t delivered_ = 0;  // ... the next story delivered
  bool stopping_ = false;
  // Caller-thread state.
  bool failed_ = false;
  bool finished_ = false;
  std::vector<std::thread> workers_;
};

ParallelCoder::ParallelCoder(const Coder& coder, ParallelOptions options, Consumer consume)
    : ParallelCoder([&coder](Story story) { return coder.code(std::move(story)); }, options,
                    std::move(consume)) {}

ParallelCoder::ParallelCoder(CodeFunction code, ParallelOptions options, Consumer consume)
    : impl_(std::make_unique<Impl>(std::move(code), options, std::move(consume))) {}

ParallelCoder::~ParallelCoder() = default;

void ParallelCoder::submit(Story story) { impl_->submit(std::move(story)); }
void ParallelCoder::finish() { impl_->finish(); }
size_t ParallelCoder::threads() const { return impl_->threads(); }
size_t ParallelCoder::window() const { return impl_->window(); }
size_t ParallelCoder::in_flight() const { return impl_->in_flight(); }

}  // namespace herald
