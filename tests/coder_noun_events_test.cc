// The coder end to end on events that a noun phrase names rather than the sentence's verb: a
// fight named with the two sides it is between, and a protest aimed at whom it demands
// something of, by a crowd the parser split. Each test fails without its rule.
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "herald/coder.h"
#include "coder_fixture.h"

namespace herald {
namespace {

class NounEventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* actors = "GONDOR_ [GON]\n+GONDORIAN_\nMORDOR_ [MOR]\n+MORDORIAN_\nROHAN_ [ROH]\n"
                         "ORC_LEGION_ [MORREB]\nARAGORN_ [GONGOV >20200101]\nSAURON_ [MORGOV >20200101]\n"
                         "THEODEN_ [ROHGOV >20200101]\n";
    const char* agents = "ARMY [~MIL]\nTROOPS [~MIL]\nREBEL [~REB]\nPOLICE [~COP]\nCHANCELLOR [~GOV]\nPROTESTER [~OPP]\n"
                         "HUNDREDS_OF_THOUSANDS_OF_PEOPLE_ [~CVL]\n";
    const char* verbs = "--- FIGHT [190] ---\nFIGHT {FIGHTS FOUGHT FIGHTING}\nCLASH\n- * BETWEEN [193]\n\n"
                        "--- VISIT [042] ---\nVISIT\n\n"
                        "--- MEET [044] ---\nMEET {MET MEETS MEETING}\n\n"
                        "--- HOLD [---] ---\nHOLD {HELD HOLDS HOLDING}\n- * TALKS_WITH [046]\n\n"
                        "--- MARCH [141] ---\nMARCH\n- * FOR_REFORMS [1412]\n\n"
                        "--- DEMAND [100] ---\nDEMAND\n- * TRUCE [1056]\n\n"
                        "--- SAY [---] ---\nSAY {SAID SAYS}\n\n"
                        "--- CALL [020] ---\nCALL {CALLED CALLS CALLING}\n";
    coder_ = testing_support::coder_from_text("herald_noun_event_coder_test", {actors, agents, verbs});
  }
  static void TearDownTestSuite() { coder_.reset(); }

  static std::vector<std::string> code(const std::string& text) {
    return testing_support::coded_events(*coder_, text, "2024-06-01");
  }

  using Events = std::vector<std::string>;
  static inline std::unique_ptr<Coder> coder_;
};

TEST_F(NounEventCoderTest, FightBetweenTwoSidesIsMutual) {
  // The fight is the subject of another verb, yet each side fights the other.
  EXPECT_EQ(code("Heavy fighting between Gondor and Mordor continued near the river on Sunday."),
            (Events{"GON MOR 193", "MOR GON 193"}));
  EXPECT_EQ(code("Heavy clashes between Mordorian troops and the Orc Legion continued on Sunday."),
            (Events{"MORMIL MORREB 193", "MORREB MORMIL 193"}));
}

TEST_F(NounEventCoderTest, FightNotGoingOnIsNoEvent) {
  // A fight that may come, or one named only as a moment in time, is no fight reported.
  EXPECT_EQ(code("Clashes between Gondor and Mordor could erupt at any moment."), Events{});
  EXPECT_EQ(code("Rohan closed its border after the clashes between Gondor and Mordor."), Events{});
}

TEST_F(NounEventCoderTest, ProtestIsAimedAtWhomItDemandsOf) {
  // The march in Gondor is against Mordor, for a change of its policy; the demand is its aim,
  // no event of its own, and the marchers are Gondor's.
  EXPECT_EQ(code("Thousands of protesters marched in Gondor demanding that Mordor accept a truce."),
            (Events{"GONOPP MOR 1412"}));
}

TEST_F(NounEventCoderTest, CrowdSplitByTheParserIsOneAgent) {
  // The parser hangs "marched" on "people" alone; the crowd is still civilians.
  EXPECT_EQ(code("Hundreds of thousands of people marched in Gondor on Saturday demanding that Mordor agree to a truce."),
            (Events{"GONCVL MOR 1412"}));
}

}  // namespace
}  // namespace herald
