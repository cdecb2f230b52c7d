// The coder end to end on what governments do to their own state: acts done by enacting a
// written measure ("passed a law banning ..."), the state moved by its own leaders ("withdrew
// the country from the treaty") and leaders giving way ("the president resigned"). Each test
// fails without its rule.
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "herald/coder.h"
#include "coder_fixture.h"

namespace herald {
namespace {

class MeasureCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* actors = "RURITANIA_ [RUR]\n+RURITANIAN_\nFREEDONIA_ [FRE]\n+FREEDONIAN_\n";
    const char* agents = "PARLIAMENT [~LEG]\nPRESIDENT [~GOV]\nFIRM [~BUS]\nJOURNALIST [~MED]\nWORKER [~LAB]\n";
    const char* verbs = "--- BAN [172] ---\nBAN {BANS BANNED BANNING}\n\n"
                        "--- RESTRICT [163] ---\nRESTRICT\n\n"
                        "--- SIGN [057] ---\nSIGN\n- * ORDER RESTRICTING [163]\n\n"
                        "--- WITHDRAW [160] ---\nWITHDRAW {WITHDREW WITHDRAWN WITHDRAWS WITHDRAWING}\n\n"
                        "--- RESIGN [0831] ---\nRESIGN\n+STEP_DOWN\n\n"
                        "--- END [---] ---\nEND {ENDS ENDED ENDING}\n- * RULE [0831]\n\n"
                        "--- SAY [---] ---\nSAY {SAID SAYS}\n";
    coder_ = testing_support::coder_from_text("herald_measure_coder_test", {actors, agents, verbs});
  }
  static void TearDownTestSuite() { coder_.reset(); }

  // "SOURCE TARGET CODE" for each event, sorted.
  static std::vector<std::string> code(const std::string& text) {
    return testing_support::coded_events(*coder_, text, "2024-06-01");
  }

  using Events = std::vector<std::string>;
  static inline std::unique_ptr<Coder> coder_;
};

TEST_F(MeasureCoderTest, EnactedMeasureActsForWhoeverEnactedIt) {
  // The law bans the journalists on the parliament's behalf.
  EXPECT_EQ(code("The Ruritanian parliament passed a law banning Freedonian journalists from the capital."),
            Events{"RURLEG FREMED 172"});
  // A bill only debated has banned no one yet.
  EXPECT_EQ(code("The Ruritanian parliament debated a bill banning Freedonian journalists from the capital."),
            Events{});
}

TEST_F(MeasureCoderTest, MeasureReadByThePatternIsNotCodedTwice) {
  // The signing pattern already says what the order does; its participle adds nothing.
  EXPECT_EQ(code("The Ruritanian president signed an order restricting new Ruritanian stakes in Freedonian firms."),
            Events{"RURGOV FREBUS 163"});
}

TEST_F(MeasureCoderTest, StateMovedByItsOwnLeaderIsNoTarget) {
  // The president acts for Ruritania, on the pact it leaves.
  EXPECT_EQ(code("The Ruritanian president withdrew Ruritania from the trade pact with Freedonia."),
            Events{"RURGOV FRE 160"});
}

TEST_F(MeasureCoderTest, LeaderGivingWayYieldsToTheCountry) {
  EXPECT_EQ(code("The Ruritanian president resigned after weeks of protests."), Events{"RURGOV RUR 0831"});
  EXPECT_EQ(code("The Ruritanian president stepped down."), Events{"RURGOV RUR 0831"});
  // Workers who quit give way to their employer, not to the country.
  EXPECT_EQ(code("Ruritanian workers resigned after weeks of protests."), Events{});
  // The participle says what came of the swearing in; no one gave way.
  EXPECT_EQ(code("The Ruritanian president was sworn in, ending ten years of military rule."), Events{});
}

}  // namespace
}  // namespace herald
