// Tokenization against UD English / Penn conventions, on hand-written cases.
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "herald/text.h"

namespace herald::text {
namespace {

struct TokenCase {
  const char* name;
  std::string_view text;
  std::vector<std::string_view> tokens;
};

// Lets gtest name a failing case instead of dumping its bytes.
void PrintTo(const TokenCase& c, std::ostream* os) { *os << c.name; }

const std::vector<TokenCase>& token_cases() {
  static const std::vector<TokenCase> cases = {
      // Clitics.
      {"nt_do", "They don't care.", {"They", "do", "n't", "care", "."}},
      {"nt_can", "Troops can't leave.", {"Troops", "ca", "n't", "leave", "."}},
      {"nt_will", "He won't resign.", {"He", "wo", "n't", "resign", "."}},
      {"nt_is_upper", "IT ISN'T OVER", {"IT", "IS", "N'T", "OVER"}},
      {"possessive", "Colombia's army", {"Colombia", "'s", "army"}},
      {"are", "they're ready", {"they", "'re", "ready"}},
      {"am", "I'm sure", {"I", "'m", "sure"}},
      {"have", "we've agreed", {"we", "'ve", "agreed"}},
      {"would", "he'd go", {"he", "'d", "go"}},
      {"will", "you'll see", {"you", "'ll", "see"}},
      {"it_is", "it's over", {"it", "'s", "over"}},
      {"cannot", "We cannot accept.", {"We", "can", "not", "accept", "."}},
      {"typographic_nt", "don\xE2\x80\x99t go", {"do", "n\xE2\x80\x99t", "go"}},
      {"typographic_possessive", "Peru\xE2\x80\x99s envoy", {"Peru", "\xE2\x80\x99s", "envoy"}},
      {"typographic_are", "they\xE2\x80\x99re here", {"they", "\xE2\x80\x99re", "here"}},
      {"name_with_apostrophe", "O'Brien's aide", {"O'Brien", "'s", "aide"}},
      {"plural_possessive", "the workers' union", {"the", "workers", "'", "union"}},
      {"possessive_after_abbreviation", "Acme Corp.'s shares", {"Acme", "Corp.", "'s", "shares"}},
      {"inner_apostrophe_kept", "rock'n'roll fans", {"rock'n'roll", "fans"}},
      {"decade", "the '90s boom", {"the", "'90s", "boom"}},

      // Punctuation.
      {"comma_semicolon_colon",
       "Colombia, Peru; Chile: Bolivia.",
       {"Colombia", ",", "Peru", ";", "Chile", ":", "Bolivia", "."}},
      {"straight_quotes", "\"Yes,\" he said.", {"\"", "Yes", ",", "\"", "he", "said", "."}},
      {"curly_quotes",
       "\xE2\x80\x9CYes,\xE2\x80\x9D he said",
       {"\xE2\x80\x9C", "Yes", ",", "\xE2\x80\x9D", "he", "said"}},
      {"single_quotes", "'peace' talks", {"'", "peace", "'", "talks"}},
      {"latex_quotes", "``Hello''", {"``", "Hello", "''"}},
      {"brackets", "(Reuters) [sic] {x}", {"(", "Reuters", ")", "[", "sic", "]", "{", "x", "}"}},
      {"em_dash_joined", "war\xE2\x80\x94peace", {"war", "\xE2\x80\x94", "peace"}},
      {"double_hyphen_spaced", "war -- peace", {"war", "--", "peace"}},
      {"double_hyphen_joined", "war--peace", {"war", "--", "peace"}},
      {"en_dash_range",
       "1990\xE2\x80\x93"
       "95",
       {"1990", "\xE2\x80\x93", "95"}},
      {"dateline_dash",
       "BOGOTA (Reuters) - Troops",
       {"BOGOTA", "(", "Reuters", ")", "-", "Troops"}},
      {"ellipsis", "wait... then", {"wait", "...", "then"}},
      {"unicode_ellipsis", "wait\xE2\x80\xA6", {"wait", "\xE2\x80\xA6"}},
      {"interrobang", "Really?!", {"Really", "?!"}},
      {"missing_space_after_period", "said.The", {"said", ".", "The"}},
      {"ticker_code", "<RTRS.L>", {"<", "RTRS.L", ">"}},

      // Abbreviations keep their period; a full stop does not stick to a word.
      {"us_comma", "the U.S., Japan", {"the", "U.S.", ",", "Japan"}},
      {"titles", "Gen. Smith and Sen. Jones", {"Gen.", "Smith", "and", "Sen.", "Jones"}},
      {"initial", "John F. Kennedy", {"John", "F.", "Kennedy"}},
      {"initials", "J.P. Morgan", {"J.P.", "Morgan"}},
      {"am_pm", "at 10 a.m. and 4 p.m.", {"at", "10", "a.m.", "and", "4", "p.m."}},
      {"latin", "e.g. rice, i.e. food, etc.", {"e.g.", "rice", ",", "i.e.", "food", ",", "etc."}},
      {"phd", "a Ph.D. thesis", {"a", "Ph.D.", "thesis"}},
      {"abbreviation_in_brackets", "(U.S.)", {"(", "U.S.", ")"}},
      {"company_then_bracket", "Acme Ltd.)", {"Acme", "Ltd.", ")"}},
      {"capitals_abbreviation", "ACME CORP. SAID", {"ACME", "CORP.", "SAID"}},
      {"number_abbreviation", "No. 5 seed", {"No.", "5", "seed"}},
      {"no_as_word", "He said No. Then", {"He", "said", "No", ".", "Then"}},
      {"lowercase_letter_not_initial", "plan z.", {"plan", "z", "."}},
      {"word_full_stop", "Colombia.", {"Colombia", "."}},
      {"number_full_stop", "in 1987.", {"in", "1987", "."}},

      // Numbers and money.
      {"thousands_decimal", "1,000.50 dlrs", {"1,000.50", "dlrs"}},
      {"decimal", "rose 4.5 pct", {"rose", "4.5", "pct"}},
      {"dollar", "$4.5 billion", {"$", "4.5", "billion"}},
      {"percent", "3.2% rise", {"3.2", "%", "rise"}},
      {"currency_prefix", "US$5", {"US", "$", "5"}},
      {"leading_decimal", ".5 percent", {".5", "percent"}},
      {"fraction", "11-1/2 dlrs", {"11-1/2", "dlrs"}},
      {"season", "1986/87 crop", {"1986/87", "crop"}},
      {"time", "at 10:30 GMT", {"at", "10:30", "GMT"}},
      {"score", "won 2-1", {"won", "2-1"}},
      {"comma_between_words", "red,white", {"red", ",", "white"}},
      {"money_compound", "$1.2-billion deal", {"$", "1.2-billion", "deal"}},
      {"euro", "5\xE2\x82\xAC", {"5", "\xE2\x82\xAC"}},

      // Compounds, URLs, addresses, handles.
      {"compound_country", "U.S.-Colombia talks", {"U.S.-Colombia", "talks"}},
      {"compound_prefix", "anti-drug", {"anti-drug"}},
      {"compound_adjective", "well-known", {"well-known"}},
      {"compound_months", "Sept.-Oct. sales", {"Sept.-Oct.", "sales"}},
      {"compound_led", "U.S.-led forces", {"U.S.-led", "forces"}},
      {"slash_pair", "March/April", {"March/April"}},
      {"ampersand", "AT&T and S&P", {"AT&T", "and", "S&P"}},
      {"dangling_hyphen", "pre- and post-war", {"pre", "-", "and", "post-war"}},
      {"url",
       "see https://www.reuters.com/world/x-y?id=5&b=2.",
       {"see", "https://www.reuters.com/world/x-y?id=5&b=2", "."}},
      {"url_in_brackets", "(www.un.org)", {"(", "www.un.org", ")"}},
      {"url_with_parens",
       "at http://en.wiki.org/A_(b), then",
       {"at", "http://en.wiki.org/A_(b)", ",", "then"}},
      {"email", "press@un.org.", {"press@un.org", "."}},
      {"email_in_angle_brackets", "<j.doe@example.com>", {"<", "j.doe@example.com", ">"}},
      {"hashtag_handle", "#Colombia @Reuters", {"#Colombia", "@Reuters"}},
      {"host_name", "Amazon.com said", {"Amazon.com", "said"}},

      // Beyond ASCII.
      {"accented_possessive", "Bogot\xC3\xA1's mayor", {"Bogot\xC3\xA1", "'s", "mayor"}},
      {"cyrillic",
       "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 said",
       {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", "said"}},
      {"combining_accent", "Jose\xCC\x81 spoke", {"Jose\xCC\x81", "spoke"}},
      {"no_break_space", "10\xC2\xA0km", {"10", "km"}},
      {"zero_width_space", "peace\xE2\x80\x8Btalks", {"peace", "talks"}},
      {"soft_hyphen_inside_word", "co\xC2\xADoperation", {"co\xC2\xADoperation"}},
      {"emoji_with_skin_tone",
       "great\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD!",
       {"great", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "!"}},
      {"flags",
       "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB4\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8",
       {"\xF0\x9F\x87\xA8\xF0\x9F\x87\xB4", "\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8"}},
      {"guillemets",
       "\xC2\xAB"
       "Oui\xC2\xBB",
       {"\xC2\xAB", "Oui", "\xC2\xBB"}},
      {"replacement_character",
       "bad\xEF\xBF\xBD"
       "byte",
       {"bad\xEF\xBF\xBD"
        "byte"}},
      {"control_characters_separate", "Reuter\n\x03", {"Reuter"}},
  };
  return cases;
}

std::vector<std::string_view> tokens_of(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  segment(doc);
  std::vector<std::string_view> out;
  for (const Token& t : doc.tokens)
    out.push_back(text.substr(t.byte_begin, t.byte_end - t.byte_begin));
  return out;
}

class TokenCaseTest : public testing::TestWithParam<TokenCase> {};

TEST_P(TokenCaseTest, ProducesExactTokens) {
  const TokenCase& c = GetParam();
  EXPECT_EQ(tokens_of(c.text), c.tokens) << "text: " << c.text;
}

INSTANTIATE_TEST_SUITE_P(NewsCases, TokenCaseTest, testing::ValuesIn(token_cases()),
                         [](const testing::TestParamInfo<TokenCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(Tokenizer, CaseListIsLargeEnough) { EXPECT_GE(token_cases().size(), 50u); }

TEST(Tokenizer, ByteAndCodePointOffsetsAndSpaceAfter) {
  // "Bogotá’s “peace” talks — 5€."
  Document doc;
  doc.text =
      "Bogot\xC3\xA1\xE2\x80\x99s \xE2\x80\x9Cpeace\xE2\x80\x9D talks \xE2\x80\x94 5\xE2\x82\xAC.";
  segment(doc);
  struct Expected {
    std::string_view text;
    uint32_t byte_begin, byte_end;
    Span span;
    bool space_after;
  };
  const std::vector<Expected> expected = {
      {"Bogot\xC3\xA1", 0, 7, {0, 6}, false},    {"\xE2\x80\x99s", 7, 11, {6, 8}, true},
      {"\xE2\x80\x9C", 12, 15, {9, 10}, false},  {"peace", 15, 20, {10, 15}, false},
      {"\xE2\x80\x9D", 20, 23, {15, 16}, true},  {"talks", 24, 29, {17, 22}, true},
      {"\xE2\x80\x94", 30, 33, {23, 24}, true},  {"5", 34, 35, {25, 26}, false},
      {"\xE2\x82\xAC", 35, 38, {26, 27}, false}, {".", 38, 39, {27, 28}, false},
  };
  ASSERT_EQ(doc.tokens.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const Token& t = doc.tokens[i];
    SCOPED_TRACE(i);
    EXPECT_EQ(t.text, expected[i].text);
    EXPECT_EQ(t.byte_begin, expected[i].byte_begin);
    EXPECT_EQ(t.byte_end, expected[i].byte_end);
    EXPECT_EQ(t.span, expected[i].span);
    EXPECT_EQ(t.space_after, expected[i].space_after);
    EXPECT_EQ(t.head, kNoHead);
  }
}

TEST(Tokenizer, TokenTextViewsIntoTheDocument) {
  Document doc;
  doc.text = "Troops withdrew.";
  segment(doc);
  ASSERT_EQ(doc.tokens.size(), 3u);
  for (const Token& t : doc.tokens) {
    EXPECT_GE(t.text.data(), doc.text.data());
    EXPECT_LE(t.text.data() + t.text.size(), doc.text.data() + doc.text.size());
  }
}

TEST(Tokenizer, TrailingWhitespaceCountsAsSpaceAfter) {
  Document doc;
  doc.text = "end.\n";
  segment(doc);
  ASSERT_EQ(doc.tokens.size(), 2u);
  EXPECT_FALSE(doc.tokens[0].space_after);
  EXPECT_TRUE(doc.tokens[1].space_after);
  doc.text = "end.";
  segment(doc);
  EXPECT_FALSE(doc.tokens.back().space_after);
}

TEST(Tokenizer, CrlfIsWhitespace) {
  EXPECT_EQ(tokens_of("one\r\ntwo\rthree"), (std::vector<std::string_view>{"one", "two", "three"}));
}

}  // namespace
}  // namespace herald::text
