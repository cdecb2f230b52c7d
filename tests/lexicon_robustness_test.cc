// Dictionary readers on hostile input: line-end conventions, and random garbage that must
// never crash them or leave a table pointing outside another.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "lexicon_test_util.h"

namespace herald::lexicon {
namespace {

using testing_util::diagnostic_lines;
using testing_util::fixture_path;
using testing_util::load_text;
using Strings = std::vector<std::string>;

std::string read_fixture(std::string_view name) {
  std::ifstream in(fixture_path(name), std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string with_line_ends(std::string_view text, std::string_view end) {
  std::string out;
  for (const char c : text) {
    if (c == '\n') {
      out += end;
    } else {
      out += c;
    }
  }
  return out;
}

// Everything a coder may follow stays inside its table.
void expect_consistent(const Dictionaries& d) {
  auto check_phrase = [&](const Phrase& p) {
    ASSERT_GE(p.size, 1u);
    ASSERT_LE(p.size, kMaxPhraseWords);
    for (const WordId w : d.words_of(p)) ASSERT_LT(w, d.words().size());
  };
  for (uint32_t i = 0; i < d.actors().size(); ++i) {
    const Actor& a = d.actors()[i];
    check_phrase(a.primary);
    ASSERT_LE(a.first_name + a.name_count, d.actor_names().size());
    ASSERT_LE(a.first_dated + a.dated_count, d.dated_codes().size());
    for (uint32_t n = 0; n < a.name_count; ++n)
      ASSERT_EQ(d.actor_names()[a.first_name + n].actor, i);
    for (const Day day : {kUnknownDay, Day{0}, Day{-100000}, Day{100000}}) {
      const auto codes = d.resolve_actor_code(i, day);
      ASSERT_FALSE(codes.empty());
      for (const CodeId c : codes) ASSERT_LT(c, d.codes().size());
    }
  }
  for (const ActorName& name : d.actor_names()) check_phrase(name.phrase);
  for (const DatedCodes& dated : d.dated_codes()) {
    ASSERT_LE(dated.valid.first, dated.valid.last);
    ASSERT_GE(dated.codes.size, 1u);
    for (const CodeId c : d.codes_of(dated.codes)) ASSERT_LT(c, d.codes().size());
  }
  for (uint32_t i = 0; i < d.agents().size(); ++i) {
    const Agent& a = d.agents()[i];
    ASSERT_LT(a.code, d.codes().size());
    ASSERT_LE(a.first_name + a.name_count, d.agent_names().size());
    for (uint32_t n = 0; n < a.name_count; ++n)
      ASSERT_EQ(d.agent_names()[a.first_name + n].agent, i);
  }
  for (const AgentName& name : d.agent_names()) check_phrase(name.phrase);
  for (const VerbBlock& b : d.verb_blocks()) {
    ASSERT_LE(b.first_verb + b.verb_count, d.verbs().size());
    ASSERT_LE(b.first_pattern + b.pattern_count, d.patterns().size());
  }
  for (uint32_t i = 0; i < d.verbs().size(); ++i) {
    const Verb& v = d.verbs()[i];
    ASSERT_LT(v.block, d.verb_blocks().size());
    check_phrase(v.base);
    ASSERT_LT(v.verb_word, v.base.size);
    ASSERT_LE(v.first_form + v.form_count, d.verb_forms().size());
    for (uint32_t f = 0; f < v.form_count; ++f) ASSERT_EQ(d.verb_forms()[v.first_form + f].verb, i);
  }
  for (const VerbForm& form : d.verb_forms()) {
    check_phrase(form.phrase);
    ASSERT_LT(form.verb_word, form.phrase.size);
  }
  auto check_elements = [&](std::span<const PatternElement> elements) {
    ASSERT_FALSE(elements.empty());
    for (const PatternElement& e : elements) {
      if (e.kind == ElementKind::kWord) {
        ASSERT_LT(e.id, d.words().size());
      } else if (e.kind == ElementKind::kSynset) {
        ASSERT_LT(e.id, d.synsets().size());
      }
    }
    ASSERT_FALSE(elements.back().adjacent_to_next);
  };
  for (const Pattern& p : d.patterns()) {
    ASSERT_LE(p.first_element + p.element_count, d.elements().size());
    check_elements(d.elements_of(p));
    ASSERT_EQ(d.elements_of(p)[p.verb_element].kind, ElementKind::kVerb);
    ASSERT_LT(p.block, d.verb_blocks().size());
  }
  for (const Synset& s : d.synsets()) {
    ASSERT_LE(s.first_member + s.member_count, d.synset_members().size());
  }
  for (const SynsetMember& m : d.synset_members()) {
    ASSERT_LE(m.first_element + m.element_count, d.elements().size());
    check_elements(d.elements_of(m));
  }
  for (const Discard& x : d.discards()) check_phrase(x.phrase);
  for (const Issue& x : d.issues()) check_phrase(x.phrase);
  for (const IssueIgnore& x : d.issue_ignores()) check_phrase(x.phrase);
}

struct FixtureCase {
  DictionaryKind kind;
  DictionaryFormat format;
  const char* name;
};

constexpr FixtureCase kFixtures[] = {
    {DictionaryKind::kActors, DictionaryFormat::kPetrarch, "actors.petrarch.txt"},
    {DictionaryKind::kActors, DictionaryFormat::kPetrarch, "actors.errors.txt"},
    {DictionaryKind::kActors, DictionaryFormat::kTabari, "actors.tabari"},
    {DictionaryKind::kAgents, DictionaryFormat::kPetrarch, "agents.petrarch.txt"},
    {DictionaryKind::kAgents, DictionaryFormat::kTabari, "agents.tabari"},
    {DictionaryKind::kVerbs, DictionaryFormat::kPetrarch, "verbs.petrarch.txt"},
    {DictionaryKind::kVerbs, DictionaryFormat::kTabari, "verbs.tabari"},
    {DictionaryKind::kDiscards, DictionaryFormat::kPetrarch, "discards.txt"},
    {DictionaryKind::kIssues, DictionaryFormat::kPetrarch, "issues.txt"},
};

TEST(LexiconRobustnessTest, CrlfAndCrLineEndsReadLikeLf) {
  for (const FixtureCase& fixture : kFixtures) {
    const std::string text = read_fixture(fixture.name);
    ASSERT_FALSE(text.empty()) << fixture.name;
    const auto lf = load_text(fixture.kind, fixture.format, text);
    expect_consistent(lf.dictionaries);
    for (const char* end : {"\r\n", "\r"}) {
      const auto other = load_text(fixture.kind, fixture.format, with_line_ends(text, end));
      expect_consistent(other.dictionaries);
      EXPECT_EQ(diagnostic_lines(other.report), diagnostic_lines(lf.report)) << fixture.name;
      EXPECT_EQ(other.dictionaries.words().size(), lf.dictionaries.words().size());
      EXPECT_EQ(other.dictionaries.actor_names().size(), lf.dictionaries.actor_names().size());
      EXPECT_EQ(other.dictionaries.agent_names().size(), lf.dictionaries.agent_names().size());
      EXPECT_EQ(other.dictionaries.verb_forms().size(), lf.dictionaries.verb_forms().size());
      EXPECT_EQ(other.dictionaries.patterns().size(), lf.dictionaries.patterns().size());
      EXPECT_EQ(other.dictionaries.discards().size(), lf.dictionaries.discards().size());
      EXPECT_EQ(other.dictionaries.issues().size(), lf.dictionaries.issues().size());
    }
  }
}

TEST(LexiconRobustnessTest, ByteOrderMarkIsSkipped) {
  const auto loaded = load_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch,
                                "\xEF\xBB\xBF"
                                "FREEDONIA [FRD]\n");
  EXPECT_TRUE(loaded.report.diagnostics.empty());
  ASSERT_EQ(loaded.dictionaries.actors().size(), 1u);
  EXPECT_EQ(loaded.dictionaries.phrase_text(loaded.dictionaries.actors()[0].primary), "freedonia");
}

TEST(LexiconRobustnessTest, EmptyAndBlankInputs) {
  for (const FixtureCase& fixture : kFixtures) {
    for (const char* text : {"", "\n\n\n", "   \t \r\n", "# only a comment\n", "<!-- -->"}) {
      const auto loaded = load_text(fixture.kind, fixture.format, text);
      EXPECT_TRUE(loaded.report.diagnostics.empty()) << fixture.name << ": " << text;
      EXPECT_EQ(loaded.report.sources[0].entries, 0u);
    }
  }
}

TEST(LexiconRobustnessTest, OverlongPhrasesAndLines) {
  std::string phrase;
  for (int i = 0; i < 40; ++i) phrase += "WORD" + std::to_string(i) + "_";
  const auto loaded = load_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch,
                                phrase + " [LONG]\n" + std::string(100000, 'A') + " [BIG]\n");
  EXPECT_EQ(diagnostic_lines(loaded.report),
            (Strings{"1:error:phrase has more than 32 words; actor skipped"}));
  ASSERT_EQ(loaded.dictionaries.actors().size(), 1u);
  EXPECT_EQ(loaded.dictionaries.words()
                .name(loaded.dictionaries.words_of(loaded.dictionaries.actors()[0].primary)[0])
                .size(),
            100000u);
}

TEST(LexiconRobustnessTest, MissingFileIsAnError) {
  DictionaryBuilder builder;
  EXPECT_FALSE(builder.add_file(DictionaryKind::kVerbs, DictionaryFormat::kPetrarch,
                                fixture_path("no-such-file.txt")));
  ASSERT_EQ(builder.report().diagnostics.size(), 1u);
  const Diagnostic& d = builder.report().diagnostics[0];
  EXPECT_EQ(d.severity, Diagnostic::Severity::kError);
  EXPECT_TRUE(d.file.ends_with("no-such-file.txt"));
  EXPECT_NE(d.message.find("cannot read verbs dictionary"), std::string::npos) << d.message;
  EXPECT_EQ(builder.report().sources[0].errors, 1u);
  const Dictionaries dictionaries = builder.finish();
  EXPECT_TRUE(dictionaries.verbs().empty());
}

TEST(LexiconRobustnessTest, NonAsciiWordsFoldAndInvalidBytesSurvive) {
  const auto loaded =
      load_text(DictionaryKind::kActors, DictionaryFormat::kPetrarch,
                "C\xC3\x94TE_D'IVOIRE [CIV]\n\xFF\xFE_BROKEN [BRK]\nN\xE2\x80\x99T [NT]\n");
  EXPECT_TRUE(loaded.report.diagnostics.empty())
      << ::testing::PrintToString(diagnostic_lines(loaded.report));
  const Dictionaries& d = loaded.dictionaries;
  ASSERT_EQ(d.actors().size(), 3u);
  EXPECT_EQ(d.phrase_text(d.actors()[0].primary), "c\xC3\xB4te_d'ivoire");
  EXPECT_EQ(d.phrase_text(d.actors()[1].primary), "\xFF\xFE_broken");
  EXPECT_EQ(d.phrase_text(d.actors()[2].primary), "n't");  // U+2019 reads as an apostrophe
  EXPECT_EQ(fold_word("SYRIA"), "syria");
  EXPECT_EQ(fold_word("\xC3\x89GYPTE"), "\xC3\xA9gypte");
}

// Random lines built from the characters that mean something in the formats, and random
// damage to the fixtures: the readers must not crash (ASan and UBSan watch them in CI) and
// must leave consistent tables; every problem must come back with a line inside the text.
TEST(LexiconRobustnessTest, RandomGarbageNeverBreaksTheReaders) {
  std::mt19937 random(20240517);
  static constexpr char kAlphabet[] =
      "AB ab_+-*$%^&~=!{}[]|<>#;:/?.'\t\r\n0123456789 \x00\xC3\xA9\xE2\x80\x99\xFF";
  const std::string alphabet(kAlphabet, sizeof kAlphabet - 1);  // with its NUL byte
  std::vector<std::string> seeds;
  for (const FixtureCase& fixture : kFixtures) seeds.push_back(read_fixture(fixture.name));
  const char* fragments[] = {"[",  "]",  "{",  "}",        "<!--",      "-->",    "---",
                             "- ", "&",  "+",  "~~FINISH", "!X! = A,B", "!X!",    " [~",
                             "~]", " <", " >", "-",        "20200101",  "950601", "\n\t[",
                             "|",  "\n", "_",  " * ",      "$",         "(",      ")"};
  size_t diagnostics = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    if (round % 2 == 0) {
      const size_t length = random() % 400;
      for (size_t i = 0; i < length; ++i) {
        if (random() % 4 == 0) {
          text += fragments[random() % std::size(fragments)];
        } else {
          text += alphabet[random() % alphabet.size()];
        }
      }
    } else {
      text = seeds[random() % seeds.size()];
      const int edits = 1 + static_cast<int>(random() % 12);
      for (int e = 0; e < edits && !text.empty(); ++e) {
        const size_t at = random() % text.size();
        switch (random() % 3) {
          case 0:
            text.erase(at, 1 + random() % 5);
            break;
          case 1:
            text.insert(at, fragments[random() % std::size(fragments)]);
            break;
          default:
            text[at] = alphabet[random() % alphabet.size()];
            break;
        }
      }
    }
    size_t lines = 1;
    for (const char c : text) lines += (c == '\n' || c == '\r') ? 1 : 0;
    for (const FixtureCase& fixture : kFixtures) {
      const auto loaded = load_text(fixture.kind, fixture.format, text);
      expect_consistent(loaded.dictionaries);
      if (::testing::Test::HasFatalFailure()) {
        FAIL() << "round " << round << " " << fixture.name << ":\n" << text;
      }
      for (const Diagnostic& d : loaded.report.diagnostics) {
        ASSERT_GE(d.line, 1u) << d.to_string();
        ASSERT_LE(d.line, lines) << d.to_string();
        // Duplicate phrases are found after reading and carry only the line.
        if (d.byte_offset) {
          ASSERT_LE(*d.byte_offset, text.size()) << d.to_string();
        }
      }
      diagnostics += loaded.report.diagnostics.size();
    }
  }
  EXPECT_GT(diagnostics, 1000u);  // the garbage was noticed, not silently swallowed
}

}  // namespace
}  // namespace herald::lexicon
