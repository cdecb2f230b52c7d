// Internal: the lines of a dictionary, with comments removed.
//
// Both formats share their comment rules, so one reader serves all dictionaries:
//   - "<!-- ... -->" is a comment, possibly over several lines (PETRARCH headers);
//   - a line whose text begins with "<!" is a comment ("<! -- NEW ACTORS -->");
//   - "#" and ";" start a comment running to the end of the line, except inside [...],
//     where "#" is part of the discard code "[###]";
//   - TABARI only: a line beginning with "/" is a comment;
//   - TABARI's end mark "~~FINISH" (or "~FINISH") ends the file; the lines after it are
//     counted and reported, not read.
// Blank lines and lines left empty are skipped. Line ends may be LF, CRLF or CR; a UTF-8
// byte-order mark at the start is skipped.
#ifndef HERALD_SRC_LEXICON_LINE_READER_H_
#define HERALD_SRC_LEXICON_LINE_READER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon/read_context.h"

namespace herald::lexicon::detail {

struct Line {
  Position at;            // the line's number and the offset of its first byte
  std::string_view text;  // comment-free, without leading and trailing blanks
  bool indented = false;  // the line began with a blank or a tab
};

struct LineOptions {
  bool slash_comments = false;  // TABARI
  bool finish_mark = true;      // off for issues files, where "~~" begins an ignore phrase
};

class LineReader {
 public:
  LineReader(std::string_view source, LineOptions options, Reporter& report)
      : source_(source), options_(options), report_(report) {
    if (source_.starts_with("\xEF\xBB\xBF")) cursor_ = 3;
  }

  // The next line with content; false at the end of the source or at the end mark.
  bool next(Line& line);

  // Physical lines seen so far (all of them once next() has returned false).
  uint32_t physical_lines() const { return line_number_; }

 private:
  // Copies the raw line into buffer_ without comments; tracks multi-line comments.
  void strip_comments(std::string_view raw);
  void finish_at(Position at);
  // The next raw line without its line break ("\n", "\r\n" or "\r"), counting it; the cursor
  // moves past the break.
  std::string_view advance_line();

  std::string_view source_;
  LineOptions options_;
  Reporter& report_;
  size_t cursor_ = 0;
  uint32_t line_number_ = 0;
  bool done_ = false;
  bool in_xml_comment_ = false;
  Position xml_comment_start_;
  std::string buffer_;
};

bool is_blank(char c);
std::string_view trim(std::string_view s);

// The first position at or after `from` holding one of the characters of `set`, or npos.
// (std::string_view::find_first_of searches the set once per character, which is slow.)
template <size_t N>
size_t find_any(std::string_view s, const char (&set)[N], size_t from = 0) {
  for (size_t i = from; i < s.size(); ++i) {
    for (size_t k = 0; k + 1 < N; ++k) {
      if (s[i] == set[k]) return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace herald::lexicon::detail

#endif  // HERALD_SRC_LEXICON_LINE_READER_H_
