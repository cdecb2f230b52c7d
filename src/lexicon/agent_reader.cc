// Agent dictionaries, PETRARCH and TABARI:
//
//   !PERSON! = MAN, MEN, WOMAN           a substitution set (PETRARCH)
//   PRESIDENT [~GOV]                     an agent; "~" before the code: added after the actor's
//   HUMAN_RIGHTS_BODY [NGO~]             "~" after the code: added before the actor's
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   listed plurals replace the regular one
//   POLICE {} [~COP]                     no plural
//   CONGRESS!PERSON! [~LEG]              one agent phrase per member of the set, no plurals
#include <fmt/format.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "herald/inflection.h"
#include "lexicon/code_syntax.h"
#include "lexicon/line_reader.h"
#include "lexicon/phrase_syntax.h"
#include "lexicon/read_context.h"

namespace herald::lexicon::detail {

namespace {

constexpr size_t kMaxExpansions = 256;

bool is_marker_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

class AgentReader {
 public:
  explicit AgentReader(ReadContext& context)
      : cx_(context), rules_(phrase_rules(context.format, DictionaryKind::kAgents)) {}

  void read(std::string_view text) {
    LineReader lines(text, LineOptions{.slash_comments = cx_.tabari(), .finish_mark = true},
                     cx_.report);
    Line line;
    while (lines.next(line)) {
      if (is_substitution_definition(line.text)) {
        define_substitution(line);
      } else {
        agent(line);
      }
    }
    cx_.summary.lines = lines.physical_lines();
  }

 private:
  static bool is_substitution_definition(std::string_view t) {
    if (t.size() < 3 || t.front() != '!') return false;
    const size_t close = t.find('!', 1);
    return close != std::string_view::npos && trim(t.substr(close + 1)).starts_with('=');
  }

  void define_substitution(const Line& line) {
    const std::string_view t = line.text;
    const size_t close = t.find('!', 1);
    const std::string_view name = t.substr(0, close + 1);
    for (const char c : name.substr(1, name.size() - 2)) {
      if (!is_marker_char(c)) {
        cx_.report.error(line.at, fmt::format("invalid substitution marker \"{}\"", name));
        return;
      }
    }
    if (name.size() < 3) {
      cx_.report.error(line.at, "empty substitution marker \"!!\"");
      return;
    }
    std::string_view list = trim(t.substr(close + 1));
    list.remove_prefix(1);  // "="
    std::vector<std::string> items;
    size_t begin = 0;
    while (begin <= list.size()) {
      const size_t comma = list.find(',', begin);
      const size_t end = comma == std::string_view::npos ? list.size() : comma;
      std::string item;
      for (const char c : list.substr(begin, end - begin)) {
        if (!is_blank(c)) item.push_back(c);
      }
      if (item.empty()) {
        cx_.report.error(line.at, fmt::format("substitution set {} has an empty member", name));
        return;
      }
      items.push_back(std::move(item));
      begin = end + 1;
    }
    const std::string key = fold_code(name);
    if (substitutions_.contains(key)) {
      cx_.report.warning(line.at, fmt::format("substitution set {} redefined", name));
    }
    substitutions_[key] = std::move(items);
  }

  // Expands every "!NAME!" in `text`; false (reported) on an undefined marker.
  bool expand(std::string_view text, const Line& line, std::vector<std::string>& out) {
    out.assign(1, std::string());
    size_t i = 0;
    while (i < text.size()) {
      const size_t open = text.find('!', i);
      const size_t close = open == std::string_view::npos ? open : text.find('!', open + 1);
      if (close == std::string_view::npos) {
        for (std::string& s : out) s.append(text.substr(i));
        break;
      }
      for (std::string& s : out) s.append(text.substr(i, open - i));
      const std::string key = fold_code(text.substr(open, close - open + 1));
      const auto set = substitutions_.find(key);
      if (set == substitutions_.end()) {
        cx_.report.error(line.at, fmt::format("undefined substitution set {}; agent skipped",
                                              text.substr(open, close - open + 1)));
        return false;
      }
      if (out.size() * set->second.size() > kMaxExpansions) {
        cx_.report.error(line.at, fmt::format("substitution sets expand to more than {} "
                                              "phrases; agent skipped",
                                              kMaxExpansions));
        return false;
      }
      std::vector<std::string> next;
      for (const std::string& prefix : out) {
        for (const std::string& item : set->second) next.push_back(prefix + item);
      }
      out = std::move(next);
      i = close + 1;
    }
    return true;
  }

  void agent(const Line& line) {
    LineParts parts;
    std::string error;
    if (!split_line(line.text, parts, error)) {
      cx_.report.error(line.at, error + "; agent skipped");
      return;
    }
    if (parts.blocks.empty()) {
      cx_.report.error(line.at, "agent has no code [~CODE] or [CODE~]; agent skipped");
      return;
    }
    if (parts.blocks.size() > 1 || !parts.extra.empty()) {
      cx_.report.warning(line.at,
                         "only the first code block of an agent is used; the rest of "
                         "the line is ignored");
    }
    Agent agent;
    std::string code;
    if (!parse_agent_code(parts.blocks.front(), code, agent.placement, error)) {
      cx_.report.error(line.at, error + "; agent skipped");
      return;
    }
    agent.code = cx_.tables.codes.intern(code);
    agent.origin = cx_.origin(line.at);

    const bool substituted = parts.head.find('!') != std::string_view::npos;
    std::vector<std::string> texts;
    if (!expand(parts.head, line, texts)) return;
    std::vector<PhraseDraft> drafts(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      if (!draft_phrase(texts[i], rules_, drafts[i], error)) {
        cx_.report.error(line.at, error + "; agent skipped");
        return;
      }
    }
    std::vector<PhraseDraft> listed_plurals;
    if (parts.braces) {
      const std::vector<Token> tokens = lex_phrase(*parts.braces);
      size_t begin = 0;
      for (size_t i = 0; i < tokens.size(); ++i) {
        const bool last_of_form = i + 1 == tokens.size() || !tokens[i].joined_to_next;
        if (!last_of_form) continue;
        PhraseDraft form;
        if (!draft_phrase(std::span<const Token>(tokens).subspan(begin, i + 1 - begin), rules_,
                          form, error)) {
          cx_.report.error(line.at, "in the plural list: " + error + "; agent skipped");
          return;
        }
        listed_plurals.push_back(std::move(form));
        begin = i + 1;
      }
    }

    DictionaryTables& t = cx_.tables;
    const auto index = static_cast<uint32_t>(t.agents.size());
    agent.first_name = static_cast<uint32_t>(t.agent_names.size());
    for (const PhraseDraft& draft : drafts) {
      add_name(draft, index, agent.origin, false);
      if (!substituted && !parts.braces) add_regular_plural(draft, index, agent.origin);
    }
    for (const PhraseDraft& plural : listed_plurals) add_name(plural, index, agent.origin, false);
    agent.name_count = static_cast<uint32_t>(t.agent_names.size()) - agent.first_name;
    t.agents.push_back(agent);
    ++cx_.summary.entries;
  }

  void add_name(const PhraseDraft& draft, uint32_t agent, Origin origin, bool generated) {
    cx_.tables.agent_names.push_back(
        AgentName{commit_phrase(draft, cx_.tables), agent, generated, origin});
    ++cx_.summary.names;
  }

  // PETRARCH forms the regular plural unless the phrase ends with "_"; TABARI unless the last
  // word is a stem (it matches the plural already) or ends with "=".
  void add_regular_plural(const PhraseDraft& draft, uint32_t agent, Origin origin) {
    const size_t last = draft.words.size() - 1;
    if (cx_.tabari() ? (draft.no_endings || ((draft.stem_mask >> last) & 1u))
                     : draft.trailing_underscore) {
      return;
    }
    std::string plural = regular_plural(draft.words[last]);
    if (plural.empty()) return;
    PhraseDraft variant = draft;
    variant.words[last] = std::move(plural);
    add_name(variant, agent, origin, true);
  }

  ReadContext& cx_;
  const PhraseRules rules_;
  std::unordered_map<std::string, std::vector<std::string>> substitutions_;
};

}  // namespace

void read_agents(std::string_view text, ReadContext& context) { AgentReader(context).read(text); }

}  // namespace herald::lexicon::detail
