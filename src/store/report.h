// How the store's query results are written for people and programs: the JSON objects and the
// plain-text pieces that herald dyad and herald alerts share (docs/store.md lists the fields).
#ifndef HERALD_STORE_REPORT_H_
#define HERALD_STORE_REPORT_H_

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "herald/store.h"

namespace herald::store {

// "verbal cooperation" .. "material conflict"; "unknown" for a code outside CAMEO.
std::string_view quad_class_name(std::optional<int> quad_class);
std::string_view counting_name(Counting counting);  // "one-a-day" | "every-report"

// {"events", "verbal_cooperation", ..., "material_conflict", "unknown_code", "goldstein_sum",
//  "goldstein_mean", "articles"}
nlohmann::json direction_json(const DirectionStats& stats);
// {"period", "start", "events", "goldstein_sum", "goldstein_mean", "a_to_b", "b_to_a"}
nlohmann::json period_json(const PeriodStats& period);
nlohmann::json evidence_json(const EventEvidence& event);
nlohmann::json alert_json(const Alert& alert);

// Writes an event and its evidence as four indented lines of text:
//   2025-09-15  USA -> COL  163 material conflict, Goldstein -8.0  (3 articles, 2 sources)
//     USA "United States" 163 "declared" -> COL "Colombia"
//     "The United States on Monday declared..."
//     story col-usa-2025-09-15-a: Washington drops Colombia  https://...
std::string evidence_text(const EventEvidence& event, std::string_view indent);

// Cuts `text` to at most `max_code_points`, at a code point boundary, adding "..." when cut.
std::string shorten(std::string_view text, size_t max_code_points);

}  // namespace herald::store

#endif  // HERALD_STORE_REPORT_H_
