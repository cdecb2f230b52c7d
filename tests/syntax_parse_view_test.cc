// The Parse view over hand-built trees: heads, dependents by relation, and the noun-phrase rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "herald/parse.h"

namespace herald::syntax {
namespace {

struct Word {
  const char* form;
  uint32_t head;  // 1-based within the sentence, 0 for the root
  Deprel relation;
};

// Appends a sentence of `words` (separated by single spaces) to `doc`.
void add_sentence(Document& doc, const std::vector<Word>& words) {
  Sentence sentence;
  sentence.token_begin = static_cast<uint32_t>(doc.tokens.size());
  for (const Word& w : words) {
    if (!doc.text.empty()) doc.text += ' ';
    Token t;
    t.byte_begin = static_cast<uint32_t>(doc.text.size());
    t.span.begin = t.byte_begin;  // ASCII: code points are bytes
    doc.text += w.form;
    t.byte_end = static_cast<uint32_t>(doc.text.size());
    t.span.end = t.byte_end;
    t.head = w.head == 0 ? kNoHead : sentence.token_begin + w.head - 1;
    t.deprel = static_cast<uint8_t>(w.relation);
    doc.tokens.push_back(t);
  }
  sentence.token_end = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(sentence);
  for (Token& t : doc.tokens) t.text = std::string_view(doc.text).substr(t.byte_begin, t.byte_end - t.byte_begin);
}

std::string phrase_text(const Document& doc, const Phrase& p) {
  return doc.text.substr(doc.tokens[p.first].byte_begin, doc.tokens[p.last].byte_end - doc.tokens[p.first].byte_begin);
}

class ParseViewTest : public ::testing::Test {
 protected:
  void SetUp() override {
    add_sentence(doc_, {{"The", 3, Deprel::kDet},
                        {"prime", 3, Deprel::kAmod},
                        {"minister", 10, Deprel::kNsubj},
                        {"of", 5, Deprel::kCase},
                        {"Israel", 3, Deprel::kNmod},
                        {",", 8, Deprel::kPunct},
                        {"who", 8, Deprel::kNsubj},
                        {"spoke", 3, Deprel::kAclRelcl},
                        {",", 8, Deprel::kPunct},
                        {"met", 0, Deprel::kRoot},
                        {"the", 12, Deprel::kDet},
                        {"leaders", 10, Deprel::kObj},
                        {".", 10, Deprel::kPunct}});
    add_sentence(doc_, {{"Protesters", 3, Deprel::kNsubjPass},
                        {"were", 3, Deprel::kAuxPass},
                        {"dispersed", 0, Deprel::kRoot},
                        {"by", 6, Deprel::kCase},
                        {"the", 6, Deprel::kDet},
                        {"police", 3, Deprel::kOblAgent},
                        {"and", 8, Deprel::kCc},
                        {"troops", 6, Deprel::kConj},
                        {".", 3, Deprel::kPunct}});
  }
  Document doc_;
};

TEST_F(ParseViewTest, HeadsAndChildrenUseDocumentIndices) {
  const Parse second(doc_, doc_.sentences[1]);
  EXPECT_EQ(second.begin(), 13u);
  EXPECT_EQ(second.end(), 22u);
  EXPECT_EQ(second.root(), 15u);
  EXPECT_FALSE(second.head(15).has_value());
  EXPECT_EQ(second.head(13), 15u);
  const std::vector<uint32_t> children(second.children(15).begin(), second.children(15).end());
  EXPECT_EQ(children, (std::vector<uint32_t>{13, 14, 18, 21}));
}

TEST_F(ParseViewTest, DependentsByRelationAreExact) {
  const Parse first(doc_, doc_.sentences[0]);
  EXPECT_EQ(first.root(), 9u);
  EXPECT_EQ(first.dependent(9, Deprel::kNsubj), 2u);
  EXPECT_EQ(first.dependent(9, Deprel::kObj), 11u);
  EXPECT_FALSE(first.dependent(9, Deprel::kNsubjPass).has_value());
  EXPECT_EQ(first.dependent(2, Deprel::kAclRelcl), 7u);

  const Parse second(doc_, doc_.sentences[1]);
  EXPECT_EQ(second.dependent(15, Deprel::kNsubjPass), 13u);
  EXPECT_FALSE(second.dependent(15, Deprel::kNsubj).has_value());
  std::vector<uint32_t> punct;
  for (uint32_t c : second.dependents(15, Deprel::kPunct)) punct.push_back(c);
  EXPECT_EQ(punct, (std::vector<uint32_t>{21}));
}

TEST_F(ParseViewTest, NounPhraseStopsAtRelativeClauseAndPunctuation) {
  const Parse first(doc_, doc_.sentences[0]);
  const Phrase subject = first.noun_phrase(2);
  EXPECT_EQ(phrase_text(doc_, subject), "The prime minister of Israel");
  EXPECT_EQ(subject.span.begin, 0u);
  EXPECT_EQ(subject.span.end, 28u);
  EXPECT_EQ(phrase_text(doc_, first.subtree(2)), "The prime minister of Israel , who spoke ,");
  EXPECT_EQ(phrase_text(doc_, first.noun_phrase(11)), "the leaders");
}

TEST_F(ParseViewTest, NounPhraseLeavesOutCaseMarkerAndConjuncts) {
  const Parse second(doc_, doc_.sentences[1]);
  EXPECT_EQ(phrase_text(doc_, second.noun_phrase(18)), "the police");
  EXPECT_EQ(phrase_text(doc_, second.noun_phrase(20)), "troops");
  EXPECT_EQ(phrase_text(doc_, second.subtree(18)), "by the police and troops");
}

}  // namespace
}  // namespace herald::syntax
