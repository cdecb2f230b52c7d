// Throughput of the text stage: clean_utf8 and segment on news-like text.
//
// BM_SegmentSyntheticNews runs on generated wire stories (headline, dateline, 65-column
// wrap, indented paragraphs, abbreviations, quotes, numbers, clitics), so it needs no data.
// BM_SegmentReuters runs on the Reuters-21578 corpus when ../shared is present, and is
// skipped otherwise.
#include <benchmark/benchmark.h>

#include <array>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "herald/document.h"
#include "herald/text.h"

namespace {

using herald::Document;

class NewsGenerator {
 public:
  explicit NewsGenerator(uint32_t seed) : rng_(seed) {}

  std::string story() {
    std::string text = headline() + "\n\n";
    std::vector<std::string> paragraphs;
    paragraphs.push_back(dateline() + " - " + sentence() + " " + sentence());
    const int extra = 3 + pick_index(6);
    for (int i = 0; i < extra; ++i) {
      std::string paragraph = sentence();
      if (pick_index(2) == 0) {
        paragraph += ' ';
        paragraph += sentence();
      }
      paragraphs.push_back(paragraph);
    }
    for (size_t i = 0; i < paragraphs.size(); ++i)
      text += wrap(paragraphs[i], i == 0 ? "" : "    ");
    text += " Reuter\n";
    return text;
  }

 private:
  template <size_t N>
  std::string_view pick(const std::array<std::string_view, N>& words) {
    return words[static_cast<size_t>(pick_index(static_cast<int>(N)))];
  }
  int pick_index(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }
  std::string number() { return std::to_string(2 + pick_index(998)); }
  std::string decimal() {
    return std::to_string(pick_index(20)) + "." + std::to_string(pick_index(10));
  }
  std::string money() {
    return number() + "," + std::to_string(100 + pick_index(900)) + "." +
           std::to_string(10 + pick_index(90));
  }

  std::string headline() {
    return std::string(pick(kCountries)) + " " + std::string(pick(kHeadlineVerbs)) + " " +
           std::string(pick(kNouns)) + " talks";
  }
  std::string dateline() {
    return std::string(pick(kCapitals)) + ", " + std::string(pick(kMonths)) + " " +
           std::to_string(1 + pick_index(28)) + " (Reuters)";
  }
  std::string person() {
    return std::string(pick(kTitles)) + " " + std::string(pick(kFirstNames)) + " " +
           std::string(pick(kInitials)) + std::string(pick(kLastNames));
  }

  std::string sentence() {
    switch (pick_index(6)) {
      case 0:
        return person() + " said the " + std::string(pick(kOrganizations)) + " would " +
               std::string(pick(kVerbs)) + " " + number() + " " + std::string(pick(kUnits)) +
               " by " + std::string(pick(kMonths)) + " " + std::to_string(1 + pick_index(28)) + ".";
      case 1:
        return "\"We " + std::string(pick(kClitics)) + " " + std::string(pick(kVerbs)) + " the " +
               std::string(pick(kNouns)) + ",\" " + person() + " told reporters.";
      case 2:
        return "The " + std::string(pick(kOrganizations)) + " said on " + std::string(pick(kDays)) +
               " that " + std::string(pick(kCountries)) + "'s " + std::string(pick(kNouns)) +
               " rose " + decimal() + " pct to $" + decimal() + " billion, or " + money() +
               " dlrs.";
      case 3:
        return "Officials in the U.S. and at the U.N. said " + number() + " people were hurt in " +
               std::string(pick(kCapitals)) + ", where a U.S.-backed anti-drug " +
               std::string(pick(kNouns)) + " began in " + std::string(pick(kMonths)) + ".";
      case 4:
        return std::string(pick(kCountries)) + " and " + std::string(pick(kCountries)) +
               " don't expect the " + std::string(pick(kNouns)) + " to end soon -- it's " +
               "likely to last until " + std::to_string(1988 + pick_index(5)) + ", analysts said.";
      default:
        return "Shares of " + std::string(pick(kLastNames)) + " Corp. fell " + decimal() + "% to " +
               decimal() + " dlrs; the company's " + std::string(pick(kNouns)) +
               " (see www.example.com) was well-known.";
    }
  }

  static std::string wrap(const std::string& paragraph, std::string_view indent) {
    constexpr size_t kColumns = 65;
    std::string out(indent);
    size_t line_length = indent.size();
    bool line_has_words = false;
    size_t start = 0;
    while (start < paragraph.size()) {
      size_t end = paragraph.find(' ', start);
      if (end == std::string::npos) end = paragraph.size();
      const size_t word_length = end - start;
      if (line_has_words && line_length + 1 + word_length > kColumns) {
        out += '\n';
        line_length = 0;
      } else if (line_has_words) {
        out += ' ';
        ++line_length;
      }
      line_has_words = true;
      out.append(paragraph, start, word_length);
      line_length += word_length;
      start = end + 1;
    }
    return out + "\n";
  }

  static constexpr std::array<std::string_view, 8> kCountries = {
      "Colombia", "Peru", "Kenya", "Japan", "Brazil", "Egypt", "Norway", "Chile"};
  static constexpr std::array<std::string_view, 8> kCapitals = {
      "BOGOTA", "LIMA", "NAIROBI", "TOKYO", "BRASILIA", "CAIRO", "OSLO", "SANTIAGO"};
  static constexpr std::array<std::string_view, 6> kHeadlineVerbs = {"resumes", "rejects",  "backs",
                                                                     "delays",  "welcomes", "ends"};
  static constexpr std::array<std::string_view, 8> kNouns = {
      "trade", "border", "peace", "debt", "oil", "security", "export", "budget"};
  static constexpr std::array<std::string_view, 6> kTitles = {"Gen.", "Sen.", "Mr.",
                                                              "Dr.",  "Gov.", "Foreign Minister"};
  static constexpr std::array<std::string_view, 6> kFirstNames = {"Ana",   "Carlos", "John",
                                                                  "Maria", "Ivan",   "Grace"};
  static constexpr std::array<std::string_view, 4> kInitials = {"", "F. ", "J. ", ""};
  static constexpr std::array<std::string_view, 6> kLastNames = {"Ospina", "Mwangi", "Tanaka",
                                                                 "Silva",  "Haddad", "Berg"};
  static constexpr std::array<std::string_view, 6> kOrganizations = {
      "government", "central bank", "army", "ministry", "commission", "rebel group"};
  static constexpr std::array<std::string_view, 6> kVerbs = {"cut",     "raise", "review",
                                                             "release", "send",  "sign"};
  static constexpr std::array<std::string_view, 4> kUnits = {"troops", "mln dlrs", "tonnes",
                                                             "prisoners"};
  static constexpr std::array<std::string_view, 6> kMonths = {"Jan.",  "Feb.", "March",
                                                              "Sept.", "Oct.", "Dec."};
  static constexpr std::array<std::string_view, 5> kDays = {"Monday", "Tuesday", "Wednesday",
                                                            "Thursday", "Friday"};
  static constexpr std::array<std::string_view, 4> kClitics = {"won't", "can't", "will", "don't"};

  std::mt19937 rng_;
};

const std::vector<std::string>& synthetic_stories() {
  static const std::vector<std::string> stories = [] {
    NewsGenerator generator(1987);
    std::vector<std::string> out;
    for (int i = 0; i < 300; ++i) out.push_back(generator.story());
    return out;
  }();
  return stories;
}

void segment_all(benchmark::State& state, const std::vector<std::string>& stories) {
  std::vector<Document> docs(stories.size());
  for (size_t i = 0; i < stories.size(); ++i) docs[i].text = stories[i];
  size_t tokens = 0;
  size_t sentences = 0;
  size_t bytes = 0;
  for (auto _ : state) {
    for (Document& doc : docs) {
      herald::text::segment(doc);
      tokens += doc.tokens.size();
      sentences += doc.sentences.size();
      bytes += doc.text.size();
    }
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/story"] =
      static_cast<double>(docs.empty() ? 0 : docs.front().tokens.size());
}

void BM_SegmentSyntheticNews(benchmark::State& state) { segment_all(state, synthetic_stories()); }
BENCHMARK(BM_SegmentSyntheticNews)->Unit(benchmark::kMillisecond);

// The whole Reuters-21578 corpus, read in place from ../shared at run time.
const std::vector<std::string>& reuters_stories() {
  static const std::vector<std::string> stories = [] {
    std::vector<std::string> out;
    std::ifstream in(HERALD_SOURCE_DIR "/../shared/corpus/reuters21578.jsonl");
    std::string line;
    while (std::getline(in, line)) {
      auto record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (record.is_object() && record.contains("text") && record["text"].is_string()) {
        out.push_back(record["text"].get<std::string>());
      }
    }
    return out;
  }();
  return stories;
}

void BM_SegmentReuters(benchmark::State& state) {
  if (reuters_stories().empty()) {
    state.SkipWithError("skipped: ../shared/corpus/reuters21578.jsonl not found");
    return;
  }
  segment_all(state, reuters_stories());
}
BENCHMARK(BM_SegmentReuters)->Unit(benchmark::kMillisecond);

void BM_CleanUtf8(benchmark::State& state) {
  std::string text;
  for (const std::string& story : synthetic_stories()) text += story;
  text += "caf\xE9 \xC3\xA9t\xC3\xA9 \xE2\x80\x94 done";  // one invalid byte, some valid ones
  for (auto _ : state) {
    herald::text::Utf8Report report;
    std::string cleaned = herald::text::clean_utf8(text, &report);
    benchmark::DoNotOptimize(cleaned.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_CleanUtf8);

}  // namespace
