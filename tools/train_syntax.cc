// Trains herald's syntax model (tagger, lemmatizer, parser) on UD English EWT and writes
// models/en_ewt.syntax. Deterministic: the same data and options give the same file, byte for
// byte. Run without options from the repository's build directory; see models/MODEL_CARD.md.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <exception>
#include <memory>
#include <thread>

#include "syntax/conllu.h"
#include "syntax/evaluation.h"
#include "syntax/model_file.h"

namespace {

using namespace herald::syntax;

// The defaults are the settings of the shipped model, so that running the program without
// options reproduces it.
struct Options {
  Options() {
    parser.beam_width = 12;
    parser.decode_score_margin = 1.5;
    parser.bits = 22;
    parser.epochs = 40;
    parser.min_weight = 500;
    tagger.min_weight = 100;
  }
  std::string ud_dir = HERALD_SOURCE_DIR "/../shared/ud";
  std::string out = HERALD_SOURCE_DIR "/models/en_ewt.syntax";
  int folds = 10;
  TaggerOptions tagger;
  ParserOptions parser;
  unsigned threads = 2;
};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::vector<const GoldSentence*> pointers(const std::vector<GoldSentence>& sentences) {
  std::vector<const GoldSentence*> out;
  for (const GoldSentence& s : sentences) out.push_back(&s);
  return out;
}

// Tags of every training sentence from a tagger that did not see it (k-fold jackknifing), so
// the parser trains on tags as noisy as those it will get at run time.
std::vector<std::vector<uint8_t>> jackknife_tags(const std::vector<GoldSentence>& train,
                                                 const std::vector<std::vector<WordKeys>>& keys,
                                                 const Options& options) {
  std::vector<std::vector<uint8_t>> tags(train.size());
  auto run_fold = [&](int fold) {
    std::vector<const GoldSentence*> sentences;
    std::vector<std::vector<WordKeys>> fold_keys;
    for (size_t s = 0; s < train.size(); ++s) {
      if (static_cast<int>(s % options.folds) == fold) continue;
      sentences.push_back(&train[s]);
      fold_keys.push_back(keys[s]);
    }
    Tagger tagger = TaggerTrainer(options.tagger).train(sentences, fold_keys);
    tagger.set_news_repairs(false);
    std::vector<uint64_t> ambiguity;
    std::vector<Upos> upos;
    for (size_t s = fold; s < train.size(); s += options.folds) {
      ambiguity.resize(keys[s].size());
      upos.resize(keys[s].size());
      tags[s].resize(keys[s].size());
      tagger.tag(keys[s], ambiguity, tags[s].data(), upos.data());
    }
  };
  // Folds are independent and each writes only its own sentences, so the result does not
  // depend on the number of threads or their timing.
  std::atomic<int> next_fold{0};
  auto worker = [&] {
    for (int fold; (fold = next_fold++) < options.folds;) run_fold(fold);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < options.threads; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();
  return tags;
}

int run(const Options& options) {
  const auto start = std::chrono::steady_clock::now();
  const auto train = read_conllu(options.ud_dir + "/en_ewt-ud-train.conllu");
  const auto dev = read_conllu(options.ud_dir + "/en_ewt-ud-dev.conllu");
  const auto test = read_conllu(options.ud_dir + "/en_ewt-ud-test.conllu");
  fmt::print(stderr, "read {} train, {} dev, {} test sentences\n", train.size(), dev.size(), test.size());

  std::vector<std::vector<WordKeys>> keys(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    for (const GoldWord& w : train[s].words) keys[s].push_back(word_keys(w.form));
  }
  const auto train_pointers = pointers(train);

  auto parts = std::make_unique<SyntaxModel::Parts>();
  const Annotator annotate = [&](herald::Document& doc) { annotate_document(*parts, doc); };
  parts->tagger = TaggerTrainer(options.tagger).train(train_pointers, keys);
  // The shipped parser learned from, and was chosen on, tags without the news repairs (see
  // Tagger::set_news_repairs), which are not stored in the file; nor are the lemmatizer's, left
  // out of the figures the description records.
  parts->tagger.set_news_repairs(false);
  parts->lemmatizer = LemmatizerTrainer::train(train_pointers);
  parts->lemmatizer.set_news_repairs(false);
  fmt::print(stderr, "[{:.0f}s] tagger: {} weights; lemmatizer: {} rules, {} exceptions\n",
             seconds_since(start), parts->tagger.weight_count(), parts->lemmatizer.rule_count(),
             parts->lemmatizer.exception_count());

  const auto tags = jackknife_tags(train, keys, options);
  fmt::print(stderr, "[{:.0f}s] {}-fold jackknifed tags ready\n", seconds_since(start), options.folds);

  std::vector<ParserInput> inputs;
  for (size_t s = 0; s < train.size(); ++s) inputs.push_back({keys[s], tags[s].data()});
  // Model selection: keep the epoch with the best LAS on dev. The model file is rewritten at
  // each new best, so an interrupted run leaves the best model so far, and it is the file a
  // run with --parser-epochs set to that epoch would write (nothing in it names the total).
  uint64_t best_las = 0;
  // Selection and the figures in the description use the exact search: the score margin is a
  // speed setting, checked against it separately (tests/syntax_ewt_test.cc).
  ParserTrainer(options.parser).train(train_pointers, inputs, [&](int epoch, Parser&& parser) {
    parts->parser = std::move(parser);
    parts->parser.set_score_margin(0);
    const SyntaxScores dev_scores = evaluate_gold_tokens(annotate, dev);
    fmt::print(stderr, "[{:.0f}s] parser epoch {}: dev UAS {:.2f} LAS {:.2f}\n", seconds_since(start),
               epoch + 1, dev_scores.f1(dev_scores.uas), dev_scores.f1(dev_scores.las));
    if (dev_scores.las <= best_las) return;
    best_las = dev_scores.las;
    const SyntaxScores test_scores = evaluate_gold_tokens(annotate, test);
    parts->description = fmt::format(
        "herald syntax model: trained on UD English EWT v2.16 train (CC BY-SA 4.0; Silveira et al. "
        "2014 and the UD contributors) by tools/train_syntax; parser epoch {} chosen on dev, beam {}.\n"
        "EWT dev, gold tokens:\n{}EWT test, gold tokens:\n{}",
        epoch + 1, parts->parser.beam_width(), dev_scores.to_string(), test_scores.to_string());
    parts->parser.set_score_margin(options.parser.decode_score_margin);
    write_model_file(options.out, *parts);
    fmt::print(stderr, "[{:.0f}s] wrote {}; parser {} weights\n", seconds_since(start), options.out,
               parts->parser.weight_count());
  });
  fmt::print("{}\n", read_model_file(options.out).description);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  CLI::App app{"Trains herald's tagger, lemmatizer and parser on UD English EWT."};
  app.add_option("--ud", options.ud_dir, "folder with en_ewt-ud-{train,dev,test}.conllu")->capture_default_str();
  app.add_option("--out", options.out, "model file to write")->capture_default_str();
  app.add_option("--folds", options.folds, "jackknifing folds for the parser's training tags")->check(CLI::Range(2, 100));
  app.add_option("--tagger-epochs", options.tagger.epochs, "passes over the data for the tagger");
  app.add_option("--parser-epochs", options.parser.epochs, "passes over the data for the parser");
  app.add_option("--beam", options.parser.beam_width, "parser beam width (1: greedy)")->check(CLI::Range(1, 64));
  app.add_option("--decode-beam", options.parser.decode_beam_width,
                 "beam width the model parses with (0: the training width)")->check(CLI::Range(0, 64));
  app.add_option("--decode-margin", options.parser.decode_score_margin,
                 "score margin the model parses with, in largest weights (0: exact beam search)")
      ->check(CLI::Range(0.0, 1000.0))
      ->capture_default_str();
  app.add_flag("--max-violation", options.parser.max_violation,
               "beam training: update at the largest violation instead of early update");
  app.add_option("--tagger-bits", options.tagger.bits, "log2 of the tagger's feature buckets")->check(CLI::Range(10, 24));
  app.add_option("--parser-bits", options.parser.bits, "log2 of the parser's feature buckets")->check(CLI::Range(10, 24));
  app.add_option("--tagger-min-weight", options.tagger.min_weight,
                 "drop tagger weights below this magnitude (of 32767)");
  app.add_option("--parser-min-weight", options.parser.min_weight,
                 "drop parser weights below this magnitude (of 32767)");
  app.add_option("--threads", options.threads, "threads for jackknifing (the result does not depend on it)")->check(CLI::Range(1, 64));
  CLI11_PARSE(app, argc, argv);
  try {
    return run(options);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
}
