#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <stdexcept>
#include <string_view>

#include "herald/diagnostic.h"
#include "herald/text.h"

namespace herald::syntax {

namespace {

struct Location {
  const std::string& path;
  uint64_t line;
  uint64_t byte_offset;
};

[[noreturn]] void fail(const Location& at, std::string message) {
  Diagnostic d;
  d.file = at.path;
  d.line = at.line;
  d.byte_offset = at.byte_offset;
  d.message = std::move(message);
  throw std::runtime_error(d.to_string());
}

bool parse_uint(std::string_view s, uint32_t& value) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && end == s.data() + s.size();
}

// A surface token of the sentence: a plain word, or a multiword token and its words.
struct Surface {
  std::string form;
  size_t first_word = 0;
  size_t word_count = 1;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Finds each surface token in the sentence text, in order, and gives its words code-point
// ranges. Tokens not found in the text stay unaligned.
void align_to_text(GoldSentence& sentence, const std::vector<Surface>& surfaces) {
  const std::string_view text = sentence.text;
  size_t cursor = 0;
  for (const Surface& surface : surfaces) {
    while (cursor < text.size() && is_space(text[cursor])) ++cursor;
    size_t at = text.compare(cursor, surface.form.size(), surface.form) == 0
                    ? cursor
                    : text.find(surface.form, cursor);
    if (surface.form.empty() || at == std::string_view::npos) continue;
    const uint32_t begin = text::count_code_points(text.substr(0, at));
    const uint32_t length = text::count_code_points(surface.form);
    cursor = at + surface.form.size();
    if (surface.word_count == 1) {
      GoldWord& w = sentence.words[surface.first_word];
      w.begin = begin;
      w.end = begin + length;
      w.aligned = true;
      continue;
    }
    std::string spelled;
    for (size_t i = 0; i < surface.word_count; ++i) spelled += sentence.words[surface.first_word + i].form;
    if (spelled != surface.form) continue;
    uint32_t word_begin = begin;
    for (size_t i = 0; i < surface.word_count; ++i) {
      GoldWord& w = sentence.words[surface.first_word + i];
      w.begin = word_begin;
      w.end = word_begin + text::count_code_points(w.form);
      w.aligned = true;
      word_begin = w.end;
    }
  }
}

}  // namespace

std::vector<GoldSentence> read_conllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": error: cannot open the file");

  std::vector<GoldSentence> sentences;
  GoldSentence current;
  std::vector<Surface> surfaces;
  uint32_t mwt_last = 0;  // last word ID covered by the open multiword token
  bool pending_document = false;
  bool pending_paragraph = false;

  auto finish = [&](const Location& at) {
    if (current.words.empty()) return;
    for (const GoldWord& w : current.words) {
      if (w.head > current.words.size()) fail(at, "HEAD points past the end of the sentence");
    }
    align_to_text(current, surfaces);
    sentences.push_back(std::move(current));
    current = GoldSentence();
    surfaces.clear();
    mwt_last = 0;
  };

  std::string line;
  uint64_t line_number = 0;
  uint64_t offset = 0;
  while (std::getline(in, line)) {
    ++line_number;
    const Location at{path, line_number, offset};
    offset += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish(at);
      continue;
    }
    if (line[0] == '#') {
      const std::string_view comment(line);
      if (comment.starts_with("# text = ")) current.text = line.substr(9);
      if (comment.starts_with("# newdoc")) pending_document = true;
      if (comment.starts_with("# newpar")) pending_paragraph = true;
      continue;
    }
    std::string_view fields[10];
    size_t count = 0;
    size_t start = 0;
    for (size_t i = 0; i <= line.size() && count < 10; ++i) {
      if (i == line.size() || line[i] == '\t') {
        fields[count++] = std::string_view(line).substr(start, i - start);
        start = i + 1;
      }
    }
    if (count != 10 || start <= line.size()) fail(at, "expected 10 tab-separated columns");
    const std::string_view id = fields[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node of the enhanced graph
    const size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      uint32_t first = 0;
      if (!parse_uint(id.substr(0, dash), first) || !parse_uint(id.substr(dash + 1), mwt_last) ||
          first != current.words.size() + 1 || mwt_last < first) {
        fail(at, "bad multiword token range '" + std::string(id) + "'");
      }
      surfaces.push_back({std::string(fields[1]), current.words.size(), mwt_last - first + 1});
      continue;
    }
    uint32_t number = 0;
    if (!parse_uint(id, number) || number != current.words.size() + 1) {
      fail(at, "word ID '" + std::string(id) + "' out of sequence");
    }
    if (current.words.empty()) {
      current.line = line_number;
      current.new_document = pending_document;
      current.new_paragraph = pending_paragraph || pending_document;
      pending_document = pending_paragraph = false;
    }
    GoldWord w;
    w.form = fields[1];
    w.lemma = fields[2];
    const auto upos = upos_from_name(fields[3]);
    if (!upos) fail(at, "unknown UPOS '" + std::string(fields[3]) + "'");
    w.upos = *upos;
    const auto xpos = xpos_from_name(fields[4]);
    w.xpos = xpos ? *xpos : static_cast<uint8_t>(kXposCount - 1);
    if (!parse_uint(fields[6], w.head)) fail(at, "bad HEAD '" + std::string(fields[6]) + "'");
    const auto deprel = deprel_from_name(fields[7]);
    if (!deprel) fail(at, "unknown DEPREL '" + std::string(fields[7]) + "'");
    w.deprel = *deprel;
    if (number > mwt_last) surfaces.push_back({w.form, current.words.size(), 1});
    current.words.push_back(std::move(w));
  }
  finish(Location{path, line_number, offset});
  return sentences;
}

}  // namespace herald::syntax
