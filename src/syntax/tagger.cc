#include "syntax/tagger.h"

#include <algorithm>
#include <initializer_list>
#include <map>

#include "syntax/hashing.h"
#include "syntax/irregular_past.h"

namespace herald::syntax {

namespace {

constexpr uint32_t kNoTag = kXposCount;  // history before the first word
constexpr size_t kMaxFeatures = 48;
constexpr size_t kMaxWordsOnlyFeatures = 29;  // at most, of one word
// Words whose kWordsOnly features are summed in one batch, within WeightTable::kMaxBatch.
constexpr size_t kWordsAhead = WeightTable::kMaxBatch / kMaxWordsOnlyFeatures;

// Feature template numbers; a model is only valid with the templates it was trained with.
enum Template : uint64_t {
  kBias, kLower, kForm, kSuffix, kPrefix = kSuffix + 4, kShape = kPrefix + 4, kFlags,
  kFirstForm, kPrevLower, kPrev2Lower, kNextLower, kNext2Lower, kPrevSuffix3, kNextSuffix3,
  kPrevShape, kNextShape, kPrevTag, kPrev2Tag, kPrevTags, kPrevTagLower, kPrevLowerLower,
  kLowerNextLower, kAmbiguity, kNextAmbiguity, kNext2Ambiguity, kAmbiguityNextAmbiguity,
  kPrevTagNextAmbiguity, kPrevTagAmbiguity, kPrevTagSuffix3, kSuffix3Ambiguity,
  kXpos, kXposLower, kXposPrevTag, kXposSuffix2,
};

const WordKeys kPadding = [] {
  WordKeys keys;
  keys.form = keys.lower = keys.shape = 0x5a5a5a5a;
  return keys;
}();

// Whether a tagger feature looks at the tags predicted for the previous words. The others
// are known for the whole sentence before tagging starts, which the tagger exploits.
enum TagFeatureKind : uint8_t { kWordsOnly, kAfterTags };

// The features of word i given the previous two tags, each passed to emit(kind, feature) in a
// fixed order.
template <typename Emit>
void tag_features(std::span<const WordKeys> words, std::span<const uint64_t> ambiguity, size_t i,
                  uint32_t t1, uint32_t t2, const Emit& emit) {
  const size_t n = words.size();
  const WordKeys& w = words[i];
  const WordKeys& p1 = i >= 1 ? words[i - 1] : kPadding;
  const WordKeys& p2 = i >= 2 ? words[i - 2] : kPadding;
  const WordKeys& n1 = i + 1 < n ? words[i + 1] : kPadding;
  const WordKeys& n2 = i + 2 < n ? words[i + 2] : kPadding;
  const uint64_t a0 = ambiguity[i];
  const uint64_t a1 = i + 1 < n ? ambiguity[i + 1] : 1;
  const uint64_t a2 = i + 2 < n ? ambiguity[i + 2] : 1;
  emit(kWordsOnly, feature(kBias, 0));
  emit(kWordsOnly, feature(kLower, w.lower));
  emit(kWordsOnly, feature(kForm, w.form));
  for (uint64_t j = 0; j < 4; ++j) {
    if (w.suffix[j] != 0) emit(kWordsOnly, feature(kSuffix + j, w.suffix[j]));
    if (w.prefix[j] != 0) emit(kWordsOnly, feature(kPrefix + j, w.prefix[j]));
  }
  emit(kWordsOnly, feature(kShape, w.shape));
  emit(kWordsOnly, feature(kFlags, w.flags, i == 0));
  if (i == 0) emit(kWordsOnly, feature(kFirstForm, w.form));
  emit(kWordsOnly, feature(kPrevLower, p1.lower));
  emit(kWordsOnly, feature(kPrev2Lower, p2.lower));
  emit(kWordsOnly, feature(kNextLower, n1.lower));
  emit(kWordsOnly, feature(kNext2Lower, n2.lower));
  emit(kWordsOnly, feature(kPrevSuffix3, p1.suffix[2] ? p1.suffix[2] : p1.lower));
  emit(kWordsOnly, feature(kNextSuffix3, n1.suffix[2] ? n1.suffix[2] : n1.lower));
  emit(kWordsOnly, feature(kPrevShape, p1.shape));
  emit(kWordsOnly, feature(kNextShape, n1.shape));
  emit(kAfterTags, feature(kPrevTag, t1));
  emit(kAfterTags, feature(kPrev2Tag, t2));
  emit(kAfterTags, feature(kPrevTags, t1, t2));
  emit(kAfterTags, feature(kPrevTagLower, t1, w.lower));
  emit(kWordsOnly, feature(kPrevLowerLower, p1.lower, w.lower));
  emit(kWordsOnly, feature(kLowerNextLower, w.lower, n1.lower));
  emit(kWordsOnly, feature(kAmbiguity, a0));
  emit(kWordsOnly, feature(kNextAmbiguity, a1));
  emit(kWordsOnly, feature(kNext2Ambiguity, a2));
  emit(kWordsOnly, feature(kAmbiguityNextAmbiguity, a0, a1));
  emit(kAfterTags, feature(kPrevTagNextAmbiguity, t1, a1));
  emit(kAfterTags, feature(kPrevTagAmbiguity, t1, a0));
  emit(kAfterTags, feature(kPrevTagSuffix3, t1, w.suffix[2] ? w.suffix[2] : w.lower));
  emit(kWordsOnly, feature(kSuffix3Ambiguity, w.suffix[2] ? w.suffix[2] : w.lower, a0));
}

// The UPOS classifier sees the XPOS features plus the XPOS just predicted.
size_t upos_features(const WordKeys& w, uint32_t xpos, uint32_t previous_upos, uint64_t* out) {
  size_t k = 0;
  out[k++] = feature(kXpos, xpos);
  out[k++] = feature(kXposLower, xpos, w.lower);
  out[k++] = feature(kXposPrevTag, xpos, previous_upos);
  out[k++] = feature(kXposSuffix2, xpos, w.suffix[1] ? w.suffix[1] : w.lower);
  return k;
}

template <typename T>
uint32_t argmax(const T* scores, uint32_t n) {
  uint32_t best = 0;
  for (uint32_t c = 1; c < n; ++c) {
    if (scores[c] > scores[best]) best = c;
  }
  return best;
}

// The WordKeys::lower keys of `words`, for testing a word against a short list.
std::vector<uint64_t> lower_keys(std::initializer_list<std::string_view> words) {
  std::vector<uint64_t> keys;
  for (std::string_view word : words) keys.push_back(word_keys(word).lower);
  return keys;
}

bool is_listed(const std::vector<uint64_t>& keys, uint64_t lower) {
  return std::find(keys.begin(), keys.end(), lower) != keys.end();
}

// One bit per named Penn tag, as in the ambiguity classes.
uint64_t tag_mask(std::initializer_list<std::string_view> names) {
  uint64_t mask = 0;
  for (std::string_view name : names) mask |= uint64_t{1} << *xpos_from_name(name);
  return mask;
}

}  // namespace

uint64_t Tagger::ambiguity_of(uint64_t lower) const {
  const auto i = lexicon_.find(lower);
  return i ? masks_[*i] : 0;
}

void Tagger::tag(std::span<const WordKeys> words, std::span<uint64_t> ambiguity, uint8_t* xpos,
                 Upos* upos) const {
  for (size_t i = 0; i < words.size(); ++i) ambiguity[i] = ambiguity_of(words[i].lower);
  // The features that ignore the previous tags are summed for kWordsAhead words at a time,
  // whose memory accesses then overlap; each word then adds only the few that need its
  // predecessors' tags. Integer sums, so the result is that of summing all at once.
  uint64_t words_only[kWordsAhead][kMaxWordsOnlyFeatures];
  int32_t xpos_sums[kWordsAhead][kXposCount];
  int32_t upos_sums[kWordsAhead][kUposCount];
  uint64_t features[kMaxFeatures];
  int32_t scores[kXposCount];
  uint32_t t1 = kNoTag;
  uint32_t t2 = kNoTag;
  uint32_t previous_upos = kUposCount;
  for (size_t first = 0; first < words.size(); first += kWordsAhead) {
    const size_t ahead = std::min(kWordsAhead, words.size() - first);
    WeightTable::FeatureGroup xpos_groups[kWordsAhead];
    WeightTable::FeatureGroup upos_groups[kWordsAhead];
    for (size_t j = 0; j < ahead; ++j) {
      size_t k = 0;
      tag_features(words, ambiguity, first + j, t1, t2, [&](TagFeatureKind kind, uint64_t f) {
        if (kind == kWordsOnly) words_only[j][k++] = f;
      });
      std::fill(xpos_sums[j], xpos_sums[j] + kXposCount, 0);
      std::fill(upos_sums[j], upos_sums[j] + kUposCount, 0);
      xpos_groups[j] = {words_only[j], k, xpos_sums[j]};
      upos_groups[j] = {words_only[j], k, upos_sums[j]};
    }
    xpos_.add_groups({xpos_groups, ahead});
    upos_.add_groups({upos_groups, ahead});
    for (size_t j = 0; j < ahead; ++j) {
      const size_t i = first + j;
      size_t k = 0;
      tag_features(words, ambiguity, i, t1, t2, [&](TagFeatureKind kind, uint64_t f) {
        if (kind == kAfterTags) features[k++] = f;
      });
      std::copy(xpos_sums[j], xpos_sums[j] + kXposCount, scores);
      xpos_.add_all(features, k, scores);
      const uint32_t x = argmax(scores, kXposCount);
      k += upos_features(words[i], x, previous_upos, features + k);
      std::copy(upos_sums[j], upos_sums[j] + kUposCount, scores);
      upos_.add_all(features, k, scores);
      const uint32_t u = argmax(scores, kUposCount);
      xpos[i] = static_cast<uint8_t>(x);
      upos[i] = static_cast<Upos>(u);
      t2 = t1;
      t1 = x;
      previous_upos = u;
    }
  }
  give_main_verb(words, ambiguity.first(words.size()), xpos, upos);
}

void Tagger::give_main_verb(std::span<const WordKeys> words, std::span<const uint64_t> ambiguity,
                            uint8_t* xpos, Upos* upos) const {
  static const uint64_t ed_suffix = suffix_key("ed");
  static const uint8_t vbn = *xpos_from_name("VBN");
  static const uint8_t vbd = *xpos_from_name("VBD");
  static const uint64_t finite_verbs = tag_mask({"VBP", "VBD", "VBZ", "MD"});
  static const uint64_t subjects = tag_mask({"NN", "NNS", "NNP", "NNPS", "PRP"});
  static const uint64_t object_starts = tag_mask({"DT", "PRP$"});
  static const uint64_t verb_tags = tag_mask({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"});
  const size_t n = ambiguity.size();
  if (news_repairs_) {
    // An irregular past tense the treebank never saw, after a noun or pronoun, is the verb
    // ("the two leaders shook hands", "rebels overran the base"), whatever the context made of
    // it.
    for (size_t i = 1; i < n; ++i) {
      if (ambiguity[i] != 0 || ((verb_tags >> xpos[i]) & 1) != 0 || ((subjects >> xpos[i - 1]) & 1) == 0 ||
          irregular_past_lemma(words[i].lower).empty()) {
        continue;
      }
      xpos[i] = vbd;
      upos[i] = Upos::kVerb;
    }
    // A base form right after an inflected verb and before a noun is the first noun of a
    // compound ("police fired tear gas", "launched drone strikes"): English puts no bare
    // infinitive there, save after "do" and a few verbs ("did sign the deal", "helped build
    // roads").
    static const uint8_t vb = *xpos_from_name("VB");
    static const uint8_t nn = *xpos_from_name("NN");
    static const uint64_t nouns = tag_mask({"NN", "NNS"});
    static const uint64_t inflected_verbs = tag_mask({"VBD", "VBN", "VBP", "VBZ"});
    static const std::vector<uint64_t> bare_infinitive_takers =
        lower_keys({"do", "does", "did", "help", "helps", "helped", "dare", "dares", "dared", "go", "goes", "went",
                    "come", "comes", "came", "let", "lets", "make", "makes", "made", "need", "needs"});
    for (size_t i = 1; i + 1 < n; ++i) {
      if (xpos[i] != vb || ((inflected_verbs >> xpos[i - 1]) & 1) == 0 || ((nouns >> xpos[i + 1]) & 1) == 0 ||
          is_listed(bare_infinitive_takers, words[i - 1].lower)) {
        continue;
      }
      xpos[i] = nn;
      upos[i] = Upos::kNoun;
    }
    // A verb in "-s" after a number above one, with only singular nouns and adjectives between,
    // is a plural noun ("fired two artillery shells", "three rockets"): it would agree with
    // no plural subject. Numbers in words only, as digits may be a year ("the 1990 law bans").
    static const uint8_t vbz = *xpos_from_name("VBZ");
    static const uint8_t nns = *xpos_from_name("NNS");
    static const uint64_t s_suffix = suffix_key("s");
    static const uint64_t modifiers = tag_mask({"NN", "JJ"});
    static const std::vector<uint64_t> plural_numbers =
        lower_keys({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred"});
    for (size_t i = 1; i < n; ++i) {
      if (xpos[i] != vbz || words[i].suffix[0] != s_suffix || (ambiguity[i] != 0 && ((ambiguity[i] >> nns) & 1) == 0)) {
        continue;
      }
      size_t first = i;
      while (first > 0 && ((modifiers >> xpos[first - 1]) & 1) != 0) --first;
      if (first == 0 || !is_listed(plural_numbers, words[first - 1].lower)) continue;
      xpos[i] = nns;
      upos[i] = Upos::kNoun;
    }
  }
  bool finite_seen = false;
  for (size_t i = 0; i < n; ++i) finite_seen |= ((finite_verbs >> xpos[i]) & 1) != 0;
  for (size_t i = 1; i < n; ++i) {
    if (xpos[i] != vbn || ((subjects >> xpos[i - 1]) & 1) == 0) continue;
    const bool may_be_past = ambiguity[i] == 0 || ((ambiguity[i] >> vbd) & 1) != 0 ||
                             (news_repairs_ && words[i].suffix[1] == ed_suffix);
    if (!may_be_past) continue;
    const bool object_follows = i + 1 < n && ((object_starts >> xpos[i + 1]) & 1) != 0;
    if (!finite_seen || object_follows) {
      xpos[i] = vbd;
      finite_seen = true;
    }
  }
  if (!news_repairs_) return;
  // Still no verb in the main clause, before any subordinate clause ("... as he left the
  // rally"), whose verb is not the sentence's: the first word there after a noun or pronoun
  // that may be a past tense is one, even if tagged as a noun or an adjective: a word the
  // treebank has seen as a past tense or participle, or an unseen "-ed" word ("a gunman shot the
  // senator", "the government freed dozens", "hitmen shot dead the candidate as he left").
  static const std::vector<uint64_t> subordinators = lower_keys(
      {"as", "when", "while", "because", "after", "before", "since", "if", "although", "though", "until", "whereas",
       "who", "which"});
  size_t main_clause_end = n;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && is_listed(subordinators, words[i].lower)) {
      main_clause_end = i;
      break;
    }
    if (((finite_verbs >> xpos[i]) & 1) != 0) return;
  }
  static const uint64_t nominal_readings = tag_mask({"NN", "JJ"});
  static const uint64_t past_forms = tag_mask({"VBD", "VBN"});
  for (size_t i = 1; i < main_clause_end; ++i) {
    if (((nominal_readings >> xpos[i]) & 1) == 0 || ((subjects >> xpos[i - 1]) & 1) == 0) continue;
    const bool may_be_past = (ambiguity[i] & past_forms) != 0 ||
                             (ambiguity[i] == 0 && words[i].suffix[1] == ed_suffix);
    if (!may_be_past) continue;
    xpos[i] = vbd;
    upos[i] = Upos::kVerb;
    return;
  }
}

void Tagger::write(BinaryWriter& out) const {
  xpos_.write(out);
  upos_.write(out);
  out.put_varint(masks_.size());
  for (uint64_t mask : masks_) out.put<uint64_t>(mask);
  out.put_varint(lexicon_keys_.size());
  for (size_t i = 0; i < lexicon_keys_.size(); ++i) {
    out.put<uint64_t>(lexicon_keys_[i]);
    out.put_varint(lexicon_values_[i]);
  }
}

Tagger Tagger::read(BinaryReader& in) {
  Tagger t;
  t.xpos_ = WeightTable::read(in);
  t.upos_ = WeightTable::read(in);
  if (t.xpos_.classes() != kXposCount || t.upos_.classes() != kUposCount) {
    throw FormatError(in.where("tagger tables do not match the tag sets"));
  }
  const uint64_t mask_count = in.get_varint();
  for (uint64_t i = 0; i < mask_count; ++i) t.masks_.push_back(in.get<uint64_t>());
  const uint64_t entries = in.get_varint();
  t.lexicon_.reserve(entries);
  for (uint64_t i = 0; i < entries; ++i) {
    const auto key = in.get<uint64_t>();
    const uint64_t value = in.get_varint();
    if (value >= mask_count) throw FormatError(in.where("tagger lexicon entry out of range"));
    t.lexicon_keys_.push_back(key);
    t.lexicon_values_.push_back(static_cast<uint32_t>(value));
    t.lexicon_.insert(key, static_cast<uint32_t>(value));
  }
  return t;
}

TaggerTrainer::TaggerTrainer(const TaggerOptions& options) : options_(options) {}

Tagger TaggerTrainer::train(const std::vector<const GoldSentence*>& sentences,
                            const std::vector<std::vector<WordKeys>>& words) {
  Tagger tagger;
  // The lexicon: every lowercased word's set of tags, in a deterministic (sorted) order.
  // Words seen once are left out, so that training also shows the tagger words without a
  // class, as unknown words will be at run time.
  std::map<uint64_t, std::pair<uint64_t, uint32_t>> tag_sets;  // word -> (tags, count)
  for (size_t s = 0; s < sentences.size(); ++s) {
    for (size_t i = 0; i < words[s].size(); ++i) {
      auto& [mask, count] = tag_sets[words[s][i].lower];
      mask |= uint64_t{1} << sentences[s]->words[i].xpos;
      ++count;
    }
  }
  std::map<uint64_t, uint32_t> mask_index;
  for (const auto& [key, entry] : tag_sets) {
    const auto [mask, count] = entry;
    if (count < options_.lexicon_min_count) continue;
    auto [it, added] = mask_index.emplace(mask, static_cast<uint32_t>(tagger.masks_.size()));
    if (added) tagger.masks_.push_back(mask);
    tagger.lexicon_keys_.push_back(key);
    tagger.lexicon_values_.push_back(it->second);
  }
  tagger.lexicon_.reserve(tagger.lexicon_keys_.size());
  for (size_t i = 0; i < tagger.lexicon_keys_.size(); ++i) {
    tagger.lexicon_.insert(tagger.lexicon_keys_[i], tagger.lexicon_values_[i]);
  }

  TrainingTable xpos_table(options_.bits, kXposCount);
  TrainingTable upos_table(options_.bits, kUposCount);
  std::vector<uint64_t> ambiguity;
  uint64_t features[kMaxFeatures];
  float scores[kXposCount];
  std::vector<size_t> order(sentences.size());
  for (size_t s = 0; s < order.size(); ++s) order[s] = s;
  SplitMix64 random(options_.seed);
  for (int epoch = 0; epoch < options_.epochs; ++epoch) {
    random.shuffle(order);
    for (size_t s : order) {
      const std::span<const WordKeys> w = words[s];
      ambiguity.resize(w.size());
      for (size_t i = 0; i < w.size(); ++i) ambiguity[i] = tagger.ambiguity_of(w[i].lower);
      uint32_t t1 = kNoTag;
      uint32_t t2 = kNoTag;
      uint32_t previous_upos = kUposCount;
      for (size_t i = 0; i < w.size(); ++i) {
        const GoldWord& gold = sentences[s]->words[i];
        size_t k = 0;
        tag_features(w, ambiguity, i, t1, t2, [&](TagFeatureKind, uint64_t f) { features[k++] = f; });
        xpos_table.score({features, k}, scores);
        const uint32_t x = argmax(scores, kXposCount);
        if (x != gold.xpos) {
          xpos_table.update({features, k}, gold.xpos, 1.0f);
          xpos_table.update({features, k}, x, -1.0f);
        }
        k += upos_features(w[i], x, previous_upos, features + k);
        upos_table.score({features, k}, scores);
        const uint32_t u = argmax(scores, kUposCount);
        const auto gold_upos = static_cast<uint32_t>(gold.upos);
        if (u != gold_upos) {
          upos_table.update({features, k}, gold_upos, 1.0f);
          upos_table.update({features, k}, u, -1.0f);
        }
        xpos_table.next_step();
        upos_table.next_step();
        t2 = t1;
        t1 = x;
        previous_upos = u;
      }
    }
  }
  tagger.xpos_ = xpos_table.finalize(options_.min_weight);
  tagger.upos_ = upos_table.finalize(options_.min_weight);
  return tagger;
}

}  // namespace herald::syntax
