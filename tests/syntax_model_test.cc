// Training, saving and loading a syntax model, on herald's own small fixture treebank: learning
// works, training is reproducible byte for byte, and damaged model files are refused clearly.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <thread>

#include "herald/syntax.h"
#include "syntax/conllu.h"
#include "syntax/evaluation.h"
#include "syntax/model_file.h"
#include "test_support.h"

namespace herald::syntax {
namespace {

using testing_support::read_file;
using testing_support::write_temp_file;

const std::vector<GoldSentence>& fixtures() {
  static const auto sentences = read_conllu(HERALD_SOURCE_DIR "/tests/data/syntax/news_fixtures.conllu");
  return sentences;
}

// A small model trained on the fixtures (small tables, so the test stays fast).
SyntaxModel::Parts train_small(uint32_t beam, bool max_violation = false) {
  std::vector<const GoldSentence*> sentences;
  std::vector<std::vector<WordKeys>> keys;
  for (const GoldSentence& s : fixtures()) {
    sentences.push_back(&s);
    keys.emplace_back();
    for (const GoldWord& w : s.words) keys.back().push_back(word_keys(w.form));
  }
  SyntaxModel::Parts parts;
  TaggerOptions tagger_options;
  tagger_options.bits = 12;
  tagger_options.epochs = 8;
  parts.tagger = TaggerTrainer(tagger_options).train(sentences, keys);
  parts.lemmatizer = LemmatizerTrainer::train(sentences);
  std::vector<std::vector<uint8_t>> tags;
  for (const GoldSentence& s : fixtures()) {
    tags.emplace_back();
    for (const GoldWord& w : s.words) tags.back().push_back(w.xpos);
  }
  std::vector<ParserInput> inputs;
  for (size_t s = 0; s < keys.size(); ++s) inputs.push_back({keys[s], tags[s].data()});
  ParserOptions parser_options;
  parser_options.bits = 12;
  parser_options.epochs = 10;
  parser_options.beam_width = beam;
  parser_options.max_violation = max_violation;
  ParserTrainer(parser_options).train(sentences, inputs, [&](int, Parser&& p) { parts.parser = std::move(p); });
  parts.description = "test model";
  return parts;
}

SyntaxScores score_on_fixtures(const SyntaxModel::Parts& parts) {
  return evaluate_gold_tokens([&](Document& doc) { annotate_document(parts, doc); }, fixtures());
}

TEST(SyntaxModel, LearnsTheTrainingSentencesGreedyAndWithBeam) {
  for (uint32_t beam : {1u, 4u}) {
    const SyntaxScores scores = score_on_fixtures(train_small(beam));
    EXPECT_EQ(scores.gold_words, 57u);
    EXPECT_GE(scores.f1(scores.xpos), 95.0) << "beam " << beam;
    EXPECT_GE(scores.f1(scores.lemma), 95.0) << "beam " << beam;
    EXPECT_GE(scores.f1(scores.uas), 90.0) << "beam " << beam;
    EXPECT_GE(scores.f1(scores.las), 85.0) << "beam " << beam;
  }
}

TEST(SyntaxModel, LearnsTheTrainingSentencesWithMaxViolationUpdates) {
  const SyntaxScores scores = score_on_fixtures(train_small(4, true));
  EXPECT_GE(scores.f1(scores.uas), 90.0);
  EXPECT_GE(scores.f1(scores.las), 85.0);
}

// The decoder keeps sums of weights in per-thread caches from sentence to sentence; another
// model parsing in the same thread must not be served the first one's sums, nor the reverse.
TEST(SyntaxModel, ModelsTakingTurnsInOneThreadKeepTheirOwnResults) {
  const SyntaxModel::Parts full = train_small(4);
  SyntaxModel::Parts pruned = train_small(4);
  pruned.parser.prune(8000);
  const auto in_new_thread = [](const SyntaxModel::Parts& parts) {
    SyntaxScores scores;
    std::thread([&] { scores = score_on_fixtures(parts); }).join();
    return scores;
  };
  const SyntaxScores full_alone = in_new_thread(full);
  const SyntaxScores pruned_alone = in_new_thread(pruned);
  ASSERT_NE(full_alone.las, pruned_alone.las) << "the test needs two models that parse differently";
  score_on_fixtures(full);
  const SyntaxScores pruned_after_full = score_on_fixtures(pruned);
  const SyntaxScores full_after_pruned = score_on_fixtures(full);
  EXPECT_EQ(pruned_after_full.uas, pruned_alone.uas);
  EXPECT_EQ(pruned_after_full.las, pruned_alone.las);
  EXPECT_EQ(full_after_pruned.uas, full_alone.uas);
  EXPECT_EQ(full_after_pruned.las, full_alone.las);
}

TEST(SyntaxModel, TrainingIsReproducibleAndFilesRoundTrip) {
  const std::string dir = testing_support::process_temp_dir("herald_syntax_model_test").string();
  write_model_file(dir + "/a.syntax", train_small(2));
  write_model_file(dir + "/b.syntax", train_small(2));
  const std::string a = read_file(dir + "/a.syntax");
  ASSERT_GT(a.size(), 1000u);
  EXPECT_EQ(a, read_file(dir + "/b.syntax"));

  const auto loaded = SyntaxModel::load_file(dir + "/a.syntax");
  EXPECT_EQ(loaded->description(), "test model");
  EXPECT_EQ(loaded->score_margin(), 0.0);

  SyntaxModel::Parts with_margin = train_small(2);
  with_margin.parser.set_score_margin(1.25);
  write_model_file(dir + "/margin.syntax", with_margin);
  EXPECT_EQ(SyntaxModel::load_file(dir + "/margin.syntax")->score_margin(), 1.25);
  const SyntaxScores direct = score_on_fixtures(read_model_file(dir + "/a.syntax"));
  const SyntaxScores through_model =
      evaluate_gold_tokens([&](Document& doc) { loaded->annotate(doc); }, fixtures());
  EXPECT_EQ(direct.uas, through_model.uas);
  EXPECT_EQ(direct.las, through_model.las);
  EXPECT_EQ(direct.lemma, through_model.lemma);
}

std::string load_error(const std::string& path) {
  try {
    SyntaxModel::load_file(path);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "loaded";
}

TEST(SyntaxModel, DamagedFilesAreRefusedWithTheReason) {
  const std::string dir = testing_support::process_temp_dir("herald_syntax_model_test").string();
  write_model_file(dir + "/good.syntax", train_small(1));
  const std::string good = read_file(dir + "/good.syntax");

  EXPECT_NE(load_error(dir + "/missing.syntax").find("cannot open"), std::string::npos);
  EXPECT_NE(load_error(write_temp_file("text.syntax", "hello")).find("not a herald syntax model"),
            std::string::npos);
  EXPECT_NE(load_error(write_temp_file("short.syntax", good.substr(0, good.size() - 10))).find("truncated"),
            std::string::npos);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  EXPECT_NE(load_error(write_temp_file("flipped.syntax", flipped)).find("checksum mismatch"),
            std::string::npos);
  std::string version = good;
  version[8] = 99;
  EXPECT_NE(load_error(write_temp_file("version.syntax", version)).find("format version 99"),
            std::string::npos);
}

TEST(SyntaxModel, ModelsDirectoryFlagMustHoldTheModel) {
  EXPECT_THROW(find_models_dir("/nonexistent/models"), ModelError);
  try {
    find_models_dir("/nonexistent/models");
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find("no en_ewt.syntax"), std::string::npos);
  }
}

}  // namespace
}  // namespace herald::syntax
