// Throughput of the syntax stage (tagging, lemmatizing, parsing) on the raw text of UD English
// EWT dev, segmented by herald's text stage first, at the model's own beam width (argument 0)
// and at widths 8 down to 1. Items are tokens, so the reported rate is tokens per second on one
// core; "of_target" is that rate over the syntax stage's target of 50,000 tokens per second
// (issue 3), so 1.0 or more meets it. Skipped when ../shared/ud or the model is missing.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>

#include "herald/syntax.h"
#include "herald/text.h"
#include "syntax/conllu.h"

namespace {

using namespace herald;

struct Corpus {
  std::unique_ptr<syntax::SyntaxModel> model;
  std::vector<Document> documents;
  size_t tokens = 0;
  size_t sentences = 0;
  std::string error;
};

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus c;
    const std::string dev = HERALD_SOURCE_DIR "/../shared/ud/en_ewt-ud-dev.conllu";
    if (!std::filesystem::exists(dev)) {
      c.error = "skipped: " + dev + " not found";
      return c;
    }
    try {
      c.model = syntax::SyntaxModel::load();
    } catch (const std::exception& e) {
      c.error = std::string("skipped: ") + e.what();
      return c;
    }
    for (const auto& s : syntax::read_conllu(dev)) {
      if (c.documents.empty() || s.new_document) c.documents.emplace_back();
      Document& d = c.documents.back();
      if (!d.text.empty()) d.text += ' ';
      d.text += s.text;
    }
    for (Document& d : c.documents) {
      text::segment(d);
      c.tokens += d.tokens.size();
      c.sentences += d.sentences.size();
    }
    return c;
  }();
  return c;
}

constexpr double kTargetTokensPerSecond = 50000;

void BM_TagAndParseEwtDev(benchmark::State& state) {
  const Corpus& c = corpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  // Documents of the benchmark's own (a Document cannot be copied: its views are its own).
  std::vector<Document> documents(c.documents.size());
  for (size_t i = 0; i < documents.size(); ++i) {
    documents[i].text = c.documents[i].text;
    text::segment(documents[i]);
  }
  // Arguments: the beam width (0 for the model's own) and the score margin in hundredths of the
  // largest weight (-1 for the model's own, 0 for exact beam search).
  const auto saved_width = c.model->beam_width();
  const auto saved_margin = c.model->score_margin();
  if (state.range(0) > 0) c.model->set_beam_width(static_cast<uint32_t>(state.range(0)));
  if (state.range(1) >= 0) c.model->set_score_margin(static_cast<double>(state.range(1)) / 100);
  for (auto _ : state) {
    for (Document& d : documents) {
      d.derived_strings.clear();
      c.model->annotate(d);
    }
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.tokens));
  state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(state.iterations() * c.sentences),
                                                     benchmark::Counter::kIsRate);
  state.counters["of_target"] = benchmark::Counter(
      static_cast<double>(state.iterations() * c.tokens) / kTargetTokensPerSecond, benchmark::Counter::kIsRate);
  state.counters["beam"] = c.model->beam_width();
  state.counters["margin"] = c.model->score_margin();
  c.model->set_beam_width(saved_width);
  c.model->set_score_margin(saved_margin);
}
BENCHMARK(BM_TagAndParseEwtDev)
    ->ArgNames({"beam", "margin100"})
    ->Args({0, -1})
    ->Args({0, 0})
    ->Args({0, 175})
    ->Args({8, -1})
    ->Args({8, 0})
    ->Args({6, -1})
    ->Args({4, -1})
    ->Args({2, -1})
    ->Args({1, -1})
    ->Unit(benchmark::kMillisecond);

void BM_LoadModel(benchmark::State& state) {
  if (!corpus().error.empty()) {
    state.SkipWithError(corpus().error.c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(syntax::SyntaxModel::load());
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

}  // namespace
