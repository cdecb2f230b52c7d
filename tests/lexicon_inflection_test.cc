// Regular English plurals and verb forms, and the dictionary date arithmetic.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "herald/dictionary_date.h"
#include "herald/inflection.h"

namespace herald::lexicon {
namespace {

TEST(InflectionTest, RegularPlurals) {
  const std::pair<const char*, const char*> cases[] = {
      {"minister", "ministers"},
      {"ministry", "ministries"},
      {"attorney", "attorneys"},
      {"church", "churches"},
      {"box", "boxes"},
      {"congress", "congresses"},
      {"bus", "buses"},
      {"crisis", "crises"},
      {"spokesman", "spokesmen"},
      {"congresswoman", "congresswomen"},
      {"human", "humans"},
      {"german", "germans"},
      {"blitz", "blitzes"},
      {"wish", "wishes"},
      {"day", "days"},
      {"anti-war", "anti-wars"},
      // No plural: already plural, or not a plain word.
      {"troops", ""},
      {"dollars", ""},
      {"u.s.", ""},
      {"n't", ""},
      {"77", ""},
      {"", ""},
      {"caf\xC3\xA9", ""},
  };
  for (const auto& [word, plural] : cases) EXPECT_EQ(regular_plural(word), plural) << word;
}

struct VerbCase {
  const char* base;
  const char* third;
  std::vector<std::string> past;
  std::vector<std::string> progressive;
};

TEST(InflectionTest, RegularVerbForms) {
  const VerbCase cases[] = {
      {"abandon", "abandons", {"abandoned"}, {"abandoning"}},
      {"arrive", "arrives", {"arrived"}, {"arriving"}},
      {"agree", "agrees", {"agreed"}, {"agreeing"}},
      {"die", "dies", {"died"}, {"dying"}},
      {"deny", "denies", {"denied"}, {"denying"}},
      {"play", "plays", {"played"}, {"playing"}},
      {"ban", "bans", {"banned"}, {"banning"}},
      {"stop", "stops", {"stopped"}, {"stopping"}},
      {"quit", "quits", {"quitted"}, {"quitting"}},
      {"admit", "admits", {"admitted"}, {"admitting"}},
      {"refer", "refers", {"referred"}, {"referring"}},
      {"resubmit", "resubmits", {"resubmitted"}, {"resubmitting"}},
      {"visit", "visits", {"visited"}, {"visiting"}},
      {"offer", "offers", {"offered"}, {"offering"}},
      {"limit", "limits", {"limited"}, {"limiting"}},
      {"vomit", "vomits", {"vomited"}, {"vomiting"}},
      {"fix", "fixes", {"fixed"}, {"fixing"}},
      {"push", "pushes", {"pushed"}, {"pushing"}},
      {"veto", "vetoes", {"vetoed"}, {"vetoing"}},
      {"panic", "panics", {"panicked"}, {"panicking"}},
      {"travel", "travels", {"traveled", "travelled"}, {"traveling", "travelling"}},
      {"patrol", "patrols", {"patrolled"}, {"patrolling"}},
      {"aid", "aids", {"aided"}, {"aiding"}},
      {"re-establish", "re-establishes", {"re-established"}, {"re-establishing"}},
      {"be", "bes", {"bed"}, {"being"}},
  };
  for (const VerbCase& c : cases) {
    const VerbInflections forms = regular_verb_forms(c.base);
    EXPECT_EQ(forms.third_person, c.third) << c.base;
    EXPECT_EQ(forms.past, c.past) << c.base;
    EXPECT_EQ(forms.progressive, c.progressive) << c.base;
  }
  const VerbInflections none = regular_verb_forms("n't");
  EXPECT_TRUE(none.third_person.empty());
  EXPECT_TRUE(none.past.empty());
  EXPECT_TRUE(none.progressive.empty());
}

TEST(DictionaryDateTest, SixAndEightDigitDates) {
  EXPECT_EQ(parse_dictionary_date("19700101"), 0);
  EXPECT_EQ(parse_dictionary_date("700101"), 0);
  EXPECT_EQ(parse_dictionary_date("19691231"), -1);
  EXPECT_EQ(parse_dictionary_date("950601"), day_from_civil(1995, 6, 1));
  EXPECT_EQ(parse_dictionary_date("300101"), day_from_civil(2030, 1, 1));
  EXPECT_EQ(parse_dictionary_date("310101"), day_from_civil(1931, 1, 1));
  EXPECT_EQ(parse_dictionary_date("000229"), day_from_civil(2000, 2, 29));
  EXPECT_EQ(parse_dictionary_date("18970101"), day_from_civil(1897, 1, 1));
  for (const char* bad : {"19000229", "20230230", "20231301", "20230100", "2023011", "abcdefgh", "",
                          "1995-06-01", "+9506010", "0000000000"}) {
    EXPECT_FALSE(parse_dictionary_date(bad).has_value()) << bad;
  }
  EXPECT_EQ(parse_iso_date("2024-02-29"), day_from_civil(2024, 2, 29));
  EXPECT_FALSE(parse_iso_date("2023-02-29").has_value());
  EXPECT_FALSE(parse_iso_date("20240229").has_value());
}

TEST(DictionaryDateTest, CivilRoundTrip) {
  for (Day day = -800000; day <= 800000; day += 97) {
    const CivilDate date = civil_from_day(day);
    ASSERT_EQ(day_from_civil(date.year, date.month, date.day), day);
  }
  const CivilDate leap = civil_from_day(day_from_civil(2000, 2, 29));
  EXPECT_EQ(leap.year, 2000);
  EXPECT_EQ(leap.month, 2u);
  EXPECT_EQ(leap.day, 29u);
  EXPECT_TRUE((DateRange{10, 20}.contains(10)));
  EXPECT_TRUE((DateRange{10, 20}.contains(20)));
  EXPECT_FALSE((DateRange{10, 20}.contains(21)));
  EXPECT_TRUE(DateRange{}.contains(0));
  EXPECT_FALSE(DateRange{}.contains(kUnknownDay));
}

}  // namespace
}  // namespace herald::lexicon
