// clean_utf8, count_code_points and utf8_warning.
#include <gtest/gtest.h>
#include <utf8proc.h>

#include <random>
#include <string>
#include <string_view>

#include "herald/text.h"

namespace herald::text {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string clean(std::string_view bytes, Utf8Report* report = nullptr) {
  return clean_utf8(bytes, report);
}

TEST(CleanUtf8, AsciiIsUnchanged) {
  Utf8Report report;
  const std::string text = "BOGOTA, Sept 16 (Reuters) - Troops\r\nwithdrew.\n\tDone.";
  EXPECT_EQ(clean(text, &report), text);
  EXPECT_EQ(report.invalid_sequences, 0u);
  EXPECT_EQ(report.nul_bytes, 0u);
  EXPECT_FALSE(report.had_bom);
}

TEST(CleanUtf8, ValidSequencesAtTheEdgesAreKept) {
  // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
  const std::string text =
      "\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF"
      "\xBF";
  Utf8Report report;
  EXPECT_EQ(clean(text, &report), text);
  EXPECT_EQ(report.invalid_sequences, 0u);
}

TEST(CleanUtf8, LeadingByteOrderMarkIsDroppedOthersKept) {
  Utf8Report report;
  EXPECT_EQ(clean("\xEF\xBB\xBFHello \xEF\xBB\xBFworld", &report), "Hello \xEF\xBB\xBFworld");
  EXPECT_TRUE(report.had_bom);
  EXPECT_EQ(report.invalid_sequences, 0u);
}

TEST(CleanUtf8, NulBecomesSpaceSoOffsetsDoNotMove) {
  Utf8Report report;
  const std::string input("a\0b\0\0c", 6);
  const std::string out = clean(input, &report);
  EXPECT_EQ(out, "a b  c");
  EXPECT_EQ(report.nul_bytes, 3u);
  EXPECT_EQ(report.invalid_sequences, 0u);
}

// The worked example from the Unicode standard (section 3.9, "U+FFFD Substitution of
// Maximal Subparts"): each maximal subpart of an ill-formed sequence becomes one U+FFFD.
TEST(CleanUtf8, MaximalSubpartsFollowTheUnicodeExample) {
  Utf8Report report;
  const std::string out = clean("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64", &report);
  EXPECT_EQ(out, "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d");
  EXPECT_EQ(report.invalid_sequences, 6u);
  EXPECT_EQ(report.first_invalid_offset, 1u);
}

TEST(CleanUtf8, IllFormedSequences) {
  struct Case {
    std::string_view input;
    size_t replacements;
  };
  const Case cases[] = {
      {"\x80", 1},              // lone continuation byte
      {"\xBF\x80", 2},          // two of them
      {"\xC0\xAF", 2},          // overlong '/': C0 can never start a sequence
      {"\xC1\xBF", 2},          // overlong
      {"\xE0\x80\xAF", 3},      // overlong three-byte form
      {"\xED\xA0\x80", 3},      // UTF-16 surrogate
      {"\xF0\x80\x80\x80", 4},  // overlong four-byte form
      {"\xF4\x90\x80\x80", 4},  // above U+10FFFF
      {"\xF5\x80", 2},          // F5 can never start a sequence
      {"\xFF", 1},
      {"\xE2\x82", 1},      // truncated at the end: one maximal subpart
      {"\xF0\x9F\x98", 1},  // truncated four-byte sequence
      {"\xC2", 1},
  };
  for (const Case& c : cases) {
    Utf8Report report;
    std::string expected;
    for (size_t i = 0; i < c.replacements; ++i) expected += kFffd;
    EXPECT_EQ(clean(c.input, &report), expected) << testing::PrintToString(std::string(c.input));
    EXPECT_EQ(report.invalid_sequences, c.replacements);
  }
}

TEST(CleanUtf8, TruncatedSequenceBeforeAsciiKeepsTheAscii) {
  EXPECT_EQ(clean("\xE2\x82"
                  "A"),
            kFffd + "A");
  EXPECT_EQ(clean("\xF0\x9F"
                  " x"),
            kFffd + " x");
}

TEST(CleanUtf8, FirstInvalidOffsetIsInInputBytes) {
  Utf8Report report;
  // 19 ASCII bytes (past the 8-byte fast path), then an invalid byte, then another.
  clean("Troops withdrew at \xA0 dawn \xFF", &report);
  EXPECT_EQ(report.first_invalid_offset, 19u);
  EXPECT_EQ(report.invalid_sequences, 2u);
  // The offset counts the byte-order mark, since the caller reports on the file as read.
  clean(
      "\xEF\xBB\xBF"
      "ab\xC3",
      &report);
  EXPECT_TRUE(report.had_bom);
  EXPECT_EQ(report.first_invalid_offset, 5u);
}

TEST(CleanUtf8, ReportIsResetOnEachCall) {
  Utf8Report report;
  clean("\xFF\x00", &report);
  EXPECT_EQ(report.invalid_sequences, 1u);
  clean("fine", &report);
  EXPECT_EQ(report.invalid_sequences, 0u);
  EXPECT_EQ(report.nul_bytes, 0u);
}

TEST(CleanUtf8, OutputIsAlwaysValidUtf8) {
  std::mt19937_64 rng(20240916);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> length(0, 64);
  for (int round = 0; round < 20000; ++round) {
    std::string input(static_cast<size_t>(length(rng)), '\0');
    for (char& c : input) c = static_cast<char>(byte(rng));
    const std::string out = clean(input);
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(out.data());
    utf8proc_ssize_t remaining = static_cast<utf8proc_ssize_t>(out.size());
    while (remaining > 0) {
      utf8proc_int32_t cp;
      const utf8proc_ssize_t n = utf8proc_iterate(p, remaining, &cp);
      ASSERT_GT(n, 0) << "invalid output for input " << testing::PrintToString(input);
      ASSERT_NE(cp, 0);
      p += n;
      remaining -= n;
    }
  }
}

TEST(CountCodePoints, CountsCodePointsNotBytes) {
  EXPECT_EQ(count_code_points(""), 0u);
  EXPECT_EQ(count_code_points("abc"), 3u);
  EXPECT_EQ(count_code_points("Bogot\xC3\xA1"), 6u);
  EXPECT_EQ(count_code_points("\xE2\x80\x9CPeace\xE2\x80\x9D \xF0\x9F\x87\xA8\xF0\x9F\x87\xB4"),
            10u);
  // Long enough to use the word-at-a-time path, with multi-byte characters across words.
  std::string long_text;
  for (int i = 0; i < 50; ++i) long_text += "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";
  EXPECT_EQ(count_code_points(long_text), 200u);
}

TEST(CountCodePoints, AgreesWithUtf8proc) {
  std::mt19937_64 rng(7);
  const char32_t samples[] = {'a', ' ', 0xE9, 0x2014, 0x1F600, 0x10FFFF, 0x800, 0x7F};
  std::uniform_int_distribution<size_t> pick(0, std::size(samples) - 1);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const size_t n = round % 40;
    for (size_t i = 0; i < n; ++i) {
      utf8proc_uint8_t buffer[4];
      const auto len =
          utf8proc_encode_char(static_cast<utf8proc_int32_t>(samples[pick(rng)]), buffer);
      text.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(len));
    }
    EXPECT_EQ(count_code_points(text), n);
  }
}

TEST(Utf8Warning, NamesSourceOffsetAndCount) {
  Utf8Report report;
  clean("ok \xFF then \xC3", &report);
  const std::string warning = utf8_warning(report, "stories/day1.jsonl");
  EXPECT_NE(warning.find("stories/day1.jsonl"), std::string::npos) << warning;
  EXPECT_NE(warning.find("byte offset 3"), std::string::npos) << warning;
  EXPECT_NE(warning.find("2 sequences"), std::string::npos) << warning;
}

TEST(Utf8Warning, SilentWhenNothingWasInvalid) {
  Utf8Report report;
  clean(std::string_view("\xEF\xBB\xBF"
                         "fine\0",
                         8),
        &report);
  EXPECT_EQ(utf8_warning(report, "x.txt"), "");
}

}  // namespace
}  // namespace herald::text
