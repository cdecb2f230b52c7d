// The lemmatizer on a small hand-made training set: exceptions, suffix rules, and the choice
// among rules by the lemmas seen in training ("provoked" -> "provoke" when "provoke" is a
// known verb, though most "-ed" words in training just drop the "ed").
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "syntax/lemmatizer.h"

namespace herald::syntax {
namespace {

GoldWord word(std::string form, std::string lemma, std::string_view xpos) {
  GoldWord w;
  w.form = std::move(form);
  w.lemma = std::move(lemma);
  w.xpos = *xpos_from_name(xpos);
  return w;
}

Lemmatizer train(const std::vector<GoldWord>& words) {
  static std::vector<GoldSentence> sentences;
  sentences.assign(1, GoldSentence{});
  sentences[0].words = words;
  return LemmatizerTrainer::train({&sentences[0]});
}

// Training words whose past forms mostly drop "ed" and whose superlatives drop "est", plus
// the base forms the checks can find.
std::vector<GoldWord> training_words() {
  return {
      word("walked", "walk", "VBD"),   word("talked", "talk", "VBD"),   word("jumped", "jump", "VBD"),
      word("worked", "work", "VBN"),   word("looked", "look", "VBN"),   word("kicked", "kick", "VBN"),
      word("poked", "poke", "VBN"),    word("provoke", "provoke", "VB"), word("bomb", "bomb", "NN"),
      word("stopped", "stop", "VBD"),  word("hot", "hot", "JJ"),        word("coolest", "cool", "JJS"),
      word("greatest", "great", "JJS"), word("was", "be", "VBD"),       word("processes", "process", "NNS"),
      word("cars", "car", "NNS"),      word("books", "book", "NNS"),    word("process", "process", "NN"),
  };
}

std::string lemma(const Lemmatizer& l, std::string_view form, std::string_view xpos) {
  std::string buffer;
  return std::string(l.lemmatize(form, *xpos_from_name(xpos), buffer));
}

TEST(SyntaxLemmatizer, ExceptionsAndRules) {
  const Lemmatizer l = train(training_words());
  EXPECT_EQ(lemma(l, "was", "VBD"), "be");
  EXPECT_EQ(lemma(l, "parked", "VBD"), "park");  // unseen: the "-ed" rule
  EXPECT_EQ(lemma(l, "hats", "NNS"), "hat");
}

TEST(SyntaxLemmatizer, RulesArePickedByTheLemmasSeenInTraining) {
  const Lemmatizer l = train(training_words());
  // The "-ed" rule gives "provok", unknown; with an "e" added it is the known verb.
  EXPECT_EQ(lemma(l, "provoked", "VBN"), "provoke");
  // A known lemma of another class will do: the noun "bomb".
  EXPECT_EQ(lemma(l, "bombed", "VBD"), "bomb");
  // A doubled consonant undone: "hott" is unknown, "hot" a known adjective.
  EXPECT_EQ(lemma(l, "hottest", "JJS"), "hot");
  // Capitalized: the rules of lowercase words apply, and the lemma is lowercase.
  EXPECT_EQ(lemma(l, "Processes", "NNS"), "process");
  // Nothing known fits: the longest suffix's rule decides, as without the check.
  EXPECT_EQ(lemma(l, "zorked", "VBD"), "zork");
  // Base forms are not checked: the word stays as it is.
  EXPECT_EQ(lemma(l, "provok", "VB"), "provok");
}

}  // namespace
}  // namespace herald::syntax
