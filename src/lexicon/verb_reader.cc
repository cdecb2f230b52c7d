// Verb dictionaries. PETRARCH (version 1):
//
//   &CURRENCY                           a synset; "&LABEL_" asks for no plurals
//   +DOLLAR                             its members, plurals added
//   --- ABANDON [345] ---               a verb block and its primary code
//   ABANDON                             a verb of the block, regular forms generated
//   BREAK {BROKE BROKEN} [1717]         listed forms replace the regular ones; own code
//   WIRE_+TAP {WIRE_+TAPPED}            multi-word verb, "+" on the verb word
//   - % * WITH $ [031:032]              a pattern of the block
//
// TABARI: no "---" blocks; each root "VERB [code]" is a block of its own, a "{ FORM_ FORM_ }"
// line below it lists irregular forms (added to the regular ones), synsets sit in <SYNSETS>,
// patterns may hold "{ a | b }" alternatives, and <TIME> and <ATTRIB> sections hold
// time-shift and attribution phrases written like verbs.
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "herald/inflection.h"
#include "lexicon/code_syntax.h"
#include "lexicon/line_reader.h"
#include "lexicon/pattern_syntax.h"
#include "lexicon/phrase_syntax.h"
#include "lexicon/read_context.h"

namespace herald::lexicon::detail {

namespace {

std::string upper_tag(std::string_view text) {
  std::string tag;
  for (const char c : text) {
    if (!is_blank(c)) tag.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  }
  return tag;
}

class VerbReader {
 public:
  explicit VerbReader(ReadContext& context)
      : cx_(context),
        t_(context.tables),
        rules_(phrase_rules(context.format, DictionaryKind::kVerbs)),
        patterns_(context.tables, context.tabari()) {
    synset_rules_ = rules_;
    if (!cx_.tabari()) synset_rules_.blanks_allow_gaps = false;  // PETRARCH: consecutive words
  }

  void read(std::string_view text) {
    LineReader lines(text, LineOptions{.slash_comments = cx_.tabari(), .finish_mark = true},
                     cx_.report);
    Line line;
    while (lines.next(line)) dispatch(line);
    close_synset();
    cx_.summary.lines = lines.physical_lines();
  }

 private:
  void dispatch(const Line& line) {
    const std::string_view t = line.text;
    if (t.front() == '<') return section_tag(line);
    if (t.front() == '&') return start_synset(line);
    if (t.front() == '+' && synset_) return synset_member(line);
    close_synset();
    if (!cx_.tabari() && t.starts_with("---")) return block_header(line);
    if (t.front() == '-') return pattern(line);
    if (t.front() == '~') {
      return cx_.report.error(line.at,
                              "PETRARCH-2 verb transformations (\"~ ...\") are not "
                              "supported; line skipped");
    }
    if (t.front() == '{') return forms_line(line);
    if (t.front() == '+' && cx_.tabari()) {
      return cx_.report.error(line.at, "synonym line \"+...\" outside a synset");
    }
    verb_line(line);
  }

  // ---- sections and synsets ---------------------------------------------------------------

  void section_tag(const Line& line) {
    const std::string tag = upper_tag(line.text);
    close_synset();
    block_ = std::nullopt;
    skipped_block_line_ = 0;
    if (tag == "<SYNSETS>" || tag == "<SYNSET>" || tag == "</SYNSETS>" || tag == "</SYNSET>") {
      return;
    }
    if (tag == "<TIME>") {
      section_ = VerbSection::kTime;
    } else if (tag == "<ATTRIB>" || tag == "<ATTRIBUTION>") {
      section_ = VerbSection::kAttribution;
    } else if (tag == "</TIME>" || tag == "</ATTRIB>" || tag == "</ATTRIBUTION>") {
      section_ = VerbSection::kVerbs;
    } else {
      cx_.report.warning(line.at, fmt::format("unknown section tag \"{}\" ignored", line.text));
    }
  }

  void start_synset(const Line& line) {
    close_synset();
    std::string_view name = line.text.substr(1);
    bool no_plurals = false;
    if (name.ends_with('_')) {
      no_plurals = true;
      name.remove_suffix(1);
    }
    bool valid = !name.empty();
    for (const char c : name) valid = valid && !is_blank(c) && c != '&' && c != '[' && c != '{';
    if (!valid) {
      cx_.report.error(line.at, fmt::format("invalid synset label \"{}\"; its members are "
                                            "skipped",
                                            line.text));
      skipping_synset_ = true;
      synset_ = std::nullopt;
      return;
    }
    skipping_synset_ = false;
    std::optional<uint32_t> previous;
    const uint32_t index = patterns_.define_synset(name, cx_.origin(line.at), previous);
    if (previous) {
      cx_.report.warning(line.at,
                         fmt::format("synset {} redefined (first at line {}); later "
                                     "patterns use this definition",
                                     t_.synsets[index].name, t_.synsets[*previous].origin.line));
    }
    synset_ = index;
    synset_no_plurals_ = no_plurals;
    synset_start_ = line.at;
    ++cx_.summary.synsets;
  }

  void close_synset() {
    if (synset_ && t_.synsets[*synset_].member_count == 0) {
      cx_.report.warning(synset_start_,
                         fmt::format("synset {} has no members", t_.synsets[*synset_].name));
    }
    synset_ = std::nullopt;
    skipping_synset_ = false;
  }

  void synset_member(const Line& line) {
    if (skipping_synset_) {
      cx_.report.error(line.at, "member of a skipped synset");
      return;
    }
    const std::vector<Token> tokens = lex_phrase(line.text.substr(1));
    Sequence sequence;
    std::string error;
    if (!patterns_.build(tokens, 0, tokens.size(), synset_rules_, /*in_pattern=*/false, *synset_,
                         sequence, error)) {
      cx_.report.error(line.at, fmt::format("synset member skipped: {}", error));
      return;
    }
    if (!cx_.tabari() && std::any_of(sequence.begin(), sequence.end(), [](const ElementDraft& e) {
          return e.kind != ElementKind::kWord && e.kind != ElementKind::kSynset;
        })) {
      cx_.report.error(line.at,
                       "synset member skipped: PETRARCH synsets hold only words and "
                       "synsets, not $ + % ^");
      return;
    }
    const Origin origin = cx_.origin(line.at);
    patterns_.add_member(*synset_, sequence, false, origin);
    const bool plural = !cx_.tabari() && !synset_no_plurals_ && !tokens.back().underscore_after &&
                        sequence.back().kind == ElementKind::kWord;
    if (plural) {
      std::string form = regular_plural(sequence.back().word);
      if (!form.empty()) {
        sequence.back().word = std::move(form);
        patterns_.add_member(*synset_, sequence, true, origin);
      }
    }
  }

  // ---- blocks, verbs and patterns ---------------------------------------------------------

  bool parse_code(std::string_view block, EventCode& code, std::string& error) {
    EventCodeText text;
    if (!parse_event_code(block, section_ == VerbSection::kTime, text, error)) return false;
    code = intern_event_code(text, t_);
    return true;
  }

  uint32_t new_block(std::string name, EventCode code, const Line& line) {
    VerbBlock block;
    block.name = std::move(name);
    block.code = code;
    block.section = section_;
    block.first_verb = static_cast<uint32_t>(t_.verbs.size());
    block.first_pattern = static_cast<uint32_t>(t_.patterns.size());
    block.origin = cx_.origin(line.at);
    t_.verb_blocks.push_back(std::move(block));
    ++cx_.summary.blocks;
    skipped_block_line_ = 0;
    block_ = static_cast<uint32_t>(t_.verb_blocks.size() - 1);
    return *block_;
  }

  void block_header(const Line& line) {
    std::string_view body = line.text;
    while (!body.empty() && body.front() == '-') body.remove_prefix(1);
    while (!body.empty() && (body.back() == '-' || is_blank(body.back()))) body.remove_suffix(1);
    LineParts parts;
    std::string error;
    EventCode code;
    if (split_line(body, parts, error) && !parts.braces &&
        (parts.blocks.empty() || parse_code(parts.blocks.front(), code, error))) {
      if (parts.blocks.size() > 1 || !parts.extra.empty()) {
        cx_.report.warning(line.at,
                           "only the first code of a block header is used; the rest "
                           "of the header is ignored");
      }
      new_block(std::string(parts.head), code, line);
      return;
    }
    if (parts.braces) error = "a {...} list in a block header";
    cx_.report.error(line.at, error + "; block skipped");
    block_ = std::nullopt;
    skipped_block_line_ = line.at.line;
  }

  // Whether a verb or pattern line has a block to go to; reports it if not.
  bool have_block(const Line& line, std::string_view what) {
    if (block_) return true;
    if (skipped_block_line_ != 0) {
      cx_.report.error(line.at, fmt::format("{} of the skipped {} of line {}", what,
                                            cx_.tabari() ? "verb" : "block", skipped_block_line_));
    } else {
      cx_.report.error(line.at,
                       fmt::format("{} before any {}", what,
                                   cx_.tabari() ? "verb" : "\"--- NAME [code] ---\" block"));
    }
    return false;
  }

  void verb_line(const Line& line) {
    LineParts parts;
    std::string error;
    PhraseDraft base;
    EventCode code;
    bool ok = split_line(line.text, parts, error);
    if (ok && parts.head.empty()) {
      error = "missing verb";
      ok = false;
    }
    if (ok && !parts.blocks.empty()) ok = parse_code(parts.blocks.front(), code, error);
    if (ok && parts.blocks.empty() && cx_.tabari()) {
      error = "verb has no code [...]";
      ok = false;
    }
    if (ok) ok = draft_phrase(parts.head, rules_, base, error);
    std::vector<PhraseDraft> listed;
    if (ok && parts.braces) ok = draft_forms(*parts.braces, listed, error);
    if (!ok) {
      cx_.report.error(
          line.at, error + (cx_.tabari() ? "; verb and its patterns skipped" : "; verb skipped"));
      if (cx_.tabari()) {
        block_ = std::nullopt;
        skipped_block_line_ = line.at.line;
      }
      return;
    }
    if (parts.blocks.size() > 1 || !parts.extra.empty()) {
      cx_.report.warning(line.at,
                         "only the first code of a verb is used; the rest of the line "
                         "is ignored");
    }
    if (cx_.tabari()) {
      new_block(std::string(parts.head), code, line);
    } else if (!have_block(line, "verb")) {
      return;
    }
    VerbBlock& block = t_.verb_blocks[*block_];
    Verb verb;
    verb.block = *block_;
    verb.code = parts.blocks.empty() ? block.code : code;
    verb.verb_word = base.verb_word < 0 ? 0 : static_cast<uint32_t>(base.verb_word);
    verb.origin = cx_.origin(line.at);
    verb.first_form = static_cast<uint32_t>(t_.verb_forms.size());
    const auto index = static_cast<uint32_t>(t_.verbs.size());
    verb.base = add_form(base, index, verb.verb_word, verb.origin, false);
    for (const PhraseDraft& form : listed) {
      add_form(form, index, form_verb_word(form, base.words.size(), verb.verb_word), verb.origin,
               false);
    }
    // Time-shift and attribution phrases are not verbs: they get no verb endings.
    const bool generate =
        section_ == VerbSection::kVerbs &&
        (cx_.tabari() ? !base.no_endings && !((base.stem_mask >> verb.verb_word) & 1u)
                      : !parts.braces);
    if (generate) add_regular_forms(base, index, verb.verb_word, verb.origin);
    verb.form_count = static_cast<uint32_t>(t_.verb_forms.size()) - verb.first_form;
    t_.verbs.push_back(verb);
    ++block.verb_count;
    ++cx_.summary.entries;
    last_verb_ = index;
  }

  // Listed forms: blank-separated phrases, each "_"-joined ("{+BROKE_DOWN +BROKEN_DOWN}").
  bool draft_forms(std::string_view text, std::vector<PhraseDraft>& forms, std::string& error) {
    const std::vector<Token> tokens = lex_phrase(text);
    size_t begin = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (i + 1 < tokens.size() && tokens[i].joined_to_next) continue;
      PhraseDraft form;
      if (!draft_phrase(std::span<const Token>(tokens).subspan(begin, i + 1 - begin), rules_, form,
                        error)) {
        error = "in the forms list: " + error;
        return false;
      }
      forms.push_back(std::move(form));
      begin = i + 1;
    }
    return true;
  }

  // A listed form's verb word: its own "+" mark, else the base's position when the form has as
  // many words as the base, else the first word.
  static uint32_t form_verb_word(const PhraseDraft& form, size_t base_size,
                                 uint32_t base_verb_word) {
    if (form.verb_word >= 0) return static_cast<uint32_t>(form.verb_word);
    return form.words.size() == base_size ? base_verb_word : 0;
  }

  Phrase add_form(const PhraseDraft& draft, uint32_t verb, uint32_t verb_word, Origin origin,
                  bool generated) {
    const Phrase phrase = commit_phrase(draft, t_);
    t_.verb_forms.push_back(VerbForm{phrase, verb, verb_word, generated, origin});
    ++cx_.summary.names;
    return phrase;
  }

  void add_regular_forms(const PhraseDraft& base, uint32_t verb, uint32_t verb_word,
                         Origin origin) {
    const VerbInflections forms = regular_verb_forms(base.words[verb_word]);
    auto add = [&](const std::string& word) {
      if (word.empty()) return;
      PhraseDraft variant = base;
      variant.words[verb_word] = word;
      add_form(variant, verb, verb_word, origin, true);
    };
    add(forms.third_person);
    for (const std::string& past : forms.past) add(past);
    for (const std::string& progressive : forms.progressive) add(progressive);
  }

  // TABARI "{ FORM_ FORM_ }" on the line after its root.
  void forms_line(const Line& line) {
    if (!cx_.tabari()) {
      cx_.report.error(line.at,
                       "a {...} forms list must follow its verb on the same line; "
                       "line skipped");
      return;
    }
    if (!block_ || !last_verb_ || t_.verbs[*last_verb_].block != *block_) {
      have_block(line, "forms list");
      if (block_) cx_.report.error(line.at, "forms list does not follow its verb");
      return;
    }
    LineParts parts;
    std::string error;
    std::vector<PhraseDraft> forms;
    Verb& verb = t_.verbs[*last_verb_];
    if (!split_line(line.text, parts, error) || !parts.braces ||
        !draft_forms(*parts.braces, forms, error)) {
      cx_.report.error(line.at, (error.empty() ? std::string("malformed forms list") : error) +
                                    "; line skipped");
      return;
    }
    if (!parts.blocks.empty() || !parts.extra.empty()) {
      cx_.report.warning(line.at, "text after the forms list ignored");
    }
    if (forms.empty()) {
      cx_.report.warning(line.at, "empty forms list");
      return;
    }
    for (const PhraseDraft& form : forms) {
      add_form(form, *last_verb_, form_verb_word(form, verb.base.size, verb.verb_word),
               cx_.origin(line.at), false);
      ++verb.form_count;
    }
  }

  void pattern(const Line& line) {
    const std::string_view body = trim(line.text.substr(1));
    const size_t open = body.rfind('[');
    const size_t close = open == std::string_view::npos ? open : body.find(']', open);
    std::string error;
    EventCode code;
    if (open == std::string_view::npos) {
      error = "pattern has no code [...]";
    } else if (close == std::string_view::npos) {
      error = "\"[\" is not closed with \"]\"";
    } else if (!cx_.tabari() &&
               body.substr(0, open).find_first_of("()") != std::string_view::npos) {
      error = "PETRARCH-2 prepositional-phrase syntax \"(...)\" is not supported";
    } else {
      parse_code(body.substr(open + 1, close - open - 1), code, error);
    }
    if (!error.empty()) {
      cx_.report.error(line.at, error + "; pattern skipped");
      return;
    }
    if (!have_block(line, "pattern")) return;
    if (!trim(body.substr(close + 1)).empty()) {
      cx_.report.warning(line.at, fmt::format("text after the pattern's code ignored: \"{}\"",
                                              trim(body.substr(close + 1))));
    }
    const std::vector<Token> tokens = lex_phrase(body.substr(0, open));
    Sequence sequence;
    if (!patterns_.build(tokens, 0, tokens.size(), rules_, true, UINT32_MAX, sequence, error)) {
      cx_.report.error(line.at, error + "; pattern skipped");
      return;
    }
    size_t verbs = 0;
    size_t verb_element = 0;
    for (size_t i = 0; i < sequence.size(); ++i) {
      if (sequence[i].kind == ElementKind::kVerb) {
        ++verbs;
        verb_element = i;
      }
    }
    if (verbs != 1) {
      cx_.report.error(line.at, fmt::format("pattern needs exactly one \"*\" for the verb, has "
                                            "{}; pattern skipped",
                                            verbs));
      return;
    }
    Pattern p;
    p.first_element = patterns_.commit(sequence, cx_.origin(line.at), p.literal_length);
    p.element_count = static_cast<uint32_t>(sequence.size());
    p.verb_element = static_cast<uint32_t>(verb_element);
    p.code = code;
    p.block = *block_;
    p.origin = cx_.origin(line.at);
    t_.patterns.push_back(p);
    ++t_.verb_blocks[*block_].pattern_count;
    ++cx_.summary.patterns;
  }

  ReadContext& cx_;
  DictionaryTables& t_;
  const PhraseRules rules_;
  PhraseRules synset_rules_;
  VerbSection section_ = VerbSection::kVerbs;
  std::optional<uint32_t> block_;
  uint32_t skipped_block_line_ = 0;  // the line of a block or TABARI verb that was skipped
  std::optional<uint32_t> last_verb_;
  std::optional<uint32_t> synset_;
  bool synset_no_plurals_ = false;
  bool skipping_synset_ = false;
  Position synset_start_;
  PatternBuilder patterns_;
};

}  // namespace

void read_verbs(std::string_view text, ReadContext& context) { VerbReader(context).read(text); }

}  // namespace herald::lexicon::detail
