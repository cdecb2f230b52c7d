// A generated news corpus for the parallel-coding tests: stories of a few sentences built from
// the vocabulary of the test dictionaries (tests/data/coding/) and of the built-in ones, so that
// many sentences yield events, some are discarded by the pre-filter, and stories differ in
// length (and so in coding time). The same seed always gives the same corpus.
#ifndef HERALD_TESTS_PARALLEL_TEST_CORPUS_H_
#define HERALD_TESTS_PARALLEL_TEST_CORPUS_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "herald/story.h"

namespace herald::testing_support {

inline std::vector<Story> generated_stories(size_t count, uint32_t seed = 7) {
  static const char* const kActors[] = {
      "Colombia", "Venezuela", "The Colombian government", "Venezuelan soldiers", "Petro",
      "Trump", "The United States", "Police in Caracas", "Rebels near Bogota", "Washington",
      "The Venezuelan army", "American troops"};
  static const char* const kVerbs[] = {"accused", "attacked", "praised", "sanctioned", "visited",
                                       "met", "blamed", "boycotted", "shelled", "criticized"};
  static const char* const kTails[] = {"", " on Monday", " with drones", " after the talks",
                                       " of lying", " in a statement"};
  static const char* const kFillers[] = {"The weather was mild.", "Markets closed higher.",
                                         "He said the talks would go on.",
                                         "Officials did not comment."};
  static const char* const kDates[] = {"2019-03-01", "2022-06-01", "2023-06-01", "2025-09-15"};

  std::mt19937 random(seed);  // the engine's sequence is fixed by the standard
  const auto pick = [&random](const auto& options) {
    return options[random() % (sizeof options / sizeof options[0])];
  };
  std::vector<Story> stories(count);
  for (size_t i = 0; i < count; ++i) {
    Story& story = stories[i];
    story.id = "gen-" + std::to_string(i);
    story.date = pick(kDates);
    story.origin = "generated.jsonl";
    story.line = i + 1;
    const size_t sentences = 1 + random() % 8;
    for (size_t s = 0; s < sentences; ++s) {
      if (!story.text.empty()) story.text += ' ';
      if (random() % 4 == 0) {
        story.text += pick(kFillers);
      } else {
        std::string object = pick(kActors);
        if (object.starts_with("The ")) object[0] = 't';
        story.text += std::string(pick(kActors)) + " " + pick(kVerbs) + " " + object + pick(kTails) + ".";
      }
    }
  }
  return stories;
}

}  // namespace herald::testing_support

#endif  // HERALD_TESTS_PARALLEL_TEST_CORPUS_H_
