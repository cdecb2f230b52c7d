// Sentence splitting on hand-written news-style cases: every case states the exact sentences.
#include <gtest/gtest.h>

#include <cstdio>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "herald/text.h"

namespace herald::text {
namespace {

struct SplitCase {
  const char* name;
  std::string_view text;
  std::vector<std::string_view> sentences;
};

// Lets gtest name a failing case instead of dumping its bytes.
void PrintTo(const SplitCase& c, std::ostream* os) { *os << c.name; }

// Grouped by the phenomenon each case is about; all text written for these tests.
const std::vector<SplitCase>& split_cases() {
  static const std::vector<SplitCase> cases = {
      // Titles before names never end a sentence.
      {"title_gen",
       "Gen. Carlos Ospina said the army would withdraw. The rebels did not respond.",
       {"Gen. Carlos Ospina said the army would withdraw.", "The rebels did not respond."}},
      {"title_sen_rep",
       "Sen. Ana Lopez voted against the bill. Rep. Mark Stone voted for it.",
       {"Sen. Ana Lopez voted against the bill.", "Rep. Mark Stone voted for it."}},
      {"title_mr_mrs_dr",
       "Mr. Smith and Mrs. Jones met Dr. Brown on Tuesday.",
       {"Mr. Smith and Mrs. Jones met Dr. Brown on Tuesday."}},
      {"title_lt_col",
       "Lt. Col. Omar Haddad led the unit. He was wounded in the attack.",
       {"Lt. Col. Omar Haddad led the unit.", "He was wounded in the attack."}},
      {"title_gov_state",
       "Gov. Ray Allen of Ark. said he would veto the measure.",
       {"Gov. Ray Allen of Ark. said he would veto the measure."}},
      {"title_before_starter_word",
       "The decree was signed by Gen. The Anh Nguyen on Monday.",
       {"The decree was signed by Gen. The Anh Nguyen on Monday."}},
      {"title_rev_sgt",
       "The Rev. Paul Adams prayed with Sgt. Maj. Lee Park at the base.",
       {"The Rev. Paul Adams prayed with Sgt. Maj. Lee Park at the base."}},
      {"title_st_saint",
       "St. Petersburg is the second city of Russia. Moscow is the first.",
       {"St. Petersburg is the second city of Russia.", "Moscow is the first."}},
      {"street_final",
       "The embassy is on Main St. The building was evacuated.",
       {"The embassy is on Main St.", "The building was evacuated."}},

      // Ordinary abbreviations: end a sentence only before a typical sentence starter.
      {"us_then_the",
       "Most of the funds are held in the U.S. The talks will resume on Monday.",
       {"Most of the funds are held in the U.S.", "The talks will resume on Monday."}},
      {"us_then_but",
       "He was born in the U.S. But he grew up in Mexico.",
       {"He was born in the U.S.", "But he grew up in Mexico."}},
      {"us_then_noun",
       "Rebels freed a former U.S. Marine on Friday.",
       {"Rebels freed a former U.S. Marine on Friday."}},
      {"us_lowercase",
       "Exports to the U.S. fell 5 percent. Imports rose.",
       {"Exports to the U.S. fell 5 percent.", "Imports rose."}},
      {"un_then_title",
       "U.N. Secretary-General Kofi Annan arrived in Baghdad. He met officials.",
       {"U.N. Secretary-General Kofi Annan arrived in Baghdad.", "He met officials."}},
      {"uk_and_france",
       "The plan was backed by the U.K. and France.",
       {"The plan was backed by the U.K. and France."}},
      {"us_and_miscased",
       "Trade between the U.S. And Japan fell sharply.",
       {"Trade between the U.S. And Japan fell sharply."}},
      {"dc_lowercase",
       "Washington, D.C. is the capital. It has no senators.",
       {"Washington, D.C. is the capital.", "It has no senators."}},
      {"dc_then_the",
       "The accord was signed in Washington, D.C. The ceremony was brief.",
       {"The accord was signed in Washington, D.C.", "The ceremony was brief."}},
      {"corp_said",
       "Acme Corp. said profits rose. Shares fell.",
       {"Acme Corp. said profits rose.", "Shares fell."}},
      {"inc_then_the",
       "He bought shares in Acme Inc. The company declined to comment.",
       {"He bought shares in Acme Inc.", "The company declined to comment."}},
      {"inc_then_quote",
       "She works for Acme Inc. \"It is a good job,\" she said.",
       {"She works for Acme Inc.", "\"It is a good job,\" she said."}},
      {"jr_mid",
       "Martin Luther King Jr. was born in Atlanta.",
       {"Martin Luther King Jr. was born in Atlanta."}},
      {"jr_final",
       "The prize went to Martin Luther King Jr. He accepted it in Oslo.",
       {"The prize went to Martin Luther King Jr.", "He accepted it in Oslo."}},
      {"etc_final",
       "They seized rifles, grenades, mortars, etc. The haul was the largest this year.",
       {"They seized rifles, grenades, mortars, etc.", "The haul was the largest this year."}},
      {"vs_mid",
       "The case, Smith vs. Jones, went to trial.",
       {"The case, Smith vs. Jones, went to trial."}},
      {"am_pm",
       "Troops arrived at 10 a.m. Monday and left at 4 p.m. The curfew began at dusk.",
       {"Troops arrived at 10 a.m. Monday and left at 4 p.m.", "The curfew began at dusk."}},
      {"unknown_abbreviation_lowercase",
       "The plant produced approx. five tonnes a day.",
       {"The plant produced approx. five tonnes a day."}},
      {"us_led",
       "The U.S.-led coalition struck targets. Iraq protested.",
       {"The U.S.-led coalition struck targets.", "Iraq protested."}},

      // "No." is an abbreviation only before a number.
      {"no_before_number",
       "He ranked No. 3 in the poll. Others lagged.",
       {"He ranked No. 3 in the poll.", "Others lagged."}},
      {"no_as_answer",
       "The answer was No. The minister left the room.",
       {"The answer was No.", "The minister left the room."}},

      // Months.
      {"month_day",
       "The meeting is set for Sept. 16 in Geneva.",
       {"The meeting is set for Sept. 16 in Geneva."}},
      {"month_day_final",
       "Talks resume on Feb. 3. Officials expect progress.",
       {"Talks resume on Feb. 3.", "Officials expect progress."}},
      {"month_final",
       "The deal closed in Oct. The buyer paid cash.",
       {"The deal closed in Oct.", "The buyer paid cash."}},
      {"month_range",
       "Jan.-March output rose 4 pct. April data are due Friday.",
       {"Jan.-March output rose 4 pct.", "April data are due Friday."}},

      // Initials.
      {"initial_middle",
       "John F. Kennedy was killed in Dallas in 1963. The nation mourned.",
       {"John F. Kennedy was killed in Dallas in 1963.", "The nation mourned."}},
      {"initials_jp",
       "J.P. Morgan Chase & Co. raised its forecast. Its shares rose.",
       {"J.P. Morgan Chase & Co. raised its forecast.", "Its shares rose."}},
      {"initial_bush",
       "The letter was signed by George W. Bush and Dick Cheney.",
       {"The letter was signed by George W. Bush and Dick Cheney."}},
      {"initials_two",
       "The report cited H.R. McMaster, the security adviser.",
       {"The report cited H.R. McMaster, the security adviser."}},
      {"initials_phd",
       "She earned a Ph.D. in Paris. Then she joined the ministry.",
       {"She earned a Ph.D. in Paris.", "Then she joined the ministry."}},

      // Decimals and money.
      {"decimal_percent",
       "Output rose 3.2 percent in March. Analysts expected 2.5 percent.",
       {"Output rose 3.2 percent in March.", "Analysts expected 2.5 percent."}},
      {"money_billion",
       "The company raised $4.5 billion. It will repay debt.",
       {"The company raised $4.5 billion.", "It will repay debt."}},
      {"thousands_decimal",
       "Revenue was 1,000.50 dlrs per share, or 12.5 pct more. Costs rose.",
       {"Revenue was 1,000.50 dlrs per share, or 12.5 pct more.", "Costs rose."}},
      {"percent_sign",
       "Oil traded at $18.25 a barrel, up 0.5%. Gold fell.",
       {"Oil traded at $18.25 a barrel, up 0.5%.", "Gold fell."}},
      {"leading_decimal",
       "The rate was cut to .5 percent from .75 percent.",
       {"The rate was cut to .5 percent from .75 percent."}},
      {"number_starts_sentence",
       "The vote was delayed. 1988 will be better, he said.",
       {"The vote was delayed.", "1988 will be better, he said."}},

      // Quotations.
      {"quote_comma_said", "\"We will not yield,\" he said.", {"\"We will not yield,\" he said."}},
      {"quote_two_sentences",
       "\"We will not yield,\" he said. \"The army is ready.\"",
       {"\"We will not yield,\" he said.", "\"The army is ready.\""}},
      {"quote_after_colon",
       "He said: \"The talks have failed.\" The delegation then left.",
       {"He said: \"The talks have failed.\"", "The delegation then left."}},
      {"quote_question_lower",
       "\"Why should we talk?\" asked the commander.",
       {"\"Why should we talk?\" asked the commander."}},
      {"quote_exclamation",
       "\"Stop!\" shouted a policeman. The crowd dispersed.",
       {"\"Stop!\" shouted a policeman.", "The crowd dispersed."}},
      {"quote_inside_period",
       "The minister called the plan \"a disaster.\" Opposition leaders agreed.",
       {"The minister called the plan \"a disaster.\"", "Opposition leaders agreed."}},
      {"quote_outside_period",
       "He described it as \"unacceptable\". The talks ended.",
       {"He described it as \"unacceptable\".", "The talks ended."}},
      {"curly_quotes",
       "\xE2\x80\x9CWe are ready,\xE2\x80\x9D the general said. \xE2\x80\x9CThe enemy is "
       "not.\xE2\x80\x9D",
       {"\xE2\x80\x9CWe are ready,\xE2\x80\x9D the general said.",
        "\xE2\x80\x9CThe enemy is not.\xE2\x80\x9D"}},
      {"single_quotes",
       "The paper called it 'a historic day.' Crowds gathered.",
       {"The paper called it 'a historic day.'", "Crowds gathered."}},
      {"parenthesized_sentence",
       "The vote was 52-48. (Two senators abstained.) The bill now goes to the House.",
       {"The vote was 52-48.", "(Two senators abstained.)", "The bill now goes to the House."}},
      {"quote_with_ellipsis",
       "\"We waited ... and waited,\" she said.",
       {"\"We waited ... and waited,\" she said."}},
      {"quote_opens_after_period",
       "Talks collapsed. \"It is over,\" a delegate said.",
       {"Talks collapsed.", "\"It is over,\" a delegate said."}},

      // Datelines are sentences of their own.
      {"dateline_reuters",
       "BOGOTA, Sept 16 (Reuters) - Colombian troops killed 12 rebels on Tuesday, the army said.",
       {"BOGOTA, Sept 16 (Reuters) -",
        "Colombian troops killed 12 rebels on Tuesday, the army said."}},
      {"dateline_without_agency_opens_the_story",
       "WASHINGTON, Sept 17 - Republican lawmakers urged Colombia to act.",
       {"WASHINGTON, Sept 17 -", "Republican lawmakers urged Colombia to act."}},
      {"capitals_then_dash_without_date_opens_the_story",
       "NATO, the alliance - which met in May - grew.",
       {"NATO, the alliance - which met in May - grew."}},
      {"dateline_ap_em_dash",
       "WASHINGTON (AP) \xE2\x80\x94 The Senate passed the bill. It now goes to the president.",
       {"WASHINGTON (AP) \xE2\x80\x94", "The Senate passed the bill.",
        "It now goes to the president."}},
      {"dateline_month_abbreviation",
       "KABUL, Afghanistan, Oct. 3 (Reuters) - Gunmen attacked a convoy. Five people died.",
       {"KABUL, Afghanistan, Oct. 3 (Reuters) -", "Gunmen attacked a convoy.", "Five people died."}},
      {"dateline_own_line",
       "NAIROBI, March 4 (Reuters) -\nKenyan police fired tear gas at protesters.",
       {"NAIROBI, March 4 (Reuters) -", "Kenyan police fired tear gas at protesters."}},
      {"dateline_double_hyphen",
       "UNITED NATIONS, Jan. 9 (AP) -- The Security Council met. It adopted a resolution.",
       {"UNITED NATIONS, Jan. 9 (AP) --", "The Security Council met.", "It adopted a resolution."}},
      {"dateline_dash_then_blank_line",
       "LIMA, May 2 (Reuters) -\n\nPeru closed its border.",
       {"LIMA, May 2 (Reuters) -", "Peru closed its border."}},
      // Capitals at the start of a wrapped line that are not datelines.
      {"capitals_line_start_with_dash_is_prose",
       "The summit brought together members of\nNATO, the alliance - which met in May.",
       {"The summit brought together members of\nNATO, the alliance - which met in May."}},
      {"capitals_after_wrap_with_dashes_is_prose",
       "Drought in Argentina -- a major grain supplier to the\nUSSR -- cut the harvest.",
       {"Drought in Argentina -- a major grain supplier to the\nUSSR -- cut the harvest."}},
      {"title_case_line_wrap_no_dateline",
       "The talks in the capital\nBOGOTA were described as frank.",
       {"The talks in the capital\nBOGOTA were described as frank."}},

      // Headlines and paragraphs.
      {"headline_then_dateline",
       "Rebels free hostages in Colombia\n\nBOGOTA, Sept 16 (Reuters) - Leftist rebels freed 12 "
       "hostages on Tuesday.",
       {"Rebels free hostages in Colombia",
        "BOGOTA, Sept 16 (Reuters) -", "Leftist rebels freed 12 hostages on Tuesday."}},
      {"headline_then_body",
       "Army says talks failed\n\nThe army said on Monday that talks had failed.",
       {"Army says talks failed", "The army said on Monday that talks had failed."}},
      {"blank_line_no_period",
       "Voting ended without incident\n\n  \nCounting began at once.",
       {"Voting ended without incident", "Counting began at once."}},
      {"indented_paragraph",
       "The delegations met for three hours\n    Officials said nothing was agreed.",
       {"The delegations met for three hours", "Officials said nothing was agreed."}},
      {"indented_lowercase_continuation",
       "    The delegations met for three hours\n    and agreed to meet again.",
       {"The delegations met for three hours\n    and agreed to meet again."}},
      {"crlf_paragraphs",
       "Troops withdrew.\r\n\r\nThe town was quiet\r\n\r\nShops reopened.",
       {"Troops withdrew.", "The town was quiet", "Shops reopened."}},
      {"crlf_wrap",
       "The minister said the\r\ntalks would resume.",
       {"The minister said the\r\ntalks would resume."}},
      {"form_feed_page_break",
       "Page one ends here\fPage two begins here.",
       {"Page one ends here", "Page two begins here."}},
      {"abbreviation_at_paragraph_end",
       "The unit was sold to Acme Inc.\n    Terms were not disclosed.",
       {"The unit was sold to Acme Inc.", "Terms were not disclosed."}},

      // Hard-wrapped lines.
      {"wrap_after_us",
       "The talks were attended by former U.S.\nPresident Jimmy Carter and U.N. envoys.",
       {"The talks were attended by former U.S.\nPresident Jimmy Carter and U.N. envoys."}},
      {"wrap_after_title",
       "Troops loyal to Gen.\nManuel Noriega fired on the crowd.",
       {"Troops loyal to Gen.\nManuel Noriega fired on the crowd."}},
      {"wrap_before_capital",
       "The delegation met with\nForeign Minister Ali Ahmed on Monday.",
       {"The delegation met with\nForeign Minister Ali Ahmed on Monday."}},
      {"wrap_after_us_then_the",
       "The funds were moved to the U.S.\nThe bank declined to comment.",
       {"The funds were moved to the U.S.", "The bank declined to comment."}},
      {"wrap_inside_number_phrase",
       "Exports totalled 1,250\nmln dlrs in 1986.",
       {"Exports totalled 1,250\nmln dlrs in 1986."}},
      {"wrap_after_initial",
       "The bill was drafted by Robert\nF. Wagner and signed in May.",
       {"The bill was drafted by Robert\nF. Wagner and signed in May."}},

      // Other punctuation.
      {"ellipsis_then_sentence",
       "The rebels are coming... The army is not ready.",
       {"The rebels are coming...", "The army is not ready."}},
      {"ellipsis_inside",
       "He paused... then went on with the speech.",
       {"He paused... then went on with the speech."}},
      {"unicode_ellipsis",
       "Nobody knew\xE2\x80\xA6 But the vote went ahead.",
       {"Nobody knew\xE2\x80\xA6", "But the vote went ahead."}},
      {"interrobang",
       "Is this peace?! Nobody in the capital knows.",
       {"Is this peace?!", "Nobody in the capital knows."}},
      {"colon_list",
       "The demands were: a ceasefire, elections and an amnesty.",
       {"The demands were: a ceasefire, elections and an amnesty."}},
      {"url_and_email",
       "Details are at www.example.org. Questions go to press@example.org.",
       {"Details are at www.example.org.", "Questions go to press@example.org."}},
      {"missing_space",
       "Police arrested two men.Both were released on bail.",
       {"Police arrested two men.", "Both were released on bail."}},
      {"ticker_code",
       "Reuters Holdings <RTRS.L> said profits rose.",
       {"Reuters Holdings <RTRS.L> said profits rose."}},
      {"exclamation_then_quote_lower",
       "\"Long live peace!\" the crowd chanted.",
       {"\"Long live peace!\" the crowd chanted."}},

      // A whole story in wire format: headline, dateline, 65-column wrap, indented
      // paragraphs and the sign-off line.
      {"wire_story",
       "Colombia and rebels agree to resume talks\n"
       "\n"
       "BOGOTA, Sept 16 (Reuters) - Colombia's government and the\n"
       "leftist rebels agreed on Tuesday to resume peace talks in\n"
       "Havana next month, officials said.\n"
       "    The announcement came after Gen. Alberto Mejia met rebel\n"
       "envoys in the U.S. The meeting, which lasted five hours, was\n"
       "brokered by former U.S.\n"
       "President Jimmy Carter, a spokesman said.\n"
       "    \"We will not yield,\" said rebel commander Ivan Marquez.\n"
       "\"Peace is possible, but not at any price.\"\n"
       "    The talks broke down in Feb. 1987 after the rebels killed\n"
       "12 soldiers. Colombia's economy grew 3.2 pct last year, and\n"
       "the government plans to spend 1,250.5 mln dlrs on rural\n"
       "development\n"
       "    Markets were closed for a holiday.\n"
       " Reuter\n"
       "\x03",
       {"Colombia and rebels agree to resume talks",
        "BOGOTA, Sept 16 (Reuters) -", "Colombia's government and the\n"
        "leftist rebels agreed on Tuesday to resume peace talks in\n"
        "Havana next month, officials said.",
        "The announcement came after Gen. Alberto Mejia met rebel\nenvoys in the U.S.",
        "The meeting, which lasted five hours, was\nbrokered by former U.S.\n"
        "President Jimmy Carter, a spokesman said.",
        "\"We will not yield,\" said rebel commander Ivan Marquez.",
        "\"Peace is possible, but not at any price.\"",
        "The talks broke down in Feb. 1987 after the rebels killed\n12 soldiers.",
        "Colombia's economy grew 3.2 pct last year, and\n"
        "the government plans to spend 1,250.5 mln dlrs on rural\ndevelopment",
        "Markets were closed for a holiday.", "Reuter"}},
  };
  return cases;
}

// Cases the heuristics are known to find hard: an ambiguous abbreviation before a capitalized
// word that is not a common sentence starter, and a headline with no blank line after it.
// They count toward the reported accuracy (with a stated threshold) but, unlike the cases
// above, are not each required to pass.
const std::vector<SplitCase>& hard_split_cases() {
  static const std::vector<SplitCase> cases = {
      {"us_then_plural_noun",
       "He moved to the U.S. Officials said he had a valid visa.",
       {"He moved to the U.S.", "Officials said he had a valid visa."}},
      {"inc_then_plural_noun",
       "The shares were sold to Acme Inc. Analysts called the price fair.",
       {"The shares were sold to Acme Inc.", "Analysts called the price fair."}},
      {"pm_then_plural_noun",
       "The curfew starts at 9 p.m. Residents must stay indoors.",
       {"The curfew starts at 9 p.m.", "Residents must stay indoors."}},
      {"month_then_noun",
       "Prices rose 2 pct in Jan. Exports fell in the same month.",
       {"Prices rose 2 pct in Jan.", "Exports fell in the same month."}},
      {"state_then_noun",
       "The firm moved to Calif. Officials welcomed the jobs.",
       {"The firm moved to Calif.", "Officials welcomed the jobs."}},
      {"headline_no_blank_line",
       "Rebels free hostages\nBOGOTA, Sept 16 (Reuters) - Leftist rebels freed 12 hostages.",
       {"Rebels free hostages", "BOGOTA, Sept 16 (Reuters) -", "Leftist rebels freed 12 hostages."}},
      {"headline_no_blank_line_ap",
       "Senate passes budget\nWASHINGTON (AP) \xE2\x80\x94 The Senate passed the budget.",
       {"Senate passes budget", "WASHINGTON (AP) \xE2\x80\x94", "The Senate passed the budget."}},
      {"lowercase_brand",
       "Shares fell. eBay said it would buy back stock.",
       {"Shares fell.", "eBay said it would buy back stock."}},
      {"us_army_then_it",
       "He served in the U.S. Army. It changed him.",
       {"He served in the U.S. Army.", "It changed him."}},
      {"us_senate_vote",
       "The bill passed 52-48 in the U.S. Senate on Friday.",
       {"The bill passed 52-48 in the U.S. Senate on Friday."}},
      {"company_chairman",
       "The deal was announced by Acme Co. Chairman John Lee.",
       {"The deal was announced by Acme Co. Chairman John Lee."}},
      {"quoted_abbreviation_final",
       "He called it a 'U.S. problem.' The aide disagreed.",
       {"He called it a 'U.S. problem.'", "The aide disagreed."}},
      {"st_louis_then_he",
       "The suspect, 23, was from St. Louis. He was arrested Friday.",
       {"The suspect, 23, was from St. Louis.", "He was arrested Friday."}},
      {"state_then_its",
       "The company is based in Calif. Its shares rose.",
       {"The company is based in Calif.", "Its shares rose."}},
      {"question_then_quote",
       "He asked, \"Why now?\" The answer came a week later.",
       {"He asked, \"Why now?\"", "The answer came a week later."}},
  };
  return cases;
}

std::vector<std::string_view> sentences_of(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  segment(doc);
  std::vector<std::string_view> out;
  // Views into doc.text would dangle; compare against the input, which has the same bytes.
  for (const Sentence& s : doc.sentences)
    out.push_back(text.substr(s.byte_begin, s.byte_end - s.byte_begin));
  return out;
}

class SplitCaseTest : public testing::TestWithParam<SplitCase> {};

TEST_P(SplitCaseTest, ProducesExactSentences) {
  const SplitCase& c = GetParam();
  EXPECT_EQ(sentences_of(c.text), c.sentences) << "text: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(NewsCases, SplitCaseTest, testing::ValuesIn(split_cases()),
                         [](const testing::TestParamInfo<SplitCase>& info) {
                           return std::string(info.param.name);
                         });

struct Accuracy {
  size_t cases = 0;
  size_t cases_right = 0;
  size_t boundaries_expected = 0;  // a boundary is the byte offset where a sentence starts
  size_t boundaries_found = 0;
  size_t boundaries_right = 0;

  void add(const SplitCase& c) {
    const std::vector<std::string_view> got = sentences_of(c.text);
    ++cases;
    cases_right += got == c.sentences;
    // Expected sentences are separate literals; locate them in the text, in order.
    std::vector<size_t> expected_starts;
    size_t from = 0;
    for (std::string_view s : c.sentences) {
      const size_t at = c.text.find(s, from);
      ASSERT_NE(at, std::string_view::npos) << c.name << ": expected sentence not in text: " << s;
      expected_starts.push_back(at);
      from = at + s.size();
    }
    boundaries_expected += expected_starts.size();
    boundaries_found += got.size();
    for (std::string_view s : got) {
      const auto offset = static_cast<size_t>(s.data() - c.text.data());
      for (size_t e : expected_starts) boundaries_right += e == offset;
    }
  }
  double percent(size_t part, size_t whole) const {
    return 100.0 * static_cast<double>(part) / static_cast<double>(whole);
  }
  double case_accuracy() const { return percent(cases_right, cases); }
  void print(const char* label) const {
    std::printf(
        "[ accuracy ] sentence splitter, %s: %zu/%zu cases exact (%.1f%%), boundary "
        "precision %.1f%%, recall %.1f%% (%zu sentences expected)\n",
        label, cases_right, cases, case_accuracy(), percent(boundaries_right, boundaries_found),
        percent(boundaries_right, boundaries_expected), boundaries_expected);
  }
};

// The figure the project reports as "splitter accuracy on our own cases".
TEST(SentenceSplitterAccuracy, OwnCases) {
  Accuracy regular;
  for (const SplitCase& c : split_cases()) regular.add(c);
  Accuracy hard;
  for (const SplitCase& c : hard_split_cases()) hard.add(c);
  Accuracy all = regular;
  for (const SplitCase& c : hard_split_cases()) all.add(c);
  regular.print("regular cases");
  hard.print("known-hard cases");
  all.print("all cases");
  for (const SplitCase& c : hard_split_cases()) {
    if (sentences_of(c.text) != c.sentences)
      std::printf("[ accuracy ]   missed hard case: %s\n", c.name);
  }
  EXPECT_GE(regular.cases, 60u);
  EXPECT_EQ(regular.cases_right, regular.cases);
  EXPECT_GE(all.case_accuracy(), 95.0) << "stated threshold: 95% of all cases exact";
}

TEST(SentenceSplitter, OffsetsInBytesAndCodePoints) {
  Document doc;
  doc.text = "Bogot\xC3\xA1 \xE2\x80\x94 calm. Ni\xC3\xB1os played.";
  segment(doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  const Sentence& first = doc.sentences[0];
  const Sentence& second = doc.sentences[1];
  EXPECT_EQ(doc.sentence_text(first), "Bogot\xC3\xA1 \xE2\x80\x94 calm.");
  EXPECT_EQ(first.byte_begin, 0u);
  EXPECT_EQ(first.byte_end, 17u);
  EXPECT_EQ(first.span, (Span{0, 14}));
  EXPECT_EQ(second.byte_begin, 18u);
  EXPECT_EQ(second.span, (Span{15, 28}));
  EXPECT_EQ(first.token_begin, 0u);
  EXPECT_EQ(first.token_end, second.token_begin);
  EXPECT_EQ(second.token_end, doc.tokens.size());
}

TEST(SentenceSplitter, EmptyAndBlankTextsHaveNoSentences) {
  for (std::string_view text : {"", " ", "\n\n\t\r\n", "\x03\x7f"}) {
    Document doc;
    doc.text = std::string(text);
    segment(doc);
    EXPECT_TRUE(doc.sentences.empty());
    EXPECT_TRUE(doc.tokens.empty());
  }
}

TEST(SentenceSplitter, SegmentReplacesEarlierResults) {
  Document doc;
  doc.text = "One sentence. Another one.";
  segment(doc);
  segment(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.tokens.size(), 6u);
}

TEST(SentenceSplitter, RunawaySentenceIsCutAtTheLimit) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  Document doc;
  doc.text = text;
  segment(doc);
  ASSERT_EQ(doc.tokens.size(), 1000u);
  ASSERT_EQ(doc.sentences.size(), (1000 + kMaxSentenceTokens - 1) / kMaxSentenceTokens);
  for (const Sentence& s : doc.sentences) EXPECT_LE(s.size(), kMaxSentenceTokens);
}

}  // namespace
}  // namespace herald::text
