// herald's own golden set (tests/golden/*.xml) coded with the built-in dictionaries, and the
// coverage figures the built-in verb dictionaries promise.
#include <filesystem>

#include <gtest/gtest.h>

#include "herald/builtin_dictionaries.h"
#include "herald/dictionary_coverage.h"
#include "herald/syntax.h"
#include "herald/validate.h"

namespace herald {
namespace {

const std::filesystem::path kGoldenDir = std::filesystem::path(HERALD_SOURCE_DIR) / "tests" / "golden";

// The target: at least 90 % of the golden records exactly right.
constexpr double kGoldenFloor = 0.90;

TEST(GoldenSet, CodedWithTheBuiltinDictionaries) {
  const Coder coder(lexicon::load_builtin_dictionaries(nullptr), syntax::SyntaxModel::load());
  size_t passed = 0, total = 0, files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kGoldenDir)) {
    if (entry.path().extension() != ".xml") continue;
    ++files;
    std::vector<Diagnostic> problems;
    const std::optional<ValidationSuite> suite =
        read_validation_suite(entry.path().string(), [&](const Diagnostic& d) { problems.push_back(d); });
    ASSERT_TRUE(suite.has_value()) << entry.path();
    for (const Diagnostic& d : problems) ADD_FAILURE() << d.to_string();
    size_t file_passed = 0, file_total = 0;
    for (const ValidationRecord& record : suite->records) {
      if (!suite->includes(record)) continue;
      ++file_total;
      file_passed += run_record(coder, record).passed;
    }
    std::printf("%s: %zu of %zu right\n", entry.path().filename().c_str(), file_passed, file_total);
    passed += file_passed;
    total += file_total;
  }
  ASSERT_GE(files, 1u);
  EXPECT_GE(total, 400u) << "the golden set must hold at least 400 sentences";
  const double rate = static_cast<double>(passed) / total;
  std::printf("golden set: %zu of %zu right (%.1f%%)\n", passed, total, 100 * rate);
  EXPECT_GE(rate, kGoldenFloor);
}

TEST(BuiltinDictionaries, CoverEveryRootAndNinetyPercentOfLeafCodes) {
  lexicon::LoadReport report;
  const DictionaryCoverage coverage = measure_coverage(lexicon::load_builtin_dictionaries(&report));
  EXPECT_EQ(coverage.roots_covered(), 20u);
  EXPECT_GE(coverage.leaf_percent(), 90.0);
  EXPECT_GE(coverage.verb_forms + coverage.patterns, 3000u);
  EXPECT_TRUE(coverage.unknown_codes.empty()) << coverage.unknown_codes.front();
}

}  // namespace
}  // namespace herald
