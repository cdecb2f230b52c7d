// Lookups over the compiled-in CAMEO tables (src/coding/cameo_table.cc).
#include "herald/cameo.h"

#include <algorithm>

namespace herald::cameo {
namespace {

// Both tables are ordered by code (checked at compile time), so a binary search finds the
// entry in a handful of string comparisons, with no hashing or allocation.
template <typename Entry>
const Entry* find_by_code(std::span<const Entry> table, std::string_view code) {
  auto it = std::ranges::lower_bound(table, code, {}, &Entry::code);
  if (it == table.end() || it->code != code) return nullptr;
  return &*it;
}

}  // namespace

std::string_view quad_class_name(QuadClass q) {
  switch (q) {
    case QuadClass::kVerbalCooperation: return "Verbal cooperation";
    case QuadClass::kMaterialCooperation: return "Material cooperation";
    case QuadClass::kVerbalConflict: return "Verbal conflict";
    case QuadClass::kMaterialConflict: return "Material conflict";
  }
  return "";
}

std::string_view actor_type_kind_name(ActorTypeKind kind) {
  switch (kind) {
    case ActorTypeKind::kDomesticRole: return "role";
    case ActorTypeKind::kOrganization: return "organization";
    case ActorTypeKind::kRegion: return "region";
    case ActorTypeKind::kReligion: return "religion";
    case ActorTypeKind::kEthnicity: return "ethnicity";
  }
  return "";
}

const EventType* find_event_type(std::string_view code) {
  return find_by_code(event_types(), code);
}

const ActorType* find_actor_type(std::string_view code) {
  return find_by_code(actor_types(), code);
}

}  // namespace herald::cameo
