// The coder end to end on sentences written for these tests, with small dictionaries of our
// own (tests/data/coding/) and the shipped syntax model.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "herald/coder.h"
#include "herald/dictionary_loader.h"
#include "herald/syntax.h"
#include "herald/text.h"
#include "fixture_coder_test_base.h"
#include "coder_fixture.h"
#include "test_support.h"

namespace herald {
namespace {

class CoderTest : public testing_support::FixtureCoderTest {
 protected:
  // "SOURCE TARGET CODE" for each event, sorted.
  static std::vector<std::string> code(const std::string& text, const std::string& date = "2023-06-01") {
    Story story;
    story.id = "test";
    story.date = date;
    story.text = text;
    std::vector<std::string> out;
    for (const Event& e : coder_->code(story).events) {
      out.push_back(e.source + " " + e.target + " " + e.code);
    }
    std::sort(out.begin(), out.end());
    return out;
  }

  using Events = std::vector<std::string>;
};

TEST_F(CoderTest, SubjectVerbObject) {
  EXPECT_EQ(code("Colombia accused the United States of lying."), Events{"COL USA 112"});
}

TEST_F(CoderTest, PassiveByAgentIsTheSource) {
  EXPECT_EQ(code("Colombia was attacked by Venezuelan soldiers."), Events{"VENMIL COL 190"});
}

TEST_F(CoderTest, ConjoinedActorsGiveOneEventEach) {
  EXPECT_EQ(code("Colombia and Venezuela accused the United States."),
            (Events{"COL USA 112", "VEN USA 112"}));
}

TEST_F(CoderTest, ActorAndAgentCombine) {
  EXPECT_EQ(code("The Colombian government praised Washington."), Events{"COLGOV USA 051"});
}

// A role that borrowed its state from the party it acts on would act on its own country: no
// event. Named on both sides, or a curfew (aimed at the country), it stays.
TEST_F(CoderTest, NoEventOfAnInferredOrganOnItsOwnCountry) {
  EXPECT_EQ(code("The ministry sanctioned Colombia."), Events{});
  EXPECT_EQ(code("The Colombian army attacked Colombia."), Events{"COLMIL COL 190"});
  EXPECT_EQ(code("The government declared a curfew across Colombia."), Events{"COLGOV COL 1721"});
}

// A group coded as a government names whose side its soldiers are on: the soldiers of the
// Northern Front while it governed (2010) are COLMIL, not COLGOV.
TEST_F(CoderTest, SoldiersOfAGoverningGroupAreTheMilitary) {
  EXPECT_EQ(code("Northern Front soldiers attacked Venezuela.", "2010-06-01"), Events{"COLMIL VEN 190"});
  EXPECT_EQ(code("Northern Front soldiers attacked Venezuela.", "2012-06-01"), Events{"COLREB VEN 190"});
}

TEST_F(CoderTest, NegatedVerbIsNotCoded) {
  EXPECT_EQ(code("Colombia did not attack Venezuela."), Events{});
}

TEST_F(CoderTest, ReportedSpeechCodesTheEmbeddedEvent) {
  EXPECT_EQ(code("Petro said Venezuela attacked Colombia."), Events{"VEN COL 190"});
}

TEST_F(CoderTest, PronounResolvesToTheLastPerson) {
  EXPECT_EQ(code("Petro arrived in Caracas on Monday. He accused the United States of meddling."),
            Events{"COLGOV USA 112"});
}

TEST_F(CoderTest, ActorCodesFollowTheStoryDate) {
  EXPECT_EQ(code("Trump sanctioned Venezuela.", "2019-03-01"), Events{"USAGOV VEN 163"});
  EXPECT_EQ(code("Trump sanctioned Venezuela.", "2022-06-01"), Events{"USAELI VEN 163"});
  EXPECT_EQ(code("Trump sanctioned Venezuela.", "2025-09-15"), Events{"USAGOV VEN 163"});
}

TEST_F(CoderTest, PatternRefinesTheCode) {
  EXPECT_EQ(code("Venezuela attacked Colombia with drones."), Events{"VEN COL 195"});
}

TEST_F(CoderTest, PairedCodeAddsTheReverseEvent) {
  EXPECT_EQ(code("Petro visited Washington."), (Events{"COLGOV USA 042", "USA COLGOV 043"}));
}

TEST_F(CoderTest, NounIsNeverCodedAsAVerb) {
  EXPECT_EQ(code("The attack on Colombia shocked Venezuela."), Events{});
}

TEST_F(CoderTest, EventsCarryEvidenceSpansIntoTheStoryText) {
  Story story;
  story.id = "spans";
  story.date = "2023-06-01";
  story.text = "BOGOTA, June 1 - The Colombian government praised Washington on Thursday.";
  const CodedStory coded = coder_->code(story);
  ASSERT_EQ(coded.events.size(), 1u);
  const Event& e = coded.events[0];
  EXPECT_EQ(e.story_id, "spans");
  EXPECT_EQ(e.date, "2023-06-01");
  EXPECT_EQ(e.root_code, "05");
  EXPECT_EQ(e.quad_class, 1);
  ASSERT_TRUE(e.goldstein.has_value());
  EXPECT_DOUBLE_EQ(*e.goldstein, 3.4);
  const auto slice = [&](Span span) {
    // All ASCII here, so code points and bytes agree.
    return story.text.substr(span.begin, span.end - span.begin);
  };
  EXPECT_EQ(slice(e.source_span), e.source_text);
  EXPECT_EQ(slice(e.target_span), e.target_text);
  EXPECT_EQ(slice(e.verb_span), e.verb_text);
  EXPECT_EQ(e.source_text, "The Colombian government");
  EXPECT_EQ(e.target_text, "Washington");
  EXPECT_EQ(e.verb_text, "praised");
  // The dateline is a sentence of its own, so the evidence sentence starts after it.
  EXPECT_EQ(e.sentence, "The Colombian government praised Washington on Thursday.");
}

TEST_F(CoderTest, UnknownCodesPassThroughWithoutClassOrScore) {
  lexicon::DictionaryBuilder builder;
  builder.add_text(lexicon::DictionaryKind::kActors, lexicon::DictionaryFormat::kPetrarch,
                   "ARNOR_ [ARN]\nGONDOR_ [GON]\n", "actors");
  builder.add_text(lexicon::DictionaryKind::kVerbs, lexicon::DictionaryFormat::kPetrarch,
                   "--- THREATEN [903] ---\nTHREATEN\n", "verbs");
  const Coder coder(builder.finish(), syntax::SyntaxModel::load());
  Story story;
  story.id = "weis";
  story.date = "1995-01-01";
  story.text = "Arnor threatened Gondor.";
  const CodedStory coded = coder.code(story);
  ASSERT_EQ(coded.events.size(), 1u);
  EXPECT_EQ(coded.events[0].code, "903");
  EXPECT_EQ(coded.events[0].root_code, "90");
  EXPECT_FALSE(coded.events[0].quad_class.has_value());
  EXPECT_FALSE(coded.events[0].goldstein.has_value());
}

TEST_F(CoderTest, SentencesWithoutVerbOrActorAreNotParsed) {
  Story story;
  story.id = "filter";
  story.date = "2023-06-01";
  story.text = "Rain fell all day. Colombia accused the United States. Markets were calm.";
  const CodedStory coded = coder_->code(story);
  EXPECT_EQ(coded.stats.sentences, 3u);
  EXPECT_EQ(coded.stats.sentences_parsed, 1u);
  EXPECT_EQ(coded.events.size(), 1u);
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

TEST_F(CoderTest, AgentWordInsideAnActorNameIsNotJoined) {
  EXPECT_EQ(code("The West Bank accused Colombia."), Events{"PSE COL 112"});
}

TEST_F(CoderTest, PossessivePronounGivesTheAgentItsState) {
  EXPECT_EQ(code("Petro spoke on Monday. His soldiers attacked Venezuela."), Events{"COLMIL VEN 190"});
}

TEST_F(CoderTest, PersonFromAnotherCountryIsANamesake) {
  EXPECT_EQ(code("Colombian minister Pedro Sanchez accused the United States."), Events{"COLGOV USA 112"});
}

TEST_F(CoderTest, ConjoinedSubjectsMeetingSomewhereMeetEachOther) {
  EXPECT_EQ(code("Petro and Trump met in Caracas.", "2025-09-20"),
            (Events{"COLGOV USAGOV 036", "USAGOV COLGOV 036"}));
}

TEST_F(CoderTest, AParticipleAfterAPrepositionIsNoEventEvenWhenParsedAsAClause) {
  // The parse reads "on seized cocaine" as a clause of "seized"; it is the cocaine's adjective.
  EXPECT_EQ(code("She said Bogota would present its own figures on seized cocaine to U.S. officials."), Events{});
  EXPECT_EQ(code("Colombia seized cocaine from Venezuela."), Events{"COL VEN 1711"});
}

TEST_F(CoderTest, ProtestsAndCurfewsWithNoTargetAreAimedAtTheActorsOwnState) {
  EXPECT_EQ(code("Colombian protesters protested in Bogota on Monday."), Events{"COLOPP COLGOV 141"});
  EXPECT_EQ(code("Venezuela declared a curfew on Monday."), Events{"VENGOV VEN 1721"});
  // A named target stays, and a government does not protest against itself.
  EXPECT_EQ(code("Colombian protesters protested against Venezuela."), Events{"COLOPP VEN 141"});
  EXPECT_EQ(code("The Colombian government protested on Monday."), Events{});
}

TEST_F(CoderTest, ConjoinedSubjectsActOnEachOtherOnlyInReciprocalActs) {
  // Meeting is done together; arresting smugglers is not done to each other.
  EXPECT_EQ(code("Colombia and Venezuela met on Monday."), (Events{"COL VEN 036", "VEN COL 036"}));
  EXPECT_EQ(code("Colombia and Venezuela arrested dozens of smugglers on Monday."), Events{});
  // A long list acts jointly: its members are not paired with each other.
  EXPECT_EQ(code("Colombia, Venezuela, Petro and Trump met on Monday.", "2025-09-20"), Events{});
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

TEST_F(CoderTest, SubjectOfAThatClauseIsTheTargetWhenNoOtherIs) {
  EXPECT_EQ(code("Colombia demanded that Venezuela free the prisoners."), Events{"COL VEN 100"});
}

TEST_F(CoderTest, RoleWithoutAStateYieldsToANamedTarget) {
  EXPECT_EQ(code("Colombia accused the soldiers of Venezuela.", "2025-09-20"), Events{"COL VENMIL 112"});
  EXPECT_EQ(code("Petro praised troops from Venezuela.", "2025-09-20"), Events{"COLGOV VEN 051"});
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

TEST_F(CoderTest, RoleTakesTheStateOfTheNearestActor) {
  EXPECT_EQ(code("The Venezuelan police arrested dozens of protesters on Monday."), Events{"VENCOP VENOPP 173"});
}

TEST_F(CoderTest, RoleActingOnAnActorTakesItsState) {
  EXPECT_EQ(code("Police arrested Petro.", "2025-09-20"), Events{"COLCOP COLGOV 173"});
}

TEST_F(CoderTest, RoleSpeakingAboutAStateTakesNoState) {
  EXPECT_EQ(code("Soldiers demanded that Venezuela free the prisoners."), Events{"---MIL VEN 100"});
}

TEST_F(CoderTest, PeopleInATerritoryBelongToIt) {
  EXPECT_EQ(code("Soldiers from Venezuela attacked civilians in remote villages of Colombia."),
            Events{"VENMIL COLCVL 190"});
}

TEST_F(CoderTest, ConjoinedAdjectivesShareTheirNoun) {
  EXPECT_EQ(code("Colombian and Venezuelan soldiers attacked Washington."),
            (Events{"COLMIL USA 190", "VENMIL USA 190"}));
}

// "Colombian" before the first of conjoined nouns is the state of both.
TEST_F(CoderTest, StateBeforeConjoinedNounsIsTheirs) {
  EXPECT_EQ(code("Colombian police and soldiers attacked Venezuela."), (Events{"COLCOP VEN 190", "COLMIL VEN 190"}));
}

// "Colombia's Red Cross mission" is Colombia's, whatever organization describes it.
TEST_F(CoderTest, PossessorOutranksAnOrganizationDescribingTheNoun) {
  EXPECT_EQ(code("Venezuela praised Colombia's Red Cross mission."), Events{"VEN COL 051"});
}

TEST_F(CoderTest, ComplexPatternLeavesTheCodeToTheVerb) {
  EXPECT_EQ(code("Colombia attacked Venezuela with rockets."), Events{"COL VEN 190"});
}

TEST_F(CoderTest, PlaceInsideAnOrganizationsNameIsNoActor) {
  EXPECT_EQ(code("Gold Fields of Venezuela accused Colombia."), Events{});
  EXPECT_EQ(code("The Republic of Venezuela accused Colombia."), Events{"VEN COL 112"});
}

TEST_F(CoderTest, SubjectPronounStandsForThePreviousSubject) {
  EXPECT_EQ(code("Venezuela accused Colombia of fraud. It also accused the United States."),
            (Events{"VEN COL 112", "VEN USA 112"}));
}

TEST_F(CoderTest, PronounForACompanyTheDictionariesLackIsNoState) {
  EXPECT_EQ(code("Acme Mining accused Venezuela of fraud. It also accused Colombia."), Events{});
}

TEST_F(CoderTest, AgentThatIsNoRoleQualifiesTheRole) {
  EXPECT_EQ(code("Colombian Islamist rebels accused Venezuela."), Events{"COLMOSREB VEN 112"});
  // Of two roles the noun's own wins.
  EXPECT_EQ(code("Colombian government soldiers attacked Venezuela."), Events{"COLMIL VEN 190"});
}

// In TABARI dictionaries a blank inside a synset member lets other words come between.
TEST(CoderTabariTest, SynsetMemberWithABlankAllowsWordsBetween) {
  const std::filesystem::path dir = testing_support::process_temp_dir("herald_coder_tabari_test");
  std::ofstream(dir / "actors.txt") << "COLOMBIA [COL]\nVENEZUELA [VEN]\n";
  std::ofstream(dir / "verbs.txt") << "&ARMS\n+HEAVY_GUNS\n+ARMORED VEHICLES\n\nATTACK [190]\n"
                                       "- * WITH &ARMS [193]\n";
  lexicon::DictionaryPaths paths;
  paths.actors = {(dir / "actors.txt").string()};
  paths.verbs = (dir / "verbs.txt").string();
  paths.format = lexicon::DictionaryFormat::kTabari;
  lexicon::LoadReport report;
  lexicon::Dictionaries dictionaries = lexicon::load_dictionaries(paths, &report);
  ASSERT_EQ(report.error_count(), 0u);
  const Coder coder(std::move(dictionaries), syntax::SyntaxModel::load());
  const auto codes = [&](const std::string& text) {
    Story story;
    story.id = "test";
    story.date = "2023-06-01";
    story.text = text;
    std::vector<std::string> out;
    for (const Event& e : coder.code(story).events) out.push_back(e.source + " " + e.target + " " + e.code);
    return out;
  };
  EXPECT_EQ(codes("Colombia attacked Venezuela with armored troop vehicles."),
            std::vector<std::string>{"COL VEN 193"});
  // "_" joins: "heavy old guns" is not HEAVY_GUNS.
  EXPECT_EQ(codes("Colombia attacked Venezuela with heavy old guns."), std::vector<std::string>{"COL VEN 190"});
  std::filesystem::remove_all(dir);
}

TEST_F(CoderTest, ModifierAfterConjoinedNounsBelongsToThemAll) {
  EXPECT_EQ(code("Soldiers and police in Venezuela attacked Colombia."),
            (Events{"VENCOP COL 190", "VENMIL COL 190"}));
}

TEST_F(CoderTest, RolesActingOnEachOtherTakeTheNearestState) {
  EXPECT_EQ(code("Soldiers and rebels met in Colombia on Monday."),
            (Events{"COLMIL COLREB 036", "COLREB COLMIL 036"}));
}

TEST_F(CoderTest, AppositionInsideAListIsOneMoreItem) {
  EXPECT_EQ(code("Venezuela, the Colombian government and Washington praised Trump.", "2025-09-20"),
            (Events{"COLGOV USAGOV 051", "USA USAGOV 051", "VEN USAGOV 051"}));
}

TEST_F(CoderTest, AgentDescribingAnotherNounIsNotTheActors) {
  EXPECT_EQ(code("Colombia praised the new police training programme for Venezuela."), Events{"COL VEN 051"});
  EXPECT_EQ(code("Colombia praised the police of Venezuela."), Events{"COL VENCOP 051"});
}

TEST_F(CoderTest, IndirectObjectIsTheTargetBeforeTheObject) {
  EXPECT_EQ(code("Colombia promised Venezuela its support for the United States."), Events{"COL VEN 030"});
}

TEST_F(CoderTest, ConjoinedVerbsShareTheirObject) {
  EXPECT_EQ(code("The Venezuelan army attacked and then sanctioned Colombia."),
            (Events{"VENMIL COL 163", "VENMIL COL 190"}));
}

TEST_F(CoderTest, ActorDeepInsideTheObjectKeepsItsNoun) {
  EXPECT_EQ(code("Colombia attacked a boat carrying Venezuelan soldiers."), Events{"COL VENMIL 190"});
}

TEST_F(CoderTest, AgentRepeatingTheActorsCodeAddsNothing) {
  EXPECT_EQ(code("Aid workers of the Red Cross accused Venezuela."), Events{"NGO VEN 112"});
}

TEST_F(CoderTest, AgentPhraseHoldingTheHeadOutlastsAShortParse) {
  // The parser takes "Runs" for a verb, cutting the subject short of the agent's last word.
  EXPECT_EQ(code("The Colombian Office of Silent Runs accused Venezuela."), Events{"COLGOV VEN 112"});
}

TEST_F(CoderTest, GerundClauseAfterTheEventIsBackground) {
  EXPECT_EQ(code("Venezuela attacked Colombia after meeting the United States."), Events{"VEN COL 190"});
}

TEST_F(CoderTest, ModifierListWithADeterminerIsAListOfParties) {
  // Parsed as if "Venezuela and the evil" modified "Colombia".
  EXPECT_EQ(code("Venezuela and the evil awful Colombia accused the United States."),
            (Events{"COL USA 112", "VEN USA 112"}));
}

TEST_F(CoderTest, MilitantsStandForTheLastArmedGroup) {
  // The group's code changed over time, which makes it no person.
  EXPECT_EQ(code("The Northern Front attacked Venezuela. The militants then accused Venezuela."),
            (Events{"COLREB VEN 112", "COLREB VEN 190"}));
}

TEST_F(CoderTest, ObliqueOfAnAdjectiveCompletingTheVerbNamesTheTarget) {
  EXPECT_EQ(code("Venezuelan soldiers have marched very close to the border with Colombia."),
            Events{"VENMIL COL 181"});
}

TEST_F(CoderTest, PeopleActingOnTheirOwnStateActOnItsGovernment) {
  EXPECT_EQ(code("Venezuelan protesters accused Venezuela."), Events{"VENOPP VENGOV 112"});
  // Organs of the state keep the state itself.
  EXPECT_EQ(code("Venezuelan soldiers attacked Venezuela."), Events{"VENMIL VEN 190"});
}

TEST_F(CoderTest, TitleOfAPersonStandsForTheLastPerson) {
  EXPECT_EQ(code("Alberto Rivas arrived in Colombia. The prince then accused the United States."),
            Events{"VENGOV USA 112"});
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

TEST_F(CoderTest, WeaponsOfAStateAreItsMilitary) {
  EXPECT_EQ(code("The Venezuelan drones attacked Colombia."), Events{"VENMIL COL 190"});
  EXPECT_EQ(code("Colombia attacked a Venezuelan air base."), Events{"COL VENMIL 190"});
  EXPECT_EQ(code("Colombian and Venezuelan jets attacked Washington."),
            (Events{"COLMIL USA 190", "VENMIL USA 190"}));
}

TEST_F(CoderTest, WeaponWithoutAStateNamesNoActor) {
  EXPECT_EQ(code("Drones attacked Colombia."), Events{});
  EXPECT_EQ(code("Venezuela attacked Colombia with drones."), Events{"VEN COL 195"});
  // A base is military only when it says so.
  EXPECT_EQ(code("Colombia attacked the Venezuelan customer base."), Events{"COL VEN 190"});
}

TEST_F(CoderTest, ParticipleRightAfterTheObjectDescribesTheObject) {
  // The pact does the sanctioning, not the parties that promised it.
  EXPECT_EQ(code("Colombia and Venezuela promised a defence pact sanctioning their soldiers."),
            (Events{"COL VEN 030", "VEN COL 030"}));
  // After a comma the participle is the subject's deed.
  EXPECT_EQ(code("Colombia praised a defence pact, accusing Venezuela."), Events{"COL VEN 112"});
}

TEST_F(CoderTest, PurposeOfAnActNamesItsTargetWhenNothingElseDoes) {
  EXPECT_EQ(code("Colombia praised the deal on Monday to help Venezuela."), Events{"COL VEN 051"});
}

TEST_F(CoderTest, PassiveAgentNamingNoOneGivesWayToWhoSentIt) {
  EXPECT_EQ(code("Colombia was attacked by a wave of rockets fired by Venezuela."), Events{"VEN COL 190"});
}

TEST_F(CoderTest, WhatAnEventIsPartOfIsNoTarget) {
  EXPECT_EQ(code("Colombia and Venezuela met as part of a United States plan."),
            (Events{"COL VEN 036", "VEN COL 036"}));
}

TEST_F(CoderTest, ListOfSubjectsCutOffByTheParseKeepsAllItsItems) {
  // The parser makes the verb a conjunct of "Bogota" with "the United States" for subject.
  EXPECT_EQ(code("Bogota, Caracas, the Red Cross and the United States sanctioned Venezuelan soldiers."),
            (Events{"COL VENMIL 163", "NGO VENMIL 163", "USA VENMIL 163", "VEN VENMIL 163"}));
}

TEST_F(CoderTest, TitleOfAStateOutranksTheNamesOwnCode) {
  // A name the dictionaries file under another state ("Caracas" is Venezuela's) is only a
  // namesake once a title of this state introduces it.
  EXPECT_EQ(code("Colombia's minister Caracas accused the United States."), Events{"COLGOV USA 112"});
  EXPECT_EQ(code("Caracas accused the United States."), Events{"VEN USA 112"});
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

// Dictionaries of made-up names, for what the parser does with words it has never seen.
class UnknownNamesCoderTest : public ::testing::Test {
 protected:
  static std::vector<std::string> code(const std::string& text, bool require_dyad = true) {
    CoderOptions options;
    options.require_dyad = require_dyad;
    const auto coder = testing_support::coder_from_text(
        "herald_unknown_names_test",
        {"AGLARATH_ [AGL]\nCOLOMBIA_ [COL]\nVENEZUELA_ [VEN]\n", "NEWS_AGENCY [~MED]\n",
         "--- WELCOME [041] ---\nWELCOME {WELCOMED WELCOMES WELCOMING}\n\n"
         "--- SAY [023] ---\nSAY {SAID SAYS SAYING}\n\n"
         "--- ATTACK [190] ---\nATTACK\n"},
        options);
    return testing_support::coded_events(*coder, text, "2023-06-01");
  }
};

TEST_F(UnknownNamesCoderTest, ActorOpeningTheSentenceReadAsAnAdverbIsTheSubject) {
  // The tagger takes the unknown "Aglarath" for an adverb of "welcomed".
  EXPECT_EQ(code("Aglarath welcomed the talks with Colombia."), std::vector<std::string>{"AGL COL 041"});
}

TEST_F(UnknownNamesCoderTest, NameAfterItsNounIsNoRelativeClauseSubject) {
  // The parser reads "Zorbani said" as a relative clause of "agency"; the agency said it.
  EXPECT_EQ(code("Colombia attacked Venezuela, the state news agency Zorbani said.", false),
            (std::vector<std::string>{"---MED --- 023", "COL VEN 190"}));
}

// Dictionaries written for the tests below: verbs whose clauses and patterns the fixture
// dictionaries lack.
class ClauseCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* actors = "COLOMBIA_ [COL]\n+COLOMBIAN_\nVENEZUELA_ [VEN]\n+VENEZUELAN_\n"
                         "UNITED_STATES_ [USA]\n+WASHINGTON_\nUKRAINE_ [UKR]\n+UKRAINIAN_\n"
                         "RUSSIA_ [RUS]\n+RUSSIAN_\nZEMBLA_ [ZEM]\nARKADIA_ [ARK]\n"
                         "GUSTAVO_PETRO_\n+PETRO_\n\t[COLGOV >20220807]\n"
                         "BOGOTA_ [COL]\nCARACAS_ [VEN]\nBOGOTA_ACCORD_ [---]\nJUSTICE_DEPARTMENT_ [USAGOV]\n"
                         "WORLD_COURT_OF_JUSTICE_ [IGOJUD]\n";
    const char* agents = "TROOPS [~MIL]\nPOLICE [~COP]\nSOLDIER [~MIL]\nDELEGATION [~GOV]\n"
                         "MILITIA [~UAF]\nPROTESTER [~OPP]\nRIGHTS_GROUP [NGO~]\n"
                         "COURT [~JUD]\nEMBASSY [~GOV]\n";
    const char* verbs = "--- ATTACK [190] ---\nATTACK\n- NOT TRY TO * [138]\n\n"
                        "--- REFUSE [120] ---\nREFUSE\nREJECT\n\n"
                        "--- ORDER [---] ---\nORDER\n\n"
                        "--- DEPLOY [154] ---\nDEPLOY\n\n"
                        "--- VOW [---] ---\nVOW\n- * WAR [173]\n\n"
                        "--- EXPRESS [---] ---\nEXPRESS\n- * HOPES [024]\n\n"
                        "--- MEET [036] ---\nMEET {MET MEETS MEETING}\n\n"
                        "--- LOAN [071] ---\nLOAN\n\n"
                        "--- WELCOME [041] ---\nWELCOME {WELCOMED WELCOMES WELCOMING}\n"
                        "- * MEMOS ABOUT [915]\n\n"
                        "--- GIVE [071] ---\nGIVE {GAVE GIVES GIVING GIVEN}\n\n"
                        "--- HOST [075] ---\nHOST\n\n"
                        "--- ACCUSE [112] ---\nACCUSE\n\n"
                        "--- TORTURE [1822] ---\nTORTURE\n\n"
                        "--- SUSPEND [1622] ---\nSUSPEND\nEND\n\n"
                        "--- PRAISE [051] ---\nPRAISE\n\n"
                        "--- FILE [115] ---\nFILE\n\n"
                        "--- AGREE [030] ---\nAGREE\n\n"
                        "--- COOPERATE [060] ---\nCOOPERATE\n\n"
                        "--- ASK [020] ---\nASK\n- * + TO PROTECT [0234]\n- * FOR HELP [023]\n\n"
                        "--- DAMAGE [1712] ---\nDAMAGE\n\n"
                        "--- SIGN [057] ---\nSIGN\n\n"
                        "--- SAY [---] ---\nSAY {SAID SAYS}\n- * CONFIDENT [013]\n";
    coder_ = testing_support::coder_from_text("herald_clause_coder_test", {actors, agents, verbs});
  }
  static void TearDownTestSuite() {
    coder_.reset();
  }

  static std::vector<std::string> code(const std::string& text) {
    return testing_support::coded_events(*coder_, text, "2023-06-01");
  }

  using Events = std::vector<std::string>;
  static inline std::unique_ptr<Coder> coder_;
};

TEST_F(ClauseCoderTest, RefusedDeedIsNoEvent) {
  EXPECT_EQ(code("Venezuela refused to attack Colombia."), Events{});
  // Nor is the deed a refused proposal was about.
  EXPECT_EQ(code("Venezuela rejected Washington's proposal to attack Colombia."), Events{"VEN USA 120"});
}

TEST_F(ClauseCoderTest, WhatAnActWasForIsNoDeedOfItsOwn) {
  EXPECT_EQ(code("Zembla gave Arkadia ten million dollars to host Colombian refugees."), Events{"ZEM ARK 071"});
}

TEST_F(ClauseCoderTest, DeedSomeoneIsAccusedOfIsNoEvent) {
  EXPECT_EQ(code("Venezuela accused Colombia of attacking Zembla."), Events{"VEN COL 112"});
}

TEST_F(ClauseCoderTest, ClauseRunOnAfterACommaIsNoItemOfAList) {
  // The parser makes "rights" one more conjunct of "protesters".
  EXPECT_EQ(code("Venezuelan soldiers tortured captured protesters, rights groups said."),
            Events{"VENMIL VENOPP 1822"});
}

TEST_F(ClauseCoderTest, ThingOfTheActorsOwnStateIsNoTarget) {
  EXPECT_EQ(code("Petro ended Colombian support for Venezuela."), Events{"COLGOV VEN 1622"});
}

TEST_F(ClauseCoderTest, ForcesActForWhoeverCommandsThem) {
  EXPECT_EQ(code("Petro ordered the police to attack Venezuela."), Events{"COLGOV VEN 190"});
  // Forces of another state keep their own deed.
  EXPECT_EQ(code("Petro ordered Venezuelan troops to attack Washington."), Events{"VENMIL USA 190"});
}

TEST_F(ClauseCoderTest, ShowOfForceIsNotAimedAtTheActorsOwnForces) {
  EXPECT_EQ(code("Venezuela deployed its troops along the coast in response to the Colombian buildup."),
            Events{"VEN COL 154"});
}

TEST_F(ClauseCoderTest, StateAdjectiveReadAsTheHeadOfAListSharesTheNoun) {
  // The parser makes "Ukrainian" the subject and "delegations" its conjunct.
  EXPECT_EQ(code("Ukrainian and Russian delegations met in Istanbul."),
            (Events{"RUSGOV UKRGOV 036", "UKRGOV RUSGOV 036"}));
}

TEST_F(ClauseCoderTest, ObliqueOfAPurposeClauseNamesTheTarget) {
  EXPECT_EQ(code("Zembla's militia vowed on Monday to wage war on Arkadia."), Events{"ZEMUAF ARK 173"});
}

TEST_F(ClauseCoderTest, PartyNamedAsThePassiveSubjectOfAThatClauseIsTheTarget) {
  EXPECT_EQ(code("Zembla expressed hopes on Monday that Arkadia, its old rival, could be drawn into the talks."),
            Events{"ZEM ARK 024"});
}

TEST_F(ClauseCoderTest, NounWithAModalAndASubjectIsAVerb) {
  // The tagger reads "loan" as a noun.
  EXPECT_EQ(code("Venezuela would loan five million barrels of crude to Colombia."), Events{"VEN COL 071"});
}

TEST_F(ClauseCoderTest, PatternThatReadsTheGoverningNegationCodesIt) {
  EXPECT_EQ(code("Venezuela will not try to attack Colombia."), Events{"VEN COL 138"});
  // Without such a pattern, nothing was attempted.
  EXPECT_EQ(code("Venezuela never tried to attack Colombia."), Events{});
}

TEST_F(ClauseCoderTest, NameWhosePrepositionWasReadAsAnAdverbIsATarget) {
  EXPECT_EQ(code("Zembla welcomed economic memos not about Arkadia on its role in the coming talks."),
            Events{"ZEM ARK 915"});
}

TEST_F(ClauseCoderTest, ListOpenedByAnAdjectiveReadAsAVerbKeepsItsFirstItems) {
  EXPECT_EQ(code("Evil Zembla, the awful Arkadia, and good Venezuela welcomed talks with Colombia."),
            (Events{"ARK COL 041", "VEN COL 041", "ZEM COL 041"}));
}

TEST_F(ClauseCoderTest, ConjoinedSubjectsActOnEachOtherOnlyInJointActs) {
  EXPECT_EQ(code("Zembla and Arkadia met in Istanbul."), (Events{"ARK ZEM 036", "ZEM ARK 036"}));
  // Praise goes one way: neither praised the other.
  EXPECT_EQ(code("Zembla and Arkadia praised the talks."), Events{});
}

TEST_F(ClauseCoderTest, ConjoinedSubjectsActingWithAnotherNameDoNotActOnEachOther) {
  EXPECT_EQ(code("Zembla and Arkadia agreed to cooperate with Tumnus."), Events{});
  // An acronym the tagger reads as a common noun is a name too.
  EXPECT_EQ(code("Zembla and Arkadia met with the ATPC."), Events{});
}

TEST_F(ClauseCoderTest, ConjoinedSubjectsAttackingSomethingElseDoNotFightEachOther) {
  EXPECT_EQ(code("Zembla and Arkadia attacked shipping in the gulf."), Events{});
}

TEST_F(ClauseCoderTest, AgentWithAPossessivePronounOfItsOwnIsNotTheActorsRole) {
  // The parser hangs "after its embassy" on Venezuela; the embassy is Colombia's.
  EXPECT_EQ(code("Colombia suspended diplomatic relations with Venezuela after its embassy in Caracas was attacked."),
            Events{"COL VEN 1622"});
}

TEST_F(ClauseCoderTest, SecondSubjectAfterTheVerbIsItsObject) {
  // The parser reads "Donald" as a second subject of "met".
  EXPECT_EQ(code("There the Venezuelan delegation met President Donald Petro."), Events{"VENGOV COLGOV 036"});
}

TEST_F(ClauseCoderTest, EntryCodedAsNoActorNamesNoTarget) {
  EXPECT_EQ(code("Venezuela praised the Bogota Accord."), Events{});
  EXPECT_EQ(code("Venezuela praised Bogota."), Events{"VEN COL 051"});
}

TEST_F(ClauseCoderTest, StateAdjectiveOutranksTheDefaultCountryOfAnInstitution) {
  EXPECT_EQ(code("The Venezuelan Justice Department accused Colombia."), Events{"VENGOV COL 112"});
  EXPECT_EQ(code("The Justice Department accused Colombia."), Events{"USAGOV COL 112"});
}

TEST_F(ClauseCoderTest, AgentWordInsideAnActorsNameIsNoRoleOfThePhrase) {
  // "Court" is part of the court's name, not a judiciary of Arkadia.
  EXPECT_EQ(code("Zembla filed a case against Arkadia at the World Court of Justice."), Events{"ZEM ARK 115"});
}

TEST_F(ClauseCoderTest, PatternBindingOneItemOfAListTakesTheWholeList) {
  // The pattern's "+" lands on one item, but both are asked.
  EXPECT_EQ(code("Zembla asked Colombia and Venezuela to protect its ships."),
            (Events{"ZEM COL 0234", "ZEM VEN 0234"}));
  EXPECT_EQ(code("Zembla asked Arkadia to protect its ships."), Events{"ZEM ARK 0234"});
}

TEST_F(ClauseCoderTest, ListSplitIntoIndirectObjectAndObjectIsOneListOfTargets) {
  // The parser takes the first item for the indirect object and the rest for the object.
  EXPECT_EQ(code("Arkadia has asked the United States, the Ukraine, Russia and Colombia for help."),
            (Events{"ARK COL 023", "ARK RUS 023", "ARK UKR 023", "ARK USA 023"}));
  // With no comma between them they are two parties: whom and what.
  EXPECT_EQ(code("Zembla gave Colombia loans and grants from Venezuela."), Events{"ZEM COL 071"});
}

TEST_F(ClauseCoderTest, ParticipleDescribingANounSaysWhatWasDoneToIt) {
  EXPECT_EQ(code("Colombia praised Zembla troops attacked by Arkadia."), (Events{"ARK ZEMMIL 190", "COL ZEMMIL 051"}));
  // Set off by commas and with no one named as the doer, the frigate did no damage.
  EXPECT_EQ(code("The Zembla frigate, damaged last month in an Arkadia air attack in the Gulf, left Colombia early on "
                 "Sunday."),
            Events{});
  EXPECT_EQ(code("The Zembla frigate, attacked last month in an Arkadia raid, left Colombia on Sunday."), Events{});
}

TEST_F(ClauseCoderTest, PartiesNamingOneOfThemselvesInWhatTheySignStillActOnEachOther) {
  EXPECT_EQ(code("Colombia and Venezuela signed an agreement to reschedule Venezuela's debt."),
            (Events{"COL VEN 057", "VEN COL 057"}));
  // A third party named in it is whom they act on.
  EXPECT_EQ(code("Colombia and Venezuela signed an agreement to reschedule Ukraine's debt."),
            (Events{"COL UKR 057", "VEN UKR 057"}));
}

TEST_F(ClauseCoderTest, SpeakersSpeakingOfThemselvesAreNoTarget) {
  EXPECT_EQ(code("Russian troops attacked Ukraine. Protesters in Bogota said they were confident."),
            Events{"RUSMIL UKR 190"});
  // A pronoun that cannot be the speaker is whom the speaker speaks of.
  EXPECT_EQ(code("Russian troops attacked Ukraine. Petro said they were confident."),
            (Events{"COLGOV RUS 013", "RUSMIL UKR 190"}));
}

TEST_F(ClauseCoderTest, DeedAGoverningVerbDeniesIsNoEvent) {
  EXPECT_EQ(code("Zembla failed to attack Arkadia."), Events{});
  EXPECT_EQ(code("Zembla declined to meet Arkadia."), Events{});
  EXPECT_EQ(code("Zembla tried to attack Arkadia."), Events{"ZEM ARK 190"});
}

}  // namespace
}  // namespace herald
