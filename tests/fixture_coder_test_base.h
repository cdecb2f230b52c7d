// The base of test suites that code with one Coder over the fixture dictionaries
// (tests/data/coding) and the shipped syntax model, built once per suite.
#ifndef HERALD_TESTS_FIXTURE_CODER_TEST_BASE_H_
#define HERALD_TESTS_FIXTURE_CODER_TEST_BASE_H_

#include <gtest/gtest.h>

#include "dictionary_sets.h"
#include "herald/coder.h"
#include "herald/syntax.h"

namespace herald::testing_support {

class FixtureCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    lexicon::LoadReport report;
    lexicon::Dictionaries dictionaries = lexicon::load_dictionaries(coding_fixture_dictionaries(), &report);
    ASSERT_EQ(report.error_count(), 0u);
    coder_ = new Coder(std::move(dictionaries), syntax::SyntaxModel::load());
  }
  static void TearDownTestSuite() {
    delete coder_;
    coder_ = nullptr;
  }

  static inline Coder* coder_ = nullptr;
};

}  // namespace herald::testing_support

#endif  // HERALD_TESTS_FIXTURE_CODER_TEST_BASE_H_
