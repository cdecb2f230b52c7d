// Tests for herald's CAMEO tables: their structure, a few known figures, and (when the
// reference data is present) agreement with ../shared/cameo/eventcodes.tsv code by code.
#include "herald/cameo.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace herald::cameo {
namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::ranges::all_of(s, [](char c) { return c >= '0' && c <= '9'; });
}

bool all_upper(std::string_view s) {
  return !s.empty() && std::ranges::all_of(s, [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The QuadClass CAMEO assigns to a root code: 01-05, 06-09, 10-14, 15-20.
QuadClass quad_class_of_root(int root) {
  if (root <= 5) return QuadClass::kVerbalCooperation;
  if (root <= 9) return QuadClass::kMaterialCooperation;
  if (root <= 14) return QuadClass::kVerbalConflict;
  return QuadClass::kMaterialConflict;
}

std::string two_digits(int n) {
  return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
}

TEST(CameoEventTable, SortedByCodeAndUnique) {
  const auto table = event_types();
  ASSERT_FALSE(table.empty());
  for (size_t i = 1; i < table.size(); ++i) {
    EXPECT_LT(table[i - 1].code, table[i].code) << "at index " << i;
  }
}

TEST(CameoEventTable, CodesAreTwoToFourDigits) {
  for (const EventType& type : event_types()) {
    EXPECT_TRUE(all_digits(type.code)) << type.code;
    EXPECT_GE(type.code.size(), 2u) << type.code;
    EXPECT_LE(type.code.size(), 4u) << type.code;
  }
}

TEST(CameoEventTable, EveryRootFrom01To20IsPresentAndIsItsOwnRoot) {
  for (int root = 1; root <= 20; ++root) {
    const std::string code = two_digits(root);
    const EventType* type = find_event_type(code);
    ASSERT_NE(type, nullptr) << "missing root " << code;
    EXPECT_EQ(type->root, code);
    EXPECT_EQ(type->quad_class, quad_class_of_root(root)) << code;
  }
  const auto roots = std::ranges::count_if(event_types(),
                                           [](const EventType& t) { return t.code.size() == 2; });
  EXPECT_EQ(roots, 20);
}

TEST(CameoEventTable, EveryLeafHasAnExistingRootEqualToItsFirstTwoDigits) {
  for (const EventType& type : event_types()) {
    EXPECT_EQ(type.root, type.code.substr(0, 2)) << type.code;
    const EventType* root = find_event_type(type.root);
    ASSERT_NE(root, nullptr) << type.code << " has no root entry " << type.root;
    EXPECT_EQ(root->code.size(), 2u);
    // A four-digit code refines a three-digit one, which must exist too.
    if (type.code.size() == 4) {
      EXPECT_NE(find_event_type(type.code.substr(0, 3)), nullptr) << type.code;
    }
  }
}

TEST(CameoEventTable, QuadClassIsOneToFourAndFollowsTheRoot) {
  for (const EventType& type : event_types()) {
    const int quad = static_cast<int>(type.quad_class);
    EXPECT_GE(quad, 1) << type.code;
    EXPECT_LE(quad, 4) << type.code;
    const int root = (type.root[0] - '0') * 10 + (type.root[1] - '0');
    EXPECT_EQ(type.quad_class, quad_class_of_root(root)) << type.code;
  }
}

TEST(CameoEventTable, GoldsteinIsWithinScaleWithOneDecimal) {
  for (const EventType& type : event_types()) {
    EXPECT_GE(type.goldstein, -10.0) << type.code;
    EXPECT_LE(type.goldstein, 10.0) << type.code;
    const double tenths = type.goldstein * 10.0;
    EXPECT_NEAR(tenths, std::round(tenths), 1e-9) << type.code;
  }
}

TEST(CameoEventTable, NamesAreShortSentenceCaseLabels) {
  std::set<std::string_view> names;
  for (const EventType& type : event_types()) {
    ASSERT_FALSE(type.name.empty()) << type.code;
    EXPECT_TRUE(std::isupper(static_cast<unsigned char>(type.name.front()))) << type.code;
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(type.name.front()))) << type.code;
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(type.name.back()))) << type.code;
    EXPECT_EQ(type.name.find("  "), std::string_view::npos) << type.code;
    EXPECT_LE(type.name.size(), 60u) << type.code;
    // Sentence case: a label longer than one word is not written in capitals throughout.
    if (type.name.find(' ') != std::string_view::npos) {
      EXPECT_TRUE(std::ranges::any_of(type.name, [](char c) { return c >= 'a' && c <= 'z'; }))
          << type.code;
    }
    EXPECT_TRUE(names.insert(type.name).second) << "label used twice: " << type.name;
  }
}

TEST(CameoEventTable, KnownFigures) {
  const EventType* sanctions = find_event_type("163");
  ASSERT_NE(sanctions, nullptr);
  EXPECT_EQ(sanctions->root, "16");
  EXPECT_EQ(sanctions->quad_class, QuadClass::kMaterialConflict);
  EXPECT_DOUBLE_EQ(sanctions->goldstein, -8.0);

  const EventType* visit = find_event_type("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->quad_class, QuadClass::kVerbalCooperation);
  EXPECT_DOUBLE_EQ(visit->goldstein, 1.9);

  const EventType* force = find_event_type("190");
  ASSERT_NE(force, nullptr);
  EXPECT_DOUBLE_EQ(force->goldstein, -10.0);
  EXPECT_EQ(force->quad_class, QuadClass::kMaterialConflict);

  const EventType* nuclear = find_event_type("2042");
  ASSERT_NE(nuclear, nullptr);
  EXPECT_EQ(nuclear->root, "20");

  const EventType* retreat = find_event_type("0874");
  ASSERT_NE(retreat, nullptr);
  EXPECT_EQ(retreat->quad_class, QuadClass::kMaterialCooperation);
  EXPECT_DOUBLE_EQ(retreat->goldstein, 10.0);

  const EventType* pessimism = find_event_type("012");
  ASSERT_NE(pessimism, nullptr);
  EXPECT_DOUBLE_EQ(pessimism->goldstein, -0.4);

  const EventType* investigate = find_event_type("09");
  ASSERT_NE(investigate, nullptr);
  EXPECT_EQ(investigate->quad_class, QuadClass::kMaterialCooperation);
  EXPECT_DOUBLE_EQ(investigate->goldstein, -2.0);

  EXPECT_EQ(event_types().size(), 311u);
}

TEST(CameoEventLookup, FindsEveryEntryAndRejectsNonCodes) {
  for (const EventType& type : event_types()) {
    EXPECT_EQ(find_event_type(type.code), &type) << type.code;
  }
  for (std::string_view bad : {"", "0", "00", "21", "999", "0163", "163 ", " 163", "16a", "1630",
                               "2043", "1213", "155", "176"}) {
    EXPECT_EQ(find_event_type(bad), nullptr) << "'" << bad << "'";
  }
}

TEST(CameoQuadClass, NamesAreDistinctAndOutOfRangeIsEmpty) {
  std::set<std::string_view> names;
  for (int q = 1; q <= 4; ++q) {
    const std::string_view name = quad_class_name(static_cast<QuadClass>(q));
    EXPECT_FALSE(name.empty()) << q;
    EXPECT_TRUE(names.insert(name).second) << name;
  }
  EXPECT_EQ(quad_class_name(QuadClass::kVerbalConflict), "Verbal conflict");
  EXPECT_EQ(quad_class_name(static_cast<QuadClass>(0)), "");
  EXPECT_EQ(quad_class_name(static_cast<QuadClass>(5)), "");
}

TEST(CameoActorTable, SortedByCodeAndUnique) {
  const auto table = actor_types();
  ASSERT_FALSE(table.empty());
  for (size_t i = 1; i < table.size(); ++i) {
    EXPECT_LT(table[i - 1].code, table[i].code) << "at index " << i;
  }
}

TEST(CameoActorTable, CodesAreThreeLettersOrQualifiedDenominations) {
  for (const ActorType& type : actor_types()) {
    EXPECT_TRUE(all_upper(type.code)) << type.code;
    EXPECT_FALSE(type.name.empty()) << type.code;
    if (type.code.size() == 6) {
      EXPECT_EQ(type.kind, ActorTypeKind::kReligion) << type.code;
      const ActorType* parent = find_actor_type(type.code.substr(0, 3));
      ASSERT_NE(parent, nullptr) << type.code << " has no parent religion";
      EXPECT_EQ(parent->kind, ActorTypeKind::kReligion) << type.code;
    } else {
      EXPECT_EQ(type.code.size(), 3u) << type.code;
    }
  }
}

TEST(CameoActorTable, CodebookCodesHaveTheirKind) {
  struct Expected {
    std::string_view code;
    ActorTypeKind kind;
  };
  const Expected expected[] = {
      {"GOV", ActorTypeKind::kDomesticRole}, {"MIL", ActorTypeKind::kDomesticRole},
      {"REB", ActorTypeKind::kDomesticRole}, {"OPP", ActorTypeKind::kDomesticRole},
      {"COP", ActorTypeKind::kDomesticRole}, {"JUD", ActorTypeKind::kDomesticRole},
      {"BUS", ActorTypeKind::kDomesticRole}, {"MED", ActorTypeKind::kDomesticRole},
      {"CVL", ActorTypeKind::kDomesticRole}, {"CRM", ActorTypeKind::kDomesticRole},
      {"EDU", ActorTypeKind::kDomesticRole}, {"ELI", ActorTypeKind::kDomesticRole},
      {"HLH", ActorTypeKind::kDomesticRole}, {"LAB", ActorTypeKind::kDomesticRole},
      {"LEG", ActorTypeKind::kDomesticRole}, {"REF", ActorTypeKind::kDomesticRole},
      {"SPY", ActorTypeKind::kDomesticRole}, {"PTY", ActorTypeKind::kDomesticRole},
      {"AGR", ActorTypeKind::kDomesticRole}, {"DEV", ActorTypeKind::kDomesticRole},
      {"ENV", ActorTypeKind::kDomesticRole}, {"UAF", ActorTypeKind::kDomesticRole},
      {"MOD", ActorTypeKind::kDomesticRole}, {"RAD", ActorTypeKind::kDomesticRole},
      {"INS", ActorTypeKind::kDomesticRole}, {"SEP", ActorTypeKind::kDomesticRole},
      {"HRI", ActorTypeKind::kDomesticRole}, {"IGO", ActorTypeKind::kOrganization},
      {"NGO", ActorTypeKind::kOrganization}, {"MNC", ActorTypeKind::kOrganization},
      {"IMG", ActorTypeKind::kOrganization}, {"NGM", ActorTypeKind::kOrganization},
      {"UIS", ActorTypeKind::kOrganization}, {"INT", ActorTypeKind::kOrganization},
      {"UNO", ActorTypeKind::kOrganization}, {"NAT", ActorTypeKind::kOrganization},
      {"EEC", ActorTypeKind::kOrganization}, {"AMN", ActorTypeKind::kOrganization},
      {"WTO", ActorTypeKind::kOrganization}, {"IRC", ActorTypeKind::kOrganization},
      {"PKO", ActorTypeKind::kOrganization}, {"AFR", ActorTypeKind::kRegion},
      {"ASA", ActorTypeKind::kRegion},       {"EUR", ActorTypeKind::kRegion},
      {"LAM", ActorTypeKind::kRegion},       {"MEA", ActorTypeKind::kRegion},
      {"WST", ActorTypeKind::kRegion},       {"CHR", ActorTypeKind::kReligion},
      {"MOS", ActorTypeKind::kReligion},     {"JEW", ActorTypeKind::kReligion},
      {"BUD", ActorTypeKind::kReligion},     {"HIN", ActorTypeKind::kReligion},
      {"MOSSHI", ActorTypeKind::kReligion},  {"CHRCTH", ActorTypeKind::kReligion},
      {"KUR", ActorTypeKind::kEthnicity},    {"PAL", ActorTypeKind::kEthnicity},
  };
  for (const Expected& e : expected) {
    const ActorType* type = find_actor_type(e.code);
    ASSERT_NE(type, nullptr) << e.code;
    EXPECT_EQ(type->kind, e.kind) << e.code;
  }
  EXPECT_EQ(find_actor_type("GOV")->name, "Government");
}

TEST(CameoActorLookup, FindsEveryEntryAndRejectsNonCodes) {
  for (const ActorType& type : actor_types()) {
    EXPECT_EQ(find_actor_type(type.code), &type) << type.code;
  }
  for (std::string_view bad : {"", "G", "GO", "gov", "GOVX", "USA", "ZZZ", "CTH", "IGOUNO"}) {
    EXPECT_EQ(find_actor_type(bad), nullptr) << "'" << bad << "'";
  }
}

TEST(CameoActorLookup, KindViewPartitionsTheTable) {
  size_t total = 0;
  for (int k = 0; k <= static_cast<int>(ActorTypeKind::kEthnicity); ++k) {
    const auto kind = static_cast<ActorTypeKind>(k);
    size_t count = 0;
    std::string_view previous;
    for (const ActorType& type : actor_types_of_kind(kind)) {
      EXPECT_EQ(type.kind, kind) << type.code;
      EXPECT_LT(previous, type.code);
      previous = type.code;
      ++count;
    }
    EXPECT_GT(count, 0u) << actor_type_kind_name(kind);
    EXPECT_FALSE(actor_type_kind_name(kind).empty());
    total += count;
  }
  EXPECT_EQ(total, actor_types().size());
}

// Splits one line of a tab-separated file.
std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

TEST(CameoReference, AgreesWithSharedEventCodesTsv) {
  const std::filesystem::path path =
      std::filesystem::path(HERALD_SOURCE_DIR) / ".." / "shared" / "cameo" / "eventcodes.tsv";
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "skipped: reference table " << path.string()
                 << " is absent, so herald's CAMEO table is not cross-checked";
  }
  std::ifstream in(path);
  ASSERT_TRUE(in) << "cannot open " << path.string();

  std::string line;
  ASSERT_TRUE(std::getline(in, line)) << path.string() << " is empty";
  ASSERT_EQ(line, "code\tname\troot_code\tquad_class\tgoldstein") << path.string() << ":1";

  std::set<std::string> reference_codes;
  int line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty()) continue;
    const std::string where = path.string() + ":" + std::to_string(line_number);
    const std::vector<std::string_view> fields = split_tabs(line);
    ASSERT_EQ(fields.size(), 5u) << where;
    const std::string_view code = fields[0];
    const std::string_view root = fields[2];
    int quad = 0;
    const auto quad_parsed = std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(),
                                             quad);
    ASSERT_EQ(quad_parsed.ec, std::errc{}) << where << ": quad class '" << fields[3] << "'";
    double goldstein = 0;
    const auto goldstein_parsed =
        std::from_chars(fields[4].data(), fields[4].data() + fields[4].size(), goldstein);
    ASSERT_EQ(goldstein_parsed.ec, std::errc{}) << where << ": Goldstein '" << fields[4] << "'";
    reference_codes.emplace(code);

    const EventType* type = find_event_type(code);
    if (type == nullptr) {
      ADD_FAILURE() << where << ": code " << code << " is missing from herald's table";
      continue;
    }
    EXPECT_EQ(type->root, root) << where;
    EXPECT_EQ(static_cast<int>(type->quad_class), quad) << where;
    EXPECT_DOUBLE_EQ(type->goldstein, goldstein) << where;
  }
  for (const EventType& type : event_types()) {
    EXPECT_TRUE(reference_codes.contains(std::string(type.code)))
        << "herald's code " << type.code << " is not in " << path.string();
  }
  EXPECT_EQ(reference_codes.size(), event_types().size());
}

}  // namespace
}  // namespace herald::cameo
