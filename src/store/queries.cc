// The read side of the EventStore: summaries, dyad series, evidence and alerts.
//
// Dyad queries fetch one row per one-a-day group (or per report) of the dyad, already narrowed
// by an index range scan on (source, target, date), and do the period arithmetic here: ISO
// weeks are awkward in SQL and the rows are few once the dyad has been chosen.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "store/calendar.h"
#include "store/event_store_impl.h"

namespace herald::store {

namespace {

// The dyad filter: ?1..?4 the prefix ranges of a and b, ?5 and ?6 the date range [from, until),
// ?8 the Direction (0 both; 1 a to b; 2 b to a, which is every match that is not a to b, so that
// overlapping prefixes split the way is_a_to_b splits them).
constexpr std::string_view kDyadWhere =
    " WHERE ((e.source >= ?1 AND e.source < ?2 AND e.target >= ?3 AND e.target < ?4)"
    " OR (e.source >= ?3 AND e.source < ?4 AND e.target >= ?1 AND e.target < ?2))"
    " AND e.date >= ?5 AND e.date < ?6"
    " AND (?8 = 0 OR (e.source >= ?1 AND e.source < ?2 AND e.target >= ?3 AND e.target < ?4) = (?8 = 1))";

// The columns both counting modes return, in this order.
constexpr std::string_view kOneADaySelect =
    "SELECT e.date, e.source, e.target, e.code, min(e.quad_class) AS qc, min(e.goldstein) AS g,"
    " count(DISTINCT e.story_key) AS n_articles,"
    " count(DISTINCT CASE WHEN s.source <> '' THEN s.source END) + max(s.source = '') AS n_sources,"
    " min(e.event_id) AS first_id"
    " FROM events AS e JOIN stories AS s USING (story_key)";
constexpr std::string_view kOneADayGroup = " GROUP BY e.date, e.source, e.target, e.code";
constexpr std::string_view kEveryReportSelect =
    "SELECT e.date, e.source, e.target, e.code, e.quad_class AS qc, e.goldstein AS g,"
    " 1 AS n_articles, 1 AS n_sources, e.event_id AS first_id FROM events AS e";

struct GroupRow {
  std::string date;
  std::string source;
  std::string target;
  std::string code;
  std::optional<int> quad_class;
  std::optional<double> goldstein;
  uint64_t articles = 1;
  uint64_t sources = 1;
  int64_t first_event_id = 0;
};

GroupRow read_group_row(const Statement& row) {
  GroupRow out;
  out.date = row.text(0);
  out.source = row.text(1);
  out.target = row.text(2);
  out.code = row.text(3);
  if (!row.is_null(4)) out.quad_class = static_cast<int>(row.integer(4));
  if (!row.is_null(5)) out.goldstein = row.real(5);
  out.articles = static_cast<uint64_t>(row.integer(6));
  out.sources = static_cast<uint64_t>(row.integer(7));
  out.first_event_id = row.integer(8);
  return out;
}

std::string dyad_sql(Counting counting, std::string_view tail) {
  std::string sql;
  if (counting == Counting::kOneADay) {
    sql.append(kOneADaySelect).append(kDyadWhere).append(kOneADayGroup);
  } else {
    sql.append(kEveryReportSelect).append(kDyadWhere);
  }
  sql.append(tail);
  return sql;
}

std::string_view order_clause(EventOrder order) {
  switch (order) {
    case EventOrder::kMostReported:
      return " ORDER BY n_articles DESC, abs(g) DESC NULLS LAST, e.date DESC, first_id";
    case EventOrder::kMostConflictual: return " ORDER BY g ASC NULLS LAST, n_articles DESC, first_id";
    case EventOrder::kMostCooperative: return " ORDER BY g DESC NULLS LAST, n_articles DESC, first_id";
  }
  return "";
}

// [from, until) as text bounds; empty dates leave that side open.
struct DateRange {
  std::string from;
  std::string until;
};

void check_date(const std::string& path, std::string_view flag, const std::string& date) {
  if (!date.empty() && !parse_civil_date(date)) {
    throw StoreError(fmt::format("{}: {} '{}' is not a YYYY-MM-DD date", path, flag, date));
  }
}

DateRange query_dates(const std::string& path, const DyadQuery& query) {
  if (query.a.empty() || query.b.empty()) throw StoreError(path + ": a dyad needs two actor codes");
  check_date(path, "from", query.from);
  check_date(path, "to", query.to);
  if (!query.from.empty() && !query.to.empty() && query.from > query.to) {
    throw StoreError(fmt::format("{}: from {} is after to {}", path, query.from, query.to));
  }
  return DateRange{query.from, query.to.empty() ? std::string(8, '\xFF') : next_period_start(query.to, Period::kDay)};
}

void bind_dyad(Statement& statement, const DyadQuery& query, const DateRange& dates,
               Direction direction = Direction::kBoth) {
  const PrefixRange a = prefix_range(query.a);
  const PrefixRange b = prefix_range(query.b);
  statement.bind(1, a.low).bind(2, a.high).bind(3, b.low).bind(4, b.high).bind(5, dates.from).bind(6, dates.until);
  statement.bind(8, int64_t{direction == Direction::kBoth ? 0 : direction == Direction::kAToB ? 1 : 2});
}

bool is_a_to_b(const DyadQuery& query, std::string_view source, std::string_view target) {
  return source.starts_with(query.a) && target.starts_with(query.b);
}

void add_row(DirectionStats& stats, const GroupRow& row) {
  ++stats.events;
  const int quad = row.quad_class.value_or(0);
  ++stats.by_quad_class[quad >= 1 && quad <= 4 ? static_cast<size_t>(quad) : 0];
  if (row.goldstein) {
    ++stats.scored;
    stats.goldstein_sum += *row.goldstein;
  }
  stats.articles += row.articles;
}

// A day-by-day series over centuries would be millions of empty rows: refuse instead.
constexpr size_t kMaxPeriods = 200000;

DyadSeries series_of(EventStore::Impl& impl, const DyadQuery& query) {
  const DateRange dates = query_dates(impl.db.path(), query);
  Statement statement(impl.db, dyad_sql(query.counting, ""));
  bind_dyad(statement, query, dates);
  std::map<std::string, PeriodStats> by_start;
  while (statement.step()) {
    const GroupRow row = read_group_row(statement);
    const std::optional<std::string> start = period_start(row.date, query.period);
    if (!start) continue;  // an event of a story stored without a date
    PeriodStats& period = by_start[*start];
    add_row(is_a_to_b(query, row.source, row.target) ? period.a_to_b : period.b_to_a, row);
  }
  DyadSeries series;
  series.query = query;
  std::string first = query.from;
  std::string last = query.to;
  if (first.empty() && !by_start.empty()) first = by_start.begin()->first;
  if (last.empty() && !by_start.empty()) last = by_start.rbegin()->first;
  if (first.empty() || last.empty()) return series;
  const std::string end = *period_start(last, query.period);
  for (std::string start = *period_start(first, query.period); start <= end;
       start = next_period_start(start, query.period)) {
    if (series.periods.size() == kMaxPeriods) {
      throw StoreError(fmt::format("{}: more than {} periods from {} to {}; choose a longer period",
                                   impl.db.path(), kMaxPeriods, first, last));
    }
    PeriodStats period;
    if (const auto it = by_start.find(start); it != by_start.end()) period = std::move(it->second);
    period.start = start;
    period.label = period_label(start, query.period);
    series.periods.push_back(std::move(period));
  }
  return series;
}

void fill_evidence(Database& db, EventEvidence& evidence) {
  Statement statement(db,
                      "SELECT e.sentence_index, e.source_text, e.target_text, e.verb_text, e.source_begin,"
                      " e.source_end, e.target_begin, e.target_end, e.verb_begin, e.verb_end, e.root_code,"
                      " s.id, s.title, s.url, s.source, t.begin, t.end, t.text"
                      " FROM events AS e JOIN stories AS s USING (story_key)"
                      " LEFT JOIN sentences AS t ON t.story_key = e.story_key AND t.sentence_index = e.sentence_index"
                      " WHERE e.event_id = ?1");
  statement.bind(1, evidence.event_id);
  if (!statement.step()) return;
  const auto span = [&](int column) {
    return Span{static_cast<uint32_t>(statement.integer(column)), static_cast<uint32_t>(statement.integer(column + 1))};
  };
  evidence.sentence_index = static_cast<uint32_t>(statement.integer(0));
  evidence.source_text = statement.text(1);
  evidence.target_text = statement.text(2);
  evidence.verb_text = statement.text(3);
  evidence.source_span = span(4);
  evidence.target_span = span(6);
  evidence.verb_span = span(8);
  evidence.root_code = statement.text(10);
  evidence.story_id = statement.text(11);
  evidence.story_title = statement.text(12);
  evidence.story_url = statement.text(13);
  evidence.story_source = statement.text(14);
  if (!statement.is_null(15)) {
    evidence.sentence_span = span(15);
    evidence.sentence = statement.text(17);
  }
}

std::vector<EventEvidence> events_of(EventStore::Impl& impl, const EventQuery& query) {
  DateRange dates = query_dates(impl.db.path(), query.dyad);
  if (!query.period_start.empty()) {
    check_date(impl.db.path(), "period", query.period_start);
    const std::string start = *period_start(query.period_start, query.dyad.period);
    dates.from = std::max(dates.from, start);
    dates.until = std::min(dates.until, next_period_start(start, query.dyad.period));
  }
  std::string tail(order_clause(query.order));
  tail.append(" LIMIT ?7");
  Statement statement(impl.db, dyad_sql(query.dyad.counting, tail));
  bind_dyad(statement, query.dyad, dates, query.direction);
  statement.bind(7, query.limit == 0 ? int64_t{-1} : static_cast<int64_t>(query.limit));
  std::vector<EventEvidence> events;
  while (statement.step()) {
    GroupRow row = read_group_row(statement);
    EventEvidence evidence;
    evidence.event_id = row.first_event_id;
    evidence.a_to_b = is_a_to_b(query.dyad, row.source, row.target);
    evidence.date = std::move(row.date);
    evidence.source = std::move(row.source);
    evidence.target = std::move(row.target);
    evidence.code = std::move(row.code);
    evidence.quad_class = row.quad_class;
    evidence.goldstein = row.goldstein;
    evidence.num_articles = row.articles;
    evidence.num_sources = row.sources;
    events.push_back(std::move(evidence));
  }
  for (EventEvidence& evidence : events) fill_evidence(impl.db, evidence);
  return events;
}

std::vector<DyadCount> dyads_of(EventStore::Impl& impl, size_t prefix_length, size_t limit) {
  Statement statement(impl.db,
                      "SELECT substr(source, 1, ?1) AS a, substr(target, 1, ?1) AS b, count(*), min(date), max(date)"
                      " FROM (SELECT DISTINCT date, source, target, code FROM events"
                      " WHERE source NOT IN ('', '---') AND target NOT IN ('', '---'))"
                      " GROUP BY a, b");
  statement.bind(1, prefix_length == 0 ? int64_t{1} << 30 : static_cast<int64_t>(prefix_length));
  std::map<std::pair<std::string, std::string>, DyadCount> pairs;
  while (statement.step()) {
    std::string source(statement.text(0));
    std::string target(statement.text(1));
    const bool forward = source <= target;
    auto key = forward ? std::pair(source, target) : std::pair(target, source);
    DyadCount& dyad = pairs[key];
    dyad.a = key.first;
    dyad.b = key.second;
    (forward ? dyad.a_to_b : dyad.b_to_a) += static_cast<uint64_t>(statement.integer(2));
    const std::string first(statement.text(3));
    const std::string last(statement.text(4));
    if (dyad.first_date.empty() || first < dyad.first_date) dyad.first_date = first;
    dyad.last_date = std::max(dyad.last_date, last);
  }
  std::vector<DyadCount> dyads;
  dyads.reserve(pairs.size());
  for (auto& [key, dyad] : pairs) dyads.push_back(std::move(dyad));
  std::stable_sort(dyads.begin(), dyads.end(), [](const DyadCount& x, const DyadCount& y) {
    return x.a_to_b + x.b_to_a > y.a_to_b + y.b_to_a;
  });
  if (limit != 0 && dyads.size() > limit) dyads.resize(limit);
  return dyads;
}

std::pair<std::string, std::string> event_dates(Database& db) {
  Statement statement(db, "SELECT min(date), max(date) FROM events WHERE date <> ''");
  if (!statement.step() || statement.is_null(0)) return {};
  return {std::string(statement.text(0)), std::string(statement.text(1))};
}

uint64_t count(Database& db, const char* sql) {
  Statement statement(db, sql);
  return statement.step() ? static_cast<uint64_t>(statement.integer(0)) : 0;
}

}  // namespace

StoreSummary EventStore::summary() const {
  const std::lock_guard lock(impl_->mutex);
  Database& db = impl_->db;
  StoreSummary summary;
  summary.stories = count(db, "SELECT count(*) FROM stories");
  summary.sentences = count(db, "SELECT count(*) FROM sentences");
  summary.events = count(db, "SELECT count(*) FROM events");
  summary.one_a_day_events =
      count(db, "SELECT count(*) FROM (SELECT DISTINCT date, source, target, code FROM events)");
  summary.actors = count(db, "SELECT count(*) FROM actors");
  std::tie(summary.first_date, summary.last_date) = event_dates(db);
  return summary;
}

std::vector<ActorCount> EventStore::top_actors(std::string_view prefix, size_t limit) const {
  const std::lock_guard lock(impl_->mutex);
  Statement statement(impl_->db,
                      "SELECT a.code, a.as_source, a.as_target, a.first_date, a.last_date,"
                      " (SELECT n.name FROM actor_names AS n WHERE n.code = a.code"
                      "  ORDER BY n.mentions DESC, n.name LIMIT 1)"
                      " FROM actors AS a WHERE a.code >= ?1 AND a.code < ?2"
                      " ORDER BY a.as_source + a.as_target DESC, a.code LIMIT ?3");
  const PrefixRange range = prefix_range(prefix);
  statement.bind(1, range.low).bind(2, range.high).bind(3, limit == 0 ? int64_t{-1} : static_cast<int64_t>(limit));
  std::vector<ActorCount> actors;
  while (statement.step()) {
    ActorCount actor;
    actor.code = statement.text(0);
    actor.as_source = static_cast<uint64_t>(statement.integer(1));
    actor.as_target = static_cast<uint64_t>(statement.integer(2));
    actor.first_date = statement.text(3);
    actor.last_date = statement.text(4);
    actor.top_name = statement.text(5);
    actors.push_back(std::move(actor));
  }
  return actors;
}

std::vector<DyadCount> EventStore::top_dyads(size_t prefix_length, size_t limit) const {
  const std::lock_guard lock(impl_->mutex);
  return dyads_of(*impl_, prefix_length, limit);
}

DyadSeries EventStore::dyad_series(const DyadQuery& query) const {
  const std::lock_guard lock(impl_->mutex);
  return series_of(*impl_, query);
}

std::vector<EventEvidence> EventStore::dyad_events(const EventQuery& query) const {
  const std::lock_guard lock(impl_->mutex);
  return events_of(*impl_, query);
}

std::vector<Alert> EventStore::alerts(std::string_view a, std::string_view b, const AlertOptions& options) const {
  const std::lock_guard lock(impl_->mutex);
  const std::string& path = impl_->db.path();
  if (a.empty() != b.empty()) throw StoreError(path + ": alerts take two actor codes, or none for every dyad");
  check_date(path, "from", options.from);
  check_date(path, "to", options.to);
  const auto [first_date, last_date] = event_dates(impl_->db);
  std::vector<Alert> alerts;
  if (first_date.empty()) return alerts;

  std::vector<std::pair<std::string, std::string>> dyads;
  if (a.empty()) {
    for (const DyadCount& dyad : dyads_of(*impl_, options.prefix_length, 0)) {
      if (dyad.a_to_b + dyad.b_to_a >= options.min_dyad_events) dyads.emplace_back(dyad.a, dyad.b);
    }
  } else {
    dyads.emplace_back(a, b);
  }
  const std::string judged_from = options.from.empty() ? std::string() : *period_start(options.from, options.period);
  for (const auto& [dyad_a, dyad_b] : dyads) {
    // Every dyad is measured over the store's whole time range, so the baseline of a dyad that
    // was silent before counts that silence.
    DyadQuery query{.a = dyad_a,
                    .b = dyad_b,
                    .from = first_date,
                    .to = options.to.empty() ? last_date : std::max(options.to, first_date),
                    .period = options.period,
                    .counting = options.counting};
    const DyadSeries series = series_of(*impl_, query);
    std::vector<double> values;
    values.reserve(series.periods.size());
    for (const PeriodStats& period : series.periods) values.push_back(period.both().goldstein_sum);
    for (const Shift& shift : detect_shifts(values, options.rule)) {
      const PeriodStats& period = series.periods[shift.index];
      if (period.start < judged_from) continue;
      Alert alert{.a = dyad_a, .b = dyad_b, .period = period, .shift = shift, .events = {}};
      if (options.evidence > 0) {
        alert.events = events_of(*impl_, EventQuery{.dyad = query,
                                                    .period_start = period.start,
                                                    .order = shift.kind == ShiftKind::kDeterioration
                                                                 ? EventOrder::kMostConflictual
                                                                 : EventOrder::kMostCooperative,
                                                    .limit = options.evidence});
        // Behind a deterioration only hostile events, behind an improvement only cooperative ones.
        std::erase_if(alert.events, [&](const EventEvidence& event) {
          const double g = event.goldstein.value_or(0);
          return shift.kind == ShiftKind::kDeterioration ? g >= 0 : g <= 0;
        });
      }
      alerts.push_back(std::move(alert));
    }
  }
  std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& x, const Alert& y) {
    if (x.period.start != y.period.start) return x.period.start > y.period.start;
    return std::fabs(x.shift.z) > std::fabs(y.shift.z);
  });
  return alerts;
}

}  // namespace herald::store
