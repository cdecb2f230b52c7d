// herald — abbreviation and sentence-starter lists for English news text.
#include "text/abbreviations.h"

#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace herald::text {
namespace {

using namespace std::string_view_literals;

// Titles and ranks written before a name.
constexpr std::array kTitles = {
    "Mr"sv,   "Mrs"sv,  "Ms"sv,   "Messrs"sv, "Mmes"sv, "Dr"sv,  "Prof"sv,  "Rev"sv,
    "Fr"sv,   "Msgr"sv, "Hon"sv,  "Pres"sv,   "Gov"sv,  "Sen"sv, "Sens"sv,  "Rep"sv,
    "Reps"sv, "Gen"sv,  "Gens"sv, "Lt"sv,     "Col"sv,  "Maj"sv, "Capt"sv,  "Cmdr"sv,
    "Cdr"sv,  "Adm"sv,  "Brig"sv, "Sgt"sv,    "Cpl"sv,  "Pvt"sv, "Lieut"sv, "Supt"sv,
    "Insp"sv, "Det"sv,  "Atty"sv, "Amb"sv,    "Sec"sv,  "Mt"sv,  "Ft"sv,
};

// Words abbreviated only in front of a number: "No. 5", "Nos. 3 and 4", "Vol. 2".
constexpr std::array kBeforeNumber = {
    "No"sv,  "Nos"sv, "no"sv, "nos"sv, "Vol"sv,  "vol"sv,  "Art"sv, "art"sv, "p"sv,   "pp"sv,
    "Fig"sv, "fig"sv, "Ch"sv, "ch"sv,  "Sect"sv, "sect"sv, "Op"sv,  "op"sv,  "Ref"sv, "ref"sv,
};

// Months as news agencies abbreviate them; "May", "June" and "July" are never shortened.
constexpr std::array kMonths = {
    "Jan"sv, "Feb"sv, "Mar"sv,  "Apr"sv, "Jun"sv, "Jul"sv,
    "Aug"sv, "Sep"sv, "Sept"sv, "Oct"sv, "Nov"sv, "Dec"sv,
};

// Abbreviations that may stand at the end of a sentence.
// clang-format off
constexpr std::array kOrdinary = {
    // companies and organizations
    "Inc"sv, "Corp"sv, "Co"sv, "Cos"sv, "Ltd"sv, "Bros"sv, "Cie"sv, "Mfg"sv, "Intl"sv,
    "Assn"sv, "Dept"sv, "Govt"sv, "Univ"sv, "Natl"sv, "Plc"sv, "Pty"sv,
    // after names
    "Jr"sv, "Sr"sv, "Esq"sv,
    // places and addresses
    "St"sv, "Ave"sv, "Blvd"sv, "Rd"sv, "Hwy"sv, "Sq"sv, "Ste"sv, "Ct"sv,
    // U.S. states as news agencies abbreviate them
    "Ala"sv, "Ariz"sv, "Ark"sv, "Calif"sv, "Colo"sv, "Conn"sv, "Del"sv, "Fla"sv, "Ga"sv,
    "Ill"sv, "Ind"sv, "Kan"sv, "Kans"sv, "Ky"sv, "La"sv, "Md"sv, "Mass"sv, "Mich"sv, "Minn"sv,
    "Miss"sv, "Mo"sv, "Mont"sv, "Neb"sv, "Nev"sv, "Okla"sv, "Ore"sv, "Pa"sv, "Tenn"sv, "Tex"sv,
    "Va"sv, "Vt"sv, "Wash"sv, "Wis"sv, "Wyo"sv,
    // days ("Mon", "Wed", "Sat" and "Sun" are left out: they are words and names too)
    "Tue"sv, "Tues"sv, "Thu"sv, "Thur"sv, "Thurs"sv, "Fri"sv,
    // Latin and general
    "etc"sv, "vs"sv, "cf"sv, "al"sv, "approx"sv, "est"sv, "incl"sv, "min"sv, "max"sv, "ft"sv,
    "mi"sv, "oz"sv, "lb"sv, "lbs"sv, "yr"sv, "yrs"sv, "hr"sv, "hrs"sv, "mo"sv, "mos"sv,
};
// clang-format on

// Capitalized words that begin sentences far more often than they continue a name.
// clang-format off
constexpr std::array kSentenceStarters = {
    // determiners and pronouns
    "The"sv, "A"sv, "An"sv, "This"sv, "That"sv, "These"sv, "Those"sv, "He"sv, "She"sv, "It"sv,
    "They"sv, "We"sv, "I"sv, "You"sv, "There"sv, "Here"sv, "His"sv, "Her"sv, "Its"sv,
    "Their"sv, "Our"sv, "My"sv, "Your"sv, "Some"sv, "Many"sv, "Most"sv, "Several"sv, "Other"sv,
    "Others"sv, "All"sv, "Both"sv, "Each"sv, "Every"sv, "Any"sv, "No"sv, "None"sv, "Such"sv,
    "One"sv, "Two"sv, "Three"sv, "Few"sv, "Much"sv, "Another"sv,
    // conjunctions and discourse adverbs
    // ("And", "Or" and "Not" are left out: "the U.S. And Japan" is a common miscasing)
    "But"sv, "So"sv, "Yet"sv, "However"sv, "Meanwhile"sv, "Also"sv, "Still"sv, "Then"sv,
    "Now"sv, "Thus"sv, "Moreover"sv, "Furthermore"sv, "Indeed"sv, "Instead"sv,
    "Nevertheless"sv, "Nonetheless"sv, "Separately"sv, "Elsewhere"sv, "Earlier"sv, "Later"sv,
    "Last"sv, "Next"sv, "Only"sv, "Even"sv, "Overall"sv, "Otherwise"sv, "Already"sv, "Often"sv,
    "Asked"sv,
    // subordinators and question words
    "When"sv, "While"sv, "If"sv, "As"sv, "Although"sv, "Though"sv, "Since"sv, "Because"sv,
    "Unless"sv, "Until"sv, "Once"sv, "After"sv, "Before"sv, "What"sv, "Why"sv, "How"sv,
    "Where"sv, "Who"sv, "Which"sv, "Whether"sv,
    // prepositions
    "In"sv, "On"sv, "At"sv, "For"sv, "From"sv, "With"sv, "By"sv, "During"sv, "Under"sv,
    "Over"sv, "About"sv, "Among"sv, "Between"sv, "Against"sv, "Despite"sv, "Without"sv,
    "Through"sv, "Following"sv, "According"sv, "Amid"sv, "To"sv, "Of"sv, "Like"sv, "Unlike"sv,
    "Within"sv,
};
// clang-format on

class Lists {
 public:
  Lists() {
    for (auto w : kTitles) kinds_.emplace(w, AbbreviationKind::kTitle);
    for (auto w : kBeforeNumber) kinds_.emplace(w, AbbreviationKind::kBeforeNumber);
    for (auto w : kMonths) kinds_.emplace(w, AbbreviationKind::kMonth);
    for (auto w : kOrdinary) kinds_.emplace(w, AbbreviationKind::kOrdinary);
    starters_.insert(kSentenceStarters.begin(), kSentenceStarters.end());
  }
  AbbreviationKind kind(std::string_view word) const {
    auto it = kinds_.find(word);
    return it == kinds_.end() ? AbbreviationKind::kNone : it->second;
  }
  bool is_starter(std::string_view word) const { return starters_.contains(word); }

 private:
  std::unordered_map<std::string_view, AbbreviationKind> kinds_;
  std::unordered_set<std::string_view> starters_;
};

const Lists& lists() {
  static const Lists instance;
  return instance;
}

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_letter(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }

constexpr size_t kLongestListedWord = 16;

// "CORP" -> "Corp" in `buffer`, for headlines and wire copy set in capitals. Returns an
// empty view when `word` is not an all-capitals ASCII word of a listed length.
std::string_view capitalized_form(std::string_view word,
                                  std::array<char, kLongestListedWord>& buffer) {
  if (word.size() < 2 || word.size() > buffer.size()) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    if (!is_ascii_upper(word[i])) return {};
    buffer[i] = i == 0 ? word[i] : static_cast<char>(word[i] + ('a' - 'A'));
  }
  return {buffer.data(), word.size()};
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  const Lists& all = lists();
  if (AbbreviationKind kind = all.kind(word); kind != AbbreviationKind::kNone) return kind;
  std::array<char, kLongestListedWord> buffer;
  std::string_view capitalized = capitalized_form(word, buffer);
  return capitalized.empty() ? AbbreviationKind::kNone : all.kind(capitalized);
}

bool is_initials(std::string_view word) {
  if (word.size() == 1) return is_ascii_upper(word[0]);
  // Segments of one or two letters joined by single periods, at least one period.
  bool saw_period = false;
  size_t segment_length = 0;
  for (char c : word) {
    if (c == '.') {
      if (segment_length == 0) return false;
      saw_period = true;
      segment_length = 0;
    } else if (is_ascii_letter(c)) {
      if (++segment_length > 2) return false;
    } else {
      return false;
    }
  }
  return saw_period && segment_length > 0;
}

bool is_sentence_starter(std::string_view word) {
  const Lists& all = lists();
  if (all.is_starter(word)) return true;
  std::array<char, kLongestListedWord> buffer;
  std::string_view capitalized = capitalized_form(word, buffer);
  return !capitalized.empty() && all.is_starter(capitalized);
}

}  // namespace herald::text
