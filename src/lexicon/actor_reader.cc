// Actor dictionaries, PETRARCH and TABARI:
//
//   PHRASE [CODE] [CODE <date] ...     an actor, with codes on its line (TABARI style) ...
//   +SYNONYM                           ... synonyms of the actor above ...
//   \t[CODE date-date]                 ... and code blocks on lines of their own
//   <NOUN> ... </NOUN>                 TABARI lists of nouns and adjectives, without codes
//   <ADJECTIVE> ... </ADJECTIVE>
//
// A bad code block or date skips the whole actor (as TABARI does), since an actor with some
// of its codes would code some dates wrongly.
#include <fmt/format.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "herald/inflection.h"
#include "lexicon/code_syntax.h"
#include "lexicon/line_reader.h"
#include "lexicon/phrase_syntax.h"
#include "lexicon/read_context.h"

namespace herald::lexicon::detail {

namespace {

enum class WordList : uint8_t { kNone, kNouns, kAdjectives };

class ActorReader {
 public:
  explicit ActorReader(ReadContext& context)
      : cx_(context), rules_(phrase_rules(context.format, DictionaryKind::kActors)) {}

  void read(std::string_view text) {
    LineReader lines(text, LineOptions{.slash_comments = cx_.tabari(), .finish_mark = true},
                     cx_.report);
    Line line;
    while (lines.next(line)) {
      const std::string_view t = line.text;
      if (t.front() == '<') {
        section_tag(line);
      } else if (list_ != WordList::kNone) {
        list_entry(line);
      } else if (t.front() == '[') {
        continuation_codes(line);
      } else if (t.front() == '+') {
        synonym(line);
      } else {
        flush();
        start_actor(line);
      }
    }
    flush();
    if (list_ != WordList::kNone) {
      cx_.report.warning(list_start_,
                         "list opened here is never closed (missing </NOUN> or "
                         "</ADJECTIVE>); it runs to the end of the file");
    }
    cx_.summary.lines = lines.physical_lines();
  }

 private:
  struct NameDraft {
    PhraseDraft phrase;
    Position at;
  };
  struct CodeDraft {
    ActorCodeBlock block;
    Position at;
  };
  struct ActorDraft {
    Position at;
    std::vector<NameDraft> names;
    std::vector<CodeDraft> codes;
    bool failed = false;
  };

  void section_tag(const Line& line) {
    std::string tag;
    for (const char c : line.text) {
      if (c != ' ' && c != '\t')
        tag.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    }
    flush();
    if (tag == "<NOUN>" || tag == "<NOUNS>" || tag == "<ADJECTIVE>" || tag == "<ADJECTIVES>") {
      if (list_ != WordList::kNone) {
        cx_.report.warning(line.at, fmt::format("{} opens a list inside another list", line.text));
      }
      list_ = tag.starts_with("<NOUN") ? WordList::kNouns : WordList::kAdjectives;
      list_start_ = line.at;
    } else if (tag == "</NOUN>" || tag == "</NOUNS>" || tag == "</ADJECTIVE>" ||
               tag == "</ADJECTIVES>") {
      if (list_ == WordList::kNone) {
        cx_.report.warning(line.at, fmt::format("{} closes a list that was not opened", line.text));
      }
      list_ = WordList::kNone;
    } else {
      cx_.report.warning(line.at, fmt::format("unknown section tag \"{}\" ignored", line.text));
    }
  }

  void list_entry(const Line& line) {
    LineParts parts;
    std::string error;
    if (!split_line(line.text, parts, error)) {
      cx_.report.error(line.at, error);
      return;
    }
    if (!parts.blocks.empty() || parts.braces) {
      cx_.report.warning(line.at, "codes in a <NOUN> or <ADJECTIVE> list are ignored");
    }
    PhraseDraft draft;
    if (!draft_phrase(parts.head, rules_, draft, error)) {
      cx_.report.error(line.at, error);
      return;
    }
    const Phrase phrase = commit_phrase(draft, cx_.tables);
    (list_ == WordList::kNouns ? cx_.tables.tabari_nouns : cx_.tables.tabari_adjectives)
        .push_back(phrase);
    ++cx_.summary.names;
  }

  // Adds the code blocks of a line to the open actor; false (reported) if one is bad.
  bool add_code_blocks(const LineParts& parts, Position at) {
    for (const std::string_view block : parts.blocks) {
      CodeDraft code;
      code.at = at;
      std::string error;
      if (!parse_actor_code_block(block, code.block, error)) {
        fail(at, error);
        return false;
      }
      current_->codes.push_back(std::move(code));
    }
    return true;
  }

  // Reports the problem and drops the open actor.
  void fail(Position at, const std::string& message) {
    if (current_->at.line == at.line) {
      cx_.report.error(at, message + "; actor skipped");
    } else {
      cx_.report.error(
          at, fmt::format("{}; the actor of line {} is skipped", message, current_->at.line));
    }
    current_->failed = true;
  }

  bool split_or_fail(const Line& line, LineParts& parts) {
    std::string error;
    if (split_line(line.text, parts, error)) {
      if (parts.braces) {
        fail(line.at, "a {...} list is not part of the actor format");
        return false;
      }
      if (!parts.extra.empty()) {
        cx_.report.warning(line.at,
                           fmt::format("text after the code ignored: \"{}\"", parts.extra));
      }
      return true;
    }
    fail(line.at, error);
    return false;
  }

  bool open_actor_for(const Line& line, std::string_view what) {
    if (!current_) {
      cx_.report.error(line.at, fmt::format("{} before any actor", what));
      return false;
    }
    if (current_->failed) {
      cx_.report.error(line.at,
                       fmt::format("{} of the skipped actor of line {}", what, current_->at.line));
      return false;
    }
    return true;
  }

  void continuation_codes(const Line& line) {
    if (!open_actor_for(line, "code line")) return;
    LineParts parts;
    if (!split_or_fail(line, parts)) return;
    add_code_blocks(parts, line.at);
  }

  void synonym(const Line& line) {
    if (!open_actor_for(line, "synonym")) return;
    LineParts parts;
    if (!split_or_fail(line, parts)) return;
    NameDraft name;
    name.at = line.at;
    std::string error;
    if (!draft_phrase(parts.head.substr(1), rules_, name.phrase, error)) {
      fail(line.at, error);
      return;
    }
    current_->names.push_back(std::move(name));
    if (!parts.blocks.empty()) {
      cx_.report.warning(line.at, "codes on a synonym line apply to the whole actor");
      add_code_blocks(parts, line.at);
    }
  }

  void start_actor(const Line& line) {
    current_.emplace();
    current_->at = line.at;
    LineParts parts;
    if (!split_or_fail(line, parts)) return;
    NameDraft name;
    name.at = line.at;
    std::string error;
    if (!draft_phrase(parts.head, rules_, name.phrase, error)) {
      fail(line.at, error);
      return;
    }
    current_->names.push_back(std::move(name));
    add_code_blocks(parts, line.at);
  }

  // Commits the open actor, unless it failed.
  void flush() {
    if (!current_) return;
    ActorDraft draft = std::move(*current_);
    current_.reset();
    if (draft.failed) return;
    DictionaryTables& t = cx_.tables;
    Actor actor;
    actor.origin = cx_.origin(draft.at);
    actor.first_dated = static_cast<uint32_t>(t.dated_codes.size());
    bool has_default = false;
    for (const CodeDraft& code : draft.codes) {
      if (!code.block.valid) {
        if (has_default) {
          cx_.report.warning(code.at,
                             "second undated code ignored: the first undated code is "
                             "the actor's default");
          continue;
        }
        actor.default_codes = intern_codes(code.block.codes, t);
        has_default = true;
        continue;
      }
      t.dated_codes.push_back(DatedCodes{*code.block.valid, intern_codes(code.block.codes, t)});
      ++actor.dated_count;
    }
    cx_.summary.codes += static_cast<uint32_t>(draft.codes.size());
    if (draft.codes.empty()) {
      cx_.report.warning(draft.at, "actor has no code; it codes as the null code [---]");
    }
    const auto index = static_cast<uint32_t>(t.actors.size());
    actor.first_name = static_cast<uint32_t>(t.actor_names.size());
    for (const NameDraft& name : draft.names) {
      add_name(name.phrase, index, cx_.origin(name.at), false);
      if (cx_.tabari()) add_tabari_plural(name.phrase, index, cx_.origin(name.at));
    }
    actor.name_count = static_cast<uint32_t>(t.actor_names.size()) - actor.first_name;
    actor.primary = t.actor_names[actor.first_name].phrase;
    t.actors.push_back(actor);
    ++cx_.summary.entries;
  }

  void add_name(const PhraseDraft& phrase, uint32_t actor, Origin origin, bool generated) {
    cx_.tables.actor_names.push_back(
        ActorName{commit_phrase(phrase, cx_.tables), actor, generated, origin});
    ++cx_.summary.names;
  }

  // TABARI recognizes a regular plural on the last word of an actor unless the word is a
  // stem (which matches it anyway) or ends with "=".
  void add_tabari_plural(const PhraseDraft& phrase, uint32_t actor, Origin origin) {
    const size_t last = phrase.words.size() - 1;
    if (phrase.no_endings || ((phrase.stem_mask >> last) & 1u)) return;
    std::string plural = regular_plural(phrase.words[last]);
    if (plural.empty()) return;
    PhraseDraft variant = phrase;
    variant.words[last] = std::move(plural);
    add_name(variant, actor, origin, true);
  }

  ReadContext& cx_;
  const PhraseRules rules_;
  std::optional<ActorDraft> current_;
  WordList list_ = WordList::kNone;
  Position list_start_;
};

}  // namespace

void read_actors(std::string_view text, ReadContext& context) { ActorReader(context).read(text); }

}  // namespace herald::lexicon::detail
