#include <filesystem>

#include <gtest/gtest.h>

#include "herald/validation.h"
#include "test_support.h"

namespace herald {
namespace {

using testing_support::write_temp_file;
using Expectation = ValidationRecord::Expectation;

std::optional<ValidationSuite> read(const std::string& path, std::vector<Diagnostic>* diagnostics) {
  return read_validation_suite(path, [&](const Diagnostic& d) { diagnostics->push_back(d); });
}

TEST(PetrarchValidation, ReadsEnvironmentRecordsAndOptionsInOrder) {
  const std::string path = write_temp_file("suite.xml", R"(<Validation>
<Environment>
  <Verbfile>my.verbs.txt</Verbfile>
  <Actorfile>my.actors.txt</Actorfile>
  <Agentfile>my.agents.txt</Agentfile>
  <Discardfile>my.discards.txt</Discardfile>
  <Include>BASIC PASSIVE</Include>
</Environment>
<Sentences>
<Sentence date="20250915" id="B-1" category="BASIC">
<EventCoding sourcecode="COLGOV" targetcode="USA" eventcode="163"></EventCoding>
<EventCoding sourcecode="COLGOV" targetcode="USAGOV" eventcode="111"></EventCoding>
<Text>
Colombia halted arms purchases from the United States.
</Text>
<Parse>(ROOT (S))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="20250916" id="P-1" category="PASSIVE">
<EventCoding noevents="True"></EventCoding>
<Text>Talks were held.</Text>
</Sentence>
<Sentence date="20250917" id="X-1" category="OTHER">
<EventCoding error="bad_input"></EventCoding>
<Text>Garbage.</Text>
</Sentence>
<Sentence date="2025" id="BAD-DATE" category="BASIC"><Text>x</Text></Sentence>
<Stop></Stop>
<Sentence date="20250918" id="AFTER-STOP" category="BASIC"><Text>Never read.</Text></Sentence>
</Sentences>
</Validation>
)");
  std::vector<Diagnostic> diagnostics;
  const std::optional<ValidationSuite> suite = read(path, &diagnostics);
  ASSERT_TRUE(suite);
  EXPECT_EQ(suite->format, ValidationSuite::Format::kPetrarch);
  EXPECT_EQ(suite->verb_file, "my.verbs.txt");
  EXPECT_EQ(suite->actor_files, std::vector<std::string>{"my.actors.txt"});
  EXPECT_EQ(suite->agent_file, "my.agents.txt");
  EXPECT_EQ(suite->discard_file, "my.discards.txt");
  EXPECT_EQ(suite->included_categories, (std::vector<std::string>{"BASIC", "PASSIVE"}));

  ASSERT_EQ(suite->records.size(), 3u);
  const ValidationRecord& basic = suite->records[0];
  EXPECT_EQ(basic.story.id, "B-1");
  EXPECT_EQ(basic.story.date, "2025-09-15");
  EXPECT_EQ(basic.story.text, "Colombia halted arms purchases from the United States.");
  EXPECT_EQ(basic.expectation, Expectation::kEvents);
  EXPECT_EQ(basic.expected, (std::vector<ExpectedEvent>{{"COLGOV", "USA", "163"},
                                                        {"COLGOV", "USAGOV", "111"}}));
  EXPECT_TRUE(basic.options.empty());
  EXPECT_TRUE(suite->includes(basic));

  const ValidationRecord& passive = suite->records[1];
  EXPECT_EQ(passive.expectation, Expectation::kNoEvents);
  ASSERT_EQ(passive.options.size(), 1u);
  EXPECT_EQ(passive.options[0], (std::pair<std::string, std::string>{"require_dyad", "false"}));

  EXPECT_EQ(suite->records[2].expectation, Expectation::kError);
  EXPECT_FALSE(suite->includes(suite->records[2]));

  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("BAD-DATE"), std::string::npos);
  EXPECT_EQ(diagnostics[0].line, 27u);
}

TEST(TabariValidation, ReadsRecordsFieldsAndTheProjectsDictionaries) {
  const std::string dir = std::filesystem::path(write_temp_file("tabari/x", "")).parent_path();
  write_temp_file("tabari/Mine.project",
                  "<actorsfile> A.actors\n<verbsfile>\tB.verbs\n<agentsfile> C.agents\n"
                  "<textfile> Mine.text\n");
  const std::string path = write_temp_file("tabari/Mine.text", R"(# a comment line
950101  OPT-00
Options only.
/*\n{ OPTION: SET: CODE BY SENTENCE } */

250915  COL-01
Colombia stopped buying weapons
from the United States.
/*\n-------------------
\n[A two-line sentence]
\n{ COL / USA / 163 }
\n{  COLGOV/USAGOV /  1630 } */

250916  COL-02
Nothing happened.
/*\n{---} */

250917  COL-03
The World Cup final was played.
/*\n{ ### } */

250918  COL-04
Many things at once.
/*\n-{ COL / USA / 042 } */

250919  COL-05
Broken field.
/*\n{ COL USA 042 } */

990101  FINAL-01
The end: no fields.

250920  NEVER
Not read.
/*\n{ COL / USA / 042 } */
)");
  std::vector<Diagnostic> diagnostics;
  const std::optional<ValidationSuite> suite = read(path, &diagnostics);
  ASSERT_TRUE(suite);
  EXPECT_EQ(suite->format, ValidationSuite::Format::kTabari);
  EXPECT_EQ(suite->actor_files, std::vector<std::string>{"A.actors"});
  EXPECT_EQ(suite->verb_file, "B.verbs");
  EXPECT_EQ(suite->agent_file, "C.agents");
  ASSERT_EQ(suite->records.size(), 5u) << dir;

  const ValidationRecord& first = suite->records[0];
  EXPECT_EQ(first.story.id, "COL-01");
  EXPECT_EQ(first.story.date, "2025-09-15");
  EXPECT_EQ(first.story.text, "Colombia stopped buying weapons\nfrom the United States.");
  EXPECT_EQ(first.expected,
            (std::vector<ExpectedEvent>{{"COL", "USA", "163"}, {"COLGOV", "USAGOV", "1630"}}));
  ASSERT_EQ(first.options.size(), 1u);
  EXPECT_EQ(first.options[0].second, "SET: CODE BY SENTENCE");

  EXPECT_EQ(suite->records[1].expectation, Expectation::kNoEvents);
  EXPECT_EQ(suite->records[2].expectation, Expectation::kDiscard);
  EXPECT_TRUE(suite->records[3].partial);
  EXPECT_TRUE(suite->records[4].expected.empty());
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("COL-05"), std::string::npos);
}

TEST(Validation, MissingFileIsReported) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(read("/nonexistent/suite.xml", &diagnostics));
  EXPECT_EQ(diagnostics.size(), 1u);
}

TEST(Validation, ReadsTheFieldsOwnSuites) {
  const std::filesystem::path shared = std::filesystem::path(HERALD_SOURCE_DIR) / ".." / "shared";
  const std::filesystem::path petrarch = shared / "conformance/petrarch/PETR.UnitTest.records.xml";
  const std::filesystem::path tabari = shared / "conformance/tabari/Validate.text";
  if (!std::filesystem::exists(petrarch) || !std::filesystem::exists(tabari)) {
    GTEST_SKIP() << "skipped: ../shared/conformance is not present";
  }
  std::vector<Diagnostic> diagnostics;
  const std::optional<ValidationSuite> p = read(petrarch.string(), &diagnostics);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->records.size(), 284u);
  EXPECT_EQ(p->verb_file, "PETR.Validate.verbs.txt");
  size_t included = 0;
  for (const ValidationRecord& r : p->records) included += p->includes(r);
  EXPECT_GT(included, 250u);

  const std::optional<ValidationSuite> t = read(tabari.string(), &diagnostics);
  ASSERT_TRUE(t);
  EXPECT_GT(t->records.size(), 400u);
  EXPECT_EQ(t->verb_file, "TABARI.Demo.verbs");
  // The TABARI suite has one field with no closing brace (an OPTION line); it is reported.
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("MINWRD-ACTIVATE"), std::string::npos);
  std::printf("PETRARCH suite: %zu records, %zu included; TABARI suite: %zu records\n",
              p->records.size(), included, t->records.size());
}

}  // namespace
}  // namespace herald
