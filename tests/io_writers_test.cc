#include <cstdio>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "herald/io.h"
#include "test_support.h"

namespace herald {
namespace {

Event tricky_event() {
  Event e;
  e.story_id = "col-usa-\"1\"";
  e.sentence_index = 2;
  e.date = "2025-09-16";
  e.source = "COLGOV";
  e.target = "USA";
  e.code = "163";
  e.root_code = "16";
  e.quad_class = 4;
  e.goldstein = -8.0;
  e.source_text = "Gustavo Petro";
  e.target_text = "the United States";
  e.verb_text = "stop buying";
  e.source_span = {10, 23};
  e.target_span = {50, 67};
  e.verb_span = {30, 41};
  e.sentence = "Petro, in Bogot\xC3\xA1, said \"no more\"\nweapons, \tfrom\\the U.S.";
  return e;
}

// Everything the writer wrote to a temporary file.
std::string written(OutputFormat format, const std::vector<Event>& events) {
  std::FILE* out = std::tmpfile();
  std::unique_ptr<EventWriter> writer = EventWriter::create(format, out);
  writer->write_header();
  for (const Event& e : events) writer->write(e);
  writer->flush();
  std::rewind(out);
  std::string contents;
  char buffer[4096];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, out)) > 0) contents.append(buffer, got);
  std::fclose(out);
  return contents;
}

TEST(JsonLinesWriter, WritesTheContractFieldsOnOneLine) {
  const std::string out = written(OutputFormat::kJsonLines, {tricky_event()});
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "a record must stay on one line";
  // Non-ASCII stays UTF-8; quotes, newlines, tabs and backslashes are escaped.
  EXPECT_NE(out.find("Bogot\xC3\xA1"), std::string::npos);
  EXPECT_NE(out.find("\\\"no more\\\"\\nweapons, \\tfrom\\\\the"), std::string::npos);

  const nlohmann::json record = nlohmann::json::parse(out);
  EXPECT_EQ(record["story_id"], "col-usa-\"1\"");
  EXPECT_EQ(record["sentence_index"], 2);
  EXPECT_EQ(record["date"], "2025-09-16");
  EXPECT_EQ(record["source"], "COLGOV");
  EXPECT_EQ(record["target"], "USA");
  EXPECT_EQ(record["code"], "163");
  EXPECT_EQ(record["root_code"], "16");
  EXPECT_EQ(record["quad_class"], 4);
  EXPECT_DOUBLE_EQ(record["goldstein"].get<double>(), -8.0);
  EXPECT_EQ(record["source_text"], "Gustavo Petro");
  EXPECT_EQ(record["target_text"], "the United States");
  EXPECT_EQ(record["verb_text"], "stop buying");
  EXPECT_EQ(record["source_span"], nlohmann::json::array({10, 23}));
  EXPECT_EQ(record["target_span"], nlohmann::json::array({50, 67}));
  EXPECT_EQ(record["verb_span"], nlohmann::json::array({30, 41}));
  EXPECT_EQ(record["sentence"], tricky_event().sentence);
}

TEST(JsonLinesWriter, UnknownCodesHaveNullClassAndScore) {
  Event e = tricky_event();
  e.code = "999";
  e.root_code = "99";
  e.quad_class.reset();
  e.goldstein.reset();
  const nlohmann::json record = nlohmann::json::parse(written(OutputFormat::kJsonLines, {e}));
  EXPECT_TRUE(record["quad_class"].is_null());
  EXPECT_TRUE(record["goldstein"].is_null());
  EXPECT_EQ(record["code"], "999");
}

TEST(JsonLinesWriter, NoHeaderAndNothingForNoEvents) {
  EXPECT_EQ(written(OutputFormat::kJsonLines, {}), "");
}

// A minimal RFC 4180 reader, to check that what the writer quotes reads back intact.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty() && field.empty()) rows.pop_back();
  return rows;
}

TEST(CsvWriter, HeaderThenQuotedFieldsThatReadBack) {
  const Event e = tricky_event();
  const std::string out = written(OutputFormat::kCsv, {e, e});
  const auto rows = parse_csv(out);
  ASSERT_EQ(rows.size(), 3u);
  ASSERT_EQ(rows[0].size(), kEventColumnCount);
  EXPECT_EQ(rows[0][0], "date");
  EXPECT_EQ(rows[0][kEventColumnCount - 1], "sentence");
  for (size_t r = 1; r < 3; ++r) {
    ASSERT_EQ(rows[r].size(), kEventColumnCount);
    EXPECT_EQ(rows[r][0], "2025-09-16");
    EXPECT_EQ(rows[r][1], "COLGOV");
    EXPECT_EQ(rows[r][3], "163");
    EXPECT_EQ(rows[r][5], "4");
    EXPECT_EQ(rows[r][6], "-8.0");
    EXPECT_EQ(rows[r][7], "col-usa-\"1\"");
    EXPECT_EQ(rows[r][kEventColumnCount - 1], e.sentence);
  }
  EXPECT_NE(out.find("\"col-usa-\"\"1\"\"\""), std::string::npos);
}

// Tables and JSON come from the two visitors of herald/event.h; every column must carry the
// value of the JSON field it stands for (a span's begin and end columns, its pair).
TEST(CsvWriter, EveryColumnAgreesWithTheJsonRecord) {
  const Event e = tricky_event();
  const auto rows = parse_csv(written(OutputFormat::kCsv, {e}));
  ASSERT_EQ(rows.size(), 2u);
  const nlohmann::json record = nlohmann::json::parse(event_to_json(e));
  size_t span_columns = 0;
  for (size_t column = 0; column < kEventColumnCount; ++column) {
    const std::string name(kEventColumns[column]);
    EXPECT_EQ(rows[0][column], name);
    const std::string& cell = rows[1][column];
    for (const char* end : {"_begin", "_end"}) {
      if (name.ends_with(end)) {
        const std::string field = name.substr(0, name.size() - std::string_view(end).size()) + "_span";
        ASSERT_TRUE(record.contains(field)) << name;
        EXPECT_EQ(cell, std::to_string(record[field][std::string_view(end) == "_begin" ? 0 : 1].get<uint32_t>()));
        ++span_columns;
      }
    }
    if (record.contains(name)) {
      const nlohmann::json& value = record[name];
      if (value.is_string()) {
        EXPECT_EQ(cell, value.get<std::string>()) << name;
      } else if (value.is_number_integer()) {
        EXPECT_EQ(cell, std::to_string(value.get<int64_t>())) << name;
      } else {
        EXPECT_DOUBLE_EQ(std::stod(cell), value.get<double>()) << name;
      }
    }
  }
  EXPECT_EQ(span_columns, 6u);
  EXPECT_EQ(record.size() + 3, kEventColumnCount) << "three spans in JSON are six columns in tables";
}

TEST(TsvWriter, EscapesTabsNewlinesAndBackslashes) {
  const std::string out = written(OutputFormat::kTsv, {tricky_event()});
  const size_t header_end = out.find('\n');
  ASSERT_NE(header_end, std::string::npos);
  const std::string row = out.substr(header_end + 1);
  EXPECT_EQ(row.find('\n'), row.size() - 1) << "the embedded newline must be escaped";
  size_t tabs = 0;
  for (char c : row) tabs += c == '\t';
  EXPECT_EQ(tabs, kEventColumnCount - 1) << "the embedded tab must be escaped";
  EXPECT_NE(row.find("\"no more\"\\nweapons, \\tfrom\\\\the U.S."), std::string::npos);
  EXPECT_NE(row.find("Bogot\xC3\xA1"), std::string::npos);
}

TEST(ParseFormatNames, KnownAndUnknown) {
  EXPECT_EQ(parse_input_format("petrarch-xml"), InputFormat::kPetrarchXml);
  EXPECT_EQ(parse_input_format("jsonl"), InputFormat::kJsonLines);
  EXPECT_FALSE(parse_input_format("xml"));
  EXPECT_EQ(parse_output_format("tsv"), OutputFormat::kTsv);
  EXPECT_FALSE(parse_output_format("parquet"));
}

}  // namespace
}  // namespace herald
