#include <vector>

#include <gtest/gtest.h>

#include "herald/io.h"
#include "test_support.h"

namespace herald {
namespace {

using testing_support::write_temp_file;

struct ReadResult {
  std::vector<Story> stories;
  std::vector<Diagnostic> diagnostics;
  uint64_t skipped = 0;
  InputFormat format = InputFormat::kAuto;
};

ReadResult read_all(const std::string& path, InputFormat format = InputFormat::kAuto,
                    std::string default_date = "") {
  ReadResult result;
  ReadOptions options;
  options.format = format;
  options.default_date = std::move(default_date);
  options.sink = [&](const Diagnostic& d) { result.diagnostics.push_back(d); };
  std::unique_ptr<StoryReader> reader = StoryReader::open(path, options);
  if (!reader) return result;
  result.format = reader->format();
  Story story;
  while (reader->next(story)) result.stories.push_back(story);
  result.skipped = reader->skipped();
  return result;
}

TEST(NormalizeDate, AcceptsTheFormsFeedsUse) {
  EXPECT_EQ(normalize_date("2025-09-16"), "2025-09-16");
  EXPECT_EQ(normalize_date("20250916"), "2025-09-16");
  EXPECT_EQ(normalize_date("2025-09-16T08:30:00Z"), "2025-09-16");
  EXPECT_EQ(normalize_date("2024-02-29"), "2024-02-29");
}

TEST(NormalizeDate, RejectsWhatIsNotACalendarDate) {
  EXPECT_FALSE(normalize_date(""));
  EXPECT_FALSE(normalize_date("2025-13-01"));
  EXPECT_FALSE(normalize_date("2025-02-29"));
  EXPECT_FALSE(normalize_date("1900-02-29"));
  EXPECT_FALSE(normalize_date("2025-09-31"));
  EXPECT_FALSE(normalize_date("16/09/2025"));
  EXPECT_FALSE(normalize_date("2025-9-16"));
  EXPECT_FALSE(normalize_date("2025-09-16x"));
  EXPECT_FALSE(normalize_date("yesterday"));
}

TEST(TextReader, WholeFileIsOneStoryNamedAfterTheFile) {
  const std::string path = write_temp_file("petro.txt", "Petro spoke.\nHe left.\n");
  const ReadResult r = read_all(path, InputFormat::kAuto, "2025-09-16");
  EXPECT_EQ(r.format, InputFormat::kText);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "petro.txt");
  EXPECT_EQ(r.stories[0].date, "2025-09-16");
  EXPECT_EQ(r.stories[0].text, "Petro spoke.\nHe left.\n");
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(TextReader, InvalidUtf8IsReplacedWithOneWarningNamingTheOffset) {
  const std::string path = write_temp_file("bad.txt", std::string("ab\xff" "cd\xc3", 6));
  const ReadResult r = read_all(path);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].text, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].severity, Diagnostic::Severity::kWarning);
  EXPECT_EQ(r.diagnostics[0].byte_offset, 2u);
  EXPECT_NE(r.diagnostics[0].to_string().find("bad.txt"), std::string::npos);
  EXPECT_EQ(r.skipped, 0u);
}

TEST(TextReader, BomAndNulAreCleaned) {
  const std::string path =
      write_temp_file("bom.txt", std::string("\xEF\xBB\xBFHello\0world\r\n", 16));
  const ReadResult r = read_all(path, InputFormat::kText);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].text, "Hello world\r\n");
}

TEST(JsonLinesReader, ReadsFieldsAndKeepsTheRestAsMetadata) {
  const std::string path = write_temp_file(
      "stories.jsonl",
      "{\"id\": \"a1\", \"date\": \"2025-09-15\", \"text\": \"Colombia protested.\", "
      "\"title\": \"Dispute\", \"url\": \"https://example.org/a1\"}\n"
      "\n"
      "{\"id\": 7, \"date\": \"20250916\", \"text\": \"Bogot\\u00e1 replied.\"}\n");
  const ReadResult r = read_all(path);
  EXPECT_EQ(r.format, InputFormat::kJsonLines);
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_EQ(r.stories[0].id, "a1");
  EXPECT_EQ(r.stories[0].date, "2025-09-15");
  EXPECT_EQ(r.stories[0].text, "Colombia protested.");
  EXPECT_EQ(r.stories[0].metadata_json,
            "{\"title\":\"Dispute\",\"url\":\"https://example.org/a1\"}");
  EXPECT_EQ(r.stories[0].line, 1u);
  EXPECT_EQ(r.stories[1].id, "7");
  EXPECT_EQ(r.stories[1].date, "2025-09-16");
  EXPECT_EQ(r.stories[1].text, "Bogot\xC3\xA1 replied.");
  EXPECT_EQ(r.stories[1].line, 3u);
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(JsonLinesReader, MalformedRecordsAreReportedWithTheirLineAndSkipped) {
  const std::string path = write_temp_file(
      "mixed.jsonl",
      "{\"id\": \"ok1\", \"date\": \"2025-09-15\", \"text\": \"First.\"}\n"
      "{\"id\": \"broken\", \"text\": \"unterminated}\n"
      "{\"id\": \"notext\", \"date\": \"2025-09-15\"}\n"
      "{\"id\": \"baddate\", \"date\": \"2025-02-30\", \"text\": \"x\"}\n"
      "[1, 2, 3]\n"
      "{\"id\": \"numtext\", \"text\": 42}\n"
      "{\"id\": \"ok2\", \"date\": \"2025-09-16\", \"text\": \"Last.\"}");  // no final newline
  const ReadResult r = read_all(path);
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_EQ(r.stories[0].id, "ok1");
  EXPECT_EQ(r.stories[1].id, "ok2");
  EXPECT_EQ(r.skipped, 5u);
  ASSERT_EQ(r.diagnostics.size(), 5u);
  const uint64_t expected_lines[] = {2, 3, 4, 5, 6};
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(r.diagnostics[i].line, expected_lines[i]) << r.diagnostics[i].to_string();
    EXPECT_EQ(r.diagnostics[i].file, path);
    EXPECT_EQ(r.diagnostics[i].severity, Diagnostic::Severity::kError);
  }
  EXPECT_NE(r.diagnostics[0].message.find("bad JSON"), std::string::npos);
  EXPECT_NE(r.diagnostics[1].message.find("missing \"text\""), std::string::npos);
  EXPECT_NE(r.diagnostics[2].message.find("bad date"), std::string::npos);
}

TEST(JsonLinesReader, InvalidUtf8InsideAStringIsReplacedAndLocated) {
  const std::string first = "{\"id\": \"a\", \"text\": \"ok\"}\n";
  const std::string second = std::string("{\"id\": \"b\", \"text\": \"bad \xfe here\"}\n");
  const std::string path = write_temp_file("utf8.jsonl", first + second);
  const ReadResult r = read_all(path, InputFormat::kAuto, "2025-01-01");
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_EQ(r.stories[1].text, "bad \xEF\xBF\xBD here");
  EXPECT_EQ(r.stories[1].date, "2025-01-01");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].line, 2u);
  EXPECT_EQ(r.diagnostics[0].byte_offset, first.size() + second.find('\xfe'));
}

TEST(JsonLinesReader, MissingIdFallsBackToFileAndLine) {
  const std::string path = write_temp_file("noid.jsonl", "{\"text\": \"Anonymous.\"}\n");
  const ReadResult r = read_all(path);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "noid.jsonl:1");
}

TEST(JsonLinesReader, VeryLongLineIsReadWhole) {
  std::string text(3'000'000, 'a');
  const std::string path =
      write_temp_file("long.jsonl", "{\"id\": \"long\", \"text\": \"" + text + "\"}\n");
  const ReadResult r = read_all(path);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].text.size(), text.size());
}

TEST(PetrarchXmlReader, ReadsSentencesAndIgnoresParse) {
  const std::string path = write_temp_file(
      "records.xml",
      "<Sentences>\n"
      "<Sentence date=\"20250916\" id=\"COL-1\" source=\"wire\" sentence=\"true\">\n"
      "<Text>\n  Petro said Colombia would stop buying U.S. weapons.\n</Text>\n"
      "<Parse>(ROOT (S (NP (NNP Petro)) (VP (VBD said))))</Parse>\n"
      "</Sentence>\n"
      "<Sentence date=\"20250917\" id=\"COL-2\">\n"
      "<Text>Washington &amp; Bogota traded words.</Text>\n"
      "</Sentence>\n"
      "</Sentences>\n");
  const ReadResult r = read_all(path);
  EXPECT_EQ(r.format, InputFormat::kPetrarchXml);
  ASSERT_EQ(r.stories.size(), 2u);
  EXPECT_EQ(r.stories[0].id, "COL-1");
  EXPECT_EQ(r.stories[0].date, "2025-09-16");
  EXPECT_EQ(r.stories[0].text, "Petro said Colombia would stop buying U.S. weapons.");
  EXPECT_EQ(r.stories[0].metadata_json, "{\"sentence\":\"true\",\"source\":\"wire\"}");
  EXPECT_EQ(r.stories[0].line, 2u);
  EXPECT_EQ(r.stories[1].text, "Washington & Bogota traded words.");
  EXPECT_TRUE(r.diagnostics.empty());
}

TEST(PetrarchXmlReader, BadRecordsAreSkippedWithTheirLine) {
  const std::string path = write_temp_file(
      "bad_records.xml",
      "<Sentences>\n"
      "<Sentence id=\"no-date\"><Text>x</Text></Sentence>\n"
      "<Sentence id=\"bad-date\" date=\"20251340\"><Text>x</Text></Sentence>\n"
      "<Sentence id=\"no-text\" date=\"20250101\"></Sentence>\n"
      "<Sentence id=\"good\" date=\"20250101\"><Text>Fine.</Text></Sentence>\n"
      "</Sentences>\n");
  const ReadResult r = read_all(path);
  ASSERT_EQ(r.stories.size(), 1u);
  EXPECT_EQ(r.stories[0].id, "good");
  EXPECT_EQ(r.skipped, 3u);
  ASSERT_EQ(r.diagnostics.size(), 3u);
  EXPECT_EQ(r.diagnostics[0].line, 2u);
  EXPECT_EQ(r.diagnostics[1].line, 3u);
  EXPECT_EQ(r.diagnostics[2].line, 4u);
}

TEST(PetrarchXmlReader, BrokenXmlIsOneErrorNotACrash) {
  const std::string path =
      write_temp_file("broken.xml", "<Sentences>\n<Sentence date=\"20250101\"><Text>x</Sentence>\n");
  const ReadResult r = read_all(path);
  EXPECT_TRUE(r.stories.empty());
  EXPECT_EQ(r.skipped, 1u);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].message.find("bad XML"), std::string::npos);
  EXPECT_GE(r.diagnostics[0].line, 2u);
}

TEST(StoryReader, DetectsFormatFromContentWhenTheExtensionSaysNothing) {
  EXPECT_EQ(read_all(write_temp_file("a.data", "  {\"text\": \"x\"}\n")).format,
            InputFormat::kJsonLines);
  EXPECT_EQ(read_all(write_temp_file("b.data", "\n<Sentences></Sentences>")).format,
            InputFormat::kPetrarchXml);
  EXPECT_EQ(read_all(write_temp_file("c.data", "Plain words.")).format, InputFormat::kText);
  // --input wins over both extension and content.
  EXPECT_EQ(read_all(write_temp_file("d.jsonl", "{not json}"), InputFormat::kText).format,
            InputFormat::kText);
}

TEST(StoryReader, MissingFileIsReportedNotThrown) {
  const ReadResult r = read_all("/nonexistent/dir/story.txt");
  EXPECT_TRUE(r.stories.empty());
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_NE(r.diagnostics[0].to_string().find("/nonexistent/dir/story.txt"), std::string::npos);
}

}  // namespace
}  // namespace herald

namespace herald {
namespace {

// Random bytes, biased towards the characters that drive the readers' state, must never crash
// a reader, and every story it yields must hold valid UTF-8.
TEST(StoryReader, SurvivesRandomBytesInEveryFormat) {
  const std::string alphabet = "{}[]\":,\\<>/=\n\r\t abcdtextidate0129-\xC3\xA9\xFF\xFE\x80";
  uint64_t state = 0x9E3779B97F4A7C15ull;
  const auto next_random = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const InputFormat formats[] = {InputFormat::kText, InputFormat::kJsonLines,
                                 InputFormat::kPetrarchXml};
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    const size_t length = next_random() % 400;
    for (size_t i = 0; i < length; ++i) {
      bytes += next_random() % 8 == 0 ? static_cast<char>(next_random() % 256)
                                      : alphabet[next_random() % alphabet.size()];
    }
    const std::string path = testing_support::write_temp_file("random.bin", bytes);
    for (InputFormat format : formats) {
      ReadOptions options;
      options.format = format;
      options.default_date = "2025-01-01";
      std::unique_ptr<StoryReader> reader = StoryReader::open(path, options);
      ASSERT_NE(reader, nullptr);
      Story story;
      while (reader->next(story)) {
        for (unsigned char c : story.text) {
          ASSERT_NE(c, 0xFF) << "round " << round;
          ASSERT_NE(c, 0xFE) << "round " << round;
        }
      }
    }
  }
}

}  // namespace
}  // namespace herald
