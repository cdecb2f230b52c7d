// The coder end to end on who a pronoun or a description stands for (groups whose codes
// change with their role, "it" beside a state's word on a thing or after a company, a state's
// territory, "the city", counterparts, a state's own organs, aid and offensives), and on
// clauses that report no deed of their own (a denial, an obligation, the topic of an
// agreement, the means of a deed, the aim of a protest) or a demand with no one named: each
// test fails without its rule.
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "herald/coder.h"
#include "coder_fixture.h"

namespace herald {
namespace {

class ReferenceRuleCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* actors = "IRAN_ [IRN]\n+IRANIAN_\nIRAQ_ [IRQ]\n+IRAQI_\nPAKISTAN_ [PAK]\nRUSSIA_ [RUS]\n+RUSSIAN_\n"
                         "UKRAINE_ [UKR]\nGERMANY_ [DEU]\nUNITED_STATES_ [USA]\n+U.S._\n"
                         "ISRAEL_ [ISR]\n+ISRAELI_\nCHINA_ [CHN]\n+CHINESE_\nALGERIA_ [DZA]\n+ALGERIAN_\n"
                         "TEHRAN_ [IRN]\nKYIV_ [UKR]\nKENYA_ [KEN]\n+KENYAN_\nHAITI_ [HTI]\nBELGIUM_ [BEL]\n+BELGIAN_\nNETHERLANDS_ [NLD]\n+DUTCH_\n"
                         "SERGEI_LAVROV_ [RUSGOV]\n"
                         "HAMAS_\n\t[PSEGOVHMS 20060329-20070614]\n\t[PSEREBHMS]\n"
                         "JOE_BIDEN_\n+BIDEN_\n\t[USAGOV 20210120-20250120]\n\t[USAELI]\n"
                         "DESERT_REBELS_\n\t[DZAREB 20070101-20091231]\n\t[IRQREB]\n";
    const char* agents = "MILITARY [~MIL]\nTROOPS [~MIL]\nPOLICE [~COP]\nPROTESTER [~OPP]\n"
                         "SAILOR [~MIL]\nMAYOR [~GOV]\nCOMMANDER [~MIL]\nAMBASSADOR [~GOV]\n"
                         "COMPANY [~BUS]\n";
    const char* verbs = "--- ATTACK [190] ---\nATTACK\nSTRIKE {STRUCK STRIKES STRIKING}\nKILL\n\n"
                        "--- SUPPLY [070] ---\nSUPPLY\n\n"
                        "--- SEND [---] ---\nSEND\n- * POLICE [153]\n\n"
                        "--- SIGN [057] ---\nSIGN\n\n"
                        "--- RELEASE [0841] ---\nRELEASE\n\n"
                        "--- PAUSE [1622] ---\nPAUSE\n\n"
                        "--- RECALL [161] ---\nRECALL\n\n"
                        "--- VIOLATE [196] ---\nVIOLATE\n\n"
                        "--- MEET [040] ---\nMEET {MET MEETS MEETING}\n\n"
                        "--- SHARE [---] ---\nSHARE\n- * INTELLIGENCE [064]\n\n"
                        "--- DEMAND [100] ---\nDEMAND\n- * POLITICAL_CHANGE [1044]\n"
                        "- * MEDICAL_CARE [1043]\n\n"
                        "--- PROTEST [140] ---\nPROTEST\n+GO_ON_A_HUNGER_STRIKE {+WENT_ON_A_HUNGER_STRIKE}"
                        " [1423]\n\n"
                        "--- DENY [---] ---\nDENY {DENIED DENIES DENYING}\n\n"
                        "--- SAY [---] ---\nSAY {SAID SAYS}\n";
    coder_ = testing_support::coder_from_text("herald_reference_rule_coder_test", {actors, agents, verbs});
  }
  static void TearDownTestSuite() {
    coder_.reset();
  }

  // "SOURCE TARGET CODE" for each event, sorted.
  static std::vector<std::string> code(const std::string& text, const std::string& date = "2023-06-01") {
    return testing_support::coded_events(*coder_, text, date);
  }

  using Events = std::vector<std::string>;
  static inline std::unique_ptr<Coder> coder_;
};

TEST_F(ReferenceRuleCoderTest, PronounStandsForAGroupWhoseCodeChangesWithItsRole) {
  EXPECT_EQ(code("Hamas said it would attack Israeli troops."), Events{"PSEREBHMS ISRMIL 190"});
  // A person whose code changes with the office held is no "it".
  EXPECT_EQ(code("Biden said it would attack Israeli troops."), Events{});
  EXPECT_EQ(code("Biden said he would attack Israeli troops."), Events{"USAGOV ISRMIL 190"});
}

TEST_F(ReferenceRuleCoderTest, PronounStandsForFightersWhoseStateChangesByDate) {
  // Rebels coded by the state they fought, year by year, are a group, not a person.
  EXPECT_EQ(code("Desert rebels said they had attacked Algerian troops.", "2008-05-01"),
            Events{"DZAREB DZAMIL 190"});
  EXPECT_EQ(code("Desert rebels said they had attacked Iraqi troops.", "2015-05-01"), Events{"IRQREB IRQMIL 190"});
}

TEST_F(ReferenceRuleCoderTest, ItDoesNotStandForAStatesWordOnAPluralOrOnAThing) {
  EXPECT_EQ(code("Pakistan said Iranian troops attacked its police."), Events{"IRNMIL PAKCOP 190"});
  // The commander is the possessor's, though "its" hangs on the word after "one of".
  EXPECT_EQ(code("Iran said an Israeli strike had killed one of its commanders."), Events{"ISRMIL IRNMIL 190"});
  // A singular head is a phrase "it" may stand for.
  EXPECT_EQ(code("Pakistan said the Iranian military ordered its troops to attack Pakistan."), Events{"IRNMIL PAK 190"});
}

TEST_F(ReferenceRuleCoderTest, ItAfterACompanyOfNoStateIsNoState) {
  EXPECT_EQ(code("Iran is a big market. The company said it would supply drones to Russia."), Events{});
  EXPECT_EQ(code("Iran is a big market. Officials said it would supply drones to Russia."), Events{"IRN RUS 070"});
}

TEST_F(ReferenceRuleCoderTest, TerritoryOfAPronounIsTheStateTheSentenceIsAbout) {
  EXPECT_EQ(code("Pakistan closed its embassy in Tehran after Iranian troops struck its territory."),
            Events{"IRNMIL PAK 190"});
  EXPECT_EQ(code("Pakistan said Iranian troops struck its territory."), Events{"IRNMIL PAK 190"});
}

TEST_F(ReferenceRuleCoderTest, TheCityIsThePlaceTheSentenceIsAbout) {
  EXPECT_EQ(code("Kyiv's mayor said Russian missiles had struck the city centre."), Events{"RUSMIL UKR 190"});
  EXPECT_EQ(code("Russian troops attacked the city."), Events{});
}

TEST_F(ReferenceRuleCoderTest, GerundSayingWhatAnAgreementIsAboutIsNoDeed) {
  EXPECT_EQ(code("Kenya signed an agreement with Haiti on sending Kenyan police to Haiti."), Events{"KEN HTI 057"});
}

TEST_F(ReferenceRuleCoderTest, CounterpartIsTheSourcesOfficeInAnotherState) {
  EXPECT_EQ(code("Sergei Lavrov met his Chinese counterpart on Monday."), Events{"RUSGOV CHNGOV 040"});
  EXPECT_EQ(code("Belgian police shared intelligence with their Dutch counterparts."), Events{"BELCOP NLDCOP 064"});
}

TEST_F(ReferenceRuleCoderTest, AidOfTheSourcesOwnStateDescribedByAnOrganIsWhatItActsWith) {
  EXPECT_EQ(code("Biden paused all U.S. military aid to Ukraine."), Events{"USAGOV UKR 1622"});
  EXPECT_EQ(code("Germany paused its military aid to Ukraine."), Events{"DEU UKR 1622"});
}

TEST_F(ReferenceRuleCoderTest, StatesOwnOrganNamedThroughAPronounIsWhatItActsThrough) {
  EXPECT_EQ(code("Pakistan recalled its ambassador from Tehran."), Events{"PAK IRN 161"});
  EXPECT_EQ(code("Pakistan recalled its ambassador."), Events{});
}

TEST_F(ReferenceRuleCoderTest, DenyingADeedIsNotTheDeed) {
  EXPECT_EQ(code("Iran denied supplying drones to Russia."), Events{});
  EXPECT_EQ(code("Hamas denied attacking Israel."), Events{});
  EXPECT_EQ(code("Iran denied it had supplied drones to Russia."), Events{});
  EXPECT_EQ(code("Iran said it had supplied drones to Russia."), Events{"IRN RUS 070"});
  EXPECT_EQ(code("Iran supplied drones to Russia."), Events{"IRN RUS 070"});
}

TEST_F(ReferenceRuleCoderTest, StatesOffensiveIsItsArmedForces) {
  EXPECT_EQ(code("Iraq attacked the new Iranian offensive."), Events{"IRQ IRNMIL 190"});
}

TEST_F(ReferenceRuleCoderTest, HowADeedWasDoneIsThatDeed) {
  EXPECT_EQ(code("Russian troops violated the truce with Ukraine by attacking Kyiv."), Events{"RUSMIL UKR 196"});
  EXPECT_EQ(code("Russian troops responded by attacking Kyiv."), Events{"RUSMIL UKR 190"});
}

TEST_F(ReferenceRuleCoderTest, WhatSomeoneOughtToDoIsNoDeed) {
  EXPECT_EQ(code("The United States said Iran must release the sailors."), Events{});
  EXPECT_EQ(code("Russia should attack Ukraine, the paper said."), Events{});
  EXPECT_EQ(code("Russia will attack Ukraine, the paper said."), Events{"RUS UKR 190"});
}

TEST_F(ReferenceRuleCoderTest, DemandForPoliticalChangeWithNoOneNamedIsAimedAtTheGovernment) {
  EXPECT_EQ(code("Protesters in Algeria demanded political change."), Events{"DZAOPP DZAGOV 1044"});
  // A state named alone speaks for its government.
  EXPECT_EQ(code("Algeria demanded political change."), Events{});
}

TEST_F(ReferenceRuleCoderTest, WhatAProtestIsHeldToDemandIsItsAim) {
  EXPECT_EQ(code("Russian protesters went on a hunger strike to demand medical care."), Events{"RUSOPP RUSGOV 1423"});
}

}  // namespace
}  // namespace herald
