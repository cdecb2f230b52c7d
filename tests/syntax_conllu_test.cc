// Reading CoNLL-U: words, multiword tokens aligned to the text, and errors that say where.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "syntax/conllu.h"
#include "test_support.h"

namespace herald::syntax {
namespace {

using testing_support::write_temp_file;

TEST(SyntaxConllu, ReadsWordsTagsAndTrees) {
  const auto sentences = read_conllu(HERALD_SOURCE_DIR "/tests/data/syntax/news_fixtures.conllu");
  ASSERT_EQ(sentences.size(), 7u);
  const GoldSentence& passive = sentences[1];
  EXPECT_TRUE(sentences[0].new_document);
  EXPECT_FALSE(passive.new_document);
  EXPECT_EQ(passive.text, "The minister was killed by gunmen.");
  ASSERT_EQ(passive.words.size(), 7u);
  EXPECT_EQ(passive.words[1].form, "minister");
  EXPECT_EQ(passive.words[1].deprel, Deprel::kNsubjPass);
  EXPECT_EQ(passive.words[1].head, 4u);
  EXPECT_EQ(passive.words[3].upos, Upos::kVerb);
  EXPECT_EQ(xpos_name(passive.words[3].xpos), "VBN");
  EXPECT_EQ(passive.words[3].lemma, "kill");
  EXPECT_EQ(passive.words[5].deprel, Deprel::kOblAgent);
  // "gunmen" is at code points 27..33 of the text; "." follows without a space.
  EXPECT_TRUE(passive.words[5].aligned);
  EXPECT_EQ(passive.words[5].begin, 27u);
  EXPECT_EQ(passive.words[5].end, 33u);
  EXPECT_EQ(passive.words[6].begin, 33u);
}

TEST(SyntaxConllu, SplitsMultiwordTokensAlongTheirSpelling) {
  const auto sentences = read_conllu(HERALD_SOURCE_DIR "/tests/data/syntax/news_fixtures.conllu");
  const GoldSentence& s = sentences[6];  // China didn't condemn the strike.
  ASSERT_EQ(s.words.size(), 7u);
  EXPECT_EQ(s.words[1].form, "did");
  EXPECT_EQ(s.words[1].begin, 6u);
  EXPECT_EQ(s.words[1].end, 9u);
  EXPECT_EQ(s.words[2].form, "n't");
  EXPECT_EQ(s.words[2].begin, 9u);
  EXPECT_EQ(s.words[2].end, 12u);
  EXPECT_EQ(s.words[2].lemma, "not");
}

TEST(SyntaxConllu, SkipsEmptyNodesAndUnspelledMultiwordTokensStayUnaligned) {
  const std::string path = write_temp_file("mwt.conllu",
                                           "# text = gonna go\n"
                                           "1-2\tgonna\t_\t_\t_\t_\t_\t_\t_\t_\n"
                                           "1\tgoing\tgo\tVERB\tVBG\t_\t0\troot\t_\t_\n"
                                           "1.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t0:root\t_\n"
                                           "2\tto\tto\tPART\tTO\t_\t3\tmark\t_\t_\n"
                                           "3\tgo\tgo\tVERB\tVB\t_\t1\txcomp\t_\t_\n");
  const auto sentences = read_conllu(path);
  ASSERT_EQ(sentences.size(), 1u);
  ASSERT_EQ(sentences[0].words.size(), 3u);
  EXPECT_FALSE(sentences[0].words[0].aligned);
  EXPECT_FALSE(sentences[0].words[1].aligned);
  EXPECT_TRUE(sentences[0].words[2].aligned);
  EXPECT_EQ(sentences[0].words[2].begin, 6u);
}

std::string error_of(const std::string& contents) {
  const std::string path = write_temp_file("bad.conllu", contents);
  try {
    read_conllu(path);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "no error";
}

TEST(SyntaxConllu, ErrorsNameFileLineAndByte) {
  const std::string good = "# text = Hi\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n";
  EXPECT_NE(error_of(good + "1\tHi\thi\tINTJ\n").find("bad.conllu:4: error: expected 10 tab-separated columns (byte 42)"),
            std::string::npos)
      << error_of(good + "1\tHi\thi\tINTJ\n");
  EXPECT_NE(error_of("1\tHi\thi\tNOPE\tUH\t_\t0\troot\t_\t_\n").find(":1: error: unknown UPOS 'NOPE'"),
            std::string::npos);
  EXPECT_NE(error_of("2\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n").find("out of sequence"), std::string::npos);
  EXPECT_NE(error_of("1\tHi\thi\tINTJ\tUH\t_\t7\troot\t_\t_\n\n").find("HEAD points past the end"),
            std::string::npos);
  EXPECT_NE(error_of("1\tHi\thi\tINTJ\tUH\t_\tx\troot\t_\t_\n").find("bad HEAD 'x'"), std::string::npos);
  EXPECT_NE(error_of("").find("no error"), std::string::npos);
  EXPECT_THROW(read_conllu("/nonexistent/file.conllu"), std::runtime_error);
}

TEST(SyntaxTagset, NamesRoundTripAndSubtypesFallBack) {
  for (size_t i = 0; i < kDeprelCount; ++i) {
    const auto r = static_cast<Deprel>(i);
    EXPECT_EQ(deprel_from_name(deprel_name(r)), r);
  }
  for (size_t i = 0; i < kUposCount; ++i) {
    const auto u = static_cast<Upos>(i);
    EXPECT_EQ(upos_from_name(upos_name(u)), u);
  }
  for (uint8_t x = 0; x < kXposCount; ++x) EXPECT_EQ(xpos_from_name(xpos_name(x)), x);
  EXPECT_EQ(deprel_from_name("obl:tmod"), Deprel::kObl);
  EXPECT_EQ(deprel_from_name("nsubj:pass"), Deprel::kNsubjPass);
  EXPECT_FALSE(deprel_from_name("nonsense").has_value());
  EXPECT_FALSE(upos_from_name("NN").has_value());
}

}  // namespace
}  // namespace herald::syntax
