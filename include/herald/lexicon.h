// herald — the lexicon: interned words and codes, and the phrases dictionaries are made of.
//
// Every dictionary phrase is stored as a sequence of word ids, so a coder can compile all of
// them into one automaton over tokens and never compare strings while coding. Words are kept
// in one folded form (see fold_word); a coder folds each token the same way and looks it up
// once. Codes ("USAGOV", "042") are interned separately, so comparing codes is comparing ids.
#ifndef HERALD_LEXICON_H_
#define HERALD_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace herald::lexicon {

using WordId = uint32_t;
using CodeId = uint32_t;
inline constexpr uint32_t kNotFound = UINT32_MAX;

// The special codes of TABARI and PETRARCH. Every code table interns them first, in this
// order, so they have the same ids everywhere and a coder can test for them without lookups.
inline constexpr CodeId kNullCode = 0;     // "---": the phrase is known and generates nothing
inline constexpr CodeId kDiscardCode = 1;  // "###": discard the sentence
inline constexpr CodeId kComplexCode = 2;  // "+++": too complex to code automatically

// Gives each distinct string a dense id (0, 1, 2, ...) and the string back from the id.
// Lookups take a string_view and allocate nothing: an open-addressing table of (hash, id)
// probed linearly, the strings packed in large blocks. Ids and views stay valid as the table
// grows and when it is moved; the table is not copyable.
class SymbolTable {
 public:
  SymbolTable() = default;
  SymbolTable(SymbolTable&&) = default;
  SymbolTable& operator=(SymbolTable&&) = default;
  SymbolTable(const SymbolTable&) = delete;
  SymbolTable& operator=(const SymbolTable&) = delete;

  uint32_t intern(std::string_view name);
  uint32_t find(std::string_view name) const;  // kNotFound when absent
  std::string_view name(uint32_t id) const { return names_[id]; }
  uint32_t size() const { return static_cast<uint32_t>(names_.size()); }

 private:
  std::string_view store(std::string_view name);
  void grow();

  std::vector<std::unique_ptr<char[]>> blocks_;  // blocks never move, so views stay valid
  char* block_cursor_ = nullptr;                 // the free part of blocks_.back()
  size_t block_free_ = 0;
  std::vector<std::string_view> names_;
  std::vector<uint64_t> slots_;  // high 32 bits of the hash, then id + 1; 0 when empty
};

// The form in which dictionary words and text tokens are compared: Unicode case folding with
// NFC composition ("SYRIA", "Syria" -> "syria"), and the typographic apostrophe U+2019 read
// as "'" so "n’t" in a story matches "N'T" in a dictionary. Invalid UTF-8 is folded byte by
// byte (ASCII letters lowered, other bytes kept), so any input gives a result.
// The overload writing into `out` lets a hot loop reuse one buffer.
void fold_word(std::string_view word, std::string& out);
std::string fold_word(std::string_view word);

// Codes are compared in upper case ASCII ("pse" and "PSE" are one code).
std::string fold_code(std::string_view code);

// A phrase of at most kMaxPhraseWords words. The words are a range of the owning
// Dictionaries' word pool (Dictionaries::words_of). The masks say how the words may match:
// TABARI and PETRARCH distinguish words joined by "_" (consecutive) from words separated by
// a blank (other words may come between), and TABARI matches a word without a trailing "_"
// as a stem (any word that begins with it: SYRI matches SYRIAN).
inline constexpr size_t kMaxPhraseWords = 32;

struct Phrase {
  uint32_t first_word = 0;  // index into the word pool
  uint32_t size = 0;        // number of words, 1..kMaxPhraseWords
  uint32_t gap_mask = 0;    // bit i set: other words may come between word i and word i+1
  uint32_t stem_mask = 0;   // bit i set: word i matches any word that begins with it

  bool gap_after(size_t i) const { return (gap_mask >> i) & 1u; }
  bool is_stem(size_t i) const { return (stem_mask >> i) & 1u; }
};

}  // namespace herald::lexicon

#endif  // HERALD_LEXICON_H_
