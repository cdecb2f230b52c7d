// The coder end to end on constructions common in modern news: conditions and threats made
// under them, reciprocal and joint acts, parties the parser hung on a subject as modifiers, the
// topic of talks, roles acting on an organization, passives conjoined, what demands ask for,
// vetoed texts would do or acts are rewarded for, who harmed those hurt in a fight, rival
// camps of one state, places that host others, governments speaking of their own state, and
// where a leader is received, and whence refugees flee. Each test fails without its rule.
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "herald/coder.h"
#include "coder_fixture.h"

namespace herald {
namespace {

class NewsRuleCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* actors = "UNITED_STATES_ [USA]\n+U.S._\nWASHINGTON_ [USA]\nMEXICO_ [MEX]\n"
                         "+MEXICAN_\nINDIA_ [IND]\n+INDIAN_\nPAKISTAN_ [PAK]\nISRAEL_ [ISR]\nHAMAS_ [PSEREBHMS]\n"
                         "NORTH_KOREA_ [PRK]\n+NORTH_KOREAN_\nSINGAPORE_ [SGP]\n"
                         "KIM_JONG_UN_ [PRKGOV]\nDONALD_TRUMP_\n+TRUMP_\n\t[USAGOV]\n"
                         "GEORGIA_ [GEO]\n+GEORGIAN_\nEUROPEAN_UNION_ [IGOEUREEC]\n"
                         "IRAN_ [IRN]\n+IRANIAN_\nOMAN_ [OMN]\nUNITED_ARAB_EMIRATES_ [ARE]\nBAHRAIN_ [BHR]\n"
                         "ALEXANDER_LUKASHENKO_\n+LUKASHENKO_\n\t[BLRGOV]\nEUROPE_ [EUR]\n"
                         "BRITAIN_ [GBR]\n+BRITISH_\nJAPAN_ [JPN]\n+JAPANESE_\nLEBANON_ [LBN]\n"
                         "HEZBOLLAH_ [LBNREBHEZ]\nHAITI_ [HTI]\n+HAITIAN_\nARIEL_HENRY_\n+HENRY_\n\t[HTIGOV]\nRUSSIA_ [RUS]\n+RUSSIAN_\nALEXEI_NAVALNY_\n+NAVALNY_\n\t[RUSOPP]\n"
                         "EGYPT_ [EGY]\nETHIOPIA_ [ETH]\n+ETHIOPIAN_\nERITREA_ [ERI]\n"
                         "CHINA_ [CHN]\n+CHINESE_\nSUDAN_ [SDN]\nIRAQ_ [IRQ]\n+IRAQI_\n"
                         "ABDEL_FATTAH_AL-SISI_\n+SISI_\n\t[EGYGOV >20140608]\n";
    const char* agents = "LEADER [~GOV]\nGOVERNMENT [~GOV]\nPROTESTER [~OPP]\nNEGOTIATOR [~GOV]\n"
                         "FIRM [~BUS]\nBANK [~BUS]\nPOLICE [~COP]\nGANG [~CRM]\n"
                         "SOLDIER [~MIL]\nTROOPS [~MIL]\nREFUGEE [~REF]\n";
    const char* verbs = "--- ACCUSE [112] ---\nACCUSE\nBLAME\n\n"
                        "--- MEET [044] ---\nMEET {MET MEETS MEETING}\n\n"
                        "--- IMPOSE [163] ---\nIMPOSE\n\n"
                        "--- SUSPEND [164] ---\nSUSPEND\n\n"
                        "--- PROTEST [141] ---\nPROTEST\n\n"
                        "--- SIGN [057] ---\nSIGN\n\n"
                        "--- AGREE [0871] ---\nAGREE\n\n"
                        "--- ARREST [173] ---\nARREST\nJAIL\n\n"
                        "--- RESIGN [0831] ---\nRESIGN\n\n"
                        "--- THREATEN [130] ---\nTHREATEN\n- * TO_CUT + [1312]\n- * TO_REVOKE + [1312]\n\n"
                        "--- HOLD [---] ---\nHOLD {HELD HOLDS HOLDING}\n- * TALKS [046]\n\n"
                        "--- DEMAND [100] ---\nDEMAND\n\n"
                        "--- WITHDRAW [0874] ---\nWITHDRAW\n\n"
                        "--- END [0871] ---\nEND\n\n"
                        "--- VETO [129] ---\nVETO\n\n"
                        "--- CALL [020] ---\nCALL {CALLED CALLS CALLING}\n\n"
                        "--- KILL [190] ---\nKILL\n\n"
                        "--- HOST [062] ---\nHOST\n\n"
                        "--- WARN [160] ---\nWARN\n\n"
                        "--- RECEIVE [043] ---\nRECEIVE\n\n"
                        "--- WELCOME [075] ---\nWELCOME\n\n"
                        "--- SAY [---] ---\nSAY {SAID SAYS}\n";
    coder_ = testing_support::coder_from_text("herald_news_rule_coder_test", {actors, agents, verbs});
  }
  static void TearDownTestSuite() {
    coder_.reset();
  }

  // "SOURCE TARGET CODE" for each event, sorted.
  static std::vector<std::string> code(const std::string& text) {
    return testing_support::coded_events(*coder_, text, "2024-06-01");
  }

  using Events = std::vector<std::string>;
  static inline std::unique_ptr<Coder> coder_;
};

TEST_F(NewsRuleCoderTest, ConditionIsNoDeed) {
  // No duties were imposed: the clause only says when Mexico would act.
  EXPECT_EQ(code("Mexico said it would respond with its own tariffs if Washington imposed duties on Mexican goods."),
            Events{});
  EXPECT_EQ(code("Washington imposed duties on Mexican goods."), Events{"USA MEX 163"});
}

TEST_F(NewsRuleCoderTest, ReciprocalPronounMakesTheSubjectsActOnEachOther) {
  EXPECT_EQ(code("India and Pakistan accused each other of violating the ceasefire."),
            (Events{"IND PAK 112", "PAK IND 112"}));
  EXPECT_EQ(code("Israel and Hamas accused one another of stalling the talks."),
            (Events{"ISR PSEREBHMS 112", "PSEREBHMS ISR 112"}));
}

TEST_F(NewsRuleCoderTest, NameBeforeAConjoinedTitledSubjectIsAPartyOfItsOwn) {
  // The parse hangs "Trump" on "leader" as a modifier with "Korean" its conjunct.
  EXPECT_EQ(code("Trump and North Korean leader Kim Jong Un met in Singapore for the first summit."),
            (Events{"PRKGOV USAGOV 044", "USAGOV PRKGOV 044"}));
}

TEST_F(NewsRuleCoderTest, GerundSayingWhatTalksAreAboutNamesTheirParty) {
  EXPECT_EQ(code("Georgia suspended talks on joining the European Union."), Events{"GEO IGOEUREEC 164"});
}

TEST_F(NewsRuleCoderTest, StateAdjectiveOpeningAListOfSubjectsIsAPartyAndTheVenueIsNone) {
  // The parse makes "Iranian" the head of the sentence with "held" its conjunct, and hangs
  // "in Oman" on the talks.
  EXPECT_EQ(code("Iranian and U.S. negotiators held indirect talks in Oman."),
            (Events{"IRN USAGOV 046", "USAGOV IRN 046"}));
}

TEST_F(NewsRuleCoderTest, PartyDeepInsideTheObjectBringsItsConjuncts) {
  EXPECT_EQ(code("Israel signed agreements normalising relations with the United Arab Emirates and Bahrain."),
            (Events{"ISR ARE 057", "ISR BHR 057"}));
}

TEST_F(NewsRuleCoderTest, ThreatIsAimedAtWhoseDeedWouldSetItOff) {
  EXPECT_EQ(code("Lukashenko threatened to cut off gas transit to Europe if the European Union imposed new sanctions."),
            Events{"BLRGOV IGOEUREEC 1312"});
  // Not at the threatening state's own firms, whose treatment is the reason.
  EXPECT_EQ(code("Britain threatened to revoke licences of Japanese banks if British firms failed to win similar licences."),
            Events{"GBR JPNBUS 1312"});
}

TEST_F(NewsRuleCoderTest, PartiesActingTogetherActOnEachOtherNotOnAPartyDeepInside) {
  EXPECT_EQ(code("Israel and Lebanon agreed to a ceasefire that ended a year of fighting with Hezbollah."),
            (Events{"ISR LBN 0871", "LBN ISR 0871"}));
}

TEST_F(NewsRuleCoderTest, ParticipleConjoinedToAPassiveIsPassiveToo) {
  // "jailed" has no subject of its own: the jailed one is the arrested one.
  EXPECT_EQ(code("Alexei Navalny was arrested and jailed by Russian police."), Events{"RUSCOP RUSOPP 173"});
}

TEST_F(NewsRuleCoderTest, ThoseWhosePressureAnActYieldsToAreNotItsTarget) {
  // The gangs pressed; the resignation is not aimed at them but gives way to the country.
  EXPECT_EQ(code("Ariel Henry agreed to resign under pressure from Haitian gangs."), Events{"HTIGOV HTI 0831"});
  EXPECT_EQ(code("Ariel Henry agreed to resign despite objections from Haitian gangs."), Events{"HTIGOV HTI 0831"});
}

TEST_F(NewsRuleCoderTest, WhatADemandAsksForInAThatClauseIsNoDeed) {
  EXPECT_EQ(code("Egypt demanded that Israel withdraw its forces from Lebanon."), Events{"EGY ISR 100"});
  // A clause saying what will happen is no request: its deed is coded.
  EXPECT_NE(code("Egypt said Israel would withdraw its forces from Lebanon."), Events{});
}

TEST_F(NewsRuleCoderTest, WhatAnActIsRewardedOrPunishedForIsNoNewDeed) {
  EXPECT_EQ(code("Ethiopia ended the conflict with Eritrea."), Events{"ETH ERI 0871"});
  EXPECT_EQ(code("The Ethiopian leader was awarded a prize for ending the conflict with Eritrea."), Events{});
}

TEST_F(NewsRuleCoderTest, WhoeverAFightWasWithDidTheHarmSufferedInIt) {
  EXPECT_EQ(code("Ten Indian soldiers were killed in a clash with Chinese troops."), Events{"CHNMIL INDMIL 190"});
  // Where it happened did nothing.
  EXPECT_EQ(code("Ten Indian soldiers were killed in a village in China."), Events{});
}

TEST_F(NewsRuleCoderTest, RivalCampsOfOneStateActOnEachOther) {
  EXPECT_EQ(code("Sudan's warring factions signed a ceasefire agreement."), Events{"SDN SDN 057"});
  // A state alone acts on no one.
  EXPECT_EQ(code("Sudan signed a ceasefire agreement."), Events{});
}

TEST_F(NewsRuleCoderTest, WhatAVetoedTextWouldHaveDoneIsNoDeed) {
  const Events events = code("Russia vetoed a European Union resolution calling for a ceasefire in Sudan.");
  EXPECT_TRUE(std::none_of(events.begin(), events.end(), [](const std::string& e) { return e.ends_with(" 020"); }));
  EXPECT_FALSE(events.empty());
}

TEST_F(NewsRuleCoderTest, APlaceDescribedByAParticipleIsNoActor) {
  // The bases house the troops; Iraq is not said to do anything.
  EXPECT_EQ(code("Missiles struck two Iraqi bases hosting U.S. troops."), Events{});
  EXPECT_EQ(code("Iraq is hosting U.S. troops."), Events{"IRQ USAMIL 062"});
}

TEST_F(NewsRuleCoderTest, AGovernmentSpeakingOfItsOwnStateDoesNotTargetIt) {
  EXPECT_EQ(code("Trump warned that the United States would leave the alliance."), Events{});
  EXPECT_EQ(code("Trump warned that Iran would pay a heavy price."), Events{"USAGOV IRN 160"});
}

TEST_F(NewsRuleCoderTest, WhereALeaderIsDoesNotMakeHimANamesake) {
  // Washington is where Sisi was received, not a state whose namesake he would be.
  EXPECT_EQ(code("Trump received Egypt's Abdel Fattah al-Sisi in Washington on his first visit since taking power."),
            Events{"USAGOV EGYGOV 043"});
}

TEST_F(NewsRuleCoderTest, RefugeesComeFromTheStateTheyFlee) {
  EXPECT_EQ(code("Britain welcomed refugees fleeing the war in Sudan."), Events{"GBR SDNREF 075"});
}

}  // namespace
}  // namespace herald
