// ParallelCoder through its API: results in input order and identical to sequential coding
// whatever the thread count and window, the window bounding the stories in flight, and errors
// (a throwing story, a throwing consumer, an abandoned run) reported in order without deadlock.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "herald/coder.h"
#include "herald/dictionary_loader.h"
#include "herald/io.h"
#include "herald/parallel.h"
#include "herald/syntax.h"
#include "fixture_coder_test_base.h"
#include "parallel_test_corpus.h"

namespace herald {
namespace {

using testing_support::generated_stories;

// Every event of a story as its JSON line, the story's id first: what a writer would print.
std::string render(const CodedStory& coded) {
  std::string out = coded.doc.id + "\n";
  for (const Event& event : coded.events) out += event_to_json(event) + "\n";
  return out;
}

class ParallelCoderTest : public testing_support::FixtureCoderTest {
 protected:
  static std::string code_sequentially(const std::vector<Story>& stories) {
    std::string out;
    for (const Story& story : stories) out += render(coder_->code(story));
    return out;
  }

  // Runs `stories` through a ParallelCoder, checking the sequence numbers and the record's
  // fields as they arrive; returns the rendered output.
  static std::string code_in_parallel(const std::vector<Story>& stories, ParallelOptions options,
                                      const ParallelCoder::CodeFunction& code) {
    std::string out;
    uint64_t expected = 0;
    ParallelCoder runner(code, options, [&](CodedRecord& record) {
      EXPECT_EQ(record.sequence, expected);
      EXPECT_EQ(record.origin, stories[expected].origin);
      EXPECT_EQ(record.line, stories[expected].line);
      ++expected;
      out += render(record.coded);
    });
    for (const Story& story : stories) runner.submit(story);
    runner.finish();
    EXPECT_EQ(expected, stories.size());
    return out;
  }
};

TEST_F(ParallelCoderTest, OutputIsTheSequentialOutputForAnyThreadCountAndWindow) {
  const std::vector<Story> stories = generated_stories(300);
  const std::string expected = code_sequentially(stories);
  // The corpus must exercise the coder, or identical outputs would prove little.
  ASSERT_GT(std::count(expected.begin(), expected.end(), '{'), 300) << expected.substr(0, 2000);

  const ParallelCoder::CodeFunction code = [](Story story) { return coder_->code(std::move(story)); };
  const ParallelOptions configurations[] = {
      {.threads = 1}, {.threads = 2}, {.threads = 2, .window = 1}, {.threads = 4, .window = 5}};
  for (const ParallelOptions& options : configurations) {
    SCOPED_TRACE("threads " + std::to_string(options.threads) + ", window " +
                 std::to_string(options.window));
    EXPECT_EQ(code_in_parallel(stories, options, code), expected);
  }
}

TEST_F(ParallelCoderTest, ResultsFinishingOutOfOrderAreDeliveredInOrder) {
  const std::vector<Story> stories = generated_stories(120, 11);
  const std::string expected = code_sequentially(stories);
  // Every third story is held up, so the stories after it finish first.
  const ParallelCoder::CodeFunction slow_sometimes = [](Story story) {
    if (story.line % 3 == 1) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return coder_->code(std::move(story));
  };
  EXPECT_EQ(code_in_parallel(stories, {.threads = 4, .window = 16}, slow_sometimes), expected);
}

TEST_F(ParallelCoderTest, MetadataTravelsWithTheRecord) {
  Story story = generated_stories(1)[0];
  story.metadata_json = R"({"source":"wire"})";
  std::string metadata;
  ParallelCoder runner(*coder_, {.threads = 2}, [&](CodedRecord& record) {
    metadata = record.metadata_json;
  });
  runner.submit(story);
  runner.finish();
  EXPECT_EQ(metadata, story.metadata_json);
}

TEST(ParallelCoder, WindowBoundsTheStoriesInFlight) {
  constexpr size_t kStories = 100000;
  constexpr size_t kWindow = 8;
  // A trivial code function keeps the test about the runner, not the coder.
  std::atomic<size_t> coding{0};
  std::atomic<size_t> most_coding{0};
  const ParallelCoder::CodeFunction code = [&](Story story) {
    const size_t now = ++coding;
    size_t seen = most_coding.load();
    while (now > seen && !most_coding.compare_exchange_weak(seen, now)) {
    }
    CodedStory coded;
    coded.doc.id = std::move(story.id);
    --coding;
    return coded;
  };
  size_t submitted = 0, delivered = 0, most_in_flight = 0;
  ParallelCoder runner(code, {.threads = 2, .window = kWindow}, [&](CodedRecord& record) {
    EXPECT_EQ(record.sequence, delivered);
    ++delivered;
  });
  ASSERT_EQ(runner.window(), kWindow);
  for (size_t i = 0; i < kStories; ++i) {
    Story story;
    story.id = std::to_string(i);
    runner.submit(std::move(story));
    ++submitted;
    most_in_flight = std::max(most_in_flight, submitted - delivered);
    ASSERT_LE(runner.in_flight(), kWindow);
    ASSERT_EQ(runner.in_flight(), submitted - delivered);
  }
  runner.finish();
  EXPECT_EQ(delivered, kStories);
  EXPECT_EQ(runner.in_flight(), 0u);
  EXPECT_LE(most_in_flight, kWindow);
  EXPECT_LE(most_coding.load(), 2u);  // never more stories being coded than threads
}

TEST(ParallelCoder, WindowIsAtLeastTheThreadCount) {
  const ParallelCoder::CodeFunction code = [](Story) { return CodedStory{}; };
  const ParallelCoder::Consumer ignore = [](CodedRecord&) {};
  EXPECT_EQ(ParallelCoder(code, {.threads = 4, .window = 2}, ignore).window(), 4u);
  EXPECT_EQ(ParallelCoder(code, {.threads = 3}, ignore).window(),
            3 * ParallelOptions::kDefaultWindowPerThread);
  EXPECT_EQ(ParallelCoder(code, {.threads = 1, .window = 50}, ignore).window(), 1u);
  EXPECT_EQ(ParallelCoder(code, {.threads = 0}, ignore).threads(), 1u);
}

// A story whose coding throws: the stories before it are delivered, then the error names it,
// and nothing after it is delivered.
void expect_throwing_story_is_reported_in_order(unsigned threads, size_t failing, size_t count) {
  SCOPED_TRACE("threads " + std::to_string(threads) + ", failing story " + std::to_string(failing));
  const ParallelCoder::CodeFunction code = [failing](Story story) {
    if (story.line == failing + 1) throw std::runtime_error("no parse for this one");
    CodedStory coded;
    coded.doc.id = std::move(story.id);
    return coded;
  };
  std::vector<uint64_t> delivered;
  ParallelCoder runner(code, {.threads = threads, .window = 6},
                       [&](CodedRecord& record) { delivered.push_back(record.sequence); });
  std::string error;
  try {
    for (size_t i = 0; i < count; ++i) {
      Story story;
      story.id = "story-" + std::to_string(i);
      story.origin = "feed.jsonl";
      story.line = i + 1;
      runner.submit(std::move(story));
    }
    runner.finish();
  } catch (const StoryCodingError& e) {
    error = e.what();
  }
  EXPECT_EQ(error, "feed.jsonl:" + std::to_string(failing + 1) + ": error: coding story 'story-" +
                       std::to_string(failing) + "' failed: no parse for this one");
  ASSERT_EQ(delivered.size(), failing);
  for (size_t i = 0; i < delivered.size(); ++i) EXPECT_EQ(delivered[i], i);
  EXPECT_THROW(runner.submit(Story{}), std::logic_error);
  EXPECT_THROW(runner.finish(), std::logic_error);
}

TEST(ParallelCoder, ThrowingStoryIsReportedInOrderWithoutDeadlock) {
  for (const unsigned threads : {1u, 2u, 4u}) {
    expect_throwing_story_is_reported_in_order(threads, 0, 50);
    expect_throwing_story_is_reported_in_order(threads, 17, 50);
    expect_throwing_story_is_reported_in_order(threads, 49, 50);  // found by finish()
  }
}

TEST(ParallelCoder, EveryStoryThrowingDoesNotDeadlock) {
  const ParallelCoder::CodeFunction code = [](Story) -> CodedStory { throw std::bad_alloc(); };
  size_t delivered = 0;
  ParallelCoder runner(code, {.threads = 3, .window = 3}, [&](CodedRecord&) { ++delivered; });
  EXPECT_THROW(
      {
        for (int i = 0; i < 100; ++i) runner.submit(Story{});
        runner.finish();
      },
      StoryCodingError);
  EXPECT_EQ(delivered, 0u);
}

TEST(ParallelCoder, ThrowingConsumerStopsTheRun) {
  const ParallelCoder::CodeFunction code = [](Story) { return CodedStory{}; };
  for (const unsigned threads : {1u, 2u}) {
    size_t delivered = 0;
    ParallelCoder runner(code, {.threads = threads, .window = 4}, [&](CodedRecord&) {
      if (++delivered == 10) throw std::runtime_error("disk full");
    });
    EXPECT_THROW(
        {
          for (int i = 0; i < 100; ++i) runner.submit(Story{});
          runner.finish();
        },
        std::runtime_error);
    EXPECT_EQ(delivered, 10u);
    EXPECT_THROW(runner.submit(Story{}), std::logic_error);
  }
}

TEST(ParallelCoder, AbandonedRunStopsWithoutDelivering) {
  std::atomic<size_t> coded{0};
  const ParallelCoder::CodeFunction code = [&](Story) {
    std::this_thread::sleep_for(std::chrono::microseconds(200));
    ++coded;
    return CodedStory{};
  };
  size_t delivered = 0;
  {
    ParallelCoder runner(code, {.threads = 2, .window = 20}, [&](CodedRecord&) { ++delivered; });
    for (int i = 0; i < 20; ++i) runner.submit(Story{});
    // Destroyed without finish(), as when the producer throws.
  }
  const size_t after_destruction = coded.load();
  EXPECT_LE(delivered, 20u);
  EXPECT_LE(after_destruction, 20u);
  std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_EQ(coded.load(), after_destruction);  // the workers are gone
}

}  // namespace
}  // namespace herald
