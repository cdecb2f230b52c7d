// make_stored_story: what the store keeps of one coded story, built off the writer's thread.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "herald/store.h"

namespace herald::store {

namespace {

uint64_t fnv1a64(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

uint64_t count_code_points(std::string_view text) {
  uint64_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// The string field `name` of the metadata object, or empty.
std::string string_field(const nlohmann::json& metadata, const char* name) {
  const auto it = metadata.find(name);
  return it != metadata.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

StoredStory make_stored_story(CodedStory&& coded, std::string_view metadata_json, std::string origin,
                              uint64_t line) {
  StoredStory stored;
  const Document& doc = coded.doc;
  StoryInfo& info = stored.info;
  info.id = doc.id;
  info.date = doc.date;
  info.text_hash = fmt::format("{:016x}", fnv1a64(doc.text));
  info.text_length = count_code_points(doc.text);
  info.origin = std::move(origin);
  info.line = line;
  if (!metadata_json.empty()) {
    const nlohmann::json metadata = nlohmann::json::parse(metadata_json, nullptr, false);
    if (metadata.is_object()) {
      info.source = string_field(metadata, "source");
      info.url = string_field(metadata, "url");
      info.title = string_field(metadata, "title");
    }
  }
  stored.sentences.reserve(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sentence = doc.sentences[i];
    stored.sentences.push_back(StoredSentence{static_cast<uint32_t>(i), sentence.span,
                                              std::string(doc.sentence_text(sentence))});
  }
  stored.events = std::move(coded.events);
  return stored;
}

WriteResult& WriteResult::operator+=(const WriteResult& other) {
  stories_added += other.stories_added;
  stories_already_stored += other.stories_already_stored;
  stories_conflicting += other.stories_conflicting;
  sentences_added += other.sentences_added;
  events_added += other.events_added;
  return *this;
}

DirectionStats& DirectionStats::operator+=(const DirectionStats& other) {
  events += other.events;
  for (size_t i = 0; i < by_quad_class.size(); ++i) by_quad_class[i] += other.by_quad_class[i];
  scored += other.scored;
  goldstein_sum += other.goldstein_sum;
  articles += other.articles;
  return *this;
}

DirectionStats PeriodStats::both() const {
  DirectionStats total = a_to_b;
  total += b_to_a;
  return total;
}

}  // namespace herald::store
