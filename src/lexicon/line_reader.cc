#include "lexicon/line_reader.h"

#include <fmt/format.h>

namespace herald::lexicon::detail {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

bool is_end_mark(std::string_view text) {
  return starts_with_ignoring_case(text, "~~FINISH") || starts_with_ignoring_case(text, "~FINISH");
}

}  // namespace

void LineReader::strip_comments(std::string_view raw) {
  buffer_.clear();
  int bracket_depth = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (in_xml_comment_) {
      if (raw.compare(i, 3, "-->") == 0) {
        in_xml_comment_ = false;
        i += 2;
      }
      continue;
    }
    const char c = raw[i];
    if (c == '<' && raw.compare(i, 4, "<!--") == 0) {
      in_xml_comment_ = true;
      xml_comment_start_ = Position{line_number_, 0};
      i += 3;
      continue;
    }
    if (c == '[') ++bracket_depth;
    if (c == ']' && bracket_depth > 0) --bracket_depth;
    if ((c == '#' || c == ';') && bracket_depth == 0) return;
    buffer_.push_back(c);
  }
}

std::string_view LineReader::advance_line() {
  const size_t begin = cursor_;
  size_t end = find_any(source_, "\r\n", begin);
  if (end == std::string_view::npos) end = source_.size();
  cursor_ = end;
  if (cursor_ < source_.size() && source_[cursor_] == '\r') ++cursor_;
  if (cursor_ < source_.size() && source_[cursor_] == '\n') ++cursor_;
  ++line_number_;
  return source_.substr(begin, end - begin);
}

bool LineReader::next(Line& line) {
  while (!done_ && cursor_ < source_.size()) {
    const size_t begin = cursor_;
    const std::string_view raw = advance_line();
    const Position at{line_number_, begin};

    const bool was_in_comment = in_xml_comment_;
    strip_comments(raw);
    if (in_xml_comment_ && !was_in_comment) xml_comment_start_.offset = begin;

    const std::string_view content = buffer_;
    const std::string_view text = trim(content);
    if (text.empty()) continue;
    if (text.starts_with("<!")) continue;
    if (options_.slash_comments && text.front() == '/') continue;
    if (options_.finish_mark && is_end_mark(text)) {
      finish_at(at);
      return false;
    }
    line.at = at;
    line.text = text;
    line.indented = !raw.empty() && is_blank(raw.front());
    return true;
  }
  if (!done_) {
    done_ = true;
    if (in_xml_comment_) {
      report_.error(xml_comment_start_,
                    "comment opened with \"<!--\" is never closed with \"-->\"; everything "
                    "after it was ignored");
    }
  }
  return false;
}

void LineReader::finish_at(Position at) {
  done_ = true;
  uint32_t unread = 0;
  while (cursor_ < source_.size()) {
    if (!trim(advance_line()).empty()) ++unread;
  }
  if (unread > 0) {
    report_.warning(at, fmt::format("end mark ~~FINISH: the {} non-blank line{} after it {} not "
                                    "read",
                                    unread, unread == 1 ? "" : "s", unread == 1 ? "is" : "are"));
  }
}

}  // namespace herald::lexicon::detail
