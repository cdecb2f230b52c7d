// herald — ParallelCoder: codes a stream of stories on several threads, results in input order.
//
// The caller submits stories one at a time, in input order, from one thread. Worker threads
// code them with a shared Coder (immutable, so the workers share nothing mutable but the
// runner's queue, touched once per story, never per sentence). Results go to the consumer
// callback strictly in submission order and always on the caller's thread, from inside
// submit() and finish(), so whatever the consumer writes to (a file, a database) needs no lock
// and sees the same sequence whatever the thread count: the output of -j 4 is the output of -j 1.
//
// Memory is bounded by the window: at most `window` stories are in flight (submitted, not yet
// delivered) at once; submit() blocks, delivering finished results, until there is room. A
// reader that streams its input therefore never holds more than `window` stories however
// large the input is.
#ifndef HERALD_PARALLEL_H_
#define HERALD_PARALLEL_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

#include "herald/coder.h"
#include "herald/story.h"

namespace herald {

struct ParallelOptions {
  // Worker threads. 1 codes on the caller's thread inside submit(), with no worker at all.
  unsigned threads = 1;
  // The most stories in flight at once; 0 picks kDefaultWindowPerThread per thread. A window
  // smaller than `threads` is raised to `threads`, or some workers could never be busy. A larger
  // window lets fast stories flow past a slow one that holds up the in-order delivery.
  size_t window = 0;

  static constexpr size_t kDefaultWindowPerThread = 32;
};

// One coded story, as the consumer receives it. Coder::code() keeps only the story's id, date
// and text (in coded.doc); the rest of the record travels here.
struct CodedRecord {
  uint64_t sequence = 0;      // 0-based position in submission order
  std::string origin;         // Story::origin: the file it came from
  uint64_t line = 0;          // Story::line
  std::string metadata_json;  // Story::metadata_json
  CodedStory coded;
};

// Coding one story threw: says which story (origin, line, id) and why (the original what()),
// as "origin:line: error: coding story 'id' failed: why".
class StoryCodingError : public std::runtime_error {
 public:
  StoryCodingError(const std::string& origin, uint64_t line, const std::string& story_id,
                   const std::string& reason);
};

class ParallelCoder {
 public:
  // Called on the caller's thread, once per story, in submission order. It may move anything
  // out of the record.
  using Consumer = std::function<void(CodedRecord& record)>;
  // What the workers call for each story. Called from several threads at once, so it must not
  // touch shared mutable state (Coder::code() does not).
  using CodeFunction = std::function<CodedStory(Story story)>;

  // Codes with coder.code(story); `coder` must outlive the ParallelCoder. Starts the worker
  // threads at once.
  ParallelCoder(const Coder& coder, ParallelOptions options, Consumer consume);
  // Codes with `code`, e.g. Coder::code with other CoderOptions.
  ParallelCoder(CodeFunction code, ParallelOptions options, Consumer consume);
  // Without finish(), e.g. while an exception unwinds the caller: stops the workers after the
  // story each is coding, drops the rest undelivered, and joins them.
  ~ParallelCoder();
  ParallelCoder(const ParallelCoder&) = delete;
  ParallelCoder& operator=(const ParallelCoder&) = delete;

  // Queues the next story in input order, first delivering every result already finished in
  // order; blocks (delivering as results come in) while the window is full.
  //
  // Errors: when Coder::code() throws for a story, a StoryCodingError naming it is thrown from
  // the submit() or finish() call that reaches that story's turn; an exception from the
  // consumer propagates as it is. Every story before the failing one has been delivered, none
  // after it will be. The runner is then failed: later calls throw std::logic_error, and the
  // destructor stops and joins the workers as above.
  void submit(Story story);

  // Waits for every submitted story and delivers the rest. Errors as for submit(). After it
  // the runner takes no more stories.
  void finish();

  size_t threads() const;
  size_t window() const;
  // Stories submitted and not yet delivered; never more than window().
  size_t in_flight() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace herald

#endif  // HERALD_PARALLEL_H_
