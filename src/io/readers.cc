#include "io/readers.h"

#include <algorithm>

namespace herald::io {

std::string_view base_name(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view trim(std::string_view s) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

LineIndex::LineIndex(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') newlines_.push_back(i);
  }
}

uint64_t LineIndex::line_at(ptrdiff_t offset) const {
  if (offset < 0) return 0;
  return 1 + (std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<size_t>(offset)) -
              newlines_.begin());
}

}  // namespace herald::io
