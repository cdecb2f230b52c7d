// The dashboard in a real browser: headless Chromium opens the page served in-process over a
// store made by `herald ingest`, picks COL–USA from the URL, and the test reads the DOM the
// page built. Also leaves a screenshot, dashboard.png, in the build directory.
#include <cstdio>
#include <filesystem>
#include <regex>
#include <thread>

#include <gtest/gtest.h>

#include "herald/serve.h"
#include "test_support.h"

namespace herald {
namespace {

using testing_support::run_herald;
using testing_support::write_temp_file;

constexpr const char* kChromium = "/usr/bin/chromium";

// Stories in which the test dictionaries (tests/data/coding) find COL–USA events over six
// weeks; the last week holds a story whose text is an XSS attempt and one with text outside
// the Basic Multilingual Plane before the coded words.
constexpr const char* kStories =
    R"({"id": "w1", "date": "2025-08-04", "text": "Colombia praised the United States for its aid."}
{"id": "w2", "date": "2025-08-12", "text": "The United States praised Colombia."}
{"id": "w3", "date": "2025-08-19", "text": "Colombia met the United States in Washington."}
{"id": "w4", "date": "2025-08-27", "text": "Washington accused Colombia of failing to stop the trade."}
{"id": "w5", "date": "2025-09-02", "text": "The United States sanctioned Colombia."}
{"id": "w6a", "date": "2025-09-09", "title": "Flags", "text": "En Bogot\u00e1 \ud83c\udde8\ud83c\uddf4, Colombia accused the United States of spying."}
{"id": "w6b", "date": "2025-09-10", "text": "Colombia accused Washington of spying <script>document.title='pwned'</script> <img id=\"xss-probe\" src=\"x\">."}
{"id": "w6c", "date": "2025-09-11", "text": "Venezuela attacked Colombia."}
)";

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

// Runs headless Chromium with a fresh profile; returns its standard output.
std::string chromium(const std::string& arguments) {
  static int runs = 0;
  const std::filesystem::path profile = std::filesystem::path(write_temp_file("chromium/keep", "")).parent_path() /
                                        ("profile." + std::to_string(++runs));
  std::filesystem::create_directories(profile);
  const std::string command = std::string("timeout 90 ") + kChromium +
                              " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
                              " --disable-background-networking --disable-component-update --disable-sync"
                              " --user-data-dir='" + profile.string() + "' " + arguments + " 2>/dev/null";
  std::string out;
  if (std::FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    size_t got;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, got);
    pclose(pipe);
  }
  std::filesystem::remove_all(profile);
  return out;
}

// The inner HTML of the element with this id, from the first '>' after the id to the next
// closing tag of the same name (enough for the page's tables, which do not nest).
std::string element(const std::string& dom, const std::string& tag, const std::string& id) {
  const size_t open = dom.find("<" + tag + " id=\"" + id + "\"");
  if (open == std::string::npos) return "";
  const size_t close = dom.find("</" + tag + ">", open);
  return dom.substr(open, close == std::string::npos ? std::string::npos : close - open);
}

TEST(ServeBrowser, DashboardShowsTheDyadTimelineAndEventsAndKeepsStoryTextInert) {
  if (!std::filesystem::exists(kChromium)) GTEST_SKIP() << "skipped: " << kChromium << " is not installed";
  const std::string data = HERALD_SOURCE_DIR "/tests/data/coding/";
  const std::string stories = write_temp_file("serve_browser/stories.jsonl", kStories);
  const std::string database = (std::filesystem::path(stories).parent_path() / "store.db").string();
  std::filesystem::remove(database);
  const auto ingest = run_herald("ingest --db '" + database + "' --actors '" + data + "actors.txt' --agents '" + data +
                                 "agents.txt' --verbs '" + data + "verbs.txt' '" + stories + "'");
  ASSERT_EQ(ingest.status, 0) << ingest.err;

  serve::ServeOptions options;
  options.database = database;
  options.port = 0;
  serve::DashboardServer server(options);
  server.bind();
  std::thread serving([&] { server.run(); });
  const std::string url = server.url() + "#COL-USA/week";
  const std::string dom = chromium("--virtual-time-budget=10000 --dump-dom '" + url + "'");
  const std::filesystem::path screenshot = std::filesystem::path(HERALD_BINARY).parent_path() / "dashboard.png";
  std::filesystem::remove(screenshot);
  chromium("--virtual-time-budget=10000 --hide-scrollbars --window-size=1280,1100 --screenshot='" +
           screenshot.string() + "' '" + url + "'");
  server.stop();
  serving.join();

  ASSERT_FALSE(dom.empty()) << "Chromium printed no DOM";
  // The chart: one hit area per week from the first COL–USA event to the last, bars coloured
  // by QuadClass, and the Goldstein line.
  const std::string chart = element(dom, "div", "chart");
  EXPECT_NE(chart.find("<svg"), std::string::npos) << dom;
  EXPECT_EQ(count(chart, "<rect class=\"hit"), 6u) << chart;
  EXPECT_GE(count(chart, "class=\"bar q"), 6u) << chart;
  EXPECT_NE(chart.find("class=\"bar q4\""), std::string::npos) << "the sanctions week";
  EXPECT_NE(chart.find("class=\"goldstein-line\""), std::string::npos);
  EXPECT_TRUE(std::regex_search(chart, std::regex(R"(<rect class="hit selected"[^>]* data-period="2025-09-08")")))
      << "the latest week with events is selected";

  // The event table of that week: both COL–USA stories, with the coded words highlighted
  // where the code-point spans say, past the flag (two code points, four UTF-16 units).
  const std::string table = element(dom, "table", "event-table");
  ASSERT_FALSE(table.empty()) << dom;
  EXPECT_EQ(table.find("hidden"), std::string::npos) << table;
  EXPECT_EQ(count(table, "<tr>"), 3u) << table;  // the header and two events
  EXPECT_NE(table.find("Bogot\xC3\xA1 \xF0\x9F\x87\xA8\xF0\x9F\x87\xB4, <mark class=\"source\""), std::string::npos)
      << table;
  EXPECT_NE(table.find(">Colombia</mark> <mark class=\"verb\" title=\"verb: 112\">accused</mark>"),
            std::string::npos) << table;
  EXPECT_TRUE(std::regex_search(table, std::regex(R"(<mark class="target" title="target: USA">(the )?United States)")))
      << table;
  EXPECT_NE(table.find(">Washington</mark>"), std::string::npos) << table;

  // The XSS story is text: escaped in the DOM, no element made from it, the title untouched.
  EXPECT_NE(table.find("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), std::string::npos) << table;
  EXPECT_NE(table.find("&lt;img id=\"xss-probe\" src=\"x\"&gt;"), std::string::npos) << table;
  EXPECT_EQ(dom.find("<img"), std::string::npos);
  EXPECT_EQ(count(dom, "<script"), 1u);  // the page's own app.js
  EXPECT_NE(dom.find("<title>herald · event dashboard</title>"), std::string::npos);

  // The side panels: the dyad list, the top actors, the summary.
  EXPECT_NE(element(dom, "table", "dyad-table").find("<tr class=\"selected\""), std::string::npos);
  EXPECT_NE(element(dom, "table", "actor-table").find(">COL</span>"), std::string::npos);
  EXPECT_NE(element(dom, "p", "db-summary").find("8 stories"), std::string::npos) << element(dom, "p", "db-summary");

  ASSERT_TRUE(std::filesystem::exists(screenshot));
  EXPECT_GT(std::filesystem::file_size(screenshot), 20000u);
}

}  // namespace
}  // namespace herald
