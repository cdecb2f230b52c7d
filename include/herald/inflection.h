// herald — regular English inflection, for dictionaries that list only base forms.
//
// PETRARCH's verb dictionary lists base verbs and expects the coder to know "abandons",
// "abandoned" and "abandoning"; its agent and synset entries list singular nouns and expect
// the plural. These functions spell those forms with the ordinary English rules:
//
//   plural         city -> cities, attorney -> attorneys, church -> churches, bus -> buses,
//                  crisis -> crises, spokesman -> spokesmen (but human -> humans); a word that
//                  already ends in a plain "s" (troops, dollars) gets no plural.
//   third person   ban -> bans, veto -> vetoes, push -> pushes, deny -> denies
//   past, -ing     e-drop (arrive -> arrived, arriving; but agree -> agreeing, die -> dying),
//                  y -> i after a consonant (deny -> denied), a doubled final consonant after
//                  one stressed short vowel (ban -> banned, admit -> admitted, but visit ->
//                  visited), -ic -> -icked (panic -> panicked), and both spellings for an
//                  unstressed final -l (travel -> traveled and travelled, as US and British
//                  wires differ).
//
// Stress is not visible in spelling, so doubling in words of two or more syllables is done
// only for a list of common verbs stressed on the last syllable (admit, refer, compel,
// occur, regret, control, ...), also after the prefixes re-, un-, mis-, out-, over-, under-,
// pre- and dis-. Irregular forms (broke, broken) are not produced: dictionaries list them.
// Words are expected folded (lower case). Only plain words inflect: ASCII letters, with
// hyphens inside; for anything else (U.S., n't, 77, café) the functions return empty results.
#ifndef HERALD_INFLECTION_H_
#define HERALD_INFLECTION_H_

#include <string>
#include <string_view>
#include <vector>

namespace herald::lexicon {

// The regular plural, or "" when the word has none (see above).
std::string regular_plural(std::string_view noun);

struct VerbInflections {
  std::string third_person;              // "bans"
  std::vector<std::string> past;         // "banned"; two spellings for -l verbs
  std::vector<std::string> progressive;  // "banning"; two spellings for -l verbs
};

// The regular forms of a verb; all empty when the word has none (see above).
VerbInflections regular_verb_forms(std::string_view verb);

}  // namespace herald::lexicon

#endif  // HERALD_INFLECTION_H_
