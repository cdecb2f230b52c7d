// DictionaryBuilder: several sources in one vocabulary, duplicates across sources, reuse after
// finish(), the one-file conveniences, and unreadable files.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon_test_util.h"

namespace herald::lexicon {
namespace {

using testing_util::diagnostic_lines;
using testing_util::fixture_path;
using Strings = std::vector<std::string>;

TEST(DictionaryBuilderTest, SourcesShareOneVocabularyAndCodeTable) {
  DictionaryBuilder builder;
  builder.add_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch,
                   "PRESIDENT_OF_FREEDONIA [FRDGOV]\n", "a.actors");
  builder.add_text(DictionaryKind::kAgents, DictionaryFormat::kPetrarch, "PRESIDENT [~GOV]\n",
                   "b.agents");
  const Dictionaries d = builder.finish();
  EXPECT_EQ(d.sources().size(), 2u);
  EXPECT_EQ(d.sources()[1], "b.agents");
  const WordId president = d.words().find("president");
  ASSERT_NE(president, kNotFound);
  EXPECT_EQ(d.words_of(d.actors()[0].primary)[0], president);
  EXPECT_EQ(d.words_of(d.agent_names()[0].phrase)[0], president);
  EXPECT_EQ(d.agent_names()[0].origin.source, 1u);
  EXPECT_EQ(d.actors()[0].origin.source, 0u);
  EXPECT_NE(d.codes().find("GOV"), kNotFound);
  EXPECT_EQ(d.codes().find("---"), kNullCode);
  EXPECT_EQ(d.codes().find("###"), kDiscardCode);
  EXPECT_EQ(d.codes().find("+++"), kComplexCode);
}

TEST(DictionaryBuilderTest, DuplicatesAcrossSourcesFollowTheLaterSourcesFormat) {
  DictionaryBuilder builder;
  builder.add_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch, "ZENDA [ZN1]\n",
                   "a.actors");
  builder.add_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch, "\nZENDA [ZN2]\n",
                   "b.actors");
  builder.add_text(DictionaryKind::kActors, DictionaryFormat::kTabari, "OSTERLICH_ [OS1]\n",
                   "c.actors");
  builder.add_text(DictionaryKind::kActors, DictionaryFormat::kTabari, "OSTERLICH_ [OS2]\n",
                   "d.actors");
  const Dictionaries d = builder.finish();
  EXPECT_EQ(diagnostic_lines(builder.report()),
            (Strings{"2:warning:actor phrase \"zenda\" is also defined at a.actors:1; the later "
                     "entry is used",
                     "1:warning:actor phrase \"osterlich\" is also defined at c.actors:1; the "
                     "earlier entry is used"}));
  EXPECT_EQ(builder.report().diagnostics[0].file, "b.actors");
  EXPECT_EQ(builder.report().sources[1].warnings, 1u);
  EXPECT_EQ(builder.report().sources[3].warnings, 1u);
  // The actor a coder finds for a phrase is the owner of the phrase in actor_names().
  auto owner = [&d](std::string_view phrase) {
    for (const ActorName& name : d.actor_names()) {
      if (d.phrase_text(name.phrase) == phrase) return name.actor;
    }
    return kNotFound;
  };
  EXPECT_EQ(testing_util::codes_on(d, owner("zenda"), ""), "ZN2");
  EXPECT_EQ(testing_util::codes_on(d, owner("osterlich"), ""), "OS1");
  ASSERT_EQ(d.actors().size(), 4u);
  EXPECT_EQ(d.actors()[0].name_count, 0u);  // ZN1 lost its only phrase
  EXPECT_EQ(d.actors()[3].name_count, 0u);  // so did OS2
}

TEST(DictionaryBuilderTest, ReusableAfterFinish) {
  DictionaryBuilder builder;
  builder.add_text(DictionaryKind::kDiscards, DictionaryFormat::kPetrarch, "POLO\n", "first");
  const Dictionaries first = builder.finish();
  builder.add_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch, "A [X]\nA [Y]\n",
                   "second");
  const Dictionaries second = builder.finish();
  EXPECT_EQ(first.discards().size(), 1u);
  EXPECT_TRUE(second.discards().empty());
  EXPECT_EQ(second.actors().size(), 2u);
  EXPECT_EQ(second.sources().size(), 1u);
  ASSERT_EQ(builder.report().sources.size(), 2u);
  EXPECT_EQ(builder.report().sources[0].warnings, 0u);
  EXPECT_EQ(builder.report().sources[1].warnings, 1u);
  EXPECT_EQ(builder.report().diagnostics.back().file, "second");
}

TEST(DictionaryBuilderTest, OneFileConveniencesAndUnreadableFiles) {
  LoadReport report;
  const Dictionaries agents =
      load_agents(fixture_path("agents.tabari"), &report, DictionaryFormat::kTabari);
  EXPECT_EQ(agents.agents().size(), 5u);
  EXPECT_EQ(report.sources.size(), 1u);
  EXPECT_EQ(load_discards(fixture_path("discards.txt"), nullptr).discards().size(), 5u);

  DictionaryPaths paths;
  paths.actors = {fixture_path("actors.petrarch.txt")};
  paths.issues = fixture_path("issues.txt");
  paths.verbs = HERALD_SOURCE_DIR "/tests/data/lexicon";  // a directory
  const Dictionaries d = load_dictionaries(paths, &report);
  EXPECT_EQ(d.actors().size(), 13u);
  EXPECT_EQ(d.issues().size(), 8u);
  ASSERT_EQ(report.sources.size(), 3u);  // actors, verbs, issues; no agents, no discards
  EXPECT_EQ(report.sources[1].kind, DictionaryKind::kVerbs);
  EXPECT_EQ(report.sources[1].errors, 1u);
  const Strings lines = diagnostic_lines(report);
  EXPECT_NE(
      std::find(lines.begin(), lines.end(), "0:error:cannot read verbs dictionary: Is a directory"),
      lines.end())
      << ::testing::PrintToString(lines);
}

}  // namespace
}  // namespace herald::lexicon
