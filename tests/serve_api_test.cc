// The dashboard server's HTTP and JSON API, served in-process on an ephemeral loopback port
// over a store written here through the store's own API.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "herald/cameo.h"
#include "herald/serve.h"
#include "herald/store.h"
#include "test_support.h"

namespace herald {
namespace {

using nlohmann::json;

uint32_t code_points(std::string_view text) {
  uint32_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// The span, in code points of `text`, of the first occurrence of `words` at or after `from`.
Span find_span(std::string_view text, std::string_view words, uint32_t offset) {
  const size_t byte = text.find(words);
  EXPECT_NE(byte, std::string_view::npos) << words;
  const uint32_t begin = offset + code_points(text.substr(0, byte));
  return {begin, begin + code_points(words)};
}

// A story of two sentences, a lead-in and `sentence`, with one event coded from the latter.
store::StoredStory story(const std::string& id, const std::string& date, const std::string& sentence,
                         const std::string& source, const std::string& source_words, const std::string& code,
                         const std::string& verb_words, const std::string& target, const std::string& target_words) {
  const std::string lead = "News of the day.";
  const uint32_t begin = code_points(lead) + 1;
  store::StoredStory s;
  s.info.id = id;
  s.info.date = date;
  s.info.text_hash = "0123456789abcdef";
  s.info.text_length = begin + code_points(sentence);
  s.sentences.push_back({0, {0, code_points(lead)}, lead});
  s.sentences.push_back({1, {begin, begin + code_points(sentence)}, sentence});
  Event e;
  e.story_id = id;
  e.sentence_index = 1;
  e.date = date;
  e.source = source;
  e.target = target;
  e.code = code;
  e.root_code = code.substr(0, 2);
  const cameo::EventType* type = cameo::find_event_type(code);
  e.quad_class = static_cast<int>(type->quad_class);
  e.goldstein = type->goldstein;
  e.source_text = source_words;
  e.target_text = target_words;
  e.verb_text = verb_words;
  e.source_span = find_span(sentence, source_words, begin);
  e.target_span = find_span(sentence, target_words, begin);
  e.verb_span = find_span(sentence, verb_words, begin);
  e.sentence = sentence;
  s.events.push_back(e);
  return s;
}

double goldstein(const std::string& code) { return cameo::find_event_type(code)->goldstein; }

const char* const kXss = "Colombia accused Washington <script>alert(1)</script> of spying.";
const char* const kEmoji = "Colombia\xE2\x80\x99s \xF0\x9F\x98\xA0 minister accused Washington.";

class ServeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = testing_support::write_temp_file("serve_api/store.db", "");
    std::filesystem::remove(database_);
    {
      auto writer = store::EventStore::open(database_, store::OpenMode::kReadWrite);
      const std::vector<store::StoredStory> stories = {
          story("s1", "2025-09-01", "Colombia accused Washington of spying.", "COL", "Colombia", "112", "accused",
                "USA", "Washington"),
          story("s2", "2025-09-03", "Colombia praised the United States.", "COLGOV", "Colombia", "051", "praised",
                "USA", "United States"),
          story("s3", "2025-09-16", "The United States sanctioned Colombia.", "USA", "United States", "163",
                "sanctioned", "COL", "Colombia"),
          story("s4", "2025-09-17", kEmoji, "COL", "Colombia", "112", "accused", "USA", "Washington"),
          story("s5", "2025-09-18", kXss, "COL", "Colombia", "112", "accused", "USA", "Washington"),
          story("s6", "2025-09-10", "Venezuela attacked Colombia.", "VEN", "Venezuela", "190", "attacked", "COL",
                "Colombia"),
      };
      writer->write(stories);
    }
    serve::ServeOptions options;
    options.database = database_;
    options.port = 0;
    server_ = new serve::DashboardServer(options);
    port_ = server_->bind();
    thread_ = new std::thread([] { server_->run(); });
  }

  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
  }

  static httplib::Result get(const std::string& target) {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(10);
    return client.Get(target.c_str());
  }

  static json get_json(const std::string& target, int expected_status = 200) {
    const httplib::Result result = get(target);
    EXPECT_TRUE(result) << target;
    if (!result) return json();
    EXPECT_EQ(result->status, expected_status) << target << ": " << result->body;
    EXPECT_EQ(result->get_header_value("Content-Type"), "application/json; charset=utf-8") << target;
    return json::parse(result->body);
  }

  // Sends `request` as raw bytes and returns the status code of the reply (0: none).
  static int raw_status(const std::string& request) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port_));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    int status = 0;
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
      size_t sent = 0;
      while (sent < request.size()) {
        const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;
        sent += static_cast<size_t>(n);
      }
      char reply[64] = {};
      if (recv(fd, reply, sizeof reply - 1, 0) > 12 && std::string_view(reply).starts_with("HTTP/1.1 ")) {
        status = std::atoi(reply + 9);
      }
    }
    close(fd);
    return status;
  }

  static inline std::string database_;
  static inline serve::DashboardServer* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
  static inline int port_ = 0;
};

TEST_F(ServeApi, ServesThePageWithStrictHeaders) {
  const httplib::Result page = get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");
  const std::string policy = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(policy.find("script-src 'self'"), std::string::npos) << policy;
  EXPECT_NE(policy.find("default-src 'none'"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << policy;
  // Every script of the page is a file of this server: no inline code, nothing external.
  size_t scripts = 0;
  for (size_t at = page->body.find("<script"); at != std::string::npos; at = page->body.find("<script", at + 1)) {
    EXPECT_EQ(page->body.compare(at, 20, "<script src=\"/app.js"), 0) << page->body.substr(at, 60);
    ++scripts;
  }
  EXPECT_EQ(scripts, 1u);
  EXPECT_EQ(page->body.find("http://"), std::string::npos);
  EXPECT_EQ(page->body.find("https://"), std::string::npos);

  const httplib::Result script = get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(script->body.find("innerHTML"), std::string::npos) << "the page must build its DOM with textContent";
  const httplib::Result style = get("/style.css");
  ASSERT_TRUE(style);
  EXPECT_EQ(style->get_header_value("Content-Type"), "text/css; charset=utf-8");
  EXPECT_EQ(get("/index.html")->body, page->body);
  const httplib::Result icon = get("/favicon.svg");
  ASSERT_TRUE(icon);
  EXPECT_EQ(icon->get_header_value("Content-Type"), "image/svg+xml");
  EXPECT_NE(page->body.find("href=\"/favicon.svg\""), std::string::npos);
}

TEST_F(ServeApi, SummaryCountsTheStore) {
  const json summary = get_json("/api/summary");
  EXPECT_EQ(summary["database"], "store.db");
  EXPECT_EQ(summary["stories"], 6);
  EXPECT_EQ(summary["events"], 6);
  EXPECT_EQ(summary["first_date"], "2025-09-01");
  EXPECT_EQ(summary["last_date"], "2025-09-18");
}

TEST_F(ServeApi, DyadsAndActors) {
  const json dyads = get_json("/api/dyads");
  ASSERT_FALSE(dyads["dyads"].empty());
  const json& top = dyads["dyads"][0];
  EXPECT_EQ(top["a"], "COL");
  EXPECT_EQ(top["b"], "USA");
  EXPECT_EQ(top["a_to_b"], 4);
  EXPECT_EQ(top["b_to_a"], 1);
  EXPECT_EQ(top["events"], 5);

  const json actors = get_json("/api/actors");
  ASSERT_EQ(actors["actors"].size(), 4u) << actors.dump();  // COL, USA, COLGOV, VEN
  for (const json& actor : actors["actors"]) {
    if (actor["code"] != "COL") continue;
    EXPECT_EQ(actor["as_source"], 3);
    EXPECT_EQ(actor["as_target"], 2);
    EXPECT_EQ(actor["events"], 5);
    EXPECT_EQ(actor["name"], "Colombia");
  }
  EXPECT_EQ(get_json("/api/actors?limit=1")["actors"].size(), 1u);
  const json colombian = get_json("/api/actors?prefix=col");
  ASSERT_EQ(colombian["actors"].size(), 2u) << colombian.dump();
}

TEST_F(ServeApi, SeriesCountsByQuadClassWithEmptyPeriods) {
  const json series = get_json("/api/series?a=COL&b=USA&by=week");
  EXPECT_EQ(series["by"], "week");
  EXPECT_EQ(series["counting"], "one-a-day");
  const json& periods = series["periods"];
  ASSERT_EQ(periods.size(), 3u) << series.dump();
  EXPECT_EQ(periods[0]["start"], "2025-09-01");
  EXPECT_EQ(periods[1]["start"], "2025-09-08");
  EXPECT_EQ(periods[2]["start"], "2025-09-15");
  EXPECT_EQ(periods[0]["a_to_b"]["quad"], json::array({1, 0, 1, 0}));
  EXPECT_NEAR(periods[0]["a_to_b"]["goldstein_sum"].get<double>(), goldstein("112") + goldstein("051"), 1e-9);
  EXPECT_EQ(periods[1]["both"]["events"], 0);
  EXPECT_TRUE(periods[1]["both"]["goldstein_mean"].is_null());
  EXPECT_EQ(periods[2]["a_to_b"]["quad"], json::array({0, 0, 2, 0}));
  EXPECT_EQ(periods[2]["b_to_a"]["quad"], json::array({0, 0, 0, 1}));
  EXPECT_EQ(periods[2]["both"]["events"], 3);
  EXPECT_NEAR(periods[2]["both"]["goldstein_mean"].get<double>(), (2 * goldstein("112") + goldstein("163")) / 3, 1e-9);

  const json months = get_json("/api/series?a=usa&b=col&by=month");
  ASSERT_EQ(months["periods"].size(), 1u);
  EXPECT_EQ(months["periods"][0]["start"], "2025-09-01");
  EXPECT_EQ(months["periods"][0]["a_to_b"]["events"], 1);  // USA → COL
  EXPECT_EQ(months["periods"][0]["b_to_a"]["events"], 4);
}

TEST_F(ServeApi, EventsCarryTheirEvidenceWithSpansInTheSentence) {
  const json week = get_json("/api/events?a=COL&b=USA&by=week&period=2025-09-17");
  EXPECT_EQ(week["period"], "2025-09-15");  // any day of the week names it
  ASSERT_EQ(week["events"].size(), 3u) << week.dump();
  bool found_emoji = false;
  for (const json& event : week["events"]) {
    const std::string sentence = event["sentence"];
    if (sentence != kEmoji) continue;
    found_emoji = true;
    EXPECT_EQ(event["direction"], "a_to_b");
    EXPECT_EQ(event["code"], "112");
    EXPECT_EQ(event["event_name"], std::string(cameo::find_event_type("112")->name));
    EXPECT_EQ(event["story_id"], "s4");
    // Code points within the sentence: the curly apostrophe and the emoji count one each.
    EXPECT_EQ(event["source_span"], json::array({0, 8}));
    EXPECT_EQ(event["verb_span"], json::array({22, 29}));
    EXPECT_EQ(event["target_span"], json::array({30, 40}));
  }
  EXPECT_TRUE(found_emoji);

  const json one_way = get_json("/api/events?a=COL&b=USA&by=week&period=2025-09-15&direction=b_to_a");
  ASSERT_EQ(one_way["events"].size(), 1u);
  EXPECT_EQ(one_way["events"][0]["source"], "USA");
  EXPECT_EQ(one_way["events"][0]["code"], "163");

  const json limited = get_json("/api/events?a=COL&b=USA&limit=2");
  EXPECT_EQ(limited["events"].size(), 2u);
  EXPECT_EQ(limited["truncated"], true);

  // The XSS story comes back as the text it is; the page is what must keep it inert.
  const json xss = get_json("/api/events?a=COL&b=USA&by=day&period=2025-09-18");
  ASSERT_EQ(xss["events"].size(), 1u);
  EXPECT_EQ(xss["events"][0]["sentence"], kXss);
}

TEST_F(ServeApi, AlertsAnswerWithAList) {
  const json alerts = get_json("/api/alerts?by=day");
  ASSERT_TRUE(alerts["alerts"].is_array());
  for (const json& alert : alerts["alerts"]) {
    EXPECT_TRUE(alert["kind"] == "deterioration" || alert["kind"] == "improvement") << alert.dump();
    EXPECT_TRUE(alert["evidence"].is_array());
  }
  EXPECT_TRUE(get_json("/api/alerts?a=COL&b=USA&by=week")["alerts"].is_array());
  EXPECT_EQ(get_json("/api/alerts?a=COL", 400)["error"], "parameters 'a' and 'b' go together: give both or neither");
}

TEST_F(ServeApi, BadParametersGetErrorJson) {
  const struct {
    const char* target;
    const char* says;
  } cases[] = {
      {"/api/series?b=USA", "'a' is required"},
      {"/api/series?a=COL&b=USA&by=year", "'by' must be day, week or month"},
      {"/api/series?a=COL&b=USA&from=2025-02-30", "'from' must be a date"},
      {"/api/series?a=COL&b=USA&from=2025-09-20&to=2025-09-01", "'from' is after 'to'"},
      {"/api/series?a=COL&b=USA&colour=red", "unknown parameter 'colour'"},
      {"/api/series?a=COL&a=VEN&b=USA", "'a' given twice"},
      {"/api/events?a=COL&b=USA&limit=0", "'limit' must be a whole number from 1 to 1000"},
      {"/api/events?a=COL&b=USA&limit=12abc", "'limit' must be a whole number"},
      {"/api/events?a=COL&b=USA&direction=up", "'direction' must be one of both, a_to_b, b_to_a"},
      {"/api/events?a=COL&b=USA&counting=all", "'counting' must be one-a-day or every-report"},
      {"/api/dyads?prefix=99", "'prefix' must be a whole number from 0 to 32"},
      {"/api/series?a=COL&b=USA&by=day&from=1900-01-01&to=2100-01-01", "more than 5000 periods of a day"},
  };
  for (const auto& c : cases) {
    const json reply = get_json(c.target, 400);
    ASSERT_TRUE(reply.contains("error")) << c.target;
    EXPECT_NE(reply["error"].get<std::string>().find(c.says), std::string::npos) << c.target << ": " << reply;
  }
  EXPECT_EQ(get_json("/api/nothing", 404)["error"].get<std::string>().rfind("no such API endpoint", 0), 0u);
  EXPECT_EQ(get_json("/no/such/page", 404)["error"], "not found");
}

TEST_F(ServeApi, InjectionLookingParametersAreInert) {
  const json before = get_json("/api/summary");
  for (const char* target : {
           "/api/series?a=COL%27%20OR%201%3D1%20--&b=USA",
           "/api/events?a=COL&b=USA%27%3B%20DROP%20TABLE%20events%3B%20--",
           "/api/actors?prefix=%25",
           "/api/series?a=C_L&b=USA",
           "/api/alerts?a=COL%22)%20UNION%20SELECT%201--&b=USA",
       }) {
    const json reply = get_json(target, 400);
    EXPECT_NE(reply["error"].get<std::string>().find("actor code of letters and digits"), std::string::npos)
        << target << ": " << reply;
  }
  // Quoted back, but as JSON text, and clipped.
  const json echoed = get_json("/api/series?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=USA", 400);
  EXPECT_NE(echoed["error"].get<std::string>().find("<script>alert(1)</script>"), std::string::npos);
  EXPECT_EQ(get_json("/api/summary"), before);
  EXPECT_EQ(get_json("/api/series?a=COL&b=USA&by=month")["periods"][0]["both"]["events"], 5);
}

TEST_F(ServeApi, RefusesWhatAReadOnlyApiNeverNeeds) {
  // Long query strings: past the server's own limit, and past the library's.
  const httplib::Result long_query = get("/api/series?a=COL&b=USA&x=" + std::string(3000, 'a'));
  ASSERT_TRUE(long_query);
  EXPECT_EQ(long_query->status, 414);
  EXPECT_EQ(json::parse(long_query->body)["error"], "request target longer than 2048 bytes");
  EXPECT_EQ(raw_status("GET /api/summary?x=" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
            414);
  // Bodies, announced or chunked, are refused before they are read.
  EXPECT_EQ(raw_status("GET /api/summary HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000\r\n\r\n"), 413);
  EXPECT_EQ(raw_status("GET /api/summary HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"), 413);
  // Writing methods.
  httplib::Client client("127.0.0.1", port_);
  const httplib::Result post = client.Post("/api/summary", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(post->get_header_value("Allow"), "GET, HEAD");
  // A page elsewhere that rebinds its name to 127.0.0.1 sends its own Host.
  EXPECT_EQ(raw_status("GET /api/summary HTTP/1.1\r\nHost: attacker.example:8080\r\n\r\n"), 403);
  EXPECT_EQ(raw_status("GET /api/summary HTTP/1.1\r\nHost: localhost:8080\r\n\r\n"), 200);
  // Garbage.
  EXPECT_EQ(raw_status("NOT-HTTP\r\n\r\n"), 400);
}

TEST(ServeOpen, AMissingStoreIsAnErrorAndIsNotCreated) {
  const std::string missing = testing_support::write_temp_file("serve_missing/dir/none.db", "");
  std::filesystem::remove(missing);
  serve::ServeOptions options;
  options.database = missing;
  EXPECT_THROW(serve::DashboardServer server(options), store::StoreError);
  EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST(ServeOpen, StopBeforeRunReturnsAtOnce) {
  const std::string database = testing_support::write_temp_file("serve_stop/store.db", "");
  std::filesystem::remove(database);
  store::EventStore::open(database, store::OpenMode::kReadWrite);
  serve::ServeOptions options;
  options.database = database;
  options.port = 0;
  serve::DashboardServer server(options);
  EXPECT_GT(server.bind(), 0);
  server.stop();
  EXPECT_TRUE(server.run());
}

TEST(ServeCli, ServeNeedsAnExistingStore) {
  const auto r = testing_support::run_herald("serve --db /nonexistent/herald.db");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("/nonexistent/herald.db"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace herald
