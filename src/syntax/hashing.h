// Hashing for the feature templates of the syntax models.
//
// Features are never stored as strings: a feature is a 64-bit hash of its template number and
// its values, and the weight tables are indexed by the low bits of that hash (the "hashing
// trick"). The functions are fixed here, not std::hash, so that a model file means the same
// thing on every platform and in every build.
#ifndef HERALD_SYNTAX_HASHING_H_
#define HERALD_SYNTAX_HASHING_H_

#include <cstdint>
#include <string_view>
#include <utility>

namespace herald::syntax {

inline uint64_t mix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

inline uint64_t hash_bytes(std::string_view s, uint64_t seed = 0) {
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return mix64(h ^ s.size());
}

inline uint64_t hash_combine(uint64_t a, uint64_t b) {
  return mix64(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL);
}

// The feature of template `t` with values a, b, c. Always inlined: the template number is a
// constant at every call, so its mixing then happens at compile time.
[[gnu::always_inline]] inline uint64_t feature(uint64_t t, uint64_t a) {
  return hash_combine(mix64(t + 1), a);
}
[[gnu::always_inline]] inline uint64_t feature(uint64_t t, uint64_t a, uint64_t b) {
  return hash_combine(feature(t, a), b);
}
[[gnu::always_inline]] inline uint64_t feature(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
  return hash_combine(feature(t, a, b), c);
}

// A small, fully specified random generator (the standard library's distributions differ
// between implementations), so that training is reproducible bit for bit.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  template <typename Vector>
  void shuffle(Vector& v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[next() % i]);
  }

 private:
  uint64_t state_;
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_HASHING_H_
