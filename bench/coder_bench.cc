// Coding speed: the coding step alone (parsed sentences in, events out) and the whole pipeline
// (raw text in), over news-like sentences written for this benchmark, with the test
// dictionaries of tests/data/coding. When ../shared/corpus is present, also the whole pipeline
// over the first Reuters stories with the PETRARCH validation dictionaries.
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "herald/coder.h"
#include "herald/dictionary_loader.h"
#include "herald/syntax.h"
#include "herald/text.h"
#include "dictionary_sets.h"

namespace herald {
namespace {

const char* const kSentences[] = {
    "Colombia accused the United States of using outdated figures on coca cultivation.",
    "Petro said Colombia would stop buying weapons from Washington.",
    "Venezuelan soldiers attacked a police post near the border on Tuesday.",
    "The Colombian government praised the decision of the court.",
    "Markets in Bogota closed higher after a quiet session.",
    "Trump sanctioned Venezuela and its state oil company last year.",
    "Rain fell across the capital for a third day.",
    "Colombia and Venezuela met in Caracas to discuss border crossings.",
};


std::shared_ptr<const syntax::SyntaxModel> model() {
  static const std::shared_ptr<const syntax::SyntaxModel> loaded = syntax::SyntaxModel::load();
  return loaded;
}

Story story_of_all_sentences() {
  Story story;
  story.id = "bench";
  story.date = "2025-09-16";
  for (const char* sentence : kSentences) story.text += std::string(sentence) + " ";
  return story;
}

// A copy of the test dictionaries for one Coder (Coder takes ownership).
lexicon::Dictionaries load_test_dictionaries() {
  return lexicon::load_dictionaries(testing_support::coding_fixture_dictionaries(), nullptr);
}

void BM_CodingStepAlone(benchmark::State& state) {
  const Coder coder(load_test_dictionaries(), model());
  Document parsed;
  const Story story = story_of_all_sentences();
  parsed.id = story.id;
  parsed.date = story.date;
  parsed.text = story.text;
  text::segment(parsed);
  model()->annotate(parsed);
  CodingStats stats;
  for (auto _ : state) {
    const std::vector<Event> events = coder.code_parsed(parsed, &stats);
    benchmark::DoNotOptimize(events.data());
  }
  const size_t sentences = stats.sentences, events = stats.events;
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CodingStepAlone);

void BM_WholePipeline(benchmark::State& state) {
  const Coder coder(load_test_dictionaries(), model());
  const Story story = story_of_all_sentences();
  size_t sentences = 0, parsed = 0;
  for (auto _ : state) {
    const CodedStory coded = coder.code(story);
    sentences += coded.stats.sentences;
    parsed += coded.stats.sentences_parsed;
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["parsed_share"] = static_cast<double>(parsed) / static_cast<double>(sentences);
}
BENCHMARK(BM_WholePipeline);

void BM_WholePipelineReuters(benchmark::State& state) {
  const std::string corpus = HERALD_SOURCE_DIR "/../shared/corpus/reuters21578.jsonl";
  std::ifstream in(corpus);
  if (!in) {
    state.SkipWithError("skipped: ../shared/corpus/reuters21578.jsonl not found");
    return;
  }
  std::vector<Story> stories;
  for (std::string line; stories.size() < 500 && std::getline(in, line);) {
    const nlohmann::json record = nlohmann::json::parse(line);
    stories.push_back({record["id"], record["date"], record["text"], "", corpus, 0});
  }
  const Coder coder(lexicon::load_dictionaries(testing_support::petrarch_validation_dictionaries(), nullptr),
                    model());
  size_t sentences = 0;
  for (auto _ : state) {
    for (const Story& story : stories) sentences += coder.code(story).stats.sentences;
  }
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WholePipelineReuters)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace herald
