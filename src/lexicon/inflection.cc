#include "herald/inflection.h"

#include <string>
#include <string_view>

namespace herald::lexicon {

namespace {

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_vowel_letter(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Whether word[i] is sounded as a vowel: "u" after "q" is not, "y" after a consonant is.
bool is_vowel_at(std::string_view word, size_t i) {
  const char c = word[i];
  if (c == 'u' && i > 0 && word[i - 1] == 'q') return false;
  if (is_vowel_letter(c)) return true;
  return c == 'y' && i > 0 && !is_vowel_letter(word[i - 1]);
}

size_t syllables(std::string_view word) {
  size_t count = 0;
  bool in_vowel = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const bool vowel = is_vowel_at(word, i);
    if (vowel && !in_vowel) ++count;
    in_vowel = vowel;
  }
  return count;
}

// Only plain words inflect: letters, with hyphens inside ("re-establish"), ending in a letter.
bool is_plain_word(std::string_view word) {
  if (word.empty() || !is_letter(word.back())) return false;
  for (const char c : word) {
    if (!is_letter(c) && c != '-') return false;
  }
  return true;
}

bool ends_with_consonant_y(std::string_view word) {
  return word.size() >= 2 && word.back() == 'y' && !is_vowel_letter(word[word.size() - 2]);
}

bool ends_in_sibilant(std::string_view word) {
  return word.ends_with('s') || word.ends_with('x') || word.ends_with('z') ||
         word.ends_with("ch") || word.ends_with("sh");
}

// The part after the last hyphen: "re-establish" inflects like "establish".
std::string_view last_part(std::string_view word) {
  const size_t hyphen = word.rfind('-');
  return hyphen == std::string_view::npos ? word : word.substr(hyphen + 1);
}

// Ends in one sounded vowel and then a consonant that doubles: "ban", "admit", "quit".
bool ends_in_short_syllable(std::string_view word) {
  const size_t n = word.size();
  if (n < 2) return false;
  const char last = word[n - 1];
  if (!is_letter(last) || is_vowel_letter(last) || last == 'w' || last == 'x' || last == 'y') {
    return false;
  }
  if (!is_vowel_at(word, n - 2) || word[n - 2] == 'y') return false;
  return n == 2 || !is_vowel_at(word, n - 3);
}

// Common verbs of two or more syllables stressed on the last one, whose final consonant
// doubles: spelling cannot tell them from "visit" or "offer".
constexpr std::string_view kFinalStressVerbs[] = {
    "abet",   "acquit",  "admit",  "allot",  "annul",   "befit",  "begin",    "beset",
    "commit", "compel",  "concur", "confer", "control", "debar",  "defer",    "deter",
    "dispel", "embed",   "emit",   "equip",  "excel",   "expel",  "forget",   "handicap",
    "impel",  "incur",   "infer",  "inter",  "kidnap",  "occur",  "omit",     "outstrip",
    "outwit", "overlap", "patrol", "permit", "prefer",  "propel", "rebut",    "recur",
    "refer",  "refit",   "regret", "remit",  "repel",   "submit", "transfer", "transmit",
    "unwrap", "upset",   "forbid", "rebel",  "extol"};

constexpr std::string_view kPrefixes[] = {"re", "un", "mis", "out", "over", "under", "pre", "dis"};

bool is_final_stress_verb(std::string_view word) {
  auto listed = [](std::string_view w) {
    for (const std::string_view v : kFinalStressVerbs) {
      if (v == w) return true;
    }
    return false;
  };
  if (listed(word)) return true;
  for (const std::string_view prefix : kPrefixes) {
    if (word.size() > prefix.size() + 2 && word.starts_with(prefix) &&
        listed(word.substr(prefix.size()))) {
      return true;
    }
  }
  return false;
}

// Plural "-man" nouns that are not compounds of "man".
constexpr std::string_view kManNotMen[] = {"human",    "german", "roman",   "shaman", "ottoman",
                                           "talisman", "caiman", "walkman", "oman"};

bool takes_men(std::string_view part) {
  if (!part.ends_with("man")) return false;
  for (const std::string_view w : kManNotMen) {
    if (part == w) return false;
  }
  return true;
}

}  // namespace

std::string regular_plural(std::string_view noun) {
  if (!is_plain_word(noun)) return {};
  const std::string_view part = last_part(noun);
  std::string plural(noun);
  if (noun.back() == 's') {
    if (noun.ends_with("ss") || noun.ends_with("us")) return plural + "es";
    if (noun.ends_with("is") && part.size() > 2) {
      plural[plural.size() - 2] = 'e';  // crisis -> crises
      return plural;
    }
    return {};  // troops, dollars: already plural
  }
  if (ends_in_sibilant(noun)) return plural + "es";
  if (ends_with_consonant_y(noun)) {
    plural.pop_back();
    return plural + "ies";
  }
  if (takes_men(part)) {
    plural[plural.size() - 2] = 'e';  // spokesman -> spokesmen
    return plural;
  }
  return plural + "s";
}

VerbInflections regular_verb_forms(std::string_view verb) {
  VerbInflections forms;
  if (!is_plain_word(verb)) return forms;
  const std::string base(verb);
  const std::string_view part = last_part(verb);

  if (ends_in_sibilant(verb)) {
    forms.third_person = base + "es";
  } else if (ends_with_consonant_y(verb)) {
    forms.third_person = base.substr(0, base.size() - 1) + "ies";
  } else if (verb.size() >= 2 && verb.back() == 'o' && !is_vowel_letter(verb[verb.size() - 2])) {
    forms.third_person = base + "es";
  } else {
    forms.third_person = base + "s";
  }

  auto add = [&forms](std::string past, std::string progressive) {
    forms.past.push_back(std::move(past));
    forms.progressive.push_back(std::move(progressive));
  };
  if (verb.ends_with("ee") || verb.ends_with("oe") || verb.ends_with("ye")) {
    add(base + "d", base + "ing");  // agreed, agreeing; canoeing; dyeing
  } else if (verb.ends_with("ie")) {
    add(base + "d", base.substr(0, base.size() - 2) + "ying");  // died, dying
  } else if (verb.back() == 'e') {
    add(base + "d", verb.size() > 2 ? base.substr(0, base.size() - 1) + "ing" : base + "ing");
  } else if (ends_with_consonant_y(verb)) {
    add(base.substr(0, base.size() - 1) + "ied", base + "ing");
  } else if (part.size() > 2 && part.ends_with("ic") && syllables(part) > 1) {
    add(base + "ked", base + "king");  // panicked, panicking
  } else if (ends_in_short_syllable(part) && (syllables(part) == 1 || is_final_stress_verb(part))) {
    const char last = verb.back();
    add(base + last + "ed", base + last + "ing");
  } else if (verb.back() == 'l' && ends_in_short_syllable(part) && syllables(part) > 1) {
    add(base + "ed", base + "ing");    // traveled, traveling (US)
    add(base + "led", base + "ling");  // travelled, travelling (British)
  } else {
    add(base + "ed", base + "ing");
  }
  return forms;
}

}  // namespace herald::lexicon
