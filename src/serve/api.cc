#include "serve/api.h"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "herald/analytics.h"
#include "herald/cameo.h"

namespace herald::serve {

namespace {

using nlohmann::json;

constexpr size_t kMaxActorCode = 32;
constexpr size_t kMaxLimit = 1000;
// A series is one JSON object per period; the cap keeps a careless range (every day of two
// centuries) from costing seconds and tens of megabytes.
constexpr size_t kMaxPeriods = 5000;

// A request the API refuses, with the message the client gets.
struct BadRequest : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// The query parameters of one request, checked against the names the endpoint knows.
class Parameters {
 public:
  Parameters(const QueryParameters& all, std::initializer_list<std::string_view> known) : all_(all) {
    for (auto it = all.begin(); it != all.end(); it = all.upper_bound(it->first)) {
      if (std::find(known.begin(), known.end(), it->first) == known.end()) {
        throw BadRequest(fmt::format("unknown parameter '{}'", clip(it->first)));
      }
      if (all.count(it->first) > 1) throw BadRequest(fmt::format("parameter '{}' given twice", it->first));
    }
  }

  std::string text(std::string_view name) const {
    const auto it = all_.find(std::string(name));
    return it == all_.end() ? std::string() : it->second;
  }

  // An actor code or code prefix: upper-case letters and digits, as CAMEO writes them. Lower
  // case is accepted and raised. Empty when absent and not `required`.
  std::string actor(std::string_view name, bool required) const {
    std::string code = text(name);
    if (code.empty()) {
      if (required) throw BadRequest(fmt::format("parameter '{}' is required (an actor code such as COL)", name));
      return code;
    }
    if (code.size() > kMaxActorCode) throw BadRequest(fmt::format("parameter '{}' is too long", name));
    for (char& c : code) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        throw BadRequest(fmt::format("parameter '{}' must be an actor code of letters and digits, such as COL; got '{}'",
                                     name, clip(text(name))));
      }
    }
    return code;
  }

  std::string date(std::string_view name) const {
    const std::string value = text(name);
    if (!value.empty() && !store::period_start(value, store::Period::kDay)) {
      throw BadRequest(fmt::format("parameter '{}' must be a date YYYY-MM-DD; got '{}'", name, clip(value)));
    }
    return value;
  }

  size_t number(std::string_view name, size_t fallback, size_t low, size_t high) const {
    const std::string value = text(name);
    if (value.empty()) return fallback;
    size_t parsed = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
    if (error != std::errc() || end != value.data() + value.size() || parsed < low || parsed > high) {
      throw BadRequest(fmt::format("parameter '{}' must be a whole number from {} to {}; got '{}'", name, low,
                                   high, clip(value)));
    }
    return parsed;
  }

  store::Period period(std::string_view name) const {
    const std::string value = text(name);
    if (value.empty()) return store::Period::kWeek;
    const std::optional<store::Period> period = store::parse_period(value);
    if (!period) throw BadRequest(fmt::format("parameter '{}' must be day, week or month; got '{}'", name, clip(value)));
    return *period;
  }

  store::Counting counting() const {
    const std::string value = text("counting");
    if (value.empty() || value == "one-a-day") return store::Counting::kOneADay;
    if (value == "every-report") return store::Counting::kEveryReport;
    throw BadRequest(fmt::format("parameter 'counting' must be one-a-day or every-report; got '{}'", clip(value)));
  }

  // One of `choices`, or the first when absent.
  std::string choice(std::string_view name, std::initializer_list<std::string_view> choices) const {
    const std::string value = text(name);
    if (value.empty()) return std::string(*choices.begin());
    if (std::find(choices.begin(), choices.end(), value) != choices.end()) return value;
    std::string list;
    for (std::string_view option : choices) list += (list.empty() ? "" : ", ") + std::string(option);
    throw BadRequest(fmt::format("parameter '{}' must be one of {}; got '{}'", name, list, clip(value)));
  }

 private:
  // Error messages quote what the client sent, but not at any length.
  static std::string clip(std::string_view value) {
    return value.size() <= 40 ? std::string(value) : std::string(value.substr(0, 40)) + "...";
  }

  const QueryParameters& all_;
};

json quad_json(const store::DirectionStats& stats) {
  return json::array({stats.by_quad_class[1], stats.by_quad_class[2], stats.by_quad_class[3], stats.by_quad_class[4]});
}

json stats_json(const store::DirectionStats& stats) {
  return {{"events", stats.events},
          {"quad", quad_json(stats)},
          {"unknown", stats.by_quad_class[0]},
          {"scored", stats.scored},
          {"goldstein_sum", stats.goldstein_sum},
          {"goldstein_mean", stats.scored == 0 ? json(nullptr) : json(stats.goldstein_mean())},
          {"articles", stats.articles}};
}

json period_json(const store::PeriodStats& period) {
  return {{"start", period.start},
          {"label", period.label},
          {"a_to_b", stats_json(period.a_to_b)},
          {"b_to_a", stats_json(period.b_to_a)},
          {"both", stats_json(period.both())}};
}

// A span of the story text as code points within the sentence, or null when the words are
// not in the sentence (an actor carried over from an earlier sentence) or there are none.
json sentence_span(Span span, Span sentence) {
  if (span.end <= span.begin || span.begin < sentence.begin || span.end > sentence.end) return nullptr;
  return json::array({span.begin - sentence.begin, span.end - sentence.begin});
}

json optional_json(const auto& value) { return value ? json(*value) : json(nullptr); }

json event_json(const store::EventEvidence& event) {
  const cameo::EventType* type = cameo::find_event_type(event.code);
  return {{"event_id", event.event_id},
          {"date", event.date},
          {"source", event.source},
          {"target", event.target},
          {"code", event.code},
          {"root_code", event.root_code},
          {"event_name", type ? json(type->name) : json(nullptr)},
          {"quad_class", optional_json(event.quad_class)},
          {"goldstein", optional_json(event.goldstein)},
          {"direction", event.a_to_b ? "a_to_b" : "b_to_a"},
          {"source_text", event.source_text},
          {"target_text", event.target_text},
          {"verb_text", event.verb_text},
          {"source_span", sentence_span(event.source_span, event.sentence_span)},
          {"target_span", sentence_span(event.target_span, event.sentence_span)},
          {"verb_span", sentence_span(event.verb_span, event.sentence_span)},
          {"sentence_index", event.sentence_index},
          {"sentence", event.sentence},
          {"story_id", event.story_id},
          {"story_title", event.story_title},
          {"story_url", event.story_url},
          {"story_source", event.story_source},
          {"num_articles", event.num_articles},
          {"num_sources", event.num_sources}};
}

store::DyadQuery dyad_query(const Parameters& p) {
  store::DyadQuery query;
  query.a = p.actor("a", true);
  query.b = p.actor("b", true);
  query.from = p.date("from");
  query.to = p.date("to");
  if (!query.from.empty() && !query.to.empty() && query.from > query.to) {
    throw BadRequest("parameter 'from' is after 'to'");
  }
  query.period = p.period("by");
  query.counting = p.counting();
  return query;
}

json query_json(const store::DyadQuery& query) {
  return {{"a", query.a},
          {"b", query.b},
          {"by", store::period_name(query.period)},
          {"counting", query.counting == store::Counting::kOneADay ? "one-a-day" : "every-report"},
          {"from", query.from},
          {"to", query.to}};
}

json summary(const store::EventStore& store, const Parameters&, std::string_view database_name) {
  const store::StoreSummary s = store.summary();
  return {{"database", database_name},     {"stories", s.stories},
          {"sentences", s.sentences},      {"events", s.events},
          {"one_a_day_events", s.one_a_day_events}, {"actors", s.actors},
          {"first_date", s.first_date},    {"last_date", s.last_date}};
}

json dyads(const store::EventStore& store, const Parameters& p) {
  const size_t prefix = p.number("prefix", 3, 0, kMaxActorCode);
  const size_t limit = p.number("limit", 200, 1, kMaxLimit);
  json list = json::array();
  for (const store::DyadCount& dyad : store.top_dyads(prefix, limit)) {
    list.push_back({{"a", dyad.a},
                    {"b", dyad.b},
                    {"a_to_b", dyad.a_to_b},
                    {"b_to_a", dyad.b_to_a},
                    {"events", dyad.a_to_b + dyad.b_to_a},
                    {"first_date", dyad.first_date},
                    {"last_date", dyad.last_date}});
  }
  return {{"prefix", prefix}, {"dyads", std::move(list)}};
}

json actors(const store::EventStore& store, const Parameters& p) {
  const std::string prefix = p.actor("prefix", false);
  const size_t limit = p.number("limit", 25, 1, kMaxLimit);
  json list = json::array();
  for (const store::ActorCount& actor : store.top_actors(prefix, limit)) {
    list.push_back({{"code", actor.code},
                    {"name", actor.top_name},
                    {"as_source", actor.as_source},
                    {"as_target", actor.as_target},
                    {"events", actor.as_source + actor.as_target},
                    {"first_date", actor.first_date},
                    {"last_date", actor.last_date}});
  }
  return {{"actors", std::move(list)}};
}

BadRequest too_many_periods(const store::DyadQuery& query) {
  return BadRequest(fmt::format("more than {} periods of a {}: choose a longer period or a shorter range", kMaxPeriods,
                                store::period_name(query.period)));
}

json series(const store::EventStore& store, const Parameters& p) {
  const store::DyadQuery query = dyad_query(p);
  if (!query.from.empty() && !query.to.empty()) {
    size_t periods = 0;
    for (std::string start = *store::period_start(query.from, query.period); start <= query.to;
         start = store::next_period_start(start, query.period)) {
      if (++periods > kMaxPeriods) throw too_many_periods(query);
    }
  }
  const store::DyadSeries result = store.dyad_series(query);
  if (result.periods.size() > kMaxPeriods) throw too_many_periods(query);
  json periods = json::array();
  for (const store::PeriodStats& period : result.periods) periods.push_back(period_json(period));
  json reply = query_json(result.query);
  reply["periods"] = std::move(periods);
  return reply;
}

json events(const store::EventStore& store, const Parameters& p) {
  store::EventQuery query;
  query.dyad = dyad_query(p);
  const std::string period = p.date("period");
  if (!period.empty()) query.period_start = *store::period_start(period, query.dyad.period);
  const std::string order = p.choice("order", {"most-reported", "most-conflictual", "most-cooperative"});
  query.order = order == "most-conflictual"    ? store::EventOrder::kMostConflictual
                : order == "most-cooperative" ? store::EventOrder::kMostCooperative
                                               : store::EventOrder::kMostReported;
  const std::string direction = p.choice("direction", {"both", "a_to_b", "b_to_a"});
  query.direction = direction == "a_to_b"   ? store::Direction::kAToB
                    : direction == "b_to_a" ? store::Direction::kBToA
                                            : store::Direction::kBoth;
  const size_t limit = p.number("limit", 100, 1, kMaxLimit);
  // One more than asked tells whether the list was cut.
  query.limit = limit + 1;
  json list = json::array();
  bool truncated = false;
  for (const store::EventEvidence& event : store.dyad_events(query)) {
    if (list.size() == limit) {
      truncated = true;
      break;
    }
    list.push_back(event_json(event));
  }
  json reply = query_json(query.dyad);
  reply["period"] = query.period_start;
  reply["direction"] = direction;
  reply["order"] = order;
  reply["limit"] = limit;
  reply["truncated"] = truncated;
  reply["events"] = std::move(list);
  return reply;
}

json alerts(const store::EventStore& store, const Parameters& p) {
  const std::string a = p.actor("a", false);
  const std::string b = p.actor("b", false);
  if (a.empty() != b.empty()) throw BadRequest("parameters 'a' and 'b' go together: give both or neither");
  store::AlertOptions options;
  options.period = p.period("by");
  options.counting = p.counting();
  options.from = p.date("from");
  options.to = p.date("to");
  const size_t limit = p.number("limit", 50, 1, kMaxLimit);
  json list = json::array();
  for (const store::Alert& alert : store.alerts(a, b, options)) {
    if (list.size() == limit) break;
    const store::DirectionStats both = alert.period.both();
    json evidence = json::array();
    for (const store::EventEvidence& event : alert.events) evidence.push_back(event_json(event));
    list.push_back({{"a", alert.a},
                    {"b", alert.b},
                    {"by", store::period_name(options.period)},
                    {"period", alert.period.start},
                    {"label", alert.period.label},
                    {"kind", store::shift_kind_name(alert.shift.kind)},
                    {"value", alert.shift.value},
                    {"baseline_mean", alert.shift.baseline_mean},
                    {"baseline_sd", alert.shift.baseline_sd},
                    {"z", alert.shift.z},
                    {"events", both.events},
                    {"evidence", std::move(evidence)}});
  }
  return {{"by", store::period_name(options.period)}, {"alerts", std::move(list)}};
}

}  // namespace

std::string error_json(std::string_view message) { return dump({{"error", message}}); }

ApiReply answer_api(const store::EventStore& store, std::string_view endpoint, const QueryParameters& parameters,
                    std::string_view database_name) {
  try {
    json reply;
    if (endpoint == "summary") {
      reply = summary(store, Parameters(parameters, {}), database_name);
    } else if (endpoint == "dyads") {
      reply = dyads(store, Parameters(parameters, {"prefix", "limit"}));
    } else if (endpoint == "actors") {
      reply = actors(store, Parameters(parameters, {"prefix", "limit"}));
    } else if (endpoint == "series") {
      reply = series(store, Parameters(parameters, {"a", "b", "by", "counting", "from", "to"}));
    } else if (endpoint == "events") {
      reply = events(store, Parameters(parameters, {"a", "b", "by", "counting", "from", "to", "period", "direction",
                                                    "order", "limit"}));
    } else if (endpoint == "alerts") {
      reply = alerts(store, Parameters(parameters, {"a", "b", "by", "counting", "from", "to", "limit"}));
    } else {
      return {404, error_json("no such API endpoint; see /api/summary, dyads, actors, series, events, alerts")};
    }
    return {200, dump(reply)};
  } catch (const BadRequest& error) {
    return {400, error_json(error.what())};
  } catch (const store::StoreError& error) {
    return {500, error_json(error.what())};
  }
}

}  // namespace herald::serve
