#include "lexicon/matcher_fold.h"

#include <utf8proc.h>

#include "herald/lexicon.h"

namespace herald::lexicon::detail {
namespace {

// The options fold_word gives utf8proc_map.
constexpr auto kFoldOptions =
    static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE);
constexpr int32_t kRightSingleQuote = 0x2019;

}  // namespace

void WordFolder::append_folded(std::string_view word, std::string& out) {
  const size_t start = out.size();
  out.resize(start + word.size());
  char* to = out.data() + start;
  unsigned char high_bits = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    high_bits |= static_cast<unsigned char>(c);
    to[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  if (high_bits < 0x80) return;
  out.resize(start);
  out.append(fold(word));
}

std::string_view WordFolder::fold(std::string_view word) {
  bool ascii = true;
  for (const char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    out_.resize(word.size());
    for (size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      out_[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    return out_;
  }
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
  const auto length = static_cast<utf8proc_ssize_t>(word.size());
  if (code_points_.size() < word.size() + 1) code_points_.resize(word.size() + 1);
  // Room for the code points plus the NUL that utf8proc_reencode writes after its output.
  auto capacity = static_cast<utf8proc_ssize_t>(code_points_.size() - 1);
  utf8proc_ssize_t count =
      utf8proc_decompose(bytes, length, code_points_.data(), capacity, kFoldOptions);
  if (count > capacity) {
    code_points_.resize(static_cast<size_t>(count) + 1);
    capacity = count;
    count = utf8proc_decompose(bytes, length, code_points_.data(), capacity, kFoldOptions);
  }
  if (count < 0) {
    fold_word(word, out_);
    return out_;
  }
  // fold_word reads the typographic apostrophe as "'" before folding; neither composes with
  // anything, so replacing it after decomposition gives the same text.
  for (utf8proc_ssize_t i = 0; i < count; ++i) {
    if (code_points_[i] == kRightSingleQuote) code_points_[i] = '\'';
  }
  const utf8proc_ssize_t bytes_out = utf8proc_reencode(code_points_.data(), count, kFoldOptions);
  if (bytes_out < 0) {
    fold_word(word, out_);
    return out_;
  }
  return std::string_view(reinterpret_cast<const char*>(code_points_.data()),
                          static_cast<size_t>(bytes_out));
}

}  // namespace herald::lexicon::detail
