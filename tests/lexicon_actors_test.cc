// Actor dictionaries: synonyms, dated codes, compound and special codes, comments, errors,
// and the TABARI form of the file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon_test_util.h"

namespace herald::lexicon {
namespace {

using testing_util::actor_phrases;
using testing_util::codes_on;
using testing_util::diagnostic_lines;
using testing_util::find_actor;
using testing_util::load_fixture;
using testing_util::load_text;
using Strings = std::vector<std::string>;

class PetrarchActorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    loaded_ =
        load_fixture(DictionaryKind::kActors, DictionaryFormat::kPetrarch, "actors.petrarch.txt");
  }
  const Dictionaries& d() const { return loaded_.dictionaries; }
  uint32_t actor(std::string_view primary) const {
    const auto index = find_actor(d(), primary);
    EXPECT_TRUE(index.has_value()) << primary;
    return index.value_or(0);
  }
  testing_util::Loaded loaded_;
};

TEST_F(PetrarchActorsTest, ReadsEveryEntryAndReportsOnlyTheDoubtfulOnes) {
  EXPECT_EQ(diagnostic_lines(loaded_.report),
            (Strings{"29:warning:actor has no code; it codes as the null code [---]",
                     "36:warning:actor phrase \"freedonians\" is also defined at line 7; "
                     "the later entry is used"}));
  ASSERT_EQ(loaded_.report.sources.size(), 1u);
  const SourceSummary& summary = loaded_.report.sources[0];
  EXPECT_EQ(summary.lines, 36u);
  EXPECT_EQ(summary.entries, 13u);
  EXPECT_EQ(summary.names, 17u);
  EXPECT_EQ(summary.codes, 19u);
  EXPECT_EQ(summary.errors, 0u);
  EXPECT_EQ(summary.warnings, 2u);
  EXPECT_EQ(d().actors().size(), 13u);
  EXPECT_EQ(d().actor_names().size(), 16u);  // "freedonians" kept once
  EXPECT_EQ(d().dated_codes().size(), 7u);
}

TEST_F(PetrarchActorsTest, SynonymsBelongToTheActorAbove) {
  EXPECT_EQ(actor_phrases(d(), actor("freedonia")),
            (Strings{"freedonia", "freedonian", "the_grand_duchy_of_freedonia"}));
  EXPECT_EQ(actor_phrases(d(), actor("sylvania")), (Strings{"sylvania", "sylvanian"}));
  EXPECT_EQ(codes_on(d(), actor("sylvania"), "2001-01-01"), "SYL");
  // The later FREEDONIANS entry won the phrase (PETRARCH keeps the later of two entries).
  EXPECT_EQ(actor_phrases(d(), actor("freedonians")), (Strings{"freedonians"}));
  EXPECT_EQ(codes_on(d(), actor("freedonians"), ""), "FRDX");
}

TEST_F(PetrarchActorsTest, DatedCodesAreTriedInOrderBeforeTheDefault) {
  const uint32_t firefly = actor("rufus_t._firefly");
  EXPECT_EQ(codes_on(d(), firefly, "1932-06-01"), "FRDELI");
  EXPECT_EQ(codes_on(d(), firefly, "1933-01-01"), "FRDELI");  // both ends count; first wins
  EXPECT_EQ(codes_on(d(), firefly, "1933-01-02"), "FRDGOV");
  EXPECT_EQ(codes_on(d(), firefly, "1945-12-31"), "FRDGOV");
  EXPECT_EQ(codes_on(d(), firefly, "1946-01-01"), "FRDOPP");
  EXPECT_EQ(codes_on(d(), firefly, "2024-05-05"), "FRDOPP");
  EXPECT_EQ(codes_on(d(), firefly, ""), "FRDGOV");  // unknown date: the default
}

TEST_F(PetrarchActorsTest, SixDigitDatesPivotAtThirty) {
  const uint32_t trentino = actor("trentino");
  const Actor& a = d().actors()[trentino];
  ASSERT_EQ(a.dated_count, 3u);
  const DatedCodes& first = d().dated_codes()[a.first_dated];
  EXPECT_EQ(first.valid.first, day_from_civil(1933, 1, 1));
  EXPECT_EQ(first.valid.last, day_from_civil(1945, 12, 31));
  EXPECT_EQ(d().dated_codes()[a.first_dated + 2].valid.first, day_from_civil(2000, 1, 1));
  EXPECT_EQ(d().dated_codes()[a.first_dated + 2].valid.last, kLastDay);
  EXPECT_EQ(codes_on(d(), trentino, "1940-01-01"), "SYLGOV");
  EXPECT_EQ(codes_on(d(), trentino, "1950-01-01"), "SYLELI");  // "19460101 - 19991231"
  EXPECT_EQ(codes_on(d(), trentino, "2005-01-01"), "SYLMIL");  // "> 000101"
  EXPECT_EQ(codes_on(d(), trentino, "1920-01-01"), "---");     // the [---] default
  EXPECT_EQ(d().resolve_actor_code(trentino, day_from_civil(1920, 1, 1))[0], kNullCode);
}

TEST_F(PetrarchActorsTest, CompoundSpecialAndMissingCodes) {
  EXPECT_EQ(codes_on(d(), actor("marvel_band"), "2000-01-01"), "FRD/SYL");
  EXPECT_EQ(d().resolve_actor_code(actor("marvel_band"), 0).size(), 2u);
  EXPECT_EQ(d().resolve_actor_code(actor("old_guard"), 0)[0], kComplexCode);
  EXPECT_EQ(d().resolve_actor_code(actor("marathon_club"), 0)[0], kDiscardCode);
  const auto stranger = d().resolve_actor_code(actor("stranger"), 0);
  ASSERT_EQ(stranger.size(), 1u);
  EXPECT_EQ(stranger[0], kNullCode);
  EXPECT_EQ(d().actors()[actor("stranger")].default_codes.size, 0u);
}

TEST_F(PetrarchActorsTest, CodesOnTheActorLineAsTabariWritesThem) {
  const uint32_t joint = actor("joint_command");
  EXPECT_EQ(codes_on(d(), joint, "2020-06-01"), "SYLMIL");
  EXPECT_EQ(codes_on(d(), joint, "2021-06-01"), "FRDMIL");
}

TEST_F(PetrarchActorsTest, PhrasesAreFoldedWordSequences) {
  // PETRARCH actor phrases are consecutive words whether written with "_" or a blank.
  const Actor& fenwick = d().actors()[actor("grand_fenwick")];
  EXPECT_EQ(fenwick.primary.size, 2u);
  EXPECT_EQ(fenwick.primary.gap_mask, 0u);
  EXPECT_EQ(fenwick.primary.stem_mask, 0u);
  // Clitics are split as the text stage splits them, so the phrase matches tokens.
  const Actor& castle = d().actors()[actor("doctor_doom_'s_castle")];
  EXPECT_EQ(castle.primary.size, 4u);
  // Codes are folded to upper case.
  EXPECT_EQ(codes_on(d(), actor("latveria"), ""), "LAT");
  const WordId doom = d().words().find("doom");
  ASSERT_NE(doom, kNotFound);
  EXPECT_EQ(d().words_of(castle.primary)[1], doom);
}

TEST_F(PetrarchActorsTest, CommentsHideWhatTheyEnclose) {
  EXPECT_FALSE(find_actor(d(), "an_actor").has_value());
  EXPECT_EQ(d().words().find("not"), kNotFound);
  EXPECT_EQ(d().words().find("comment"), kNotFound);
  EXPECT_EQ(d().codes().find("NOT"), kNotFound);
}

TEST(ActorErrorsTest, EachMalformedEntryIsReportedWithItsLineAndSkipped) {
  const auto loaded =
      load_fixture(DictionaryKind::kActors, DictionaryFormat::kPetrarch, "actors.errors.txt");
  const std::vector<std::string> lines = diagnostic_lines(loaded.report);
  ASSERT_EQ(lines.size(), 13u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0],
            "4:error:invalid date \"20230230\" in \"[XXX 20230230-20240101]\" (expected YYYYMMDD "
            "or YYMMDD); actor skipped");
  EXPECT_EQ(lines[1], "5:error:synonym of the skipped actor of line 4");
  EXPECT_TRUE(lines[2].starts_with("6:error:invalid code \"950601-990815\"")) << lines[2];
  EXPECT_TRUE(lines[3].starts_with("7:error:invalid code \"AB-CD\"")) << lines[3];
  EXPECT_EQ(lines[4], "8:error:\"[\" is not closed with \"]\"; actor skipped");
  EXPECT_EQ(lines[5], "9:error:code line of the skipped actor of line 8");
  EXPECT_EQ(lines[6],
            "10:error:date range in \"[BCK 20200101-20190101]\" ends before it begins; "
            "actor skipped");
  EXPECT_TRUE(lines[7].starts_with("11:error:date restriction in \"[NOP 20200101]\"")) << lines[7];
  // The warning about line 12 comes when its actor is complete, at the next actor (line 14).
  EXPECT_EQ(lines[8],
            "12:warning:second undated code ignored: the first undated code is the "
            "actor's default");
  EXPECT_EQ(lines[9], "15:error:missing phrase; the actor of line 14 is skipped");
  EXPECT_EQ(lines[10], "16:error:synonym of the skipped actor of line 14");
  EXPECT_EQ(lines[11], "17:error:code line of the skipped actor of line 14");
  EXPECT_EQ(lines[12], "18:warning:text after the code ignored: \"trailing words\"");
  EXPECT_EQ(loaded.report.error_count(), 11u);
  EXPECT_EQ(loaded.report.sources[0].errors, 11u);

  const Dictionaries& d = loaded.dictionaries;
  ASSERT_EQ(d.actors().size(), 3u);
  EXPECT_EQ(actor_phrases(d, 0), (Strings{"good_one", "good_synonym"}));
  EXPECT_EQ(codes_on(d, *find_actor(d, "good_two"), "2019-01-01"), "GD4");
  EXPECT_EQ(codes_on(d, *find_actor(d, "good_two"), "2021-01-01"), "GD2");
  EXPECT_EQ(codes_on(d, *find_actor(d, "good_three"), ""), "GD5");
  // Diagnostics name the file and the byte offset of the line.
  const Diagnostic& first = loaded.report.diagnostics.front();
  EXPECT_TRUE(first.file.ends_with("actors.errors.txt"));
  ASSERT_TRUE(first.byte_offset.has_value());
  EXPECT_EQ(*first.byte_offset, std::string("# herald test fixture: malformed actor entries, each "
                                            "reported and skipped\nGOOD_ONE [GD1]\n"
                                            "+GOOD_SYNONYM\n")
                                    .size());
}

TEST(ActorErrorsTest, LinesThatNeedAnActorBeforeAnyActor) {
  const auto loaded = load_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch,
                                "[ORPHAN]\n+LOST\nFOUND [FND]\n");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{"1:error:code line before any actor", "2:error:synonym before any actor"}));
  EXPECT_EQ(loaded.dictionaries.actors().size(), 1u);
}

TEST(ActorErrorsTest, AnUnclosedCommentSwallowsTheRestAndSaysSo) {
  const auto loaded = load_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch,
                                "ONE [A]\n<!-- open\nTWO [B]\n");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{"2:error:comment opened with \"<!--\" is never closed with \"-->\"; "
                     "everything after it was ignored"}));
  EXPECT_EQ(loaded.dictionaries.actors().size(), 1u);
  EXPECT_EQ(*loaded.report.diagnostics[0].byte_offset, 8u);
}

TEST(TabariActorsTest, StemsExactWordsGapsAndDatedCodes) {
  const auto loaded =
      load_fixture(DictionaryKind::kActors, DictionaryFormat::kTabari, "actors.tabari");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{"19:warning:end mark ~~FINISH: the 2 non-blank lines after it are not "
                     "read"}));
  const Dictionaries& d = loaded.dictionaries;
  ASSERT_EQ(d.tabari_nouns().size(), 2u);
  EXPECT_EQ(d.phrase_text(d.tabari_nouns()[0]), "hornets~");
  EXPECT_EQ(d.phrase_text(d.tabari_nouns()[1]), "brigades");
  ASSERT_EQ(d.tabari_adjectives().size(), 1u);
  EXPECT_EQ(d.phrase_text(d.tabari_adjectives()[0]), "dreadful~");

  ASSERT_EQ(d.actors().size(), 8u);
  // A word without "_" is a stem, and a stem needs no generated plural.
  EXPECT_EQ(actor_phrases(d, *find_actor(d, "ruritani~")), (Strings{"ruritani~"}));
  // "_" makes it exact, and TABARI's regular plural is then listed for the coder.
  EXPECT_EQ(actor_phrases(d, *find_actor(d, "graustark")), (Strings{"graustark", "graustarks"}));
  EXPECT_TRUE(d.actor_names()[d.actors()[*find_actor(d, "graustark")].first_name + 1].generated);
  // "~" keeps a stem even before "_"; words joined by "_" are consecutive, a blank allows a gap.
  EXPECT_TRUE(find_actor(d, "fredoni~_national_guard~").has_value());
  EXPECT_TRUE(find_actor(d, "great~ sylvania~").has_value());
  // "=": exact, and no plural.
  EXPECT_EQ(actor_phrases(d, *find_actor(d, "moose")), (Strings{"moose"}));

  const uint32_t rupert = *find_actor(d, "prince_rupert");
  EXPECT_EQ(codes_on(d, rupert, "1991-12-31"), "RUP");
  EXPECT_EQ(codes_on(d, rupert, "1992-01-01"), "UNO");
  const uint32_t west = *find_actor(d, "west_ruritania");
  EXPECT_EQ(codes_on(d, west, "1990-11-03"), "RWR");
  EXPECT_EQ(codes_on(d, west, "1990-11-04"), "---");  // a lone restriction defaults to null
  EXPECT_EQ(codes_on(d, west, ""), "RWR");            // unknown date: the latest role

  const uint32_t grimsby = *find_actor(d, "grimsby~");
  EXPECT_EQ(actor_phrases(d, grimsby), (Strings{"grimsby~", "grimsbies"}));
  EXPECT_EQ(codes_on(d, grimsby, "1995-06-01"), "HRB");
  EXPECT_EQ(codes_on(d, grimsby, "1995-06-02"), "HRBGOV");
  EXPECT_EQ(codes_on(d, grimsby, "1999-08-16"), "---");
  EXPECT_FALSE(find_actor(d, "not_read").has_value());
}

}  // namespace
}  // namespace herald::lexicon
