// Internal: the bracketed parts of dictionary lines — code blocks "[...]" and form lists
// "{...}" — and the codes inside them.
#ifndef HERALD_SRC_LEXICON_CODE_SYNTAX_H_
#define HERALD_SRC_LEXICON_CODE_SYNTAX_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "herald/dictionaries.h"

namespace herald::lexicon::detail {

// A line cut around its "{...}" list and "[...]" blocks:
//   "BAN {BANS BANNED} [191]" -> head "BAN", braces "BANS BANNED", blocks {"191"}.
struct LineParts {
  std::string_view head;                   // the text before the first "{" or "["
  std::optional<std::string_view> braces;  // the contents of "{...}", if present
  std::vector<std::string_view> blocks;    // the contents of each "[...]", in order
  std::string extra;                       // other text after the head, for a warning
};

// False with `error` set when a "[" or "{" is not closed, or a "]" or "}" not opened.
bool split_line(std::string_view line, LineParts& parts, std::string& error);

// A code block of an actor dictionary: "USAGOV", "ELR/GAL", "---", "HOB <950601",
// "HOBGOV 19950601 - 19990815", "HOBREB > 990816".
struct ActorCodeBlock {
  std::vector<std::string> codes;  // folded; one per "/"-separated part
  std::optional<DateRange> valid;  // none for an undated (default) code
};
bool parse_actor_code_block(std::string_view block, ActorCodeBlock& out, std::string& error);

// An agent code: "~GOV" (after the actor's code) or "NGO~" (before it); blanks ignored.
bool parse_agent_code(std::string_view block, std::string& code, AgentPlacement& placement,
                      std::string& error);

// An event code: "042", "031:032", "023?", "111!", "---", "- - -", "###", "+++"; with
// `day_shift`, also TABARI time shifts "+7" and "-30".
struct EventCodeText {
  std::string code;
  std::string paired;  // empty unless a pair
  bool subordinate = false;
  bool dominant = false;
};
bool parse_event_code(std::string_view block, bool day_shift, EventCodeText& out,
                      std::string& error);

// Checks a plain code: letters and digits (and "_" when `underscores` is set, as issue codes
// such as ID_ATROCITY have), or one of the special codes ---, ### and +++. Returns it folded.
std::optional<std::string> check_code(std::string_view code, bool underscores = false);

// Interns the codes (folded already) and returns them as a list in the code pool.
CodeList intern_codes(const std::vector<std::string>& codes, DictionaryTables& tables);
EventCode intern_event_code(const EventCodeText& text, DictionaryTables& tables);

}  // namespace herald::lexicon::detail

#endif  // HERALD_SRC_LEXICON_CODE_SYNTAX_H_
