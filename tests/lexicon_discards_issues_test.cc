// Discard lists and issue lists.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon_test_util.h"

namespace herald::lexicon {
namespace {

using testing_util::diagnostic_lines;
using testing_util::load_fixture;
using Strings = std::vector<std::string>;

TEST(DiscardsTest, StoryAndSentenceDiscardsWithStemmedLastWords) {
  const auto loaded =
      load_fixture(DictionaryKind::kDiscards, DictionaryFormat::kPetrarch, "discards.txt");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{"6:warning:a discard is a phrase only; the rest of the line is ignored",
                     "7:error:missing phrase; discard skipped"}));
  const Dictionaries& d = loaded.dictionaries;
  ASSERT_EQ(d.discards().size(), 5u);
  Strings texts;
  for (const Discard& discard : d.discards()) {
    texts.push_back((discard.scope == DiscardScope::kStory ? "story:" : "sentence:") +
                    d.phrase_text(discard.phrase));
  }
  // The last word is a stem unless it ends with "_"; the words are consecutive.
  EXPECT_EQ(texts, (Strings{"story:cricket_test_match~", "sentence:horse_racing~", "sentence:golf",
                            "story:super_bowl", "sentence:rowing_regatta~"}));
  EXPECT_EQ(d.discards()[2].origin.line, 4u);
  EXPECT_EQ(loaded.report.sources[0].entries, 5u);
}

TEST(IssuesTest, ExpansionsIgnorePhrasesAndCodes) {
  const auto loaded =
      load_fixture(DictionaryKind::kIssues, DictionaryFormat::kPetrarch, "issues.txt");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{"8:error:invalid issue code \"[WATER DISASTER]\"; issue skipped",
                     "9:error:issue has no code [CODE]; issue skipped"}));
  const Dictionaries& d = loaded.dictionaries;
  Strings issues;
  for (const Issue& issue : d.issues()) {
    issues.push_back(d.phrase_text(issue.phrase) + "=" + std::string(d.codes().name(issue.code)) +
                     (issue.generated ? "*" : ""));
  }
  EXPECT_EQ(issues, (Strings{
                        "drought=WATER_SCARCITY",
                        "droughts=WATER_SCARCITY*",
                        "irrigate_canal=WATER_SCARCITY",
                        "irrigates_canal=WATER_SCARCITY*",
                        "irrigated_canal=WATER_SCARCITY*",
                        "irrigating_canal=WATER_SCARCITY*",
                        "desal_plant=WATER_TECH",
                        "desal-plant=WATER_TECH*",
                    }));
  ASSERT_EQ(d.issue_ignores().size(), 2u);
  EXPECT_EQ(d.phrase_text(d.issue_ignores()[0].phrase), "water_polo");
  EXPECT_FALSE(d.issue_ignores()[0].double_tilde);
  EXPECT_EQ(d.phrase_text(d.issue_ignores()[1].phrase), "water_music");
  EXPECT_TRUE(d.issue_ignores()[1].double_tilde);
  EXPECT_EQ(loaded.report.sources[0].entries, 3u);
}

}  // namespace
}  // namespace herald::lexicon
