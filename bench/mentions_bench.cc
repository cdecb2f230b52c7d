// Throughput of the Mentions stage: PhraseMatcher::find over segmented sentences.
//
// BM_MatchSynthetic* run on generated news sentences with generated dictionaries of realistic
// size (50,000 actor phrases, about 15,000 verb forms, 3,000 agents plus their plurals), read
// as PETRARCH (exact words) or as TABARI (every unmarked word a stem, so each token's
// prefixes are probed). About half the words of a sentence are dictionary phrases, the rest
// function words and names no dictionary knows. Segmentation happens before timing.
// BM_MatchReuters* run on Reuters-21578 with the PETRARCH validation dictionaries and the
// TABARI demo dictionaries when ../shared is present, and are skipped otherwise.
#include <benchmark/benchmark.h>

#include <array>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "herald/dictionary_loader.h"
#include "herald/document.h"
#include "herald/mentions.h"
#include "herald/text.h"
#include "dictionary_sets.h"

namespace {

using herald::Document;
using herald::Sentence;
using herald::lexicon::Dictionaries;
using herald::lexicon::DictionaryBuilder;
using herald::lexicon::DictionaryFormat;
using herald::lexicon::DictionaryKind;
using herald::lexicon::MatchScratch;
using herald::lexicon::Mention;
using herald::lexicon::PhraseMatcher;

constexpr size_t kActorPhrases = 50000;
constexpr size_t kVerbRoots = 3600;  // with their regular forms, about 15,000 forms
constexpr size_t kAgents = 3000;
constexpr size_t kSentences = 20000;
constexpr size_t kSentencesPerStory = 20;

constexpr std::array<std::string_view, 48> kFunctionWords = {
    "the",  "of",        "to",    "in",    "and",    "a",      "said",  "on",       "for",  "that",
    "with", "by",        "was",   "is",    "at",     "from",   "as",    "has",      "have", "would",
    "will", "its",       "after", "over",  "new",    "more",   "than",  "two",      "last", "week",
    "year", "officials", "talks", "on",    "Monday", "Friday", "about", "against",  "but",  "not",
    "they", "he",        "it",    "their", "also",   "which",  "told",  "reporters"};

// Pronounceable made-up words, so dictionary and filler words never collide by accident.
class WordMaker {
 public:
  explicit WordMaker(uint32_t seed) : rng_(seed) {}

  std::string word(int min_syllables, int max_syllables) {
    static constexpr std::array<std::string_view, 20> kOnsets = {
        "b", "d", "f", "g", "k",  "l",  "m",  "n",  "p",  "r",
        "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh"};
    static constexpr std::array<std::string_view, 6> kVowels = {"a", "e", "i", "o", "u", "ai"};
    std::string out;
    const int syllables = pick(min_syllables, max_syllables);
    for (int i = 0; i < syllables; ++i) {
      out += kOnsets[static_cast<size_t>(pick(0, kOnsets.size() - 1))];
      out += kVowels[static_cast<size_t>(pick(0, kVowels.size() - 1))];
    }
    if (pick(0, 2) == 0) out += "n";
    return out;
  }

  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }
  int pick(int low, size_t high) { return pick(low, static_cast<int>(high)); }
  std::mt19937& rng() { return rng_; }

 private:
  std::mt19937 rng_;
};

std::string upper(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return out;
}

std::string capitalized(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

// The dictionaries as text in both formats, and the phrases they hold, for the sentences.
struct SyntheticDictionaries {
  std::string actors[2];  // [PETRARCH, TABARI]
  std::string agents[2];
  std::string verbs[2];
  std::vector<std::string> actor_phrases;  // as they appear in text: "Kalo Brimen"
  std::vector<std::string> agent_phrases;
  std::vector<std::string> unknown_words;
};

const SyntheticDictionaries& synthetic_dictionaries() {
  static const SyntheticDictionaries s = [] {
    SyntheticDictionaries out;
    WordMaker maker(2024);
    std::vector<std::string> name_words;
    for (int i = 0; i < 40000; ++i) name_words.push_back(maker.word(2, 3));
    std::unordered_set<std::string> entries;
    while (out.actor_phrases.size() < kActorPhrases) {
      // One to four words; a few with "of" or a leading "the", as in "Ministry of Defense".
      const int length =
          std::array{1, 1, 1, 1, 2, 2, 2, 3, 3, 4}[static_cast<size_t>(maker.pick(0, 9))];
      std::vector<std::string> words;
      for (int w = 0; w < length; ++w) {
        words.push_back(name_words[static_cast<size_t>(maker.pick(0, name_words.size() - 1))]);
      }
      if (length == 3 && maker.pick(0, 3) == 0) words[1] = "of";
      if (length == 2 && maker.pick(0, 5) == 0) words.insert(words.begin(), "the");
      std::string text;
      std::string entry;
      for (const std::string& w : words) {
        if (!text.empty()) {
          text += ' ';
          entry += '_';
        }
        text += w == "of" || w == "the" ? w : capitalized(w);
        entry += upper(w);
      }
      if (!entries.insert(entry).second) continue;
      const std::string code = upper(words.back().substr(0, 3));
      out.actors[0] += entry + " [" + code + "]\n";
      out.actors[1] += entry + "  [" + code + "]\n";
      out.actor_phrases.push_back(text);
    }
    static constexpr std::array<std::string_view, 5> kParticles = {"up", "off", "out", "down",
                                                                   "back"};
    std::string petrarch_block;
    for (size_t i = 0; i < kVerbRoots; ++i) {
      std::string root = maker.word(2, 3) + "t";
      while (!entries.insert(root).second) root = maker.word(2, 3) + "t";
      const std::string code = std::to_string(10 + (i % 190));
      if (i % 10 == 0) out.verbs[0] += "--- V" + std::to_string(i) + " [" + code + "] ---\n";
      if (i % 8 == 0) {
        const std::string particle(kParticles[i % kParticles.size()]);
        out.verbs[0] += "+" + upper(root) + "_" + upper(particle) + "\n";
        out.verbs[1] += upper(root) + "_" + upper(particle) + "  [" + code + "]\n";
      } else {
        out.verbs[0] += upper(root) + "\n";
        out.verbs[1] += upper(root) + "  [" + code + "]\n";
      }
    }
    for (size_t i = 0; i < kAgents; ++i) {
      const std::string noun = maker.word(2, 3) + "er";
      out.agents[0] += upper(noun) + " [~GOV]\n";
      out.agents[1] += upper(noun) + "  [~GOV]\n";
      out.agent_phrases.push_back(maker.pick(0, 1) == 0 ? noun : noun + "s");
    }
    for (int i = 0; i < 5000; ++i) out.unknown_words.push_back(capitalized(maker.word(3, 4)));
    return out;
  }();
  return s;
}

const Dictionaries& synthetic(DictionaryFormat format) {
  static const std::array<Dictionaries, 2> built = [] {
    const SyntheticDictionaries& s = synthetic_dictionaries();
    std::array<Dictionaries, 2> out;
    for (int f = 0; f < 2; ++f) {
      DictionaryBuilder builder;
      const auto fmt = f == 0 ? DictionaryFormat::kPetrarch : DictionaryFormat::kTabari;
      builder.add_text(DictionaryKind::kActors, fmt, s.actors[f], "synthetic actors");
      builder.add_text(DictionaryKind::kAgents, fmt, s.agents[f], "synthetic agents");
      builder.add_text(DictionaryKind::kVerbs, fmt, s.verbs[f], "synthetic verbs");
      out[static_cast<size_t>(f)] = builder.finish();
    }
    return out;
  }();
  return built[format == DictionaryFormat::kPetrarch ? 0 : 1];
}

// Segments documents once they have their final place: tokens are views into Document::text,
// and a vector that grows copies its documents (Document's move may throw), so documents
// segmented before the last push_back could be left with views into freed text.
void segment_in_place(std::vector<Document>& docs) {
  for (Document& doc : docs) herald::text::segment(doc);
}

// News-like sentences of about 25 tokens: "<actor> <verb> <agents> of <actor> ... , <filler>".
const std::vector<Document>& synthetic_documents() {
  static const std::vector<Document> docs = [] {
    const SyntheticDictionaries& s = synthetic_dictionaries();
    // Verb forms as the reader inflected them ("kalots up", "kalotted").
    const Dictionaries& d = synthetic(DictionaryFormat::kPetrarch);
    std::vector<std::string> verb_phrases;
    for (const herald::lexicon::VerbForm& form : d.verb_forms()) {
      std::string text;
      for (const herald::lexicon::WordId word : d.words_of(form.phrase)) {
        if (!text.empty()) text += ' ';
        text += d.words().name(word);
      }
      verb_phrases.push_back(text);
    }
    WordMaker maker(1987);
    const auto any = [&](const std::vector<std::string>& list) -> const std::string& {
      return list[static_cast<size_t>(maker.pick(0, list.size() - 1))];
    };
    const auto filler = [&](std::string& text, int count) {
      for (int i = 0; i < count; ++i) {
        text += ' ';
        text += maker.pick(0, 5) == 0 ? any(s.unknown_words)
                                      : std::string(kFunctionWords[static_cast<size_t>(
                                            maker.pick(0, kFunctionWords.size() - 1))]);
      }
    };
    std::vector<Document> out;
    for (size_t story = 0; story < kSentences / kSentencesPerStory; ++story) {
      Document& doc = out.emplace_back();
      for (size_t i = 0; i < kSentencesPerStory; ++i) {
        std::string sentence = any(s.actor_phrases);
        const auto add = [&](std::string_view words) {
          sentence += ' ';
          sentence += words;
        };
        if (maker.pick(0, 3) == 0) add(any(s.agent_phrases));
        add(any(verb_phrases));
        filler(sentence, maker.pick(2, 5));
        add(any(s.actor_phrases));
        filler(sentence, maker.pick(2, 5));
        add(any(s.agent_phrases));
        add("of");
        add(any(s.actor_phrases));
        sentence += ',';
        filler(sentence, maker.pick(4, 8));
        add(std::to_string(maker.pick(2, 999)));
        add(any(s.unknown_words));
        filler(sentence, maker.pick(1, 3));
        doc.text += capitalized(sentence) + ". ";
      }
    }
    segment_in_place(out);
    return out;
  }();
  return docs;
}

// Runs `matcher` over every sentence of `docs` per iteration; `then` sees each result.
template <typename Then>
void match_all(benchmark::State& state, const PhraseMatcher& matcher,
               const std::vector<Document>& docs, Then&& then) {
  MatchScratch scratch;
  std::vector<Mention> mentions;
  size_t sentences = 0;
  size_t tokens = 0;
  size_t found = 0;
  for (auto _ : state) {
    for (const Document& doc : docs) {
      for (const Sentence& sentence : doc.sentences) {
        matcher.find(doc, sentence, scratch, mentions);
        then(mentions);
        found += mentions.size();
        tokens += sentence.size();
      }
      sentences += doc.sentences.size();
    }
  }
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["tokens/sentence"] =
      static_cast<double>(tokens) / static_cast<double>(sentences ? sentences : 1);
  state.counters["mentions/sentence"] =
      static_cast<double>(found) / static_cast<double>(sentences ? sentences : 1);
  state.counters["trie_nodes"] = static_cast<double>(matcher.node_count());
  state.counters["trie_MiB"] = static_cast<double>(matcher.memory_bytes()) / (1 << 20);
}

void BM_MatchSyntheticPetrarch(benchmark::State& state) {
  const PhraseMatcher matcher(synthetic(DictionaryFormat::kPetrarch));
  match_all(state, matcher, synthetic_documents(), [](const std::vector<Mention>&) {});
}
BENCHMARK(BM_MatchSyntheticPetrarch)->Unit(benchmark::kMillisecond);

void BM_MatchSyntheticTabari(benchmark::State& state) {
  const PhraseMatcher matcher(synthetic(DictionaryFormat::kTabari));
  match_all(state, matcher, synthetic_documents(), [](const std::vector<Mention>&) {});
}
BENCHMARK(BM_MatchSyntheticTabari)->Unit(benchmark::kMillisecond);

// What the coder does per sentence before parsing: match, filter, choose the longest.
void BM_MatchFilterSelectSyntheticPetrarch(benchmark::State& state) {
  const PhraseMatcher matcher(synthetic(DictionaryFormat::kPetrarch));
  std::vector<Mention> longest;
  size_t kept = 0;
  match_all(state, matcher, synthetic_documents(), [&](const std::vector<Mention>& mentions) {
    if (!herald::lexicon::could_yield_event(mentions)) return;
    ++kept;
    herald::lexicon::select_longest(mentions, longest);
    benchmark::DoNotOptimize(longest.data());
  });
  state.counters["kept"] = static_cast<double>(kept) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_MatchFilterSelectSyntheticPetrarch)->Unit(benchmark::kMillisecond);

void BM_BuildMatcherSyntheticPetrarch(benchmark::State& state) {
  const Dictionaries& d = synthetic(DictionaryFormat::kPetrarch);
  for (auto _ : state) {
    const PhraseMatcher matcher(d);
    benchmark::DoNotOptimize(matcher.node_count());
  }
  state.counters["actor_names"] = static_cast<double>(d.actor_names().size());
  state.counters["agent_names"] = static_cast<double>(d.agent_names().size());
  state.counters["verb_forms"] = static_cast<double>(d.verb_forms().size());
}
BENCHMARK(BM_BuildMatcherSyntheticPetrarch)->Unit(benchmark::kMillisecond);

// The first 3,000 Reuters-21578 stories, segmented, read in place from ../shared.
const std::vector<Document>& reuters_documents() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    std::ifstream in(HERALD_SOURCE_DIR "/../shared/corpus/reuters21578.jsonl");
    std::string line;
    while (out.size() < 3000 && std::getline(in, line)) {
      auto record = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!record.is_object() || !record.contains("text") || !record["text"].is_string()) continue;
      out.emplace_back().text = herald::text::clean_utf8(record["text"].get<std::string>());
    }
    segment_in_place(out);
    return out;
  }();
  return docs;
}

void match_reuters(benchmark::State& state, const herald::lexicon::DictionaryPaths& paths,
                   std::string_view probe) {
  if (reuters_documents().empty() || !std::ifstream(std::string(probe))) {
    state.SkipWithError("skipped: ../shared corpus or conformance dictionaries not found");
    return;
  }
  const Dictionaries d = herald::lexicon::load_dictionaries(paths, nullptr);
  const PhraseMatcher matcher(d);
  match_all(state, matcher, reuters_documents(), [](const std::vector<Mention>&) {});
}

void BM_MatchReutersPetrarchValidation(benchmark::State& state) {
  const herald::lexicon::DictionaryPaths paths = herald::testing_support::petrarch_validation_dictionaries();
  match_reuters(state, paths, paths.verbs);
}
BENCHMARK(BM_MatchReutersPetrarchValidation)->Unit(benchmark::kMillisecond);

void BM_MatchReutersTabariDemo(benchmark::State& state) {
  const std::string dir = HERALD_SOURCE_DIR "/../shared/conformance/tabari/";
  herald::lexicon::DictionaryPaths paths;
  paths.format = DictionaryFormat::kTabari;
  paths.actors = {dir + "TABARI.Demo.actors"};
  paths.agents = dir + "Validate.agents";
  paths.verbs = dir + "TABARI.Demo.verbs";
  match_reuters(state, paths, paths.verbs);
}
BENCHMARK(BM_MatchReutersTabariDemo)->Unit(benchmark::kMillisecond);

}  // namespace
