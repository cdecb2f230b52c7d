#include "lexicon/code_syntax.h"

#include <fmt/format.h>

#include "lexicon/line_reader.h"

namespace herald::lexicon::detail {

namespace {

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

std::string without_blanks(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (!is_blank(c)) out.push_back(c);
  }
  return out;
}

// "---", "- - -", "###", "+++": the special codes, which manuals print with spaces.
std::optional<std::string> special_code(std::string_view text) {
  const std::string compact = without_blanks(text);
  if (compact == "---" || compact == "###" || compact == "+++") return compact;
  return std::nullopt;
}

void append_extra(std::string& extra, std::string_view text) {
  text = trim(text);
  if (text.empty()) return;
  if (!extra.empty()) extra += ' ';
  extra += text;
}

}  // namespace

bool split_line(std::string_view line, LineParts& parts, std::string& error) {
  parts = LineParts{};
  size_t head_end = find_any(line, "[{");
  const size_t stray = find_any(line, "]}");
  if (stray != std::string_view::npos && (head_end == std::string_view::npos || stray < head_end)) {
    error = fmt::format("\"{}\" without an opening \"{}\"", line[stray],
                        line[stray] == ']' ? '[' : '{');
    return false;
  }
  if (head_end == std::string_view::npos) head_end = line.size();
  parts.head = trim(line.substr(0, head_end));
  size_t i = head_end;
  while (i < line.size()) {
    const char c = line[i];
    if (c == '[' || c == '{') {
      const char close = c == '[' ? ']' : '}';
      const size_t end = line.find(close, i + 1);
      const size_t nested = line.find(c, i + 1);
      if (end == std::string_view::npos) {
        error = fmt::format("\"{}\" is not closed with \"{}\"", c, close);
        return false;
      }
      if (nested != std::string_view::npos && nested < end) {
        error = fmt::format("\"{}\" opened again before \"{}\"", c, close);
        return false;
      }
      const std::string_view inside = line.substr(i + 1, end - i - 1);
      if (c == '[') {
        parts.blocks.push_back(inside);
      } else if (parts.braces) {
        error = "more than one {...} list";
        return false;
      } else {
        parts.braces = trim(inside);
      }
      i = end + 1;
      continue;
    }
    if (c == ']' || c == '}') {
      error = fmt::format("\"{}\" without an opening \"{}\"", c, c == ']' ? '[' : '{');
      return false;
    }
    const size_t next = find_any(line, "[{]}", i);
    const size_t stop = next == std::string_view::npos ? line.size() : next;
    append_extra(parts.extra, line.substr(i, stop - i));
    i = stop;
  }
  return true;
}

std::optional<std::string> check_code(std::string_view code, bool underscores) {
  if (auto special = special_code(code)) return special;
  if (code.empty()) return std::nullopt;
  for (const char c : code) {
    if (!is_alnum(c) && !(underscores && c == '_')) return std::nullopt;
  }
  return fold_code(code);
}

bool parse_actor_code_block(std::string_view block, ActorCodeBlock& out, std::string& error) {
  out = ActorCodeBlock{};
  block = trim(block);
  if (block.empty()) {
    error = "empty code block \"[]\"";
    return false;
  }
  if (auto special = special_code(block)) {
    out.codes.push_back(*special);
    return true;
  }
  size_t code_end = 0;
  while (code_end < block.size() && !is_blank(block[code_end]) && block[code_end] != '<' &&
         block[code_end] != '>') {
    ++code_end;
  }
  const std::string_view code_text = block.substr(0, code_end);
  if (code_text.empty()) {
    error = fmt::format("code block \"[{}]\" has a date restriction but no code", block);
    return false;
  }
  size_t part_begin = 0;
  while (true) {
    const size_t slash = code_text.find('/', part_begin);
    const std::string_view part = code_text.substr(
        part_begin, slash == std::string_view::npos ? std::string_view::npos : slash - part_begin);
    const std::optional<std::string> code = check_code(part);
    if (!code) {
      error = fmt::format(
          "invalid code \"{}\" in \"[{}]\": a code is letters and digits (several joined by "
          "\"/\"), or ---, ### or +++, and a date restriction follows it after a blank",
          part, block);
      return false;
    }
    out.codes.push_back(*code);
    if (slash == std::string_view::npos) break;
    part_begin = slash + 1;
  }
  if (out.codes.size() > 1) {
    for (const std::string& code : out.codes) {
      if (special_code(code)) {
        error = fmt::format("special code {} cannot be part of a compound code in \"[{}]\"", code,
                            block);
        return false;
      }
    }
  }
  const std::string restriction = without_blanks(block.substr(code_end));
  if (restriction.empty()) return true;
  auto date = [&](std::string_view digits, Day& day) {
    if (auto parsed = parse_dictionary_date(digits)) {
      day = *parsed;
      return true;
    }
    error =
        fmt::format("invalid date \"{}\" in \"[{}]\" (expected YYYYMMDD or YYMMDD)", digits, block);
    return false;
  };
  DateRange range;
  if (restriction[0] == '<') {
    if (!date(std::string_view(restriction).substr(1), range.last)) return false;
  } else if (restriction[0] == '>') {
    if (!date(std::string_view(restriction).substr(1), range.first)) return false;
  } else {
    const size_t dash = restriction.find('-');
    if (dash == std::string::npos) {
      error = fmt::format(
          "date restriction in \"[{}]\" is not \"<date\", \">date\" or \"date-date\"", block);
      return false;
    }
    const std::string_view text = restriction;
    if (!date(text.substr(0, dash), range.first) || !date(text.substr(dash + 1), range.last)) {
      return false;
    }
    if (range.last < range.first) {
      error = fmt::format("date range in \"[{}]\" ends before it begins", block);
      return false;
    }
  }
  out.valid = range;
  return true;
}

bool parse_agent_code(std::string_view block, std::string& code, AgentPlacement& placement,
                      std::string& error) {
  const std::string compact = without_blanks(block);
  const bool leading = !compact.empty() && compact.front() == '~';
  const bool trailing = compact.size() > 1 && compact.back() == '~';
  if (leading == trailing) {
    error = fmt::format(
        "agent code \"[{}]\" needs one \"~\", before the code (added after the actor's code) "
        "or after it (added before)",
        trim(block));
    return false;
  }
  const std::string_view bare =
      std::string_view(compact).substr(leading ? 1 : 0, compact.size() - 1);
  const std::optional<std::string> checked = check_code(bare);
  if (!checked || bare.find_first_of("-#+") != std::string_view::npos) {
    error = fmt::format("invalid agent code \"[{}]\": letters and digits expected", trim(block));
    return false;
  }
  code = *checked;
  placement = leading ? AgentPlacement::kAfterActor : AgentPlacement::kBeforeActor;
  return true;
}

bool parse_event_code(std::string_view block, bool day_shift, EventCodeText& out,
                      std::string& error) {
  out = EventCodeText{};
  const std::string_view text = trim(block);
  if (auto special = special_code(text)) {
    out.code = *special;
    return true;
  }
  if (day_shift) {
    const std::string compact = without_blanks(text);
    bool digits = compact.size() > 1 && (compact[0] == '+' || compact[0] == '-');
    for (size_t i = 1; digits && i < compact.size(); ++i)
      digits = compact[i] >= '0' && compact[i] <= '9';
    if (digits) {
      out.code = compact;
      return true;
    }
  }
  const size_t colon = text.find(':');
  if (colon != std::string_view::npos && text.find(':', colon + 1) != std::string_view::npos) {
    error = fmt::format("event code \"[{}]\" has more than two parts", text);
    return false;
  }
  auto part = [&](std::string_view raw, std::string& code) {
    raw = trim(raw);
    while (!raw.empty() && (raw.back() == '?' || raw.back() == '!')) {
      (raw.back() == '?' ? out.subordinate : out.dominant) = true;
      raw.remove_suffix(1);
    }
    const std::optional<std::string> checked = check_code(raw);
    if (!checked) {
      error = fmt::format(
          "invalid event code \"[{}]\": letters and digits expected, or ---, "
          "### or +++",
          text);
      return false;
    }
    code = *checked;
    return true;
  };
  if (colon == std::string_view::npos) return part(text, out.code);
  return part(text.substr(0, colon), out.code) && part(text.substr(colon + 1), out.paired);
}

CodeList intern_codes(const std::vector<std::string>& codes, DictionaryTables& tables) {
  CodeList list;
  list.first = static_cast<uint32_t>(tables.code_pool.size());
  list.size = static_cast<uint32_t>(codes.size());
  for (const std::string& code : codes) tables.code_pool.push_back(tables.codes.intern(code));
  return list;
}

EventCode intern_event_code(const EventCodeText& text, DictionaryTables& tables) {
  EventCode code;
  code.code = tables.codes.intern(text.code);
  if (!text.paired.empty()) code.paired = tables.codes.intern(text.paired);
  code.subordinate = text.subordinate;
  code.dominant = text.dominant;
  return code;
}

}  // namespace herald::lexicon::detail
