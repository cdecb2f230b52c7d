// Randomized and extreme inputs through clean_utf8 + segment: nothing crashes, and the
// tokens and sentences always satisfy the invariants the rest of the pipeline relies on.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "herald/text.h"

namespace herald::text {
namespace {

bool is_ascii_graphic(unsigned char c) { return c > 0x20 && c < 0x7F; }
bool is_ascii_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Code points in [0, byte), counted independently of the library: every byte that is not
// 10xxxxxx starts one.
uint32_t code_points_before(std::string_view text, uint32_t byte) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < byte; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

void check_invariants(const Document& doc) {
  const std::string_view text = doc.text;
  uint32_t previous_end = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    ASSERT_LT(t.byte_begin, t.byte_end) << "empty token " << i;
    ASSERT_LE(t.byte_end, text.size());
    ASSERT_GE(t.byte_begin, previous_end) << "tokens overlap or go backwards at " << i;
    ASSERT_EQ(t.text, text.substr(t.byte_begin, t.byte_end - t.byte_begin));
    ASSERT_EQ(t.text.data(), text.data() + t.byte_begin) << "token text must view the document";
    ASSERT_EQ(t.span.begin, code_points_before(text, t.byte_begin));
    ASSERT_EQ(t.span.end, code_points_before(text, t.byte_end));
    for (unsigned char c : t.text)
      ASSERT_FALSE(is_ascii_space(c)) << "whitespace inside token " << i;
    // Nothing printable is dropped between tokens.
    for (uint32_t b = previous_end; b < t.byte_begin; ++b) {
      ASSERT_FALSE(is_ascii_graphic(static_cast<unsigned char>(text[b])))
          << "byte " << b << " belongs to no token";
    }
    const bool gap_follows =
        t.byte_end < text.size() &&
        (i + 1 == doc.tokens.size() || doc.tokens[i + 1].byte_begin > t.byte_end);
    ASSERT_EQ(t.space_after, gap_follows) << "space_after of token " << i;
    previous_end = t.byte_end;
  }
  for (uint32_t b = previous_end; b < text.size(); ++b) {
    ASSERT_FALSE(is_ascii_graphic(static_cast<unsigned char>(text[b]))) << "trailing byte " << b;
  }

  uint32_t next_token = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.token_begin, next_token) << "sentences must cover tokens in order";
    ASSERT_LT(s.token_begin, s.token_end) << "empty sentence";
    ASSERT_LE(s.size(), kMaxSentenceTokens);
    const Token& first = doc.tokens[s.token_begin];
    const Token& last = doc.tokens[s.token_end - 1];
    ASSERT_EQ(s.byte_begin, first.byte_begin);
    ASSERT_EQ(s.byte_end, last.byte_end);
    ASSERT_EQ(s.span, (Span{first.span.begin, last.span.end}));
    next_token = s.token_end;
  }
  ASSERT_EQ(next_token, doc.tokens.size());
}

// Pieces that exercise every branch of the tokenizer and splitter, valid and not.
const std::vector<std::string_view>& pieces() {
  static const std::vector<std::string_view> all = {
      "a",
      "Z",
      "word",
      "The",
      "said",
      "7",
      "1,000.50",
      " ",
      " ",
      " ",
      "\n",
      "\r\n",
      "\r",
      "\n\n",
      "\n    ",
      "\t",
      ".",
      ".",
      ",",
      ";",
      ":",
      "!",
      "?",
      "'",
      "\"",
      "`",
      "-",
      "--",
      "...",
      "(",
      ")",
      "[",
      "]",
      "<",
      ">",
      "/",
      "&",
      "@",
      "#",
      "$",
      "%",
      "_",
      "U.S.",
      "Gen.",
      "No.",
      "Sept.",
      "Inc.",
      "a.m.",
      "n't",
      "'s",
      "’s",
      "'re",
      "http://",
      "https://x.org/",
      "www.",
      "://",
      "e\xCC\x81",
      "\xC3\xA9",
      "\xE2\x80\x99",
      "\xE2\x80\x9C",
      "\xE2\x80\x9D",
      "\xE2\x80\x94",
      "\xE2\x80\x93",
      "\xE2\x80\xA6",
      "\xC2\xA0",
      "\xE2\x80\x8B",
      "\xE2\x80\x8D",
      "\xEF\xB8\x8F",
      "\xF0\x9F\x91\x8D",
      "\xF0\x9F\x8F\xBD",
      "\xF0\x9F\x87\xA8",
      "\xE2\x80\xA8",
      "\xE2\x80\xA9",
      "\xC2\x85",
      "\xC2\xAD",
      "\xEF\xBB\xBF",
      "\xEF\xBF\xBD",
      "\x0C",
      "\x03",
      "\x7F",
      std::string_view("\0", 1),
      "\x80",
      "\xC0",
      "\xE2\x82",
      "\xF4\x90",
      "\xFF",
      "\xED\xA0\x80",
      "\xF0\x9F",
      "BOGOTA",
      "(Reuters)",
      "\xD0\x9C\xD0\xBE",
      "\xE4\xB8\xAD",
  };
  return all;
}

std::string random_text(std::mt19937_64& rng) {
  std::uniform_int_distribution<size_t> pick(0, pieces().size() - 1);
  std::uniform_int_distribution<int> length(0, 120);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string text;
  const int n = length(rng);
  for (int i = 0; i < n; ++i) {
    if (byte(rng) < 16) {
      text.push_back(static_cast<char>(byte(rng)));  // a raw random byte now and then
    } else {
      text += pieces()[pick(rng)];
    }
  }
  return text;
}

TEST(TextRobustness, RandomInputsKeepInvariants) {
  std::mt19937_64 rng(1987);
  for (int round = 0; round < 4000; ++round) {
    const std::string raw = random_text(rng);
    SCOPED_TRACE(testing::PrintToString(raw));
    Document cleaned;
    cleaned.text = clean_utf8(raw);
    segment(cleaned);
    check_invariants(cleaned);
    if (HasFatalFailure()) return;
    // segment() must survive text that skipped cleaning, too.
    Document unclean;
    unclean.text = raw;
    segment(unclean);
    check_invariants(unclean);
    if (HasFatalFailure()) return;
  }
}

TEST(TextRobustness, PurelyRandomBytes) {
  std::mt19937_64 rng(16);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 2000; ++round) {
    std::string raw(static_cast<size_t>(round % 200), '\0');
    for (char& c : raw) c = static_cast<char>(byte(rng));
    SCOPED_TRACE(testing::PrintToString(raw));
    Document doc;
    doc.text = clean_utf8(raw);
    segment(doc);
    check_invariants(doc);
    if (HasFatalFailure()) return;
  }
}

// A 5 MB line with no newline, in several shapes; each must segment in linear time.
TEST(TextRobustness, VeryLongLines) {
  constexpr size_t kSize = 5 * 1024 * 1024;
  const std::vector<std::string_view> units = {
      "word ",
      "x",
      ".",
      "-",
      "'",
      "U.S.",
      "a,",
      "\xE2\x80\x94",
      "\xF0\x9F\x91\x8D\xE2\x80\x8D",
      "(",
      "1,0",
      "http://a.b/",
      "n't ",
  };
  for (std::string_view unit : units) {
    std::string text;
    text.reserve(kSize + unit.size());
    while (text.size() < kSize) text += unit;
    Document doc;
    doc.text = clean_utf8(text);
    const auto start = std::chrono::steady_clock::now();
    segment(doc);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 20.0) << "unit " << testing::PrintToString(std::string(unit));
    ASSERT_FALSE(doc.tokens.empty());
    EXPECT_EQ(doc.tokens.front().byte_begin, 0u);
    EXPECT_LE(doc.tokens.back().byte_end, doc.text.size());
    for (const Sentence& s : doc.sentences) ASSERT_LE(s.size(), kMaxSentenceTokens);
    EXPECT_EQ(doc.sentences.back().token_end, doc.tokens.size());
  }
}

}  // namespace
}  // namespace herald::text
