// Readers for the PETRARCH (XML) and TABARI (plain text) validation suites.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "herald/dictionary_date.h"
#include "herald/io.h"
#include "herald/text.h"
#include "herald/validation.h"
#include "io/readers.h"

namespace herald {

using io::LineIndex;
using io::trim;

bool ValidationSuite::includes(const ValidationRecord& record) const {
  if (included_categories.empty()) return true;
  for (const std::string& category : included_categories) {
    if (category == record.category) return true;
  }
  return false;
}

namespace {

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> words;
  std::istringstream in{std::string(s)};
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

class Reporter {
 public:
  Reporter(const std::string& path, const DiagnosticSink& sink) : path_(path), sink_(sink) {}
  void error(uint64_t line, std::string message) const {
    if (!sink_) return;
    Diagnostic diagnostic;
    diagnostic.file = path_;
    diagnostic.line = line;
    diagnostic.message = std::move(message);
    sink_(diagnostic);
  }

 private:
  const std::string& path_;
  const DiagnosticSink& sink_;
};

// --- PETRARCH -------------------------------------------------------------------------------

void read_petrarch_environment(pugi::xml_node environment, ValidationSuite& suite) {
  for (pugi::xml_node file : environment.children("Actorfile")) {
    suite.actor_files.emplace_back(trim(file.text().get()));
  }
  suite.agent_file = std::string(trim(environment.child("Agentfile").text().get()));
  suite.verb_file = std::string(trim(environment.child("Verbfile").text().get()));
  suite.discard_file = std::string(trim(environment.child("Discardfile").text().get()));
  suite.included_categories = split_words(environment.child("Include").text().get());
}

bool read_petrarch_record(pugi::xml_node node, uint64_t line, const Reporter& reporter,
                          ValidationRecord& record) {
  record.story.line = line;
  record.story.id = node.attribute("id").value();
  record.category = node.attribute("category").value();
  const pugi::xml_node text = node.child("Text");
  if (!text) {
    reporter.error(line, "record " + record.story.id + " has no <Text>; skipped");
    return false;
  }
  record.story.text = std::string(trim(text.text().get()));
  const std::optional<std::string> date = normalize_date(node.attribute("date").value());
  if (!date) {
    reporter.error(line, "record " + record.story.id + " has a bad date \"" +
                             node.attribute("date").value() + "\"; skipped");
    return false;
  }
  record.story.date = *date;
  for (pugi::xml_node coding : node.children("EventCoding")) {
    if (coding.attribute("noevents")) {
      record.expectation = ValidationRecord::Expectation::kNoEvents;
    } else if (coding.attribute("error")) {
      record.expectation = ValidationRecord::Expectation::kError;
    } else {
      record.expected.push_back({coding.attribute("sourcecode").value(),
                                 coding.attribute("targetcode").value(),
                                 coding.attribute("eventcode").value()});
    }
  }
  return true;
}

ValidationSuite read_petrarch_suite(const std::string& text, const Reporter& reporter) {
  ValidationSuite suite;
  suite.format = ValidationSuite::Format::kPetrarch;
  pugi::xml_document document;
  const LineIndex lines(text);
  const pugi::xml_parse_result result =
      document.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!result) {
    reporter.error(lines.line_at(result.offset), std::string("bad XML: ") + result.description());
    return suite;
  }
  read_petrarch_environment(document.select_node("//Environment").node(), suite);

  // Options and records interleave, and an option applies to the records after it, so walk
  // them in document order.
  std::vector<std::pair<std::string, std::string>> options;
  pugi::xpath_node_set nodes = document.select_nodes("//Config | //Sentence | //Stop");
  nodes.sort();
  for (const pugi::xpath_node& found : nodes) {
    const pugi::xml_node node = found.node();
    const std::string_view name = node.name();
    if (name == "Stop") break;
    if (name == "Config") {
      options.emplace_back(node.attribute("option").value(), node.attribute("value").value());
      continue;
    }
    ValidationRecord record;
    if (read_petrarch_record(node, lines.line_at(node.offset_debug()), reporter, record)) {
      record.options = options;
      suite.records.push_back(std::move(record));
    }
  }
  return suite;
}

// --- TABARI ---------------------------------------------------------------------------------

// A record header: six digits (YYMMDD), blanks, an id.
bool parse_tabari_header(std::string_view line, std::string& date, std::string& id) {
  if (line.size() < 8) return false;
  for (size_t i = 0; i < 6; ++i) {
    if (line[i] < '0' || line[i] > '9') return false;
  }
  if (line[6] != ' ' && line[6] != '\t') return false;
  const std::string_view rest = trim(line.substr(6));
  if (rest.empty()) return false;
  id = std::string(rest.substr(0, rest.find_first_of(" \t")));
  // Two-digit years are read as dictionary dates are (00-30: 20xx, 31-99: 19xx), so a record
  // and the actor restrictions it tests agree on the century.
  const std::optional<lexicon::Day> day = lexicon::parse_dictionary_date(line.substr(0, 6));
  if (!day) {
    date = std::string(line.substr(0, 6));  // reported as a bad date by the caller
    return true;
  }
  const lexicon::CivilDate civil = lexicon::civil_from_day(*day);
  date = fmt::format("{:04}-{:02}-{:02}", civil.year, civil.month, civil.day);
  return true;
}

struct TabariFields {
  int total = 0;   // TABARI's validation stops at the first record with none
  int checks = 0;  // fields other than OPTION; a record with none only sets options
};

// Reads the {...} fields of a record's comment into `record` and `options`.
TabariFields parse_tabari_fields(std::string_view comment, uint64_t line, const Reporter& reporter,
                                 ValidationRecord& record,
                                 std::vector<std::pair<std::string, std::string>>& options) {
  TabariFields fields;
  bool special = false;
  for (size_t open = comment.find('{'); open != std::string_view::npos;
       open = comment.find('{', open + 1)) {
    const size_t close = comment.find('}', open);
    if (close == std::string_view::npos) {
      reporter.error(line, "record " + record.story.id + ": '{' without '}'");
      break;
    }
    ++fields.total;
    const bool unchecked = open > 0 && comment[open - 1] == '-';
    const std::string_view field = trim(comment.substr(open + 1, close - open - 1));
    std::string compact;
    for (char c : field) {
      if (c != ' ') compact += c;
    }
    if (field.starts_with("OPTION:")) {
      options.emplace_back("OPTION", std::string(trim(field.substr(7))));
      open = close;
      continue;
    }
    ++fields.checks;
    if (compact == "---") {
      record.expectation = ValidationRecord::Expectation::kNoEvents;
      special = true;
    } else if (compact == "###") {
      record.expectation = ValidationRecord::Expectation::kDiscard;
      special = true;
    } else if (compact == "+++") {
      record.expectation = ValidationRecord::Expectation::kComplex;
      special = true;
    } else if (!compact.empty()) {
      const size_t first = field.find('/');
      const size_t second = first == std::string_view::npos ? first : field.find('/', first + 1);
      if (second == std::string_view::npos) {
        reporter.error(line, "record " + record.story.id + ": field {" + std::string(field) +
                                 "} is not { SOURCE / TARGET / EVENT }");
        continue;
      }
      record.expected.push_back({std::string(trim(field.substr(0, first))),
                                 std::string(trim(field.substr(first + 1, second - first - 1))),
                                 std::string(trim(field.substr(second + 1)))});
    }
    if (unchecked) record.partial = true;
    open = close;
  }
  if (special) record.expected.clear();
  return fields;
}

struct TabariProject {
  std::vector<std::string> actor_files;
  std::string agent_file, verb_file;
};

// The .project file beside `path` whose <textfile> names it gives the dictionaries.
std::optional<TabariProject> find_tabari_project(const std::string& path) {
  const std::filesystem::path text_file(path);
  const std::string name = text_file.filename().string();
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(
           text_file.has_parent_path() ? text_file.parent_path() : ".", error)) {
    if (entry.path().extension() != ".project") continue;
    std::ifstream in(entry.path());
    TabariProject project;
    bool names_this_file = false;
    for (std::string line; std::getline(in, line);) {
      const std::string_view view = trim(line);
      const auto value = [&](std::string_view tag) -> std::optional<std::string> {
        if (!view.starts_with(tag)) return std::nullopt;
        return std::string(trim(view.substr(tag.size())));
      };
      if (auto v = value("<actorsfile>")) project.actor_files.push_back(*v);
      if (auto v = value("<agentsfile>")) project.agent_file = *v;
      if (auto v = value("<verbsfile>")) project.verb_file = *v;
      if (auto v = value("<textfile>")) names_this_file = *v == name;
    }
    if (names_this_file) return project;
  }
  return std::nullopt;
}

ValidationSuite read_tabari_suite(const std::string& path, const std::string& text,
                                  const Reporter& reporter) {
  ValidationSuite suite;
  suite.format = ValidationSuite::Format::kTabari;
  if (std::optional<TabariProject> project = find_tabari_project(path)) {
    suite.actor_files = project->actor_files;
    suite.agent_file = project->agent_file;
    suite.verb_file = project->verb_file;
  }
  std::vector<std::pair<std::string, std::string>> options;
  std::istringstream in(text);
  std::string line;
  uint64_t line_number = 0;
  bool have_line = static_cast<bool>(std::getline(in, line));
  while (have_line) {
    ++line_number;
    ValidationRecord record;
    if (!parse_tabari_header(line, record.story.date, record.story.id)) {
      have_line = static_cast<bool>(std::getline(in, line));
      continue;
    }
    const uint64_t header_line = line_number;
    record.story.line = header_line;
    std::string body, comment;
    bool in_comment = false;
    while ((have_line = static_cast<bool>(std::getline(in, line)))) {
      ++line_number;
      if (!in_comment && !line.empty() && line[0] == '#') continue;
      std::string date, id;
      if (!in_comment && parse_tabari_header(line, date, id)) {
        --line_number;  // the next record's header: read it again in the outer loop
        break;
      }
      std::string_view rest = line;
      if (!in_comment) {
        // The comment may start at the end of the text's last line ("...officials said./*").
        const size_t start = rest.find("/*");
        body += rest.substr(0, start);
        body += '\n';
        if (start == std::string_view::npos) continue;
        rest.remove_prefix(start);
        in_comment = true;
      }
      comment += rest;
      comment += '\n';
      if (rest.find("*/") != std::string_view::npos) in_comment = false;
    }
    record.story.text = std::string(trim(body));
    const std::optional<std::string> date = normalize_date(record.story.date);
    if (!date) {
      reporter.error(header_line, "record " + record.story.id + " has a bad date; skipped");
      continue;
    }
    record.story.date = *date;
    const TabariFields fields = parse_tabari_fields(comment, header_line, reporter, record, options);
    if (fields.total == 0) break;
    if (fields.checks == 0) continue;
    record.options = options;
    suite.records.push_back(std::move(record));
  }
  return suite;
}

}  // namespace

std::optional<ValidationSuite> read_validation_suite(const std::string& path,
                                                     const DiagnosticSink& sink) {
  const Reporter reporter(path, sink);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    reporter.error(0, "cannot open");
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string text = text::clean_utf8(bytes.str());
  const std::string_view start = trim(text);
  ValidationSuite suite = start.starts_with("<") ? read_petrarch_suite(text, reporter)
                                                 : read_tabari_suite(path, text, reporter);
  for (ValidationRecord& record : suite.records) record.story.origin = path;
  return suite;
}

}  // namespace herald
