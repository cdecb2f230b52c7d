// The Mentions stage: a trie over word ids holding every dictionary phrase, walked from each
// token of a sentence.
//
// Edges are labelled with a word id and how the word matches (exact or stem, and whether a
// gap may come before it), so one token can follow several edges: its exact word and each
// stem word it begins with. The root's edges are kept with their words (the exact ones in the
// word table, the stem ones in the stem table), so the lookup that turns a token into a word
// id also says whether a phrase begins there; all other edges are in one open-addressing
// table keyed by (node, label).
#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "herald/mentions.h"
#include "lexicon/matcher_fold.h"
#include "lexicon/matcher_tables.h"

namespace herald::lexicon {
namespace {

using detail::EdgeTable;
using detail::StemTable;
using detail::StemWord;
using detail::TrieEdge;
using detail::WordTable;

constexpr uint32_t kGapLabelBit = 1;
constexpr uint32_t kStemLabelBit = 2;
constexpr uint32_t kMaxWordId = (1u << 30) - 1;  // a label keeps two bits beside the word

uint32_t edge_label(WordId word, bool stem, bool gap_before) {
  return (word << 2) | (stem ? kStemLabelBit : 0) | (gap_before ? kGapLabelBit : 0);
}

// Which kinds of edge leave a node, so the search skips lookups that cannot succeed.
constexpr uint8_t kHasAdjacentChildren = 1;
constexpr uint8_t kHasGapChildren = 2;

struct Payload {
  MentionKind kind = MentionKind::kActor;
  uint8_t verb_word = 0;
  uint32_t owner = 0;
  uint32_t name = 0;
};

struct TrieNode {
  uint32_t first_payload = 0;  // payloads[first_payload, +payload_count) end at this node
  uint32_t payload_count : 24 = 0;
  uint32_t flags : 8 = 0;
};
static_assert(sizeof(TrieNode) == 8);
constexpr uint32_t kMaxPayloadsPerNode = (1u << 24) - 1;

// Words that may stand for an actor named elsewhere: pronouns (subject, object, possessive)
// and definite descriptions of the kinds of actor news names most.
// clang-format off
constexpr std::string_view kAnaphorPhrases[] = {
    "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
    "the government", "the administration", "the authorities", "the regime", "the country",
    "the state", "the nation", "the army", "the military", "the police", "the ministry",
    "the minister", "the president", "the leader", "the rebels", "the group", "the party",
    "the movement", "the militants", "the insurgents", "the king", "the prince", "the general"};
// clang-format on

constexpr std::array<std::string_view, kMentionKindCount> kKindNames = {
    "actor", "agent",        "verb", "time shift", "attribution", "discard",
    "issue", "issue ignore", "noun", "adjective",  "anaphor"};

}  // namespace

std::string_view mention_kind_name(MentionKind kind) {
  return kKindNames[static_cast<size_t>(kind)];
}

std::span<const std::string_view> anaphor_phrases() { return kAnaphorPhrases; }

namespace detail {

struct MatcherTables {
  // The dictionaries' words with the same ids, then the anaphor words they lack.
  WordTable words;
  EdgeTable edges;
  StemTable stems;
  std::vector<TrieNode> nodes;
  std::vector<Payload> payloads;
};

// Per-call buffers, indexed by token position within the sentence.
struct MatchBuffers {
  detail::WordFolder folder;
  // The folded tokens, one after another: token i is folded[fold_begin[i], fold_begin[i + 1]),
  // and hashes[i] its WordTable hash.
  std::string folded;
  std::vector<uint32_t> fold_begin;
  std::vector<uint64_t> hashes;
  // The prefixes of token i that may be stem words: stem_candidates[first_candidate[i],
  // first_candidate[i + 1]).
  std::vector<StemTable::Candidate> stem_candidates;
  std::vector<uint32_t> first_candidate;
  // The edge labels (gap bit clear) each token can follow: its exact word, then the stem words
  // it begins with; labels[first_label[i], first_label[i + 1]). root_children is parallel to
  // labels: the root's child along each label, 0 when no phrase begins so.
  std::vector<uint32_t> first_label;
  std::vector<uint32_t> labels;
  std::vector<uint32_t> root_children;

  // (node, position) pairs already explored from the current first token, for paths through
  // gaps, where the same node can be reached at one position in several ways. Open addressing
  // with an epoch per slot, so starting afresh is one increment.
  std::vector<uint64_t> visit_keys;
  std::vector<uint32_t> visit_epochs;
  uint32_t epoch = 0;
  size_t visit_count = 0;

  void new_epoch() {
    visit_count = 0;
    if (++epoch == 0) {
      std::fill(visit_epochs.begin(), visit_epochs.end(), 0u);
      epoch = 1;
    }
  }

  // False when `key` was already inserted in this epoch.
  bool insert_visit(uint64_t key) {
    if ((visit_count + 1) * 2 > visit_keys.size()) grow_visits();
    const size_t mask = visit_keys.size() - 1;
    for (size_t index = static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;;
         index = (index + 1) & mask) {
      if (visit_epochs[index] != epoch) {
        visit_epochs[index] = epoch;
        visit_keys[index] = key;
        ++visit_count;
        return true;
      }
      if (visit_keys[index] == key) return false;
    }
  }

  void grow_visits() {
    std::vector<uint64_t> keys = std::move(visit_keys);
    std::vector<uint32_t> epochs = std::move(visit_epochs);
    const size_t size = keys.empty() ? 256 : keys.size() * 2;
    visit_keys.assign(size, 0);
    visit_epochs.assign(size, 0);
    visit_count = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (epochs[i] == epoch) insert_visit(keys[i]);
    }
  }
};

}  // namespace detail

using detail::MatchBuffers;
using detail::MatcherTables;

MatchScratch::MatchScratch() : buffers_(std::make_unique<MatchBuffers>()) {}
MatchScratch::~MatchScratch() = default;
MatchScratch::MatchScratch(MatchScratch&&) noexcept = default;
MatchScratch& MatchScratch::operator=(MatchScratch&&) noexcept = default;

namespace {

// Compiles phrases into the trie with a node-keyed hash map, then lays the result out flat.
class TrieBuilder {
 public:
  explicit TrieBuilder(const SymbolTable& words) : words_(words) { flags_.push_back(0); }

  void add(std::span<const WordId> words, uint32_t gap_mask, uint32_t stem_mask,
           const Payload& payload) {
    if (words.empty()) return;  // the readers make no empty phrase; nothing could match one
    uint32_t node = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      const bool stem = (stem_mask >> i) & 1u;
      const bool gap_before = i > 0 && ((gap_mask >> (i - 1)) & 1u);
      if (words[i] > kMaxWordId) throw std::length_error("PhraseMatcher: too many words");
      const uint32_t label = edge_label(words[i], stem, gap_before);
      if (stem) stem_words_.try_emplace(words[i], 0);
      const auto [it, added] = edges_.try_emplace((uint64_t{node} << 32) | label, 0);
      if (added) {
        it->second = static_cast<uint32_t>(flags_.size());
        flags_.push_back(0);
        flags_[node] |= gap_before ? kHasGapChildren : kHasAdjacentChildren;
      }
      node = it->second;
    }
    payloads_.emplace_back(node, payload);
  }

  void finish(MatcherTables& t) {
    std::vector<uint32_t> root_children(words_.size(), 0);
    std::vector<TrieEdge> inner;
    inner.reserve(edges_.size());
    for (const auto& [key, child] : edges_) {
      const auto node = static_cast<uint32_t>(key >> 32);
      const auto label = static_cast<uint32_t>(key);
      const WordId word = label >> 2;
      if (node != 0) {
        inner.push_back(TrieEdge{node, label, child});
      } else if (label & kStemLabelBit) {
        stem_words_[word] = child;
      } else {
        root_children[word] = child;
      }
    }
    // Sorted so that the tables come out the same on every run.
    std::sort(inner.begin(), inner.end(), [](const TrieEdge& a, const TrieEdge& b) {
      return std::pair(a.node, a.label) < std::pair(b.node, b.label);
    });
    t.edges.build(inner);
    std::vector<std::string_view> names(words_.size());
    for (uint32_t id = 0; id < words_.size(); ++id) names[id] = words_.name(id);
    t.words.build(names, root_children);

    std::vector<StemWord> stems;
    stems.reserve(stem_words_.size());
    for (const auto& [word, root_child] : stem_words_) {
      stems.push_back(StemWord{words_.name(word), word, root_child});
    }
    std::sort(stems.begin(), stems.end(),
              [](const StemWord& a, const StemWord& b) { return a.word < b.word; });
    t.stems.build(stems);

    std::stable_sort(payloads_.begin(), payloads_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    t.nodes.assign(flags_.size(), TrieNode{});
    t.payloads.reserve(payloads_.size());
    for (const auto& [node, payload] : payloads_) {
      TrieNode& n = t.nodes[node];
      if (n.payload_count == 0) n.first_payload = static_cast<uint32_t>(t.payloads.size());
      if (n.payload_count == kMaxPayloadsPerNode) {
        throw std::length_error("PhraseMatcher: one phrase given too many owners");
      }
      ++n.payload_count;
      t.payloads.push_back(payload);
    }
    for (size_t node = 0; node < flags_.size(); ++node) t.nodes[node].flags = flags_[node];
  }

 private:
  const SymbolTable& words_;
  std::unordered_map<uint64_t, uint32_t> edges_;     // node << 32 | label -> child
  std::unordered_map<WordId, uint32_t> stem_words_;  // stem word -> the root's child, or 0
  std::vector<uint8_t> flags_;
  std::vector<std::pair<uint32_t, Payload>> payloads_;
};

uint8_t verb_word_of(uint32_t verb_word) {
  return static_cast<uint8_t>(std::min<uint32_t>(verb_word, kMaxPhraseWords));
}

MentionKind verb_kind(VerbSection section) {
  switch (section) {
    case VerbSection::kTime:
      return MentionKind::kTimeShift;
    case VerbSection::kAttribution:
      return MentionKind::kAttribution;
    case VerbSection::kVerbs:
      break;
  }
  return MentionKind::kVerb;
}

bool is_verb_kind(MentionKind kind) {
  return kind == MentionKind::kVerb || kind == MentionKind::kTimeShift ||
         kind == MentionKind::kAttribution;
}

// Walks the trie from each token of one sentence. Positions are relative to the sentence;
// mentions get document token indices.
class Search {
 public:
  Search(const MatcherTables& tables, MatchBuffers& buffers, uint32_t token_begin, uint32_t size,
         std::vector<Mention>& out)
      : t_(tables), b_(buffers), token_begin_(token_begin), size_(size), out_(out) {}

  void from(uint32_t start) {
    start_ = start;
    started_epoch_ = false;
    const size_t first_mention = out_.size();
    for (uint32_t i = b_.first_label[start]; i < b_.first_label[start + 1]; ++i) {
      const uint32_t child = b_.root_children[i];
      if (child == 0) continue;
      positions_[0] = start;
      extend(child, start, 1, 1, false);
    }
    if (out_.size() - first_mention > 1) {
      std::sort(out_.begin() + static_cast<std::ptrdiff_t>(first_mention), out_.end(),
                [](const Mention& a, const Mention& b) {
                  return std::tie(a.kind, a.last_token, a.owner, a.name) <
                         std::tie(b.kind, b.last_token, b.owner, b.name);
                });
    }
  }

 private:
  // A key for the visited set: node and position relative to the first token (< 64), or
  // kEnded for "this node's phrases were already reported".
  static constexpr uint64_t kEnded = kMaxMentionSpan;
  static uint64_t visit_key(uint32_t node, uint64_t relative) {
    return (uint64_t{node} << 7) | relative;
  }

  bool first_visit(uint64_t key) {
    if (!started_epoch_) {
      b_.new_epoch();
      started_epoch_ = true;
    }
    return b_.insert_visit(key);
  }

  // `node` was reached with its last word at `pos`; `depth` words matched so far, at
  // positions_[0, depth); `gapped` when the path went through a gap edge.
  void extend(uint32_t node, uint32_t pos, uint32_t depth, uint64_t matched, bool gapped) {
    if (gapped && !first_visit(visit_key(node, pos - start_))) return;
    const TrieNode& n = t_.nodes[node];
    if (n.payload_count != 0 && (!gapped || first_visit(visit_key(node, kEnded)))) {
      report(n, pos, depth, matched);
    }
    if (depth == kMaxPhraseWords) return;
    const uint32_t last = std::min(size_ - 1, start_ + kMaxMentionSpan - 1);
    if ((n.flags & kHasAdjacentChildren) && pos < last) {
      follow(node, pos + 1, 0, depth, matched, gapped);
    }
    if (n.flags & kHasGapChildren) {
      const uint32_t gap_end = std::min(last, pos + 1 + kMaxGapTokens);
      for (uint32_t next = pos + 1; next <= gap_end; ++next) {
        follow(node, next, kGapLabelBit, depth, matched, true);
      }
    }
  }

  void follow(uint32_t node, uint32_t next, uint32_t gap_bit, uint32_t depth, uint64_t matched,
              bool gapped) {
    for (uint32_t i = b_.first_label[next]; i < b_.first_label[next + 1]; ++i) {
      const uint32_t child = t_.edges.child(node, b_.labels[i] | gap_bit);
      if (child == 0) continue;
      positions_[depth] = next;
      extend(child, next, depth + 1, matched | (uint64_t{1} << (next - start_)), gapped);
    }
  }

  void report(const TrieNode& n, uint32_t pos, uint32_t depth, uint64_t matched) {
    for (uint32_t i = 0; i < n.payload_count; ++i) {
      const Payload& p = t_.payloads[n.first_payload + i];
      Mention& m = out_.emplace_back();
      m.kind = p.kind;
      m.owner = p.owner;
      m.name = p.name;
      m.first_token = token_begin_ + start_;
      m.last_token = token_begin_ + pos;
      m.tokens = matched;
      if (is_verb_kind(p.kind) && p.verb_word < depth) {
        m.verb_token = token_begin_ + positions_[p.verb_word];
      }
    }
  }

  const MatcherTables& t_;
  MatchBuffers& b_;
  const uint32_t token_begin_;
  const uint32_t size_;
  std::vector<Mention>& out_;
  uint32_t start_ = 0;
  bool started_epoch_ = false;
  std::array<uint32_t, kMaxPhraseWords> positions_{};
};

}  // namespace

PhraseMatcher::PhraseMatcher(const Dictionaries& d) {
  auto t = std::make_unique<MatcherTables>();
  if (d.words().size() > kMaxWordId) throw std::length_error("PhraseMatcher: too many words");
  SymbolTable words;
  for (uint32_t id = 0; id < d.words().size(); ++id) words.intern(d.words().name(id));

  // The anaphor phrases' words, interned so that they have ids even when no dictionary uses
  // them; they are folded and blank-separated already.
  std::vector<std::vector<WordId>> anaphors;
  for (const std::string_view phrase : kAnaphorPhrases) {
    std::vector<WordId>& ids = anaphors.emplace_back();
    for (size_t begin = 0; begin <= phrase.size();) {
      size_t end = phrase.find(' ', begin);
      if (end == std::string_view::npos) end = phrase.size();
      ids.push_back(words.intern(phrase.substr(begin, end - begin)));
      begin = end + 1;
    }
  }

  TrieBuilder builder(words);
  const auto add = [&](const Phrase& phrase, MentionKind kind, uint32_t owner, uint32_t name,
                       uint32_t verb_word) {
    builder.add(d.words_of(phrase), phrase.gap_mask, phrase.stem_mask,
                Payload{kind, verb_word_of(verb_word), owner, name});
  };
  for (uint32_t i = 0; i < d.actor_names().size(); ++i) {
    const ActorName& n = d.actor_names()[i];
    add(n.phrase, MentionKind::kActor, n.actor, i, 0);
  }
  for (uint32_t i = 0; i < d.agent_names().size(); ++i) {
    const AgentName& n = d.agent_names()[i];
    add(n.phrase, MentionKind::kAgent, n.agent, i, 0);
  }
  for (uint32_t i = 0; i < d.verb_forms().size(); ++i) {
    const VerbForm& f = d.verb_forms()[i];
    const VerbSection section = d.verb_blocks()[d.verbs()[f.verb].block].section;
    add(f.phrase, verb_kind(section), i, i, f.verb_word);
  }
  for (uint32_t i = 0; i < d.discards().size(); ++i) {
    add(d.discards()[i].phrase, MentionKind::kDiscard, i, i, 0);
  }
  for (uint32_t i = 0; i < d.issues().size(); ++i) {
    add(d.issues()[i].phrase, MentionKind::kIssue, i, i, 0);
  }
  for (uint32_t i = 0; i < d.issue_ignores().size(); ++i) {
    add(d.issue_ignores()[i].phrase, MentionKind::kIssueIgnore, i, i, 0);
  }
  for (uint32_t i = 0; i < d.tabari_nouns().size(); ++i) {
    add(d.tabari_nouns()[i], MentionKind::kNoun, i, i, 0);
  }
  for (uint32_t i = 0; i < d.tabari_adjectives().size(); ++i) {
    add(d.tabari_adjectives()[i], MentionKind::kAdjective, i, i, 0);
  }
  for (uint32_t i = 0; i < anaphors.size(); ++i) {
    builder.add(anaphors[i], 0, 0, Payload{MentionKind::kAnaphor, 0, i, i});
  }
  builder.finish(*t);
  tables_ = std::move(t);
}

PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

void PhraseMatcher::find(const Document& doc, const Sentence& sentence, MatchScratch& scratch,
                         std::vector<Mention>& out) const {
  out.clear();
  const MatcherTables& t = *tables_;
  MatchBuffers& b = *scratch.buffers_;
  const uint32_t size = sentence.size();
  // First fold and hash every token and its prefixes that may be stems, asking for the table
  // slots they will be looked up in, so the cache misses of the lookups overlap instead of
  // following one another.
  b.folded.clear();
  b.fold_begin.resize(size + 1);
  b.hashes.resize(size);
  b.stem_candidates.clear();
  b.first_candidate.resize(size + 1);
  for (uint32_t i = 0; i < size; ++i) {
    const auto begin = static_cast<uint32_t>(b.folded.size());
    b.fold_begin[i] = begin;
    b.folder.append_folded(doc.tokens[sentence.token_begin + i].text, b.folded);
    const std::string_view folded = std::string_view(b.folded).substr(begin);
    b.hashes[i] = WordTable::hash(folded);
    t.words.prefetch(b.hashes[i]);
    b.first_candidate[i] = static_cast<uint32_t>(b.stem_candidates.size());
    t.stems.for_each_candidate(folded, [&](const StemTable::Candidate& candidate) {
      b.stem_candidates.push_back(candidate);
    });
  }
  b.fold_begin[size] = static_cast<uint32_t>(b.folded.size());
  b.first_candidate[size] = static_cast<uint32_t>(b.stem_candidates.size());

  // Then look the words and stems up, and ask for the trie nodes phrases begin with.
  b.first_label.resize(size + 1);
  b.labels.clear();
  b.root_children.clear();
  for (uint32_t i = 0; i < size; ++i) {
    b.first_label[i] = static_cast<uint32_t>(b.labels.size());
    const std::string_view folded =
        std::string_view(b.folded).substr(b.fold_begin[i], b.fold_begin[i + 1] - b.fold_begin[i]);
    const WordTable::Entry word = t.words.find(folded, b.hashes[i]);
    if (word.word != kNotFound) {
      b.labels.push_back(edge_label(word.word, false, false));
      b.root_children.push_back(word.root_child);
      __builtin_prefetch(&t.nodes[word.root_child]);
    }
    for (uint32_t c = b.first_candidate[i]; c < b.first_candidate[i + 1]; ++c) {
      const StemTable::Match stem = t.stems.find(folded, b.stem_candidates[c]);
      if (stem.word == kNotFound) continue;
      b.labels.push_back(edge_label(stem.word, true, false));
      b.root_children.push_back(stem.root_child);
      __builtin_prefetch(&t.nodes[stem.root_child]);
    }
  }
  b.first_label[size] = static_cast<uint32_t>(b.labels.size());
  Search search(t, b, sentence.token_begin, size, out);
  for (uint32_t start = 0; start < size; ++start) search.from(start);
}

std::vector<Mention> PhraseMatcher::find(const Document& doc, const Sentence& sentence) const {
  thread_local MatchScratch scratch;
  std::vector<Mention> out;
  find(doc, sentence, scratch, out);
  return out;
}

size_t PhraseMatcher::node_count() const { return tables_->nodes.size(); }

size_t PhraseMatcher::phrase_count() const { return tables_->payloads.size(); }

size_t PhraseMatcher::memory_bytes() const {
  const MatcherTables& t = *tables_;
  return t.words.memory_bytes() + t.edges.memory_bytes() + t.stems.memory_bytes() +
         t.nodes.capacity() * sizeof(TrieNode) + t.payloads.capacity() * sizeof(Payload);
}

void select_longest(std::span<const Mention> mentions, std::vector<Mention>& out) {
  out.assign(mentions.begin(), mentions.end());
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    const uint32_t a_words = a.word_count();
    const uint32_t b_words = b.word_count();
    const uint32_t a_span = a.last_token - a.first_token;
    const uint32_t b_span = b.last_token - b.first_token;
    return std::tie(a.kind, a.first_token, b_words, a_span, a.owner, a.name) <
           std::tie(b.kind, b.first_token, a_words, b_span, b.owner, b.name);
  });
  std::array<uint64_t, kMentionKindCount> next_free{};  // first token not yet covered, per kind
  size_t kept = 0;
  for (const Mention& m : out) {
    uint64_t& next = next_free[static_cast<size_t>(m.kind)];
    if (m.first_token < next) continue;
    next = uint64_t{m.last_token} + 1;
    out[kept++] = m;
  }
  out.resize(kept);
  std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) {
    return std::tie(a.first_token, a.kind, a.last_token, a.owner, a.name) <
           std::tie(b.first_token, b.kind, b.last_token, b.owner, b.name);
  });
}

std::vector<Mention> select_longest(std::span<const Mention> mentions) {
  std::vector<Mention> out;
  select_longest(mentions, out);
  return out;
}

bool is_anaphor_candidate(std::span<const Mention> mentions, uint32_t token) {
  return std::any_of(mentions.begin(), mentions.end(), [token](const Mention& m) {
    return m.kind == MentionKind::kAnaphor && m.last_token == token;
  });
}

bool could_yield_event(std::span<const Mention> mentions) {
  bool verb = false;
  bool participant = false;
  for (const Mention& m : mentions) {
    verb |= m.kind == MentionKind::kVerb;
    participant |= m.kind == MentionKind::kActor || m.kind == MentionKind::kAgent ||
                   m.kind == MentionKind::kAnaphor;
  }
  return verb && participant;
}

}  // namespace herald::lexicon
