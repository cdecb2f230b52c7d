// Agent dictionaries: codes placed before or after the actor's, plurals (regular, listed and
// none), substitution sets, errors, and the TABARI form.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon_test_util.h"

namespace herald::lexicon {
namespace {

using testing_util::diagnostic_lines;
using testing_util::find_agent_name;
using testing_util::load_fixture;
using testing_util::load_text;
using Strings = std::vector<std::string>;

Strings agent_phrases(const Dictionaries& d, uint32_t agent) {
  Strings out;
  const Agent& a = d.agents()[agent];
  for (uint32_t i = 0; i < a.name_count; ++i) {
    out.push_back(d.phrase_text(d.agent_names()[a.first_name + i].phrase));
  }
  return out;
}

std::string code_of(const Dictionaries& d, uint32_t agent) {
  const Agent& a = d.agents()[agent];
  const std::string code(d.codes().name(a.code));
  return a.placement == AgentPlacement::kAfterActor ? "~" + code : code + "~";
}

TEST(PetrarchAgentsTest, PluralsSubstitutionsAndPlacement) {
  const auto loaded =
      load_fixture(DictionaryKind::kAgents, DictionaryFormat::kPetrarch, "agents.petrarch.txt");
  EXPECT_TRUE(loaded.report.diagnostics.empty())
      << ::testing::PrintToString(diagnostic_lines(loaded.report));
  const Dictionaries& d = loaded.dictionaries;
  ASSERT_EQ(d.agents().size(), 11u);
  EXPECT_EQ(d.agent_names().size(), 22u);
  EXPECT_EQ(loaded.report.sources[0].entries, 11u);
  EXPECT_EQ(loaded.report.sources[0].names, 22u);

  EXPECT_EQ(agent_phrases(d, 0), (Strings{"envoy", "envoys"}));
  EXPECT_EQ(code_of(d, 0), "~GOV");
  EXPECT_TRUE(d.agent_names()[d.agents()[0].first_name + 1].generated);
  // Listed plurals replace the regular one; "{}" means none.
  EXPECT_EQ(agent_phrases(d, 1),
            (Strings{"chancellor_of_the_exchequer", "chancellors_of_the_exchequer"}));
  EXPECT_FALSE(d.agent_names()[d.agents()[1].first_name + 1].generated);
  EXPECT_EQ(code_of(d, 1), "~GOVFIN");
  EXPECT_EQ(agent_phrases(d, 2), (Strings{"gendarmerie"}));
  EXPECT_EQ(agent_phrases(d, 3), (Strings{"relief_agency", "relief_agencies"}));
  EXPECT_EQ(code_of(d, 3), "NGO~");
  // A blank between agent words lets other words come between (PETRARCH agents).
  EXPECT_EQ(agent_phrases(d, 4), (Strings{"deputy mayor", "deputy mayors"}));
  EXPECT_EQ(d.agent_names()[d.agents()[4].first_name].phrase.gap_mask, 1u);
  EXPECT_EQ(code_of(d, 4), "~GOVLOC");
  // Substitution sets: each member in place of the marker, no plurals added.
  EXPECT_EQ(agent_phrases(d, 5), (Strings{"shipsailor", "shipsailors", "shipmariner"}));
  EXPECT_EQ(agent_phrases(d, 6), (Strings{"minister_of_fisheries", "ministry_of_fisheries"}));
  EXPECT_EQ(agent_phrases(d, 7), (Strings{"spokesman", "spokesmen"}));
  EXPECT_EQ(agent_phrases(d, 8), (Strings{"city_council", "city_councils"}));
  // A trailing "_" asks for no plural.
  EXPECT_EQ(agent_phrases(d, 9), (Strings{"customs_officer"}));
  EXPECT_EQ(agent_phrases(d, 10), (Strings{"militia", "militias", "militiae"}));
}

TEST(PetrarchAgentsTest, MalformedEntries) {
  const auto loaded = load_text(DictionaryKind::kAgents, DictionaryFormat::kPetrarch,
                                "GOOD [~GD]\n"
                                "NO_CODE\n"
                                "NO_TILDE [GOV]\n"
                                "TWO_TILDES [~GOV~]\n"
                                "UNCLOSED [~LEG}\n"
                                "!SET! = A, , B\n"
                                "!UNDEFINED!_MAN [~X]\n"
                                "BAD {PLURAL_$} [~X]\n"
                                "[~X]\n"
                                "EXTRA [~A] [~B]\n");
  const Strings lines = diagnostic_lines(loaded.report);
  ASSERT_EQ(lines.size(), 9u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0], "2:error:agent has no code [~CODE] or [CODE~]; agent skipped");
  EXPECT_TRUE(lines[1].starts_with("3:error:agent code \"[GOV]\" needs one \"~\"")) << lines[1];
  EXPECT_TRUE(lines[2].starts_with("4:error:agent code \"[~GOV~]\" needs one \"~\"")) << lines[2];
  EXPECT_EQ(lines[3], "5:error:\"[\" is not closed with \"]\"; agent skipped");
  EXPECT_EQ(lines[4], "6:error:substitution set !SET! has an empty member");
  EXPECT_EQ(lines[5], "7:error:undefined substitution set !UNDEFINED!; agent skipped");
  EXPECT_EQ(lines[6], "8:error:in the plural list: unexpected \"$\" in a phrase; agent skipped");
  EXPECT_EQ(lines[7], "9:error:missing phrase; agent skipped");
  EXPECT_EQ(lines[8],
            "10:warning:only the first code block of an agent is used; the rest of "
            "the line is ignored");
  const Dictionaries& d = loaded.dictionaries;
  ASSERT_EQ(d.agents().size(), 2u);
  EXPECT_EQ(code_of(d, 1), "~A");
}

TEST(PetrarchAgentsTest, DuplicatePhrasesKeepTheListedOneAndTheLaterEntry) {
  const auto loaded = load_text(DictionaryKind::kAgents, DictionaryFormat::kPetrarch,
                                "GUARD [~MIL]\nGUARDS [~SEC]\nWARDEN [~JUD]\nWARDEN [~COP]\n");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{"4:warning:agent phrase \"warden\" is also defined at line 3; the later "
                     "entry is used"}));
  const Dictionaries& d = loaded.dictionaries;
  // "guards" was generated for GUARD and listed for GUARDS: the listed one wins, silently.
  EXPECT_EQ(agent_phrases(d, 0), (Strings{"guard"}));
  EXPECT_EQ(agent_phrases(d, 1), (Strings{"guards"}));
  // The later WARDEN took both its phrases: the listed one and, as later, the generated one.
  EXPECT_EQ(agent_phrases(d, 2), (Strings{}));
  EXPECT_EQ(agent_phrases(d, 3), (Strings{"warden", "wardens"}));
  const auto warden = find_agent_name(d, "warden");
  ASSERT_TRUE(warden.has_value());
  EXPECT_EQ(d.codes().name(d.agents()[d.agent_names()[*warden].agent].code), "COP");
}

TEST(TabariAgentsTest, StemsExactWordsAndEndings) {
  const auto loaded =
      load_fixture(DictionaryKind::kAgents, DictionaryFormat::kTabari, "agents.tabari");
  EXPECT_TRUE(loaded.report.diagnostics.empty())
      << ::testing::PrintToString(diagnostic_lines(loaded.report));
  const Dictionaries& d = loaded.dictionaries;
  ASSERT_EQ(d.agents().size(), 5u);
  EXPECT_EQ(agent_phrases(d, 0), (Strings{"legate", "legates"}));
  EXPECT_EQ(agent_phrases(d, 1), (Strings{"envoys"}));
  EXPECT_EQ(agent_phrases(d, 2), (Strings{"consul~"}));
  EXPECT_EQ(agent_phrases(d, 3), (Strings{"human_rights_group", "human_rights_groups"}));
  EXPECT_EQ(code_of(d, 3), "NGO~");
  EXPECT_EQ(agent_phrases(d, 4), (Strings{"gendarmes"}));
}

}  // namespace
}  // namespace herald::lexicon
