// herald — EventStore: coded stories kept in a SQLite database, and the dyad analytics on them.
//
// `herald ingest` writes a store, `herald dyad`, `plot`, `alerts` and `serve` read it. The
// schema (docs/store.md) keeps each story with its sentences and events, so every number a
// query returns can be traced back to the sentences behind it.
//
// Writing is idempotent by story id: a story already stored is never stored again, so the same
// input can be ingested twice, or a killed run re-run, without duplicates. Each write() is one
// transaction: after a crash (even kill -9) every story of a committed batch is there whole and
// no story of the interrupted batch is there at all.
//
// Actor arguments are code prefixes: "COL" matches COL, COLGOV, COLMIL... Every value reaches
// SQLite as a bound parameter, so an argument is only ever compared, never run.
//
// Counting: GDELT and Phoenix count an event reported by many articles once a day (the
// "one-a-day" rule: same date, source, target and event code), keeping how many articles and
// outlets reported it. Queries count that way unless told Counting::kEveryReport.
//
// Thread safety: one EventStore may be shared by threads; its calls take turns on an internal
// mutex. Threads that want to read in parallel open a store each (read-only opens are cheap
// and, with the WAL journal, never block the writer nor each other).
#ifndef HERALD_STORE_H_
#define HERALD_STORE_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "herald/analytics.h"
#include "herald/coder.h"
#include "herald/document.h"
#include "herald/event.h"

namespace herald::store {

// Every failure of the store (cannot open, not a herald database, disk full...) is thrown as a
// StoreError whose message names the database file.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// ---- What is written -----------------------------------------------------------------------

struct StoryInfo {
  std::string id;
  std::string date;       // YYYY-MM-DD, or empty when the input gave none
  std::string source;     // the outlet, from the input's "source" field; empty when unknown
  std::string url;        // from "url"
  std::string title;      // from "title"
  std::string text_hash;  // 16 hex digits (FNV-1a 64 of the UTF-8 text): tells a changed story
  uint64_t text_length = 0;  // in code points
  std::string origin;     // the input file and line it was read from, for error messages
  uint64_t line = 0;
};

struct StoredSentence {
  uint32_t index = 0;  // 0-based within the story
  Span span;           // code points in the story text
  std::string text;
};

// Everything the store keeps of one story. make_stored_story is a pure function, so coding
// threads can build these while one writer commits them.
struct StoredStory {
  StoryInfo info;
  std::vector<StoredSentence> sentences;
  std::vector<Event> events;
};

// `metadata_json` is the Story's other fields (Story::metadata_json, CodedRecord::metadata_json):
// title, url and source are taken from it when they are strings; anything else is ignored.
StoredStory make_stored_story(CodedStory&& coded, std::string_view metadata_json,
                              std::string origin = {}, uint64_t line = 0);

struct WriteResult {
  uint64_t stories_added = 0;
  uint64_t stories_already_stored = 0;  // same id and same text: nothing to do
  uint64_t stories_conflicting = 0;     // same id, different text: the stored one is kept
  uint64_t sentences_added = 0;
  uint64_t events_added = 0;
  WriteResult& operator+=(const WriteResult& other);
};

// ---- What is read --------------------------------------------------------------------------

enum class Counting : uint8_t {
  kOneADay,      // one event per (date, source, target, code), however many reports
  kEveryReport,  // every coded event of every story
};

struct StoreSummary {
  uint64_t stories = 0;
  uint64_t sentences = 0;
  uint64_t events = 0;            // every report
  uint64_t one_a_day_events = 0;  // after the one-a-day rule
  uint64_t actors = 0;            // distinct actor codes
  std::string first_date;         // of the events; empty when there are none
  std::string last_date;
};

struct ActorCount {
  std::string code;
  uint64_t as_source = 0;  // events (every report) with this code as the source
  uint64_t as_target = 0;
  std::string top_name;    // the text it was most often coded from, e.g. "Gustavo Petro"
  std::string first_date;
  std::string last_date;
};

// An unordered pair of actor code prefixes, a <= b, with the events between them.
struct DyadCount {
  std::string a;
  std::string b;
  uint64_t a_to_b = 0;  // one-a-day events
  uint64_t b_to_a = 0;
  std::string first_date;
  std::string last_date;
};

struct DyadQuery {
  std::string a{};     // actor code prefixes; both must be non-empty
  std::string b{};
  std::string from{};  // inclusive YYYY-MM-DD bounds on the event date; empty for open
  std::string to{};
  Period period = Period::kWeek;
  Counting counting = Counting::kOneADay;
};

struct DirectionStats {
  uint64_t events = 0;
  // [1]..[4]: events of QuadClass 1 (verbal cooperation) .. 4 (material conflict);
  // [0]: events whose code CAMEO does not know (no QuadClass, no Goldstein score).
  std::array<uint64_t, 5> by_quad_class{};
  uint64_t scored = 0;       // events with a Goldstein score
  double goldstein_sum = 0;  // of the scored events
  uint64_t articles = 0;     // reports behind the events (equals `events` for kEveryReport)

  double goldstein_mean() const { return scored == 0 ? 0.0 : goldstein_sum / static_cast<double>(scored); }
  DirectionStats& operator+=(const DirectionStats& other);
};

struct PeriodStats {
  std::string start{};  // first day, YYYY-MM-DD (see period_start)
  std::string label{};  // see period_label
  DirectionStats a_to_b{};  // source matches a, target matches b
  DirectionStats b_to_a{};  // source matches b, target matches a (an event matching both ways
                          // — a and b overlap — is counted once, as a_to_b)
  DirectionStats both() const;
};

// Every period from the first to the last (the query's from/to when given, else the dyad's
// first and last event), empty periods included, so a chart or an alert rule sees the gaps.
struct DyadSeries {
  DyadQuery query;
  std::vector<PeriodStats> periods;
};

enum class EventOrder : uint8_t {
  kMostReported,     // most articles first, then the strongest |Goldstein|, then the latest
  kMostConflictual,  // lowest Goldstein first
  kMostCooperative,  // highest Goldstein first
};

// One event with the evidence behind it. For Counting::kOneADay it is the first report of its
// one-a-day group; num_articles and num_sources describe the whole group.
struct EventEvidence {
  int64_t event_id = 0;  // stable key of the report in the store
  std::string date;
  std::string source;  // full codes, e.g. "COLGOV"
  std::string target;
  std::string code;
  std::string root_code;
  std::optional<int> quad_class;
  std::optional<double> goldstein;
  bool a_to_b = true;  // the event's direction within the queried dyad
  std::string source_text;
  std::string target_text;
  std::string verb_text;
  Span source_span;  // code points in the story text
  Span target_span;
  Span verb_span;
  uint32_t sentence_index = 0;
  Span sentence_span;  // the sentence in the story text: source_span.begin - sentence_span.begin
                       // is the source's offset within `sentence`
  std::string sentence;
  std::string story_id;
  std::string story_title;
  std::string story_url;
  std::string story_source;  // the outlet
  uint64_t num_articles = 1;  // stories that reported the one-a-day event
  uint64_t num_sources = 1;   // distinct outlets among them (stories without one count as one)
};

// Which events of a dyad a query lists: both directions, or only a's acts on b (or b's on a).
enum class Direction { kBoth, kAToB, kBToA };

struct EventQuery {
  DyadQuery dyad{};
  std::string period_start{};  // one period of dyad.period; empty for the whole from..to range
  EventOrder order = EventOrder::kMostReported;
  size_t limit = 10;
  Direction direction = Direction::kBoth;
};

struct AlertOptions {
  Period period = Period::kWeek;
  Counting counting = Counting::kOneADay;
  std::string from{};  // judge only periods within these dates; the baseline may reach earlier
  std::string to{};
  ShiftOptions rule{};
  size_t evidence = 3;         // events listed behind each alert
  // For the all-dyads scan: actor codes are cut to this many characters (3: the country or
  // organisation), and dyads with fewer one-a-day events in all are not judged.
  size_t prefix_length = 3;
  uint64_t min_dyad_events = 5;
};

// A period in which the dyad's Goldstein sum (both directions) left its own baseline.
struct Alert {
  std::string a{};  // the dyad's actor prefixes
  std::string b{};
  PeriodStats period{};
  Shift shift{};    // value = period.both().goldstein_sum; shift.index is within the dyad's series
  std::vector<EventEvidence> events{};  // the most hostile (deterioration) or most cooperative
                                      // (improvement) events of the period, at most
                                      // AlertOptions::evidence, only those scored on that side
};

enum class OpenMode : uint8_t {
  kReadOnly,   // for readers (dyad, plot, alerts, serve); the file must exist
  kReadWrite,  // creates the file and its schema when missing
};

class EventStore {
 public:
  // Throws StoreError when the file cannot be opened, or is not a herald store.
  static std::unique_ptr<EventStore> open(const std::string& path, OpenMode mode);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  const std::string& path() const;

  // ---- writing (kReadWrite only; a read-only store throws StoreError)

  // Whether a story with this id is stored (so a re-run can skip coding it).
  bool contains_story(std::string_view id) const;
  // Stores the stories not stored yet, all in one transaction: all of them or, on error, none.
  WriteResult write(std::span<const StoredStory> batch);

  // ---- reading

  StoreSummary summary() const;
  // Actor codes starting with `prefix` (empty: all), most events (as source + as target) first.
  std::vector<ActorCount> top_actors(std::string_view prefix, size_t limit) const;
  // Dyads of actor codes cut to `prefix_length` characters (0: full codes), most one-a-day
  // events first. An actor missing from an event ("---") makes no dyad.
  std::vector<DyadCount> top_dyads(size_t prefix_length, size_t limit) const;
  // Throws StoreError for an empty actor, a bad date or from > to.
  DyadSeries dyad_series(const DyadQuery& query) const;
  std::vector<EventEvidence> dyad_events(const EventQuery& query) const;
  // Alerts of the dyad (a, b), or, with both empty, of every dyad of the store (cut to
  // options.prefix_length). Newest period first.
  std::vector<Alert> alerts(std::string_view a, std::string_view b, const AlertOptions& options) const;

  class Impl;

 private:
  explicit EventStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace herald::store

#endif  // HERALD_STORE_H_
