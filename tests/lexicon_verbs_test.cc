// Verb dictionaries: synsets, blocks, verbs and their forms, patterns and codes, errors; the
// TABARI form with its sections, forms lines, stems and alternatives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexicon_test_util.h"

namespace herald::lexicon {
namespace {

using testing_util::block_patterns;
using testing_util::diagnostic_lines;
using testing_util::find_block;
using testing_util::load_fixture;
using testing_util::load_text;
using testing_util::synset_members;
using testing_util::verb_form_texts;
using Strings = std::vector<std::string>;

class PetrarchVerbsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    loaded_ =
        load_fixture(DictionaryKind::kVerbs, DictionaryFormat::kPetrarch, "verbs.petrarch.txt");
  }
  const Dictionaries& d() const { return loaded_.dictionaries; }
  const VerbBlock& block(std::string_view name) const {
    const auto index = find_block(d(), name);
    EXPECT_TRUE(index.has_value()) << name;
    return d().verb_blocks()[index.value_or(0)];
  }
  testing_util::Loaded loaded_;
};

TEST_F(PetrarchVerbsTest, CountsAndDiagnostics) {
  const Strings lines = diagnostic_lines(loaded_.report);
  const Strings expected = {
      "28:warning:only the first code of a block header is used; the rest of the header is "
      "ignored",
      "34:error:undefined synset &UNDEFINED; pattern skipped",
      "35:error:pattern needs exactly one \"*\" for the verb, has 0; pattern skipped",
      "36:error:pattern needs exactly one \"*\" for the verb, has 2; pattern skipped",
      "37:error:pattern has no code [...]; pattern skipped",
      "38:error:PETRARCH-2 prepositional-phrase syntax \"(...)\" is not supported; pattern "
      "skipped",
      "39:error:PETRARCH-2 noun-phrase syntax \"{...}\" is not supported (PETRARCH-1 and TABARI "
      "alternatives are \"{ a | b }\"); pattern skipped",
      "40:error:PETRARCH-2 verb transformations (\"~ ...\") are not supported; line skipped",
      "41:error:\"{\" is not closed with \"}\"; verb skipped",
      "42:error:invalid event code \"[0-1]\": letters and digits expected, or ---, ### or +++; "
      "pattern skipped",
      "44:error:synset member skipped: synset &SELFISH refers to itself",
  };
  EXPECT_EQ(lines, expected);
  const SourceSummary& s = loaded_.report.sources[0];
  EXPECT_EQ(s.lines, 45u);
  EXPECT_EQ(s.blocks, 4u);
  EXPECT_EQ(s.entries, 6u);
  EXPECT_EQ(s.names, 23u);
  EXPECT_EQ(s.patterns, 8u);
  EXPECT_EQ(s.synsets, 4u);
  EXPECT_EQ(s.errors, 10u);
  EXPECT_EQ(d().verb_blocks().size(), 4u);
  EXPECT_EQ(d().verbs().size(), 6u);
  EXPECT_EQ(d().verb_forms().size(), 23u);
  EXPECT_EQ(d().patterns().size(), 8u);
  EXPECT_EQ(d().synsets().size(), 4u);
}

TEST_F(PetrarchVerbsTest, SynsetsWithPluralsAndNesting) {
  EXPECT_EQ(synset_members(d(), "&CURRENCY"),
            (Strings{"dollar", "dollars", "swiss_franc", "swiss_francs", "peso"}));
  EXPECT_EQ(synset_members(d(), "&TIES"), (Strings{"trade", "security"}));  // "&TIES_": none
  // PETRARCH synset phrases are consecutive words however they are written.
  EXPECT_EQ(synset_members(d(), "&GOODS"), (Strings{"&CURRENCY", "gold_bars"}));
  EXPECT_EQ(synset_members(d(), "&SELFISH"), (Strings{"fine", "fines"}));
  for (const Synset& s : d().synsets()) EXPECT_FALSE(s.anonymous);
}

TEST_F(PetrarchVerbsTest, BlocksVerbsAndForms) {
  const VerbBlock& endorse = block("ENDORSE");
  EXPECT_EQ(d().event_code_text(endorse.code), "051");
  ASSERT_EQ(endorse.verb_count, 3u);
  const uint32_t first = endorse.first_verb;
  EXPECT_EQ(verb_form_texts(d(), first), (Strings{"endorse", "endorses", "endorsed", "endorsing"}));
  EXPECT_EQ(d().event_code_text(d().verbs()[first].code), "051");  // the block's code
  // A multi-word verb: "+" marks the verb, which is the word inflected.
  EXPECT_EQ(verb_form_texts(d(), first + 1),
            (Strings{"back_up", "backs_up", "backed_up", "backing_up"}));
  EXPECT_EQ(d().verbs()[first + 1].verb_word, 0u);
  EXPECT_EQ(d().event_code_text(d().verbs()[first + 1].code), "052");
  // Listed forms replace the regular ones.
  EXPECT_EQ(verb_form_texts(d(), first + 2),
            (Strings{"rubber_stamp", "rubber_stamps", "rubber_stamped"}));
  for (uint32_t f = 0; f < d().verbs()[first + 2].form_count; ++f) {
    const VerbForm& form = d().verb_forms()[d().verbs()[first + 2].first_form + f];
    EXPECT_EQ(form.verb_word, 1u);
    EXPECT_FALSE(form.generated);
    EXPECT_EQ(form.verb, first + 2);
  }
  const VerbBlock& seize = block("SEIZE");
  EXPECT_EQ(seize.code.code, kNullCode);
  EXPECT_EQ(verb_form_texts(d(), seize.first_verb),
            (Strings{"seize", "seizes", "seized", "seizing"}));
  const VerbBlock& visit = block("VISIT");
  EXPECT_EQ(d().event_code_text(visit.code), "042");
  EXPECT_EQ(verb_form_texts(d(), visit.first_verb + 1),
            (Strings{"stop_by", "stops_by", "stopped_by", "stopping_by"}));
  EXPECT_EQ(block("ERRORS").verb_count, 0u);
}

TEST_F(PetrarchVerbsTest, PatternsAndTheirCodes) {
  const auto endorse = *find_block(d(), "ENDORSE");
  EXPECT_EQ(block_patterns(d(), endorse), (Strings{
                                              "* &TIES pact [053]",
                                              "$ * + [054:055]",
                                              "% * jointly [056]",
                                              "* ^ with + [057?]",
                                              "not_* [---]",
                                              "* &GOODS_deal [058!]",
                                          }));
  const VerbBlock& b = d().verb_blocks()[endorse];
  const Pattern& pair = d().patterns()[b.first_pattern + 1];
  EXPECT_EQ(d().codes().name(pair.code.code), "054");
  EXPECT_EQ(d().codes().name(pair.code.paired), "055");
  EXPECT_EQ(pair.verb_element, 1u);
  const auto elements = d().elements_of(pair);
  EXPECT_EQ(elements[0].kind, ElementKind::kSource);
  EXPECT_EQ(elements[2].kind, ElementKind::kTarget);
  EXPECT_TRUE(d().patterns()[b.first_pattern + 3].code.subordinate);
  EXPECT_TRUE(d().patterns()[b.first_pattern + 5].code.dominant);
  EXPECT_EQ(d().patterns()[b.first_pattern + 4].code.code, kNullCode);
  // TABARI's precedence length: letters of words plus the longest member of each synset.
  EXPECT_EQ(d().patterns()[b.first_pattern].literal_length, 4u + 8u);       // pact, security
  EXPECT_EQ(d().patterns()[b.first_pattern + 5].literal_length, 11u + 4u);  // swissfrancs, deal
  EXPECT_EQ(block_patterns(d(), *find_block(d(), "VISIT")), (Strings{"+ was *_by $ [044]"}));
  for (const Pattern& p : d().patterns()) {
    EXPECT_EQ(d().elements_of(p)[p.verb_element].kind, ElementKind::kVerb);
  }
}

TEST(PetrarchVerbsEdgeTest, PatternsAndVerbsNeedABlock) {
  const auto loaded = load_text(DictionaryKind::kVerbs, DictionaryFormat::kPetrarch,
                                "- * HERE [010]\nLOOSE\n--- [X-Y] ---\nIN_BAD_BLOCK\n"
                                "- * THERE [011]\n--- GOOD ---\nGOOD\n");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{
                "1:error:pattern before any \"--- NAME [code] ---\" block",
                "2:error:verb before any \"--- NAME [code] ---\" block",
                "3:error:invalid event code \"[X-Y]\": letters and digits expected, or ---, ### "
                "or +++; block skipped",
                "4:error:verb of the skipped block of line 3",
                "5:error:pattern of the skipped block of line 3",
            }));
  EXPECT_EQ(loaded.dictionaries.verb_blocks().size(), 1u);
  EXPECT_EQ(loaded.dictionaries.verbs().size(), 1u);
}

TEST(PetrarchVerbsEdgeTest, TheLaterOfTwoBlocksKeepsAVerb) {
  const auto loaded = load_text(DictionaryKind::kVerbs, DictionaryFormat::kPetrarch,
                                "--- FIRE [---] ---\nFIRE\n--- FIRE [190] ---\nFIRE\n"
                                "- * MISSILE [195]\n");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{"4:warning:verb form \"fire\" is also defined at line 2; the later entry "
                     "is used"}));
  const Dictionaries& d = loaded.dictionaries;
  ASSERT_EQ(d.verbs().size(), 2u);
  EXPECT_EQ(d.verbs()[0].form_count, 0u);  // every form went to the later verb
  EXPECT_EQ(verb_form_texts(d, 1), (Strings{"fire", "fires", "fired", "firing"}));
  for (const VerbForm& form : d.verb_forms()) EXPECT_EQ(d.verbs()[form.verb].block, 1u);
}

class TabariVerbsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    loaded_ = load_fixture(DictionaryKind::kVerbs, DictionaryFormat::kTabari, "verbs.tabari");
  }
  const Dictionaries& d() const { return loaded_.dictionaries; }
  testing_util::Loaded loaded_;
};

TEST_F(TabariVerbsTest, CountsAndDiagnostics) {
  EXPECT_EQ(diagnostic_lines(loaded_.report),
            (Strings{
                "23:error:pattern has no code [...]; pattern skipped",
                "24:error:verb has no code [...]; verb and its patterns skipped",
                "25:error:pattern of the skipped verb of line 24",
                "26:error:synonym line \"+...\" outside a synset",
            }));
  EXPECT_EQ(d().verb_blocks().size(), 7u);
  EXPECT_EQ(d().verbs().size(), 7u);
  EXPECT_EQ(d().verb_forms().size(), 14u);
  EXPECT_EQ(d().patterns().size(), 6u);
  EXPECT_EQ(d().synsets().size(), 2u);
  EXPECT_EQ(loaded_.report.sources[0].synsets, 1u);  // the named ones
}

TEST_F(TabariVerbsTest, SynsetsMayHoldActorTokens) {
  EXPECT_EQ(synset_members(d(), "&METALS"), (Strings{"gold~", "silver", "copper_$"}));
}

TEST_F(TabariVerbsTest, TimeSectionKeepsDayShiftsAsCodes) {
  const VerbBlock& fortnight = d().verb_blocks()[*find_block(d(), "LAST_FORTNIGHT")];
  EXPECT_EQ(fortnight.section, VerbSection::kTime);
  EXPECT_EQ(d().event_code_text(fortnight.code), "-14");
  EXPECT_EQ(verb_form_texts(d(), fortnight.first_verb), (Strings{"last_fortnight~"}));
  const auto someday = *find_block(d(), "SOMEDAY");
  EXPECT_EQ(d().verb_blocks()[someday].code.code, kNullCode);
  EXPECT_EQ(block_patterns(d(), someday), (Strings{"* soon~ [+1]"}));
  EXPECT_EQ(d().verb_blocks()[*find_block(d(), "PLEDGE_")].section, VerbSection::kVerbs);
}

TEST_F(TabariVerbsTest, RootsFormsStemsAndAlternatives) {
  const auto pledge = *find_block(d(), "PLEDGE_");
  const VerbBlock& b = d().verb_blocks()[pledge];
  // "_": exact; regular endings are added, and the forms line adds to them (listed forms win
  // over equal generated ones).
  EXPECT_EQ(verb_form_texts(d(), b.first_verb),
            (Strings{"pledge", "pledges", "pledged", "pledging", "pledgebook~"}));
  EXPECT_EQ(block_patterns(d(), pledge), (Strings{
                                             "* { aid~ | assistance | &METALS } [072]",
                                             "+ was~ * by~ $ [073]",
                                             "* real~_soon~ [074]",
                                         }));
  const Pattern& alternatives = d().patterns()[b.first_pattern];
  const PatternElement& group = d().elements_of(alternatives)[1];
  ASSERT_EQ(group.kind, ElementKind::kSynset);
  EXPECT_TRUE(d().synsets()[group.id].anonymous);
  EXPECT_EQ(d().synsets()[group.id].member_count, 3u);
  // "=": exact and no endings; "!" dominant; a pair of codes.
  const auto sign = *find_block(d(), "SIGN=");
  EXPECT_EQ(verb_form_texts(d(), d().verb_blocks()[sign].first_verb), (Strings{"sign"}));
  EXPECT_TRUE(d().verb_blocks()[sign].code.dominant);
  EXPECT_EQ(block_patterns(d(), sign), (Strings{"% * accord~ [082:082]"}));
  // A stem needs no endings.
  const auto condemn = *find_block(d(), "CONDEMN");
  EXPECT_EQ(verb_form_texts(d(), d().verb_blocks()[condemn].first_verb), (Strings{"condemn~"}));
  EXPECT_EQ(block_patterns(d(), condemn), (Strings{"said~ * [122?]"}));
  // A root of several words: the first is the verb.
  const auto shake = *find_block(d(), "SHAKE_HANDS");
  EXPECT_EQ(verb_form_texts(d(), d().verb_blocks()[shake].first_verb),
            (Strings{"shake_hands~", "shakes_hands~", "shaked_hands~", "shaking_hands~"}));
}

}  // namespace
}  // namespace herald::lexicon
