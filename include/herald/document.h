// herald — Document, Sentence and Token: the data every pipeline stage reads and extends.
//
// A Document owns the UTF-8 text of one story. Sentences and tokens are index ranges and
// views into that text; nothing is copied per token. Offsets are kept twice: in bytes, for
// slicing the UTF-8 text, and in Unicode code points, which is what herald reports to users
// (a code-point offset means the same thing in Python, JavaScript and the database).
#ifndef HERALD_DOCUMENT_H_
#define HERALD_DOCUMENT_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace herald {

// A half-open range [begin, end) of code points in a story's text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

// Sentinel for "no head" (the root of a sentence, or a token not parsed yet).
inline constexpr uint32_t kNoHead = UINT32_MAX;

struct Token {
  std::string_view text;   // the surface form, a view into Document::text
  uint32_t byte_begin = 0;  // [byte_begin, byte_end) in Document::text
  uint32_t byte_end = 0;
  Span span;                // the same range in code points
  bool space_after = true;  // whether whitespace follows in the original text

  // Filled by the syntax stage; empty or kNoHead until then.
  std::string_view lemma;
  uint8_t upos = 0;         // index into the tag set of the model that tagged it
  uint8_t xpos = 0;
  uint8_t deprel = 0;
  uint32_t head = kNoHead;  // index of the head token within the document
};

struct Sentence {
  uint32_t token_begin = 0;  // [token_begin, token_end) in Document::tokens
  uint32_t token_end = 0;
  uint32_t byte_begin = 0;
  uint32_t byte_end = 0;
  Span span;

  uint32_t size() const { return token_end - token_begin; }
};

// One story on its way through the pipeline.
//
// Tokens and lemmas view the document's own text, so a Document can be moved (the text's heap
// buffer and the deque's elements stay where they are; text::segment makes sure the text is
// on the heap) but not copied: a copy's views would point into the original.
struct Document {
  Document() = default;
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  std::string id;
  std::string date;  // YYYY-MM-DD, or empty when unknown
  std::string text;  // valid UTF-8 (see text::clean_utf8 in herald/text.h)
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;

  // Storage for strings a stage derives (lemmas that are not substrings of the text).
  // A deque keeps earlier strings in place, so views into it stay valid as it grows.
  std::deque<std::string> derived_strings;

  std::string_view sentence_text(const Sentence& s) const {
    return std::string_view(text).substr(s.byte_begin, s.byte_end - s.byte_begin);
  }
  // Interns a derived string and returns a view that lives as long as the document.
  std::string_view keep(std::string value) {
    return derived_strings.emplace_back(std::move(value));
  }
};

}  // namespace herald

#endif  // HERALD_DOCUMENT_H_
