// herald — the CAMEO ontology: event codes and actor type codes.
//
// The figures (root, QuadClass, Goldstein value) are those of the CAMEO 1.1b3 codebook and
// the Goldstein (1992) scale as used by GDELT; the table and its labels are herald's own
// (src/coding/cameo_table.cc). Both tables are compiled in: nothing is read at run time.
//
// The event table holds the 311 codes that carry a Goldstein value. The 1.1b3 codebook also
// defines seven codes that have none (1213, 1214, 155, 176, 1834, 1951, 1952); they are left
// out, so find_event_type() returns nullptr for them.
#ifndef HERALD_CAMEO_H_
#define HERALD_CAMEO_H_

#include <cstdint>
#include <ranges>
#include <span>
#include <string_view>

namespace herald::cameo {

enum class QuadClass : uint8_t {
  kVerbalCooperation = 1,
  kMaterialCooperation = 2,
  kVerbalConflict = 3,
  kMaterialConflict = 4,
};

// "Verbal cooperation", ...; "" for a value outside the enum.
std::string_view quad_class_name(QuadClass q);

struct EventType {
  std::string_view code;  // "163"
  std::string_view root;  // "16": the first two digits; a root code is its own root
  std::string_view name;  // short label, sentence case: "Impose sanctions, boycott or embargo"
  QuadClass quad_class;   // fixed by the root: 01-05 → 1, 06-09 → 2, 10-14 → 3, 15-20 → 4
  double goldstein;       // -10 (most conflictual) .. +10 (most cooperative)
};

// What an actor type code denotes.
enum class ActorTypeKind : uint8_t {
  kDomesticRole,      // GOV, MIL, REB, OPP, COP, JUD, BUS, MED, CVL ...
  kOrganization,      // IGO, NGO, MNC, and the IGO/NGO sub-codes such as UNO, NAT
  kRegion,            // AFR, EUR, LAM, MEA ...
  kReligion,          // CHR, MOS, JEW ...
  kEthnicity,         // generic ethnic-group marker codes
};

// "role", "organization", "region", "religion", "ethnicity"; "" for a value outside the enum.
std::string_view actor_type_kind_name(ActorTypeKind kind);

// A code element that may appear inside a full actor code such as "IGOUNO" or "USAGOVMIL".
// Codes are three upper-case letters, except religious denominations, which only mean
// something after their parent religion and so are stored with it as six letters
// ("CHRCTH", "MOSSHI"). Country codes and country-specific group codes (party and militia
// suffixes such as Israel's LKD) are not actor types and are not in this table.
struct ActorType {
  std::string_view code;  // "GOV"
  std::string_view name;  // "Government"
  ActorTypeKind kind;
};

// All event codes, ordered by code as strings ("01" < "010" < "011" < ... < "204" < "2041").
std::span<const EventType> event_types();
// nullptr when `code` is not a CAMEO event code. Exact match: "0163" or " 163" is not "163".
const EventType* find_event_type(std::string_view code);

// All actor type codes, ordered by code as strings.
std::span<const ActorType> actor_types();
// nullptr when `code` is not an actor type code. Exact, case-sensitive match.
const ActorType* find_actor_type(std::string_view code);

// The actor types of one kind, in code order, as a lazy view over actor_types().
inline auto actor_types_of_kind(ActorTypeKind kind) {
  return actor_types() |
         std::views::filter([kind](const ActorType& type) { return type.kind == kind; });
}

}  // namespace herald::cameo

#endif  // HERALD_CAMEO_H_
