#include "store/report.h"

#include <fmt/format.h>

namespace herald::store {

namespace {

nlohmann::json optional_json(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json span_json(const Span& span) { return nlohmann::json::array({span.begin, span.end}); }

}  // namespace

std::string_view quad_class_name(std::optional<int> quad_class) {
  switch (quad_class.value_or(0)) {
    case 1: return "verbal cooperation";
    case 2: return "material cooperation";
    case 3: return "verbal conflict";
    case 4: return "material conflict";
    default: return "unknown";
  }
}

std::string_view counting_name(Counting counting) {
  return counting == Counting::kOneADay ? "one-a-day" : "every-report";
}

nlohmann::json direction_json(const DirectionStats& stats) {
  return nlohmann::json{{"events", stats.events},
                        {"verbal_cooperation", stats.by_quad_class[1]},
                        {"material_cooperation", stats.by_quad_class[2]},
                        {"verbal_conflict", stats.by_quad_class[3]},
                        {"material_conflict", stats.by_quad_class[4]},
                        {"unknown_code", stats.by_quad_class[0]},
                        {"goldstein_sum", stats.goldstein_sum},
                        {"goldstein_mean", stats.goldstein_mean()},
                        {"articles", stats.articles}};
}

nlohmann::json period_json(const PeriodStats& period) {
  const DirectionStats both = period.both();
  return nlohmann::json{{"period", period.label},
                        {"start", period.start},
                        {"events", both.events},
                        {"goldstein_sum", both.goldstein_sum},
                        {"goldstein_mean", both.goldstein_mean()},
                        {"a_to_b", direction_json(period.a_to_b)},
                        {"b_to_a", direction_json(period.b_to_a)}};
}

nlohmann::json evidence_json(const EventEvidence& event) {
  return nlohmann::json{
      {"event_id", event.event_id},
      {"date", event.date},
      {"direction", event.a_to_b ? "a_to_b" : "b_to_a"},
      {"source", event.source},
      {"target", event.target},
      {"code", event.code},
      {"root_code", event.root_code},
      {"quad_class", event.quad_class ? nlohmann::json(*event.quad_class) : nlohmann::json(nullptr)},
      {"goldstein", optional_json(event.goldstein)},
      {"num_articles", event.num_articles},
      {"num_sources", event.num_sources},
      {"source_text", event.source_text},
      {"target_text", event.target_text},
      {"verb_text", event.verb_text},
      {"source_span", span_json(event.source_span)},
      {"target_span", span_json(event.target_span)},
      {"verb_span", span_json(event.verb_span)},
      {"sentence_index", event.sentence_index},
      {"sentence_span", span_json(event.sentence_span)},
      {"sentence", event.sentence},
      {"story", nlohmann::json{{"id", event.story_id},
                               {"title", event.story_title},
                               {"url", event.story_url},
                               {"source", event.story_source}}}};
}

nlohmann::json alert_json(const Alert& alert) {
  nlohmann::json events = nlohmann::json::array();
  for (const EventEvidence& event : alert.events) events.push_back(evidence_json(event));
  return nlohmann::json{{"a", alert.a},
                        {"b", alert.b},
                        {"kind", shift_kind_name(alert.shift.kind)},
                        {"period", alert.period.label},
                        {"start", alert.period.start},
                        {"goldstein_sum", alert.shift.value},
                        {"baseline_mean", alert.shift.baseline_mean},
                        {"baseline_sd", alert.shift.baseline_sd},
                        {"z", alert.shift.z},
                        {"stats", period_json(alert.period)},
                        {"events", std::move(events)}};
}

std::string shorten(std::string_view text, size_t max_code_points) {
  size_t code_points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (code_points++ == max_code_points) return std::string(text.substr(0, i)) + "...";
  }
  return std::string(text);
}

std::string evidence_text(const EventEvidence& event, std::string_view indent) {
  std::string sentence = shorten(event.sentence, 220);
  for (char& c : sentence) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  std::string out = fmt::format("{}{}  {} -> {}  {} {}", indent, event.date, event.source, event.target, event.code,
                                quad_class_name(event.quad_class));
  if (event.goldstein) out += fmt::format(", Goldstein {:.1f}", *event.goldstein);
  if (event.num_articles > 1) {
    out += fmt::format("  ({} articles, {} source{})", event.num_articles, event.num_sources,
                       event.num_sources == 1 ? "" : "s");
  }
  out += fmt::format("\n{}  {} \"{}\" {} \"{}\" -> {} \"{}\"\n", indent, event.source, event.source_text, event.code,
                     event.verb_text, event.target, event.target_text);
  out += fmt::format("{}  \"{}\"\n", indent, sentence);
  out += fmt::format("{}  story {}", indent, event.story_id);
  if (!event.story_title.empty()) out += ": " + event.story_title;
  if (!event.story_url.empty()) out += "  " + event.story_url;
  out += '\n';
  return out;
}

}  // namespace herald::store
