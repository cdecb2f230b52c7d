// herald — segment(): tokens and sentences with byte and code-point offsets.
#include <cstdint>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "herald/text.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace herald::text {
namespace {

// Converts increasing byte offsets to code-point offsets in one pass over the text.
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view text)
      : text_(text), all_ascii_(count_code_points(text) == text.size()) {}

  uint32_t at(uint32_t byte_offset) {
    if (all_ascii_) return byte_offset;
    code_points_ += count_code_points(text_.substr(byte_offset_, byte_offset - byte_offset_));
    byte_offset_ = byte_offset;
    return code_points_;
  }

 private:
  std::string_view text_;
  bool all_ascii_;
  uint32_t byte_offset_ = 0;
  uint32_t code_points_ = 0;
};

// Average bytes per token in English news, whitespace included; used only to reserve.
constexpr size_t kBytesPerTokenEstimate = 5;

}  // namespace

void segment(Document& doc) {
  // Token views must survive moving the Document, and a short string kept inside the
  // std::string object itself (the small-string buffer) would move; on the heap it stays put.
  doc.text.reserve(sizeof(std::string));
  const std::string_view text = doc.text;
  if (text.size() >= UINT32_MAX) {
    throw std::length_error("herald::text::segment: story " + doc.id + " is " +
                            std::to_string(text.size()) +
                            " bytes long; offsets are 32-bit, so stories must be under 4 GiB");
  }
  // Scratch space reused across calls, so segmenting a stream of stories allocates only when
  // a story is bigger than any before it.
  thread_local std::vector<TokenInfo> infos;
  thread_local std::vector<TokenRange> ranges;
  infos.clear();
  ranges.clear();
  infos.reserve(text.size() / kBytesPerTokenEstimate + 16);
  tokenize(text, infos);
  split_sentences(text, infos, ranges);

  doc.tokens.clear();
  doc.tokens.reserve(infos.size());
  CodePointCursor cursor(text);
  for (const TokenInfo& info : infos) {
    Token& token = doc.tokens.emplace_back();
    token.text = text.substr(info.begin, info.end - info.begin);
    token.byte_begin = info.begin;
    token.byte_end = info.end;
    token.span.begin = cursor.at(info.begin);
    token.span.end = cursor.at(info.end);
    token.space_after = info.space_after;
  }

  doc.sentences.clear();
  doc.sentences.reserve(ranges.size());
  for (const TokenRange& range : ranges) {
    const Token& first = doc.tokens[range.begin];
    const Token& last = doc.tokens[range.end - 1];
    doc.sentences.push_back(Sentence{.token_begin = range.begin,
                                     .token_end = range.end,
                                     .byte_begin = first.byte_begin,
                                     .byte_end = last.byte_end,
                                     .span = {first.span.begin, last.span.end}});
  }
}

}  // namespace herald::text
