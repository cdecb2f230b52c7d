#include "syntax/parser.h"

#include <algorithm>
#include <initializer_list>
#include <limits>

#include "syntax/hashing.h"

namespace herald::syntax {

namespace {

constexpr uint32_t kLabels = kDeprelCount;
constexpr uint32_t kShift = 0;
constexpr uint32_t kReduce = 1;
constexpr uint32_t kLeft = 2;             // kLeft + label
constexpr uint32_t kRight = 2 + kLabels;  // kRight + label
constexpr uint32_t kActions = kParserActions;
constexpr auto kRootLabel = static_cast<uint8_t>(Deprel::kRoot);
constexpr size_t kMaxFeatures = 96;
constexpr size_t kMaxSideFeatures = 32;  // structural features of one side
// Training searches keep every candidate that fits the beam.
constexpr double kNoMargin = std::numeric_limits<double>::infinity();

constexpr uint64_t kNoWord = 0x6e6f6e65;
constexpr uint64_t kRootWord = 0x726f6f74;
constexpr uint64_t kNoTag = 0xfe;
constexpr uint64_t kRootTag = 0xfd;
constexpr uint64_t kNoLabel = 0xff;

// Feature templates; a model is only valid with the templates it was trained with.
enum Template : uint64_t {
  kS0wp, kS0w, kS0p, kN0wp, kN0w, kN0p, kN1wp, kN1w, kN1p, kN2wp, kN2w, kN2p,
  kS0wpN0wp, kS0wpN0w, kS0wN0wp, kS0wpN0p, kS0pN0wp, kS0wN0w, kS0pN0p, kN0pN1p,
  kN0pN1pN2p, kS0pN0pN1p, kS0hpS0pN0p, kS0pS0lpN0p, kS0pS0rpN0p, kS0pN0pN0lp,
  kS0wd, kS0pd, kN0wd, kN0pd, kS0wN0wd, kS0pN0pd,
  kS0wvr, kS0pvr, kS0wvl, kS0pvl, kN0wvl, kN0pvl,
  kS0hw, kS0hp, kS0l, kS0lw, kS0lp, kS0ll, kS0rw, kS0rp, kS0rl, kN0lw, kN0lp, kN0ll,
  kS0h2w, kS0h2p, kS0hl, kS0l2w, kS0l2p, kS0l2l, kS0r2w, kS0r2p, kS0r2l, kN0l2w, kN0l2p,
  kN0l2l, kS0pS0lpS0l2p, kS0pS0rpS0r2p, kS0pS0hpS0h2p, kN0pN0lpN0l2p,
  kS0wsr, kS0psr, kS0wsl, kS0psl, kN0wsl, kN0psl,
  kS1w, kS1p, kS1pS0pN0p, kS1wS0w, kN3p, kS0lN0p,
};

struct View {
  const ParserState& st;
  uint64_t w(int32_t i) const { return i < 0 ? kNoWord : st.word_key[i]; }
  uint64_t p(int32_t i) const { return i < 0 ? kNoTag : st.tag[i]; }
  uint64_t l(int32_t i) const { return i < 0 || st.node[i].head < 0 ? kNoLabel : st.node[i].label; }
};

// The positions a configuration's features look at.
struct Positions {
  explicit Positions(const ParserState& st) {
    const auto n = static_cast<int32_t>(st.n);
    s0 = st.stack.empty() ? -1 : st.stack.back();
    s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
    n0 = st.next <= n ? st.next : -1;
    n1 = st.next + 1 <= n ? st.next + 1 : -1;
    n2 = st.next + 2 <= n ? st.next + 2 : -1;
    n3 = st.next + 3 <= n ? st.next + 3 : -1;
  }
  int32_t s0, s1, n0, n1, n2, n3;
};

// The features that depend only on which words are s0 and n0 (their words and tags, those
// of the buffer after n0, the distance between them), not on the arcs built so far.
// Configurations with the same s0 and n0 share them, which the decoder exploits (see
// Parser::parse).
size_t extract_static_features(const ParserState& st, uint64_t* out) {
  const View v{st};
  const Positions at(st);
  const int32_t s0 = at.s0, n0 = at.n0, n1 = at.n1, n2 = at.n2, n3 = at.n3;
  const uint64_t s0w = v.w(s0), s0p = v.p(s0), n0w = v.w(n0), n0p = v.p(n0);
  const uint64_t n1w = v.w(n1), n1p = v.p(n1), n2w = v.w(n2), n2p = v.p(n2);
  const uint64_t s0wp = hash_combine(s0w, s0p);
  const uint64_t n0wp = hash_combine(n0w, n0p);
  const uint64_t d = (s0 >= 0 && n0 >= 0) ? std::min<uint64_t>(n0 - s0, 8) : 0;
  size_t k = 0;
  out[k++] = feature(kS0wp, s0wp);
  out[k++] = feature(kS0w, s0w);
  out[k++] = feature(kS0p, s0p);
  out[k++] = feature(kN0wp, n0wp);
  out[k++] = feature(kN0w, n0w);
  out[k++] = feature(kN0p, n0p);
  out[k++] = feature(kN1wp, n1w, n1p);
  out[k++] = feature(kN1w, n1w);
  out[k++] = feature(kN1p, n1p);
  out[k++] = feature(kN2wp, n2w, n2p);
  out[k++] = feature(kN2w, n2w);
  out[k++] = feature(kN2p, n2p);
  out[k++] = feature(kS0wpN0wp, s0wp, n0wp);
  out[k++] = feature(kS0wpN0w, s0wp, n0w);
  out[k++] = feature(kS0wN0wp, s0w, n0wp);
  out[k++] = feature(kS0wpN0p, s0wp, n0p);
  out[k++] = feature(kS0pN0wp, s0p, n0wp);
  out[k++] = feature(kS0wN0w, s0w, n0w);
  out[k++] = feature(kS0pN0p, s0p, n0p);
  out[k++] = feature(kN0pN1p, n0p, n1p);
  out[k++] = feature(kN0pN1pN2p, n0p, n1p, n2p);
  out[k++] = feature(kS0pN0pN1p, s0p, n0p, n1p);
  out[k++] = feature(kS0wd, s0w, d);
  out[k++] = feature(kS0pd, s0p, d);
  out[k++] = feature(kN0wd, n0w, d);
  out[k++] = feature(kN0pd, n0p, d);
  out[k++] = feature(kS0wN0wd, s0w, n0w, d);
  out[k++] = feature(kS0pN0pd, s0p, n0p, d);
  out[k++] = feature(kN3p, v.p(n3));
  return k;
}

// The structural features fall into those of s0 and its arcs, those of n0 and its arcs, and
// a few that look at both (or at s1). Beam items often agree on one side while differing on
// the other, which the decoder exploits (see Parser::parse).
enum FeatureSide : uint8_t { kStackSide, kBufferSide, kAcross };

// The features that look at the arcs built so far, each passed to emit(side, feature), in a
// fixed order.
template <typename Emit>
void extract_structural_features(const ParserState& st, const Emit& emit) {
  const View v{st};
  const Positions at(st);
  const int32_t s0 = at.s0, s1 = at.s1, n0 = at.n0;
  const int32_t s0h = s0 >= 0 ? st.node[s0].head : -1;
  const int32_t s0h2 = s0h >= 0 ? st.node[s0h].head : -1;
  const int32_t s0l = s0 >= 0 ? st.node[s0].left1 : -1;
  const int32_t s0l2 = s0 >= 0 ? st.node[s0].left2 : -1;
  const int32_t s0r = s0 >= 0 ? st.node[s0].right1 : -1;
  const int32_t s0r2 = s0 >= 0 ? st.node[s0].right2 : -1;
  const int32_t n0l = n0 >= 0 ? st.node[n0].left1 : -1;
  const int32_t n0l2 = n0 >= 0 ? st.node[n0].left2 : -1;
  const uint64_t s0w = v.w(s0), s0p = v.p(s0), n0w = v.w(n0), n0p = v.p(n0);
  const uint64_t s0vl = s0 >= 0 ? st.node[s0].left_count : 0xff;
  const uint64_t s0vr = s0 >= 0 ? st.node[s0].right_count : 0xff;
  const uint64_t n0vl = n0 >= 0 ? st.node[n0].left_count : 0xff;
  const uint64_t s0sl = s0 >= 0 ? st.node[s0].left_labels : 1;
  const uint64_t s0sr = s0 >= 0 ? st.node[s0].right_labels : 1;
  const uint64_t n0sl = n0 >= 0 ? st.node[n0].left_labels : 1;
  emit(kAcross, feature(kS0hpS0pN0p, v.p(s0h), s0p, n0p));
  emit(kAcross, feature(kS0pS0lpN0p, s0p, v.p(s0l), n0p));
  emit(kAcross, feature(kS0pS0rpN0p, s0p, v.p(s0r), n0p));
  emit(kAcross, feature(kS0pN0pN0lp, s0p, n0p, v.p(n0l)));
  emit(kStackSide, feature(kS0wvr, s0w, s0vr));
  emit(kStackSide, feature(kS0pvr, s0p, s0vr));
  emit(kStackSide, feature(kS0wvl, s0w, s0vl));
  emit(kStackSide, feature(kS0pvl, s0p, s0vl));
  emit(kBufferSide, feature(kN0wvl, n0w, n0vl));
  emit(kBufferSide, feature(kN0pvl, n0p, n0vl));
  emit(kStackSide, feature(kS0hw, v.w(s0h)));
  emit(kStackSide, feature(kS0hp, v.p(s0h)));
  emit(kStackSide, feature(kS0l, v.l(s0)));
  emit(kStackSide, feature(kS0lw, v.w(s0l)));
  emit(kStackSide, feature(kS0lp, v.p(s0l)));
  emit(kStackSide, feature(kS0ll, v.l(s0l)));
  emit(kStackSide, feature(kS0rw, v.w(s0r)));
  emit(kStackSide, feature(kS0rp, v.p(s0r)));
  emit(kStackSide, feature(kS0rl, v.l(s0r)));
  emit(kBufferSide, feature(kN0lw, v.w(n0l)));
  emit(kBufferSide, feature(kN0lp, v.p(n0l)));
  emit(kBufferSide, feature(kN0ll, v.l(n0l)));
  emit(kStackSide, feature(kS0h2w, v.w(s0h2)));
  emit(kStackSide, feature(kS0h2p, v.p(s0h2)));
  emit(kStackSide, feature(kS0hl, v.l(s0h)));
  emit(kStackSide, feature(kS0l2w, v.w(s0l2)));
  emit(kStackSide, feature(kS0l2p, v.p(s0l2)));
  emit(kStackSide, feature(kS0l2l, v.l(s0l2)));
  emit(kStackSide, feature(kS0r2w, v.w(s0r2)));
  emit(kStackSide, feature(kS0r2p, v.p(s0r2)));
  emit(kStackSide, feature(kS0r2l, v.l(s0r2)));
  emit(kBufferSide, feature(kN0l2w, v.w(n0l2)));
  emit(kBufferSide, feature(kN0l2p, v.p(n0l2)));
  emit(kBufferSide, feature(kN0l2l, v.l(n0l2)));
  emit(kStackSide, feature(kS0pS0lpS0l2p, s0p, v.p(s0l), v.p(s0l2)));
  emit(kStackSide, feature(kS0pS0rpS0r2p, s0p, v.p(s0r), v.p(s0r2)));
  emit(kStackSide, feature(kS0pS0hpS0h2p, s0p, v.p(s0h), v.p(s0h2)));
  emit(kBufferSide, feature(kN0pN0lpN0l2p, n0p, v.p(n0l), v.p(n0l2)));
  emit(kStackSide, feature(kS0wsr, s0w, s0sr));
  emit(kStackSide, feature(kS0psr, s0p, s0sr));
  emit(kStackSide, feature(kS0wsl, s0w, s0sl));
  emit(kStackSide, feature(kS0psl, s0p, s0sl));
  emit(kBufferSide, feature(kN0wsl, n0w, n0sl));
  emit(kBufferSide, feature(kN0psl, n0p, n0sl));
  emit(kAcross, feature(kS1w, v.w(s1)));
  emit(kAcross, feature(kS1p, v.p(s1)));
  emit(kAcross, feature(kS1pS0pN0p, v.p(s1), s0p, n0p));
  emit(kAcross, feature(kS1wS0w, v.w(s1), s0w));
  emit(kAcross, feature(kS0lN0p, v.l(s0), n0p));
}

size_t extract_features(const ParserState& st, uint64_t* out) {
  size_t k = extract_static_features(st, out);
  extract_structural_features(st, [&](FeatureSide, uint64_t f) { out[k++] = f; });
  return k;
}

// Which actions the configuration allows, as a bit per action kind.
struct Legal {
  bool shift = false, reduce = false, left = false, right = false;
  bool right_is_root = false;  // from the artificial root, only the "root" relation
};

Legal legal_actions(const ParserState& st, bool root_taken) {
  Legal legal;
  const bool buffer = st.next <= static_cast<int32_t>(st.n);
  const int32_t s0 = st.stack.back();
  legal.shift = buffer;
  legal.reduce = s0 != 0 && st.node[s0].head >= 0;
  legal.left = buffer && s0 != 0 && st.node[s0].head < 0;
  legal.right = buffer && (s0 != 0 || !root_taken);
  legal.right_is_root = s0 == 0;
  return legal;
}

bool is_legal(const Legal& legal, uint32_t action) {
  if (action == kShift) return legal.shift;
  if (action == kReduce) return legal.reduce;
  if (action < kRight) return legal.left && action - kLeft != kRootLabel;
  return legal.right && ((action - kRight == kRootLabel) == legal.right_is_root);
}

// Calls visit(from, to) for each range [from, to) of actions the configuration allows, in
// increasing order: ranges rather than a test per action.
template <typename Visit>
void for_each_legal_range(const Legal& legal, const Visit& visit) {
  if (legal.shift) visit(kShift, kShift + 1);
  if (legal.reduce) visit(kReduce, kReduce + 1);
  if (legal.left) {
    visit(kLeft, kLeft + kRootLabel);
    visit(kLeft + kRootLabel + 1, kRight);
  }
  if (legal.right && legal.right_is_root) {
    visit(kRight + kRootLabel, kRight + kRootLabel + 1);
  } else if (legal.right) {
    visit(kRight, kRight + kRootLabel);
    visit(kRight + kRootLabel + 1, kActions);
  }
}

template <typename T>
uint32_t best_legal(const Legal& legal, const T* scores) {
  uint32_t best = kActions;
  for (uint32_t a = 0; a < kActions; ++a) {
    if (is_legal(legal, a) && (best == kActions || scores[a] > scores[best])) best = a;
  }
  return best;
}

bool root_attached(const ParserState& st) { return st.node[0].right1 >= 0; }

// Makes `dependent` the outermost dependent so far of `head` on its side, with relation `label`.
void attach(ParserState& st, int32_t head, int32_t dependent, uint32_t label) {
  ParserNode& h = st.node[head];
  st.node[dependent].head = head;
  st.node[dependent].label = static_cast<uint8_t>(label);
  const bool left = dependent < head;
  int32_t& outermost = left ? h.left1 : h.right1;
  (left ? h.left2 : h.right2) = outermost;
  outermost = dependent;
  ++(left ? h.left_count : h.right_count);
  (left ? h.left_labels : h.right_labels) |= uint64_t{1} << label;
}

void apply(ParserState& st, uint32_t action) {
  const int32_t s0 = st.stack.back();
  const int32_t b = st.next;
  if (action == kReduce || (action >= kLeft && action < kRight)) {
    if (action != kReduce) attach(st, b, s0, action - kLeft);
    st.stack.pop_back();
    st.node[s0].in_stack = 0;
    return;
  }
  if (action >= kRight) attach(st, s0, b, action - kRight);
  st.stack.push_back(b);
  st.node[b].in_stack = 1;
  ++st.next;
}

void load_sentence(ParserState& st, const ParserInput& input, ParserSentence& sentence) {
  const size_t n = input.words.size();
  sentence.word_key.resize(n + 1);
  sentence.tag.resize(n + 1);
  sentence.word_key[0] = kRootWord;
  sentence.tag[0] = static_cast<uint8_t>(kRootTag);
  for (size_t i = 0; i < n; ++i) {
    sentence.word_key[i + 1] = input.words[i].lower;
    sentence.tag[i + 1] = input.xpos[i];
  }
  st.reset(sentence);
}

// The `count` actions ending with trail node `last`, oldest first.
std::vector<uint8_t> actions_of(const ActionTrail& trail, uint32_t last, uint32_t count) {
  std::vector<uint8_t> actions(count);
  uint32_t node = last;
  for (size_t i = actions.size(); i-- > 0;) {
    actions[i] = trail.nodes[node].action;
    node = trail.nodes[node].previous;
  }
  return actions;
}

// Words left without a head when the buffer runs out: the first becomes the root if the
// sentence has none, the others hang from the root word (punctuation as punct, the rest as
// parataxis, the usual relations for such leftovers in EWT).
void finish_tree(const ParserState& st, const ParserInput& input, uint32_t* heads, Deprel* labels) {
  int32_t root_word = st.node[0].right1;
  for (size_t i = 1; i <= st.n; ++i) {
    if (st.node[i].head >= 0) {
      heads[i - 1] = static_cast<uint32_t>(st.node[i].head);
      labels[i - 1] = static_cast<Deprel>(st.node[i].label);
      continue;
    }
    if (root_word < 0) {
      root_word = static_cast<int32_t>(i);
      heads[i - 1] = 0;
      labels[i - 1] = Deprel::kRoot;
      continue;
    }
    heads[i - 1] = static_cast<uint32_t>(root_word);
    const std::string_view tag = xpos_name(input.xpos[i - 1]);
    const bool punctuation = tag == "." || tag == "," || tag == ":" || tag == "``" ||
                             tag == "''" || tag == "-LRB-" || tag == "-RRB-" || tag == "HYPH" ||
                             tag == "NFP";
    labels[i - 1] = punctuation ? Deprel::kPunct : Deprel::kParataxis;
  }
}

// Goldberg & Nivre's arc-eager costs: how many gold arcs an action makes unreachable.
struct Oracle {
  const ParserState& st;
  const std::vector<uint32_t>& gold_head;  // indexed by position; gold_head[0] unused
  const std::vector<uint8_t>& gold_label;

  int32_t n() const { return static_cast<int32_t>(st.n); }

  // Gold dependents of `h` among the words of the buffer from `from` on.
  int dependents_in_buffer(int32_t h, int32_t from) const {
    int c = 0;
    for (int32_t k = from; k <= n(); ++k) c += gold_head[k] == static_cast<uint32_t>(h);
    return c;
  }
  // Unattached stack words whose gold head is `h`.
  int dependents_in_stack(int32_t h) const {
    int c = 0;
    for (int32_t k : st.stack) {
      c += k != 0 && st.node[k].head < 0 && gold_head[k] == static_cast<uint32_t>(h);
    }
    return c;
  }

  // costs[a] for every action; illegal ones get INT_MAX. Returns the least cost.
  int costs(const Legal& legal, int* out) const {
    const int32_t s0 = st.stack.back();
    const int32_t b = st.next;
    const bool buffer = b <= n();
    const int shift = buffer ? st.node[gold_head[b]].in_stack + dependents_in_stack(b) : 0;
    const int reduce = dependents_in_buffer(s0, b);
    int left = 0;
    int right = 0;
    int32_t left_gold = -1;
    int32_t right_gold = -1;
    if (buffer && s0 != 0) {
      const auto gh = static_cast<int32_t>(gold_head[s0]);
      left = (gh > b) + dependents_in_buffer(s0, b);
      if (gh == b) left_gold = gold_label[s0];
    }
    if (buffer) {
      const auto gh = static_cast<int32_t>(gold_head[b]);
      right = dependents_in_stack(b) + (gh != s0 && (gh > b || st.node[gh].in_stack));
      if (gh == s0) right_gold = gold_label[b];
    }
    int least = std::numeric_limits<int>::max();
    for (uint32_t a = 0; a < kActions; ++a) {
      int c = std::numeric_limits<int>::max();
      if (is_legal(legal, a)) {
        if (a == kShift) {
          c = shift;
        } else if (a == kReduce) {
          c = reduce;
        } else if (a < kRight) {
          c = left + (left_gold >= 0 && static_cast<uint32_t>(left_gold) != a - kLeft);
        } else {
          c = right + (right_gold >= 0 && static_cast<uint32_t>(right_gold) != a - kRight);
        }
      }
      out[a] = c;
      least = std::min(least, c);
    }
    return least;
  }
};

// The step of a training search where the best item beat the gold sequence by the widest
// margin (Huang, Fayong and Guo 2012), and that item's actions.
struct Violation {
  double margin = -std::numeric_limits<double>::infinity();
  uint32_t step = 0;  // 0: the gold sequence stayed the best throughout
  uint32_t last_action = ActionTrail::kNone;
  uint32_t actions = 0;
};

// Runs a beam search of `width` over the sentence and returns the best finished item.
// Candidates that trail the best of a step by more than `margin` are not kept (infinity: all
// are). `score(state, legal, out)` fills out[a] (of type ScoreValue) for every legal action. In training,
// `gold` is the gold action sequence: items are flagged while they follow it. Without
// `violation`, the search stops early (returning the best item so far) as soon as no item
// follows it; with it, the search runs to the end while scoring the gold sequence alongside,
// and records the step of the largest violation.
template <typename ScoreValue, typename Score>
const BeamItem& beam_search(const ParserInput& input, uint32_t width, double margin, ParserScratch& scratch,
                            const Score& score, const std::vector<uint8_t>* gold,
                            Violation* violation = nullptr) {
  width = std::min(width, kMaxBeamWidth);
  if (scratch.beam.size() < width) {
    scratch.beam.resize(width);
    scratch.next.resize(width);
  }
  size_t size = 1;
  BeamItem& first = scratch.beam[0];
  load_sentence(first.state, input, scratch.sentence);
  scratch.trail.nodes.clear();
  first.score = 0;
  first.last_action = ActionTrail::kNone;
  first.actions = 0;
  first.done = first.state.n == 0;
  first.gold = gold != nullptr;
  ScoreValue item_scores[kMaxBeamWidth * kActions];
  Legal item_legal[kMaxBeamWidth];
  // Per item, the best candidate of each legal range, in for_each_legal_range's order.
  constexpr size_t kMostRanges = 6;
  double range_bests[kMaxBeamWidth][kMostRanges];
  ParserState gold_state;
  double gold_score = 0;
  if (violation != nullptr) {
    gold_state = first.state;
    *violation = Violation{};
  }
  scratch.steps = 0;
  // The best `width` candidates, kept sorted best first. Candidates arrive in increasing
  // (item, action) order, so one that only ties the worst kept is ranked after it and is
  // dropped: the kept set is the same as a sort of all candidates would give.
  std::vector<BeamCandidate>& top = scratch.candidates;
  const auto offer = [&](double score, uint32_t item, uint32_t action) {
    if (top.size() == width && score <= top.back().score) return;
    if (top.size() == width) top.pop_back();
    size_t at = top.size();
    while (at > 0 && top[at - 1].score < score) --at;
    top.insert(top.begin() + static_cast<std::ptrdiff_t>(at), BeamCandidate{score, item, action});
  };
  // The best score among actions [from, to): one pass that vectorizes, for integer scores.
  const auto best_in = [](const ScoreValue* scores, uint32_t from, uint32_t to) {
    ScoreValue best = scores[from];
    for (uint32_t a = from + 1; a < to; ++a) best = std::max(best, scores[a]);
    return best;
  };
  for (;;) {
    // All items are scored first, so that the step's best candidate is known before any is
    // offered: one that trails it by more than the margin is not kept, and is skipped unoffered.
    double step_best = -std::numeric_limits<double>::infinity();
    size_t live = 0;
    for (uint32_t i = 0; i < size; ++i) {
      const BeamItem& item = scratch.beam[i];
      if (item.done) {
        step_best = std::max(step_best, item.score);
        continue;
      }
      const Legal& legal = item_legal[live] = legal_actions(item.state, root_attached(item.state));
      ScoreValue* scores = item_scores + live * kActions;
      score(item.state, legal, scores);
      double* range_best = range_bests[live++];
      for_each_legal_range(legal, [&](uint32_t from, uint32_t to) {
        *range_best = item.score + best_in(scores, from, to);
        step_best = std::max(step_best, *range_best++);
      });
    }
    if (live == 0) break;
    const double floor = step_best - margin;
    top.clear();
    size_t scored = 0;
    for (uint32_t i = 0; i < size; ++i) {
      const BeamItem& item = scratch.beam[i];
      if (item.done) {
        if (item.score >= floor) offer(item.score, i, kActions);
        continue;
      }
      const Legal& legal = item_legal[scored];
      const ScoreValue* scores = item_scores + scored * kActions;
      const double* range_best = range_bests[scored++];
      for_each_legal_range(legal, [&](uint32_t from, uint32_t to) {
        // A range whose best candidate is below the floor, or does not beat the worst of
        // `width` kept ones, offers nothing, and usually none does: its maximum replaces a
        // comparison per action. Exact, as rounding is monotonic.
        const double best = *range_best++;
        if (best < floor || (top.size() == width && best <= top.back().score)) return;
        for (uint32_t a = from; a < to; ++a) {
          const double candidate = item.score + scores[a];
          if (candidate >= floor && (top.size() < width || candidate > top.back().score)) offer(candidate, i, a);
        }
      });
    }
    if (violation != nullptr && scratch.steps < gold->size()) {
      const Legal legal = legal_actions(gold_state, root_attached(gold_state));
      score(gold_state, legal, item_scores);
      const uint8_t action = (*gold)[scratch.steps];
      gold_score += item_scores[action];
      apply(gold_state, action);
    }
    ++scratch.steps;
    const size_t keep = top.size();
    // A parent's last child takes its configuration over instead of copying it.
    scratch.last_child.resize(size);
    for (size_t c = 0; c < keep; ++c) scratch.last_child[top[c].item] = static_cast<uint32_t>(c);
    bool gold_survives = false;
    for (size_t c = 0; c < keep; ++c) {
      const BeamCandidate& candidate = scratch.candidates[c];
      BeamItem& parent = scratch.beam[candidate.item];
      BeamItem& child = scratch.next[c];
      if (scratch.last_child[candidate.item] == c) {
        std::swap(child.state, parent.state);
      } else {
        child.state = parent.state;
      }
      child.last_action = parent.last_action;
      child.actions = parent.actions;
      child.score = candidate.score;
      child.gold = parent.gold;
      child.done = parent.done;
      if (candidate.action != kActions) {
        if (gold != nullptr && child.gold) {
          child.gold = child.actions < gold->size() && (*gold)[child.actions] == candidate.action;
        }
        apply(child.state, candidate.action);
        scratch.trail.nodes.push_back({child.last_action, static_cast<uint8_t>(candidate.action)});
        child.last_action = static_cast<uint32_t>(scratch.trail.nodes.size() - 1);
        ++child.actions;
        child.done = child.state.next > static_cast<int32_t>(child.state.n);
      }
      gold_survives |= child.gold;
    }
    std::swap(scratch.beam, scratch.next);
    size = keep;
    if (violation != nullptr) {
      const BeamItem& best = scratch.beam[0];
      // Ties count: with the all-zero weights of the start nothing would ever be updated.
      if (!best.gold && best.score >= gold_score && best.score - gold_score > violation->margin) {
        *violation = Violation{best.score - gold_score, scratch.steps, best.last_action, best.actions};
      }
    } else if (gold != nullptr && !gold_survives) {
      break;
    }
  }
  return scratch.beam[0];
}

// The gold action sequence of a projective tree: at each step the zero-cost action, preferring
// arcs to REDUCE and REDUCE to SHIFT.
std::vector<uint8_t> gold_sequence(const ParserInput& input, const std::vector<uint32_t>& gold_head,
                                   const std::vector<uint8_t>& gold_label) {
  ParserSentence sentence;
  ParserState st;
  load_sentence(st, input, sentence);
  const Oracle oracle{st, gold_head, gold_label};
  int costs[kActions];
  std::vector<uint8_t> sequence;
  while (st.next <= static_cast<int32_t>(st.n)) {
    oracle.costs(legal_actions(st, root_attached(st)), costs);
    const uint32_t s0 = static_cast<uint32_t>(st.stack.back());
    const uint32_t preferred[4] = {kLeft + gold_label[s0], kRight + gold_label[st.next], kReduce, kShift};
    uint32_t choice = kShift;
    int least = std::numeric_limits<int>::max();
    for (uint32_t a : preferred) {
      if (costs[a] < least) {
        least = costs[a];
        choice = a;
      }
    }
    sequence.push_back(static_cast<uint8_t>(choice));
    apply(st, choice);
  }
  return sequence;
}

// The perceptron update for a search that lost the gold sequence: reward the gold actions and
// penalize the predicted ones, from where the two sequences part.
void update_sequences(TrainingTable& table, const ParserInput& input, std::span<const uint8_t> gold,
                      std::span<const uint8_t> predicted) {
  ParserSentence sentence;
  ParserState st;
  load_sentence(st, input, sentence);
  size_t common = 0;
  while (common < gold.size() && common < predicted.size() && gold[common] == predicted[common]) {
    apply(st, gold[common++]);
  }
  uint64_t features[kMaxFeatures];
  ParserState branch = st;
  for (size_t i = common; i < gold.size(); ++i) {
    table.update({features, extract_features(branch, features)}, gold[i], 1.0f);
    apply(branch, gold[i]);
  }
  branch = st;
  for (size_t i = common; i < predicted.size(); ++i) {
    table.update({features, extract_features(branch, features)}, predicted[i], -1.0f);
    apply(branch, predicted[i]);
  }
}

// The values the features of each side are made of, packed into a few words: equal keys give
// equal features, so the caches can be looked up without computing the features. Tags,
// labels and counts each fit a byte (their "none" markers too).
constexpr size_t kStackKeySize = 11, kBufferKeySize = 5, kAcrossKeySize = 3;

uint64_t pack_bytes(std::initializer_list<uint64_t> bytes) {
  uint64_t packed = 0;
  for (uint64_t b : bytes) packed = packed << 8 | b;
  return packed;
}

// The keys of the three sides of a configuration. They must hold every value that
// extract_structural_features reads for the side's features.
void side_keys(const ParserState& st, uint64_t* stack_key, uint64_t* buffer_key, uint64_t* across_key) {
  const View v{st};
  const Positions at(st);
  const int32_t s0 = at.s0, n0 = at.n0;
  const ParserNode none{};
  const ParserNode& s = s0 >= 0 ? st.node[s0] : none;
  const ParserNode& n = n0 >= 0 ? st.node[n0] : none;
  const int32_t s0h = s0 >= 0 ? s.head : -1;
  const int32_t s0h2 = s0h >= 0 ? st.node[s0h].head : -1;
  const int32_t s0l = s0 >= 0 ? s.left1 : -1, s0l2 = s0 >= 0 ? s.left2 : -1;
  const int32_t s0r = s0 >= 0 ? s.right1 : -1, s0r2 = s0 >= 0 ? s.right2 : -1;
  const int32_t n0l = n0 >= 0 ? n.left1 : -1, n0l2 = n0 >= 0 ? n.left2 : -1;
  const uint64_t s0w = v.w(s0), s0p = v.p(s0), n0p = v.p(n0);
  const uint64_t s0hp = v.p(s0h), s0lp = v.p(s0l), s0rp = v.p(s0r), n0lp = v.p(n0l), s0label = v.l(s0);
  stack_key[0] = s0w;
  stack_key[1] = v.w(s0h);
  stack_key[2] = v.w(s0h2);
  stack_key[3] = v.w(s0l);
  stack_key[4] = v.w(s0l2);
  stack_key[5] = v.w(s0r);
  stack_key[6] = v.w(s0r2);
  stack_key[7] = pack_bytes({s0p, s0 >= 0 ? s.right_count : 0xffu, s0 >= 0 ? s.left_count : 0xffu, s0hp, s0label,
                             s0lp, v.l(s0l), s0rp});
  stack_key[8] = pack_bytes({v.l(s0r), v.p(s0h2), v.l(s0h), v.p(s0l2), v.l(s0l2), v.p(s0r2), v.l(s0r2)});
  stack_key[9] = s0 >= 0 ? s.right_labels : 1;
  stack_key[10] = s0 >= 0 ? s.left_labels : 1;
  buffer_key[0] = v.w(n0);
  buffer_key[1] = v.w(n0l);
  buffer_key[2] = v.w(n0l2);
  buffer_key[3] = pack_bytes({n0p, n0 >= 0 ? n.left_count : 0xffu, n0lp, v.l(n0l), v.p(n0l2), v.l(n0l2)});
  buffer_key[4] = n0 >= 0 ? n.left_labels : 1;
  across_key[0] = v.w(at.s1);
  across_key[1] = s0w;
  across_key[2] = pack_bytes({s0hp, s0p, n0p, s0lp, s0rp, n0lp, v.p(at.s1), s0label});
}

// The structural features of one side only (the others' hashing is compiled away).
template <FeatureSide kSide>
uint32_t extract_side_features(const ParserState& st, uint64_t* out) {
  uint32_t k = 0;
  extract_structural_features(st, [&](FeatureSide side, uint64_t f) {
    if (side == kSide) out[k++] = f;
  });
  return k;
}

// The sums of one side's features, from its slot in `cache`. If the slot holds another key's
// sums, it is emptied for this key, the side's features are extracted into `features`, and
// `group` is set up to fill the sums.
template <FeatureSide kSide, size_t kKeySize>
const int32_t* side_sums(ParserScratch::SideScores& cache, const ParserState& st, const uint64_t* key,
                         uint32_t skip_begin, uint32_t skip_end, uint64_t* features,
                         WeightTable::FeatureGroup*& group) {
  static_assert(kKeySize <= ParserScratch::SideScores::kMaxKey);
  uint64_t hash = skip_begin * 0x9e3779b97f4a7c15ULL + skip_end;
  for (size_t i = 0; i < kKeySize; ++i) hash = (hash ^ key[i]) * 0xff51afd7ed558ccdULL;
  ParserScratch::SideScores::Slot& slot = cache.slots[(hash >> 32) % ParserScratch::SideScores::kSlots];
  if (!slot.filled || slot.skip_begin != skip_begin || slot.skip_end != skip_end ||
      !std::equal(key, key + kKeySize, slot.key)) {
    slot.filled = true;
    slot.skip_begin = skip_begin;
    slot.skip_end = skip_end;
    std::copy(key, key + kKeySize, slot.key);
    std::fill(slot.sums, slot.sums + kActions, 0);
    *group++ = {features, extract_side_features<kSide>(st, features), slot.sums, skip_begin, skip_end};
  }
  return slot.sums;
}

}  // namespace

void ParserState::reset(const ParserSentence& sentence) {
  n = sentence.word_key.size() - 1;
  stack.clear();
  stack.push_back(0);
  next = 1;
  node.assign(n + 1, ParserNode{});
  node[0].in_stack = 1;
  word_key = sentence.word_key.data();
  tag = sentence.tag.data();
}

void Parser::parse(const ParserInput& input, ParserScratch& scratch, uint32_t* heads,
                   Deprel* labels) const {
  // The sums of the static features are kept per (s0, n0), for the other items of the beam
  // and later steps with the same pair: items often differ only in arcs already built (four
  // configurations in five find their pair in the cache). The sums of each side's structural
  // features are kept by the values those features are made of: items that differ in arcs far
  // from s0 and n0, or on one side only, share them, and so do later sentences (seven
  // configurations in ten find their stack side in the cache, three in four their buffer side,
  // six in ten the rest), and a hit needs none of the side's features hashed.
  for (ParserScratch::StaticScores& entry : scratch.static_scores) entry.s0 = -1;
  if (scratch.side_scores_table != weights_.identity()) {
    for (auto& slot : scratch.stack_side.slots) slot.filled = false;
    for (auto& slot : scratch.buffer_side.slots) slot.filled = false;
    for (auto& slot : scratch.across.slots) slot.filled = false;
    scratch.side_scores_table = weights_.identity();
  }
  // The scores are the integer sums themselves. At most 78 features of 16-bit weights keep
  // them below 2^24 in magnitude, so they are exactly what the float conversion once gave.
  const auto score = [this, &scratch](const ParserState& st, const Legal& legal, int32_t* out) {
    const int32_t s0 = st.stack.back();
    auto& entry = scratch.static_scores[(static_cast<uint32_t>(s0) * 61 + static_cast<uint32_t>(st.next)) %
                                        ParserScratch::kStaticSlots];
    // The groups of features whose sums are missing from the caches are summed together, so
    // that their memory accesses overlap.
    WeightTable::FeatureGroup missing[4];
    WeightTable::FeatureGroup* next_missing = missing;
    uint64_t static_features[kMaxFeatures];
    if (entry.s0 != s0 || entry.next != st.next) {
      entry.s0 = s0;
      entry.next = st.next;
      std::fill(entry.sums, entry.sums + kActions, 0);
      *next_missing++ = {static_features, extract_static_features(st, static_features), entry.sums};
    }
    // The LEFT actions' scores are not needed when none is legal, which is the case for about
    // half the configurations (s0 has its head already, or is the root); nor those of the
    // RIGHT actions when the root word is taken and s0 is the root.
    const uint32_t skip_begin = legal.left ? 0 : kLeft;
    const uint32_t skip_end = legal.left ? 0 : legal.right ? kRight : kActions;
    uint64_t stack_key[kStackKeySize], buffer_key[kBufferKeySize], others_key[kAcrossKeySize];
    side_keys(st, stack_key, buffer_key, others_key);
    uint64_t stack_features[kMaxSideFeatures], buffer_features[kMaxSideFeatures];
    uint64_t across_features[kMaxSideFeatures];
    const int32_t* stack_sums = side_sums<kStackSide, kStackKeySize>(scratch.stack_side, st, stack_key, skip_begin,
                                                                     skip_end, stack_features, next_missing);
    const int32_t* buffer_sums = side_sums<kBufferSide, kBufferKeySize>(
        scratch.buffer_side, st, buffer_key, skip_begin, skip_end, buffer_features, next_missing);
    const int32_t* across_sums = side_sums<kAcross, kAcrossKeySize>(scratch.across, st, others_key, skip_begin,
                                                                    skip_end, across_features, next_missing);
    weights_.add_groups({missing, next_missing});
    for (uint32_t a = 0; a < kActions; ++a) {
      out[a] = entry.sums[a] + stack_sums[a] + buffer_sums[a] + across_sums[a];
    }
  };
  const double margin = score_margin_ > 0 ? score_margin_ * WeightTable::kLargestWeight : kNoMargin;
  const BeamItem& best = beam_search<int32_t>(input, beam_width_, margin, scratch, score, nullptr);
  finish_tree(best.state, input, heads, labels);
}

void Parser::write(BinaryWriter& out) const {
  out.put<uint32_t>(beam_width_);
  weights_.write(out);
  out.put<double>(score_margin_);
}

Parser Parser::read(BinaryReader& in) {
  Parser p;
  p.beam_width_ = in.get<uint32_t>();
  if (p.beam_width_ == 0 || p.beam_width_ > kMaxBeamWidth) throw FormatError(in.where("implausible beam width"));
  p.weights_ = WeightTable::read(in);
  if (p.weights_.classes() != kActions) throw FormatError(in.where("parser table does not match the relation set"));
  p.score_margin_ = in.get<double>();
  if (!(p.score_margin_ >= 0 && p.score_margin_ <= 1000)) throw FormatError(in.where("implausible score margin"));
  return p;
}

std::vector<uint32_t> projectivize(std::vector<uint32_t> heads) {
  const size_t n = heads.size();
  auto head_of = [&](uint32_t w) { return heads[w - 1]; };  // w is 1-based
  auto dominates = [&](uint32_t h, uint32_t w) {
    for (size_t steps = 0; w != 0 && steps <= n; ++steps) {
      if (w == h) return true;
      w = head_of(w);
    }
    return h == 0;
  };
  for (;;) {
    uint32_t shortest = 0;
    uint32_t shortest_length = std::numeric_limits<uint32_t>::max();
    for (uint32_t d = 1; d <= n; ++d) {
      const uint32_t h = head_of(d);
      const uint32_t lo = std::min(h, d);
      const uint32_t hi = std::max(h, d);
      if (hi - lo >= shortest_length) continue;
      for (uint32_t k = lo + 1; k < hi; ++k) {
        if (!dominates(h, k)) {
          shortest = d;
          shortest_length = hi - lo;
          break;
        }
      }
    }
    if (shortest == 0) return heads;
    heads[shortest - 1] = head_of(head_of(shortest));
  }
}

ParserTrainer::ParserTrainer(const ParserOptions& options) : options_(options) {}

void ParserTrainer::train(const std::vector<const GoldSentence*>& sentences,
                          const std::vector<ParserInput>& inputs,
                          const std::function<void(int, Parser&&)>& after_epoch) {
  std::vector<std::vector<uint32_t>> gold_heads(sentences.size());
  std::vector<std::vector<uint8_t>> gold_labels(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    std::vector<uint32_t> heads;
    for (const GoldWord& w : sentences[s]->words) heads.push_back(w.head);
    heads = projectivize(std::move(heads));
    gold_heads[s].push_back(0);
    gold_labels[s].push_back(0);
    for (size_t i = 0; i < heads.size(); ++i) {
      gold_heads[s].push_back(heads[i]);
      gold_labels[s].push_back(static_cast<uint8_t>(sentences[s]->words[i].deprel));
    }
  }

  TrainingTable table(options_.bits, kActions);
  if (options_.beam_width > 1) {
    train_beam(gold_heads, gold_labels, inputs, table, after_epoch);
    return;
  }
  ParserSentence sentence;
  ParserState st;
  SplitMix64 random(options_.seed);
  std::vector<size_t> order(sentences.size());
  for (size_t s = 0; s < order.size(); ++s) order[s] = s;
  uint64_t features[kMaxFeatures];
  float scores[kActions];
  int costs[kActions];
  for (int epoch = 0; epoch < options_.epochs; ++epoch) {
    random.shuffle(order);
    const bool explore = epoch >= options_.explore_from_epoch;
    for (size_t s : order) {
      load_sentence(st, inputs[s], sentence);
      const Oracle oracle{st, gold_heads[s], gold_labels[s]};
      while (st.next <= static_cast<int32_t>(st.n)) {
        const size_t k = extract_features(st, features);
        table.score({features, k}, scores);
        const Legal legal = legal_actions(st, root_attached(st));
        const uint32_t predicted = best_legal(legal, scores);
        const int least = oracle.costs(legal, costs);
        uint32_t best_gold = kActions;
        for (uint32_t a = 0; a < kActions; ++a) {
          if (costs[a] == least && (best_gold == kActions || scores[a] > scores[best_gold])) best_gold = a;
        }
        if (costs[predicted] > least) {
          table.update({features, k}, best_gold, 1.0f);
          table.update({features, k}, predicted, -1.0f);
        }
        table.next_step();
        const bool follow_prediction = explore && random.uniform() < options_.explore_probability;
        apply(st, follow_prediction ? predicted : best_gold);
      }
    }
    Parser parser;
    parser.weights_ = table.finalize(options_.min_weight);
    after_epoch(epoch, std::move(parser));
  }
}

void ParserTrainer::train_beam(const std::vector<std::vector<uint32_t>>& gold_heads,
                               const std::vector<std::vector<uint8_t>>& gold_labels,
                               const std::vector<ParserInput>& inputs, TrainingTable& table,
                               const std::function<void(int, Parser&&)>& after_epoch) {
  std::vector<std::vector<uint8_t>> gold(inputs.size());
  for (size_t s = 0; s < inputs.size(); ++s) gold[s] = gold_sequence(inputs[s], gold_heads[s], gold_labels[s]);
  const auto score = [&table](const ParserState& st, const Legal&, float* out) {
    uint64_t features[kMaxFeatures];
    table.score({features, extract_features(st, features)}, out);
  };
  ParserScratch scratch;
  SplitMix64 random(options_.seed);
  std::vector<size_t> order(inputs.size());
  for (size_t s = 0; s < order.size(); ++s) order[s] = s;
  for (int epoch = 0; epoch < options_.epochs; ++epoch) {
    random.shuffle(order);
    for (size_t s : order) {
      if (options_.max_violation) {
        Violation violation;
        beam_search<float>(inputs[s], options_.beam_width, kNoMargin, scratch, score, &gold[s], &violation);
        if (violation.step > 0) {
          const size_t steps = std::min<size_t>(violation.step, gold[s].size());
          update_sequences(table, inputs[s], std::span<const uint8_t>(gold[s]).first(steps),
                           actions_of(scratch.trail, violation.last_action, violation.actions));
        }
        table.next_step();
        continue;
      }
      const BeamItem& best = beam_search<float>(inputs[s], options_.beam_width, kNoMargin, scratch, score, &gold[s]);
      if (!best.gold) {
        const size_t steps = std::min<size_t>(scratch.steps, gold[s].size());
        update_sequences(table, inputs[s], std::span<const uint8_t>(gold[s]).first(steps),
                         actions_of(scratch.trail, best.last_action, best.actions));
      }
      table.next_step();
    }
    Parser parser;
    parser.beam_width_ = options_.decode_beam_width > 0 ? options_.decode_beam_width : options_.beam_width;
    parser.set_score_margin(options_.decode_score_margin);
    parser.weights_ = table.finalize(options_.min_weight);
    after_epoch(epoch, std::move(parser));
  }
}

}  // namespace herald::syntax
