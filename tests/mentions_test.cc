// The Mentions stage: PhraseMatcher on small dictionaries written here and on segmented
// sentences, the longest-match rule, the event pre-filter, and a run over the PETRARCH unit
// test records with the PETRARCH validation dictionaries (skipped without ../shared).
#include "herald/mentions.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "herald/dictionary_loader.h"
#include "herald/text.h"
#include "herald/validation.h"
#include "dictionary_sets.h"
#include "lexicon/matcher_fold.h"

namespace herald::lexicon {
namespace {

using Strings = std::vector<std::string>;

struct Source {
  DictionaryKind kind;
  DictionaryFormat format;
  std::string_view text;
};

// Dictionaries read from `sources`, with any reader diagnostic turned into a test failure so a
// typo in a dictionary below cannot pass unnoticed.
Dictionaries build(std::initializer_list<Source> sources) {
  DictionaryBuilder builder;
  for (const Source& s : sources) builder.add_text(s.kind, s.format, s.text, "test");
  Dictionaries d = builder.finish();
  for (const Diagnostic& diagnostic : builder.report().diagnostics) {
    ADD_FAILURE() << diagnostic.to_string();
  }
  return d;
}

Document segmented(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  text::segment(doc);
  return doc;
}

// "actor United States Army = united_states_army": the kind, the tokens matched (in text
// order, a gap shown as "..."), the dictionary phrase, and for verbs the verb word's token.
std::string describe(const Dictionaries& d, const Document& doc, const Mention& m) {
  std::string tokens;
  uint32_t previous = m.first_token;
  for (uint32_t t = m.first_token; t <= m.last_token; ++t) {
    if (!m.contains(t)) continue;
    if (t != m.first_token) tokens += t == previous + 1 ? " " : " ... ";
    tokens += doc.tokens[t].text;
    previous = t;
  }
  std::string phrase;
  switch (m.kind) {
    case MentionKind::kActor:
      phrase = d.phrase_text(d.actor_names()[m.name].phrase);
      EXPECT_EQ(d.actor_names()[m.name].actor, m.owner);
      break;
    case MentionKind::kAgent:
      phrase = d.phrase_text(d.agent_names()[m.name].phrase);
      EXPECT_EQ(d.agent_names()[m.name].agent, m.owner);
      break;
    case MentionKind::kVerb:
    case MentionKind::kTimeShift:
    case MentionKind::kAttribution:
      phrase = d.phrase_text(d.verb_forms()[m.owner].phrase) + " @" +
               std::string(doc.tokens[m.verb_token].text);
      break;
    case MentionKind::kDiscard:
      phrase = d.phrase_text(d.discards()[m.owner].phrase);
      break;
    case MentionKind::kIssue:
      phrase = d.phrase_text(d.issues()[m.owner].phrase);
      break;
    case MentionKind::kIssueIgnore:
      phrase = d.phrase_text(d.issue_ignores()[m.owner].phrase);
      break;
    case MentionKind::kNoun:
      phrase = d.phrase_text(d.tabari_nouns()[m.owner]);
      break;
    case MentionKind::kAdjective:
      phrase = d.phrase_text(d.tabari_adjectives()[m.owner]);
      break;
    case MentionKind::kAnaphor:
      phrase = std::string(anaphor_phrases()[m.owner]);
      break;
  }
  return fmt::format("{} {} = {}", mention_kind_name(m.kind), tokens, phrase);
}

Strings describe_all(const Dictionaries& d, const Document& doc,
                     const std::vector<Mention>& mentions) {
  Strings out;
  for (const Mention& m : mentions) out.push_back(describe(d, doc, m));
  return out;
}

// The mentions of the document's first sentence, described.
Strings mentions_of(const Dictionaries& d, std::string_view text) {
  const PhraseMatcher matcher(d);
  const Document doc = segmented(text);
  EXPECT_EQ(doc.sentences.size(), 1u) << text;
  if (doc.sentences.empty()) return {};
  return describe_all(d, doc, matcher.find(doc, doc.sentences[0]));
}

Strings longest_of(const Dictionaries& d, std::string_view text) {
  const PhraseMatcher matcher(d);
  const Document doc = segmented(text);
  EXPECT_EQ(doc.sentences.size(), 1u) << text;
  if (doc.sentences.empty()) return {};
  return describe_all(d, doc, select_longest(matcher.find(doc, doc.sentences[0])));
}

constexpr std::string_view kActors =
    "UNITED_STATES [USA]\n"
    "UNITED_STATES_ARMY [USAMIL]\n"
    "ISRAEL [ISR]\n"
    "+ISRAELI\n"
    "COLOMBIA [COL]\n"
    "+COLOMBIAN\n"
    "NEW_YORK [USANY]\n"
    "NEW_YORK_TIMES [USAMED]\n"
    "DOCTOR_DOOM'S_CASTLE [LATGOV]\n"
    "ÉGYPTE [EGY]\n";

constexpr std::string_view kAgents =
    "SOLDIER [~MIL]\n"
    "POLICE_OFFICER [~COP]\n"
    "DEPUTY MAYOR [~GOVLOC]\n"
    "MILITIA {MILITIAS MILITIAE} [~REB]\n";

constexpr std::string_view kVerbs =
    "--- ACCUSE [112] ---\n"
    "ACCUSE\n"
    "- * $ OF [111]\n"
    "--- SEAL [191] ---\n"
    "+CORDON OFF\n"
    "+SEAL_OFF\n"
    "--- SEIZE [171] ---\n"
    "TAKE {TAKES TOOK TAKEN TAKING}\n"
    "SEIZE\n"
    "--- MEET [040] ---\n"
    "MEET {MEETS MET MEETING}\n"
    "--- TALK [---] ---\n"
    "+HOLD_TALKS {+HOLDS_TALKS +HELD_TALKS +HOLDING_TALKS}\n";

constexpr std::string_view kDiscards =
    "HORSE RACING\n"
    "GOLF_\n"
    "+CRICKET TEST MATCH\n";

const Dictionaries& petrarch() {
  static const Dictionaries d = build({
      {DictionaryKind::kActors, DictionaryFormat::kPetrarch, kActors},
      {DictionaryKind::kAgents, DictionaryFormat::kPetrarch, kAgents},
      {DictionaryKind::kVerbs, DictionaryFormat::kPetrarch, kVerbs},
      {DictionaryKind::kDiscards, DictionaryFormat::kPetrarch, kDiscards},
      {DictionaryKind::kIssues, DictionaryFormat::kPetrarch, "FLOOD [DISASTER]\n~WATER_POLO\n"},
  });
  return d;
}

TEST(MentionsTest, MultiWordActorsAreAllReportedAndTheLongestWins) {
  const std::string_view text = "The United States Army met troops in New York.";
  EXPECT_EQ(mentions_of(petrarch(), text), (Strings{
                                               "actor United States = united_states",
                                               "actor United States Army = united_states_army",
                                               "verb met = met @met",
                                               "actor New York = new_york",
                                           }));
  EXPECT_EQ(longest_of(petrarch(), text), (Strings{
                                              "actor United States Army = united_states_army",
                                              "verb met = met @met",
                                              "actor New York = new_york",
                                          }));
  // A phrase that stops one word short is not a match: "New York Times" needs "Times".
  EXPECT_EQ(longest_of(petrarch(), "The New York Times said so."),
            (Strings{"actor New York Times = new_york_times"}));
}

TEST(MentionsTest, MentionPositionsAreDocumentTokenIndices) {
  const PhraseMatcher matcher(petrarch());
  const Document doc = segmented("Israel met Colombia. Then the United States Army met Israel.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  const std::vector<Mention> second = select_longest(matcher.find(doc, doc.sentences[1]));
  ASSERT_EQ(second.size(), 3u);
  EXPECT_EQ(second[0].kind, MentionKind::kActor);
  EXPECT_EQ(second[0].first_token, doc.sentences[1].token_begin + 2);  // "United"
  EXPECT_EQ(second[0].last_token, doc.sentences[1].token_begin + 4);   // "Army"
  EXPECT_EQ(second[0].tokens, 0b111u);
  EXPECT_EQ(second[0].word_count(), 3u);
  EXPECT_EQ(second[0].verb_token, kNoToken);
  EXPECT_EQ(second[1].kind, MentionKind::kVerb);
  EXPECT_EQ(second[1].verb_token, second[1].first_token);
  EXPECT_EQ(doc.tokens[second[2].first_token].text, "Israel");
  // The same sentence found again with a reused scratch gives the same mentions.
  MatchScratch scratch;
  std::vector<Mention> again;
  matcher.find(doc, doc.sentences[0], scratch, again);
  matcher.find(doc, doc.sentences[1], scratch, again);
  std::vector<Mention> longest = {Mention{}};  // replaced, not appended to
  select_longest(again, longest);
  EXPECT_EQ(longest, second);
}

TEST(MentionsTest, CaseIsFolded) {
  const Strings expected = {"actor UNITED STATES = united_states",
                            "actor UNITED STATES ARMY = united_states_army"};
  EXPECT_EQ(mentions_of(petrarch(), "UNITED STATES ARMY"), expected);
  EXPECT_EQ(mentions_of(petrarch(), "uNiTeD sTaTeS aRmY")[1],
            "actor uNiTeD sTaTeS aRmY = united_states_army");
  // Non-ASCII letters fold too.
  EXPECT_EQ(mentions_of(petrarch(), "ÉGYPTE et Égypte et égypte"),
            (Strings{"actor ÉGYPTE = égypte", "actor Égypte = égypte", "actor égypte = égypte"}));
}

TEST(MentionsTest, UnknownWordsAndEmptySentencesGiveNothing) {
  EXPECT_EQ(mentions_of(petrarch(), "Zorblax quibbled with the frumious Bandersnatch."), Strings{});
  EXPECT_EQ(mentions_of(petrarch(), "..."), Strings{});
  const PhraseMatcher matcher(petrarch());
  Document doc = segmented("");
  EXPECT_TRUE(doc.sentences.empty());
  const Sentence empty;
  EXPECT_TRUE(matcher.find(doc, empty).empty());
  // Unknown words between the words of a phrase break it.
  EXPECT_EQ(mentions_of(petrarch(), "United Arab States"), Strings{});
}

TEST(MentionsTest, ApostrophesAndClitics) {
  EXPECT_EQ(mentions_of(petrarch(), "Israel's army"), (Strings{"actor Israel = israel"}));
  EXPECT_EQ(mentions_of(petrarch(), "Israel’s army"), (Strings{"actor Israel = israel"}));
  // A dictionary phrase with a clitic is split the way the tokenizer splits the text.
  EXPECT_EQ(
      mentions_of(petrarch(), "They reached Doctor Doom’s Castle."),
      (Strings{"anaphor They = they", "actor Doctor Doom ’s Castle = doctor_doom_'s_castle"}));
}

TEST(MentionsTest, AgentsWithPluralsNextToActors) {
  const std::string_view text = "Colombian soldiers and militiae met police officers.";
  const Strings expected = {
      "actor Colombian = colombian",
      "agent soldiers = soldiers",
      "agent militiae = militiae",
      "verb met = met @met",
      "agent police officers = police_officers",
  };
  EXPECT_EQ(mentions_of(petrarch(), text), expected);
  EXPECT_EQ(longest_of(petrarch(), text), expected);  // actor and agent both kept
}

TEST(MentionsTest, GapsAllowUpToSixTokensWithinTheSentence) {
  EXPECT_EQ(mentions_of(petrarch(), "The deputy mayor spoke."),
            (Strings{"agent deputy mayor = deputy mayor"}));
  EXPECT_EQ(mentions_of(petrarch(), "The deputy to the mayor spoke."),
            (Strings{"agent deputy ... mayor = deputy mayor"}));
  EXPECT_EQ(mentions_of(petrarch(), "deputy a b c d e f mayor"),
            (Strings{"agent deputy ... mayor = deputy mayor"}));
  EXPECT_EQ(mentions_of(petrarch(), "deputy a b c d e f g mayor"), Strings{});
  // Never across sentences.
  const PhraseMatcher matcher(petrarch());
  const Document doc = segmented("He is a deputy. The mayor left.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(describe_all(petrarch(), doc, matcher.find(doc, doc.sentences[0])),
            (Strings{"anaphor He = he"}));
  // From one first word, a gapped phrase is reported once, with its nearest tokens.
  const Document twice = segmented("The deputy mayor and the mayor.");
  const std::vector<Mention> found = matcher.find(twice, twice.sentences[0]);
  EXPECT_EQ(describe_all(petrarch(), twice, found), (Strings{"agent deputy mayor = deputy mayor"}));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].tokens, 0b11u);
}

TEST(MentionsTest, AMatchSpansAtMost64Tokens) {
  // Eleven words, each pair joined by a gap: with six tokens in every gap the match would span
  // 11 + 10 * 6 = 71 tokens; with five, 61.
  const Dictionaries d = build({{DictionaryKind::kAgents, DictionaryFormat::kPetrarch,
                                 "W0 W1 W2 W3 W4 W5 W6 W7 W8 W9 W10_ [~GOV]\n"}});
  const auto sentence = [](int gap) {
    std::string text;
    for (int w = 0; w <= 10; ++w) {
      text += fmt::format("w{} ", w);
      if (w < 10) {
        for (int g = 0; g < gap; ++g) text += "x ";
      }
    }
    return text;
  };
  const PhraseMatcher matcher(d);
  const Document five = segmented(sentence(5));
  const std::vector<Mention> found = matcher.find(five, five.sentences[0]);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].word_count(), 11u);
  EXPECT_EQ(found[0].last_token - found[0].first_token + 1, 61u);
  const Document six = segmented(sentence(6));
  EXPECT_TRUE(matcher.find(six, six.sentences[0]).empty());
}

TEST(MentionsTest, RepeatedWordsInGappedPhrasesStayCheap) {
  // Every token could be any word of the phrase: without remembering what was explored, each
  // first token would try 7^7 ways. The sentence is cut at kMaxSentenceTokens tokens.
  const Dictionaries d = build({{DictionaryKind::kAgents, DictionaryFormat::kPetrarch,
                                 "ZED ZED ZED ZED ZED ZED ZED ZED {} [~GOV]\n"}});
  std::string text;
  for (int i = 0; i < 400; ++i) text += "zed ";
  const PhraseMatcher matcher(d);
  const Document doc = segmented(text);
  ASSERT_EQ(doc.sentences.size(), 1u);
  const std::vector<Mention> found = matcher.find(doc, doc.sentences[0]);
  ASSERT_EQ(found.size(), 400u - 7u);  // one per first token that leaves room for eight words
  for (const Mention& m : found) {
    EXPECT_EQ(m.tokens, 0xFFu);  // the nearest tokens, all adjacent
  }
}

TEST(MentionsTest, OneMatcherServesManyThreads) {
  const PhraseMatcher matcher(petrarch());
  const Document doc = segmented(
      "Colombian soldiers and militiae met police officers. The United States Army took the "
      "town. He accused Israel’s deputy mayor. Police cordoned the area off.");
  std::vector<std::vector<Mention>> expected;
  for (const Sentence& s : doc.sentences) expected.push_back(matcher.find(doc, s));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < mismatches.size(); ++t) {
    threads.emplace_back([&, t] {
      MatchScratch scratch;
      std::vector<Mention> found;
      for (int round = 0; round < 500; ++round) {
        for (size_t i = 0; i < doc.sentences.size(); ++i) {
          matcher.find(doc, doc.sentences[i], scratch, found);
          mismatches[t] += found != expected[i];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
  size_t total = 0;
  for (const auto& mentions : expected) total += mentions.size();
  EXPECT_GT(total, 10u);
}

TEST(MentionsTest, MultiWordVerbsWithParticles) {
  EXPECT_EQ(mentions_of(petrarch(), "Police cordoned off the area."),
            (Strings{"verb cordoned off = cordoned off @cordoned"}));
  // PETRARCH verbs written with a blank let other words come between.
  EXPECT_EQ(mentions_of(petrarch(), "Police cordoned the area off."),
            (Strings{"verb cordoned ... off = cordoned off @cordoned"}));
  // With "_" they may not.
  EXPECT_EQ(mentions_of(petrarch(), "Police sealed off the area."),
            (Strings{"verb sealed off = sealed_off @sealed"}));
  EXPECT_EQ(mentions_of(petrarch(), "Police sealed the area off."), Strings{});
  // The verb word need not come first.
  const PhraseMatcher matcher(petrarch());
  const Document doc = segmented("Israel held talks.");
  const std::vector<Mention> found = matcher.find(doc, doc.sentences[0]);
  EXPECT_EQ(describe_all(petrarch(), doc, found),
            (Strings{"actor Israel = israel", "verb held talks = held_talks @held"}));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].verb_token, 1u);
  EXPECT_EQ(found[1].first_token, 1u);
  EXPECT_EQ(found[1].last_token, 2u);
}

TEST(MentionsTest, IrregularAndRegularVerbForms) {
  EXPECT_EQ(mentions_of(petrarch(), "Rebels took the town and seized the bridge."),
            (Strings{"verb took = took @took", "verb seized = seized @seized"}));
  EXPECT_EQ(mentions_of(petrarch(), "Israel accuses Colombia."),
            (Strings{"actor Israel = israel", "verb accuses = accuses @accuses",
                     "actor Colombia = colombia"}));
}

TEST(MentionsTest, DiscardsAndIssues) {
  const Dictionaries& d = petrarch();
  // A discard's last word is a stem unless written with "_".
  EXPECT_EQ(mentions_of(d, "Horse racings resumed."),
            (Strings{"discard Horse racings = horse_racing~"}));
  EXPECT_EQ(mentions_of(d, "He plays golf."), (Strings{"anaphor He = he", "discard golf = golf"}));
  EXPECT_EQ(mentions_of(d, "He is a golfer."), (Strings{"anaphor He = he"}));
  const PhraseMatcher matcher(d);
  const Document doc = segmented("The cricket test matches ended.");
  const std::vector<Mention> found = matcher.find(doc, doc.sentences[0]);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, MentionKind::kDiscard);
  EXPECT_EQ(d.discards()[found[0].owner].scope, DiscardScope::kStory);
  EXPECT_EQ(mentions_of(d, "A flood hit the water polo final."),
            (Strings{"issue flood = flood", "issue ignore water polo = water_polo"}));
}

TEST(MentionsTest, AnaphorsAndTheEventPreFilter) {
  const PhraseMatcher matcher(petrarch());
  const auto check = [&](std::string_view text) {
    const Document doc = segmented(text);
    return could_yield_event(matcher.find(doc, doc.sentences[0]));
  };
  EXPECT_TRUE(check("Israel accused Colombia."));
  EXPECT_TRUE(check("Soldiers seized the bridge."));  // a lone agent
  EXPECT_TRUE(check("He accused them."));             // anaphors only
  EXPECT_TRUE(check("The government accused rebels."));
  EXPECT_FALSE(check("Rebels accused the mayors."));  // a verb, no actor
  EXPECT_FALSE(check("Israel and Colombia."));        // actors, no verb
  EXPECT_FALSE(check("Horse racing resumed."));

  const Document doc = segmented("The government said the army took its town.");
  const std::vector<Mention> found = matcher.find(doc, doc.sentences[0]);
  EXPECT_EQ(describe_all(petrarch(), doc, found),
            (Strings{"anaphor The government = the government", "anaphor the army = the army",
                     "verb took = took @took", "anaphor its = its"}));
  Strings candidates;
  for (uint32_t t = doc.sentences[0].token_begin; t < doc.sentences[0].token_end; ++t) {
    if (is_anaphor_candidate(found, t)) candidates.emplace_back(doc.tokens[t].text);
  }
  EXPECT_EQ(candidates, (Strings{"government", "army", "its"}));
}

// TABARI dictionaries: stems, gaps between words written with a blank, nouns and adjectives,
// and verb sections that make no event.
const Dictionaries& tabari() {
  static const Dictionaries d = build({
      {DictionaryKind::kActors, DictionaryFormat::kTabari,
       "<NOUN>\nHORNETS\n</NOUN>\n<ADJECTIVE>\nDREADFUL_\n</ADJECTIVE>\n"
       "SYRI [SYR]\nSYRIAN_ARMY_ [SYRMIL]\nGRAUSTARK_ [GRK]\nFREDONI~_NATIONAL_GUARD [FRDMIL]\n"
       "GREAT SYLVANIA [SYL]\n"},
      {DictionaryKind::kAgents, DictionaryFormat::kTabari, "ENVOY [~GOV]\n"},
      {DictionaryKind::kVerbs, DictionaryFormat::kTabari,
       "<TIME>\nLAST_WEEK [-7]\n</TIME>\nSHAKE_HANDS [031]\n{ SHOOK_HANDS }\nACCUSE [112]\n"},
  });
  return d;
}

TEST(MentionsTest, TabariStemsMatchWordsThatBeginWithThem) {
  EXPECT_EQ(mentions_of(tabari(), "Syria, Syrians and the Syrian army."),
            (Strings{"actor Syria = syri~", "actor Syrians = syri~", "actor Syrian = syri~",
                     "actor Syrian army = syrian_army"}));
  EXPECT_EQ(mentions_of(tabari(), "syri"), (Strings{"actor syri = syri~"}));
  EXPECT_EQ(mentions_of(tabari(), "Assyria"), Strings{});  // a stem matches at the start only
  // A word with "_" matches exactly.
  EXPECT_EQ(mentions_of(tabari(), "Graustark"), (Strings{"actor Graustark = graustark"}));
  EXPECT_EQ(mentions_of(tabari(), "Graustarkian"), Strings{});
  // A stem inside a phrase.
  EXPECT_EQ(mentions_of(tabari(), "The Fredonian National Guard"),
            (Strings{"actor Fredonian National Guard = fredoni~_national_guard~"}));
  // Stems of TABARI verbs and agents: "accuse" matches "accused", "envoy" "envoys".
  EXPECT_EQ(
      mentions_of(tabari(), "Envoys accused Syria."),
      (Strings{"agent Envoys = envoy~", "verb accused = accuse~ @accused", "actor Syria = syri~"}));
}

TEST(MentionsTest, TabariGapsNounsAdjectivesAndSections) {
  EXPECT_EQ(mentions_of(tabari(), "Great and noble Sylvania"),
            (Strings{"actor Great ... Sylvania = great~ sylvania~"}));
  EXPECT_EQ(mentions_of(tabari(), "Dreadful hornets"),
            (Strings{"adjective Dreadful = dreadful", "noun hornets = hornets~"}));
  const PhraseMatcher matcher(tabari());
  const Document doc = segmented("Syria shook hands with envoys last week.");
  const std::vector<Mention> found = matcher.find(doc, doc.sentences[0]);
  EXPECT_EQ(describe_all(tabari(), doc, found),
            (Strings{"actor Syria = syri~", "verb shook hands = shook_hands~ @shook",
                     "agent envoys = envoy~", "time shift last week = last_week~ @last"}));
  EXPECT_TRUE(could_yield_event(found));
  const Document time_only = segmented("Syria, last week.");
  EXPECT_FALSE(could_yield_event(matcher.find(time_only, time_only.sentences[0])));
}

TEST(MentionsTest, SelectLongestPrefersMoreWordsThenTheLeftmost) {
  const Dictionaries d = build({{DictionaryKind::kActors, DictionaryFormat::kPetrarch,
                                 "A_B [X1]\nB_C_D [X2]\nD [X3]\nE_F [X4]\nE [X5]\n"}});
  // Left to right: "a b" starts first and wins over the longer "b c d" it overlaps; then "d"
  // is covered by nothing chosen, so it is taken; "e f" beats "e".
  EXPECT_EQ(longest_of(d, "a b c d e f"),
            (Strings{"actor a b = a_b", "actor d = d", "actor e f = e_f"}));
  EXPECT_EQ(mentions_of(d, "a b c d e f"),
            (Strings{"actor a b = a_b", "actor b c d = b_c_d", "actor d = d", "actor e = e",
                     "actor e f = e_f"}));
}

// The size of the phrase a mention matched, from the dictionaries.
uint32_t phrase_size(const Dictionaries& d, const Mention& m) {
  switch (m.kind) {
    case MentionKind::kActor:
      return d.actor_names()[m.name].phrase.size;
    case MentionKind::kAgent:
      return d.agent_names()[m.name].phrase.size;
    case MentionKind::kVerb:
    case MentionKind::kTimeShift:
    case MentionKind::kAttribution:
      return d.verb_forms()[m.owner].phrase.size;
    case MentionKind::kDiscard:
      return d.discards()[m.owner].phrase.size;
    case MentionKind::kIssue:
      return d.issues()[m.owner].phrase.size;
    case MentionKind::kIssueIgnore:
      return d.issue_ignores()[m.owner].phrase.size;
    case MentionKind::kNoun:
      return d.tabari_nouns()[m.owner].size;
    case MentionKind::kAdjective:
      return d.tabari_adjectives()[m.owner].size;
    case MentionKind::kAnaphor:
      return anaphor_phrases()[m.owner].find(' ') == std::string_view::npos ? 1 : 2;
  }
  return 0;
}

TEST(MentionsTest, RandomTextKeepsEveryMentionConsistent) {
  // Dictionary words, their prefixes and extensions, clitics, punctuation, non-ASCII and
  // invalid UTF-8 (a Document built without clean_utf8), shuffled into random sentences.
  constexpr std::array<std::string_view, 30> kPieces = {
      "United",     "States",   "Army",     "Israel", "'s",    "’s",       "Colombian", "soldiers",
      "deputy",     "mayor",    "cordoned", "off",    "took",  "held",     "talks",     "the",
      "government", "he",       "Syrian",   "syri",   "Great", "Sylvania", "horse",     "racings",
      "ÉGYPTE",     "\xff\xfe", "İ",        ",",      ".",     "x"};
  std::mt19937 rng(7);
  size_t total = 0;
  for (const Dictionaries* d : {&petrarch(), &tabari()}) {
    const PhraseMatcher matcher(*d);
    MatchScratch scratch;
    std::vector<Mention> found;
    for (int round = 0; round < 300; ++round) {
      Document doc;
      const int words = std::uniform_int_distribution<int>(0, 60)(rng);
      for (int w = 0; w < words; ++w) {
        doc.text += kPieces[std::uniform_int_distribution<size_t>(0, kPieces.size() - 1)(rng)];
        doc.text += ' ';
      }
      text::segment(doc);
      for (const Sentence& sentence : doc.sentences) {
        matcher.find(doc, sentence, scratch, found);
        total += found.size();
        for (const Mention& m : found) {
          ASSERT_GE(m.first_token, sentence.token_begin);
          ASSERT_LT(m.last_token, sentence.token_end);
          ASSERT_TRUE(m.contains(m.first_token) && m.contains(m.last_token));
          EXPECT_EQ(m.word_count(), phrase_size(*d, m)) << describe(*d, doc, m);
          const bool verb = m.kind == MentionKind::kVerb || m.kind == MentionKind::kTimeShift ||
                            m.kind == MentionKind::kAttribution;
          EXPECT_EQ(verb, m.verb_token != kNoToken);
          if (verb) {
            EXPECT_TRUE(m.contains(m.verb_token));
          }
        }
        for (const Mention& m : select_longest(found)) {
          EXPECT_NE(std::find(found.begin(), found.end(), m), found.end());
        }
      }
    }
  }
  EXPECT_GT(total, 500u);
}

TEST(MentionsTest, WordFolderAgreesWithFoldWord) {
  detail::WordFolder folder;
  const std::array<std::string_view, 12> words = {"Syria",     "ÉGYPTE",      "İstanbul", "Straße",
                                                  "Israel’s",  "n’t",         "ﬁnance",   "ΣΊΣΥΦΟΣ",
                                                  "\xff\xfeX", "e\u0301cole", "",         "ＡＢＣ"};
  for (const std::string_view word : words) {
    EXPECT_EQ(folder.fold(word), fold_word(word)) << word;
  }
}

TEST(MentionsTest, NotesTheTrieSize) {
  const PhraseMatcher matcher(petrarch());
  EXPECT_GT(matcher.node_count(), 20u);
  EXPECT_EQ(matcher.phrase_count(),
            petrarch().actor_names().size() + petrarch().agent_names().size() +
                petrarch().verb_forms().size() + petrarch().discards().size() +
                petrarch().issues().size() + petrarch().issue_ignores().size() +
                anaphor_phrases().size());
  EXPECT_GT(matcher.memory_bytes(), 0u);
}

// The PETRARCH unit-test records with the PETRARCH validation dictionaries: every sentence is
// matched without a crash, every record that expects events passes the pre-filter, and the
// counts are printed.
TEST(MentionsSharedTest, PetrarchUnitTestRecords) {
  const std::string& dir = testing_support::kPetrarchConformanceDir;
  if (!std::filesystem::exists(dir + "PETR.UnitTest.records.xml")) {
    GTEST_SKIP() << "skipped: " << dir << " is absent";
  }
  LoadReport report;
  const Dictionaries d = load_dictionaries(testing_support::petrarch_validation_dictionaries(), &report);
  ASSERT_EQ(report.error_count(), 0u);
  const PhraseMatcher matcher(d);
  const auto suite =
      read_validation_suite(dir + "PETR.UnitTest.records.xml", [](const Diagnostic&) {});
  ASSERT_TRUE(suite.has_value());
  ASSERT_GT(suite->records.size(), 50u);

  MatchScratch scratch;
  std::vector<Mention> mentions;
  std::array<size_t, kMentionKindCount> by_kind{};
  size_t sentences = 0;
  size_t tokens = 0;
  size_t may_yield = 0;
  size_t expecting_events = 0;
  size_t expecting_events_kept = 0;
  for (const ValidationRecord& record : suite->records) {
    Document doc;
    doc.text = record.story.text;
    text::segment(doc);
    bool record_may_yield = false;
    for (const Sentence& sentence : doc.sentences) {
      matcher.find(doc, sentence, scratch, mentions);
      ++sentences;
      tokens += sentence.size();
      for (const Mention& m : mentions) {
        ++by_kind[static_cast<size_t>(m.kind)];
        ASSERT_GE(m.first_token, sentence.token_begin);
        ASSERT_LT(m.last_token, sentence.token_end);
        ASSERT_TRUE(m.contains(m.first_token));
        ASSERT_TRUE(m.contains(m.last_token));
      }
      if (could_yield_event(mentions)) {
        ++may_yield;
        record_may_yield = true;
      }
    }
    if (record.expectation == ValidationRecord::Expectation::kEvents && !record.expected.empty()) {
      ++expecting_events;
      expecting_events_kept += record_may_yield;
    }
  }
  std::printf("  %zu records, %zu sentences, %zu tokens; %zu sentences pass the event filter\n",
              suite->records.size(), sentences, tokens, may_yield);
  for (size_t k = 0; k < kMentionKindCount; ++k) {
    if (by_kind[k] == 0) continue;
    std::printf("  %s mentions: %zu\n",
                std::string(mention_kind_name(static_cast<MentionKind>(k))).c_str(), by_kind[k]);
  }
  std::printf("  records expecting events: %zu, of which %zu pass the filter\n", expecting_events,
              expecting_events_kept);
  EXPECT_GT(by_kind[static_cast<size_t>(MentionKind::kActor)], suite->records.size() / 2);
  EXPECT_GT(by_kind[static_cast<size_t>(MentionKind::kVerb)], suite->records.size() / 2);
  EXPECT_GT(by_kind[static_cast<size_t>(MentionKind::kAgent)], 0u);
  // The pre-filter must keep every record the suite expects events from.
  EXPECT_EQ(expecting_events_kept, expecting_events);
}

}  // namespace
}  // namespace herald::lexicon
