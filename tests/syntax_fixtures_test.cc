// The shipped model (models/en_ewt.syntax) on news-like sentences written for herald: the
// relations the event coder relies on (subject, object, oblique with its preposition,
// conjuncts, passive subject and agent, reported speech, relative clauses) and the
// noun-phrase spans of the Parse view, from raw text through the text stage.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "herald/parse.h"
#include "herald/syntax.h"
#include "herald/text.h"

namespace herald::syntax {
namespace {

const SyntaxModel& model() {
  static const std::unique_ptr<SyntaxModel> m = SyntaxModel::load();
  return *m;
}

// One analyzed sentence, addressed by word form.
class Analyzed {
 public:
  explicit Analyzed(std::string text) {
    doc_.text = std::move(text);
    text::segment(doc_);
    model().annotate(doc_);
  }
  size_t sentences() const { return doc_.sentences.size(); }
  Parse parse() const { return Parse(doc_, doc_.sentences.front()); }
  uint32_t word(std::string_view form) const {
    for (uint32_t i = 0; i < doc_.tokens.size(); ++i) {
      if (doc_.tokens[i].text == form) return i;
    }
    ADD_FAILURE() << "no token '" << form << "' in: " << doc_.text;
    return 0;
  }
  // "form" if the head of `dependent` is `head` by relation `r`, else what it is.
  std::string arc(std::string_view dependent, Deprel r, std::string_view head) const {
    const Token& t = doc_.tokens[word(dependent)];
    const std::string got = std::string(deprel_name(static_cast<Deprel>(t.deprel))) + "(" +
                            (t.head == kNoHead ? std::string("ROOT") : std::string(doc_.tokens[t.head].text)) + ")";
    return got == std::string(deprel_name(r)) + "(" + std::string(head) + ")" ? "ok" : got;
  }
  std::string lemma(std::string_view form) const { return std::string(doc_.tokens[word(form)].lemma); }
  Upos upos(std::string_view form) const { return static_cast<Upos>(doc_.tokens[word(form)].upos); }
  std::string phrase(std::string_view head) const {
    const Phrase p = parse().noun_phrase(word(head));
    return doc_.text.substr(doc_.tokens[p.first].byte_begin, doc_.tokens[p.last].byte_end - doc_.tokens[p.first].byte_begin);
  }

 private:
  Document doc_;
};

TEST(SyntaxFixtures, SubjectObjectAndObliqueWithCase) {
  const Analyzed a("The rebels attacked the army base on Monday.");
  EXPECT_EQ(a.arc("rebels", Deprel::kNsubj, "attacked"), "ok");
  EXPECT_EQ(a.arc("base", Deprel::kObj, "attacked"), "ok");
  EXPECT_EQ(a.arc("Monday", Deprel::kObl, "attacked"), "ok");
  EXPECT_EQ(a.arc("on", Deprel::kCase, "Monday"), "ok");
  EXPECT_EQ(a.parse().root(), a.word("attacked"));
  EXPECT_EQ(a.phrase("base"), "the army base");
  EXPECT_EQ(a.lemma("attacked"), "attack");
  EXPECT_EQ(a.lemma("rebels"), "rebel");
  EXPECT_EQ(a.upos("attacked"), Upos::kVerb);
}

TEST(SyntaxFixtures, PassiveSubjectAndAgent) {
  const Analyzed a("The opposition leader was arrested by security forces in the capital.");
  EXPECT_EQ(a.arc("leader", Deprel::kNsubjPass, "arrested"), "ok");
  EXPECT_EQ(a.arc("was", Deprel::kAuxPass, "arrested"), "ok");
  EXPECT_EQ(a.arc("forces", Deprel::kOblAgent, "arrested"), "ok");
  EXPECT_EQ(a.arc("by", Deprel::kCase, "forces"), "ok");
  EXPECT_EQ(a.phrase("leader"), "The opposition leader");
  EXPECT_EQ(a.phrase("forces"), "security forces");
  EXPECT_EQ(a.lemma("was"), "be");
}

TEST(SyntaxFixtures, CoordinatedSubjects) {
  const Analyzed a("Israel and Egypt signed a peace agreement on Tuesday.");
  EXPECT_EQ(a.arc("Israel", Deprel::kNsubj, "signed"), "ok");
  EXPECT_EQ(a.arc("Egypt", Deprel::kConj, "Israel"), "ok");
  EXPECT_EQ(a.arc("and", Deprel::kCc, "Egypt"), "ok");
  EXPECT_EQ(a.arc("agreement", Deprel::kObj, "signed"), "ok");
  EXPECT_EQ(a.phrase("Israel"), "Israel");
}

// A past tense after an adjective and a plural noun looks like a participle to a
// left-to-right tagger; with no other finite verb, or with an object after it, it is the verb.
TEST(SyntaxFixtures, PastTenseAfterAdjectiveAndNounIsTheMainVerb) {
  const Analyzed met("Russian and Ukrainian delegations met near the border.");
  EXPECT_EQ(met.arc("delegations", Deprel::kNsubj, "met"), "ok");
  EXPECT_EQ(met.arc("border", Deprel::kObl, "met"), "ok");
  const Analyzed bombed("Iranian officials said Israeli jets bombed the site.");
  EXPECT_EQ(bombed.arc("jets", Deprel::kNsubj, "bombed"), "ok");
  EXPECT_EQ(bombed.arc("bombed", Deprel::kCcomp, "said"), "ok");
  EXPECT_EQ(bombed.arc("site", Deprel::kObj, "bombed"), "ok");
  const Analyzed marched("Hundreds of thousands of people marched in Hong Kong.");
  EXPECT_EQ(marched.arc("Hundreds", Deprel::kNsubj, "marched"), "ok");
  // "detained" is only ever a participle in the web treebank.
  const Analyzed detained("Russian police detained dozens of protesters.");
  EXPECT_EQ(detained.arc("police", Deprel::kNsubj, "detained"), "ok");
  EXPECT_EQ(detained.arc("dozens", Deprel::kObj, "detained"), "ok");
}

// A sentence tagged with no verb at all, or none before a subordinate clause, gets one: a word
// after the subject that may be a past tense, though tagged a noun ("shot", a noun in most of
// the web treebank) or an adjective (the unseen "freed").
TEST(SyntaxFixtures, VerblessSentenceGetsItsPastTenseBack) {
  const Analyzed shot("A gunman shot the senator at a rally.");
  EXPECT_EQ(shot.arc("gunman", Deprel::kNsubj, "shot"), "ok");
  EXPECT_EQ(shot.arc("senator", Deprel::kObj, "shot"), "ok");
  const Analyzed freed("The interim government freed hundreds of jailed protesters.");
  EXPECT_EQ(freed.arc("government", Deprel::kNsubj, "freed"), "ok");
  EXPECT_EQ(freed.arc("hundreds", Deprel::kObj, "freed"), "ok");
  EXPECT_EQ(freed.lemma("freed"), "free");
  // The verb of a subordinate clause is not the sentence's.
  const Analyzed dead("Two hitmen shot dead a prominent judge as she left the courthouse.");
  EXPECT_EQ(dead.arc("hitmen", Deprel::kNsubj, "shot"), "ok");
  EXPECT_EQ(dead.parse().root(), dead.word("shot"));
}

// Irregular past tenses the web treebank never saw carry no "-ed"; after a subject they are
// the verb, with their lemma, even when another verb follows.
TEST(SyntaxFixtures, UnseenIrregularPastTenseIsTheVerb) {
  const Analyzed shook("The two presidents shook hands and signed a trade pact.");
  EXPECT_EQ(shook.arc("presidents", Deprel::kNsubj, "shook"), "ok");
  EXPECT_EQ(shook.arc("hands", Deprel::kObj, "shook"), "ok");
  EXPECT_EQ(shook.lemma("shook"), "shake");
  const Analyzed overran("The insurgents overran a police post near the border.");
  EXPECT_EQ(overran.arc("insurgents", Deprel::kNsubj, "overran"), "ok");
  EXPECT_EQ(overran.arc("post", Deprel::kObj, "overran"), "ok");
  EXPECT_EQ(overran.lemma("overran"), "overrun");
}

// A base form between an inflected verb and a noun is the first noun of a compound, not a
// bare infinitive, except after "do" and the few verbs that take one.
TEST(SyntaxFixtures, BaseFormBeforeANounAfterAVerbIsACompound) {
  const Analyzed gas("Riot police fired tear gas at the crowd.");
  EXPECT_EQ(gas.arc("gas", Deprel::kObj, "fired"), "ok");
  EXPECT_EQ(gas.arc("crowd", Deprel::kObl, "fired"), "ok");
  EXPECT_EQ(gas.upos("tear"), Upos::kNoun);
  const Analyzed sign("The minister did sign the deal.");
  EXPECT_EQ(sign.upos("sign"), Upos::kVerb);
  EXPECT_EQ(sign.arc("deal", Deprel::kObj, "sign"), "ok");
}

// A verb in "-s" after a number above one is a plural noun: it agrees with no plural subject.
// A year written in digits may stand before a verb ("the 1990 law bans").
TEST(SyntaxFixtures, PluralNounAfterANumberIsNoVerb) {
  const Analyzed shells("North Korea on Thursday fired two artillery shells near a naval vessel.");
  EXPECT_EQ(shells.upos("shells"), Upos::kNoun);
  EXPECT_EQ(shells.arc("shells", Deprel::kObj, "fired"), "ok");
  EXPECT_EQ(shells.arc("vessel", Deprel::kObl, "fired"), "ok");
  const Analyzed year("The 1990 law bans foreign ownership of farmland.");
  EXPECT_EQ(year.upos("bans"), Upos::kVerb);
}

TEST(SyntaxFixtures, ReportedSpeech) {
  const Analyzed a("The president said that the troops would leave Iraq next year.");
  EXPECT_EQ(a.arc("president", Deprel::kNsubj, "said"), "ok");
  EXPECT_EQ(a.arc("leave", Deprel::kCcomp, "said"), "ok");
  EXPECT_EQ(a.arc("that", Deprel::kMark, "leave"), "ok");
  EXPECT_EQ(a.arc("troops", Deprel::kNsubj, "leave"), "ok");
  EXPECT_EQ(a.arc("Iraq", Deprel::kObj, "leave"), "ok");
  EXPECT_EQ(a.lemma("said"), "say");
}

TEST(SyntaxFixtures, RelativeClauseIsOutsideTheNounPhrase) {
  const Analyzed a("Police arrested a man who had threatened the mayor.");
  EXPECT_EQ(a.arc("Police", Deprel::kNsubj, "arrested"), "ok");
  EXPECT_EQ(a.arc("man", Deprel::kObj, "arrested"), "ok");
  EXPECT_EQ(a.arc("threatened", Deprel::kAclRelcl, "man"), "ok");
  EXPECT_EQ(a.arc("who", Deprel::kNsubj, "threatened"), "ok");
  EXPECT_EQ(a.arc("mayor", Deprel::kObj, "threatened"), "ok");
  EXPECT_EQ(a.phrase("man"), "a man");
}

TEST(SyntaxFixtures, ObliqueWithPrepositionAndVerbConjuncts) {
  const Analyzed a("Protesters clashed with police and burned tires in the capital.");
  EXPECT_EQ(a.arc("Protesters", Deprel::kNsubj, "clashed"), "ok");
  EXPECT_EQ(a.arc("police", Deprel::kObl, "clashed"), "ok");
  EXPECT_EQ(a.arc("with", Deprel::kCase, "police"), "ok");
  EXPECT_EQ(a.arc("burned", Deprel::kConj, "clashed"), "ok");
  EXPECT_EQ(a.arc("tires", Deprel::kObj, "burned"), "ok");
}

TEST(SyntaxFixtures, EverySentenceIsOneTree) {
  const Analyzed a("Russia accused Ukraine of shelling the town. Kiev denied it, saying the claim was false.");
  ASSERT_EQ(a.sentences(), 1u + 1u);
  const Parse p = a.parse();
  uint32_t roots = 0;
  for (uint32_t i = p.begin(); i < p.end(); ++i) {
    roots += !p.head(i).has_value();
    // Following heads from any word reaches the root without a cycle.
    uint32_t steps = 0;
    for (auto h = p.head(i); h && steps <= p.end(); h = p.head(*h)) ++steps;
    EXPECT_LE(steps, p.end() - p.begin());
  }
  EXPECT_EQ(roots, 1u);
  EXPECT_EQ(p.relation(p.root()), Deprel::kRoot);
}

}  // namespace
}  // namespace herald::syntax
