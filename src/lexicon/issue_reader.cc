// Issue lists (PETRARCH):
//
//   <ISSUE CATEGORY="ID_ATROCITY"> ... </ISSUE>   grouping tags, no meaning for matching
//   ethnic n:purge [ID_ATROCITY]                  "n:" adds the plural of the next word
//   v:massacre [ID_ATROCITY]                      "v:" adds its regular verb forms
//   al+zarqawi network [NAMED_TERROR_GROUP]       "+" joins with a blank or a hyphen
//   ~Saturday Night massacre                      phrases that cancel issue coding
//   ~~Armenian genocide
#include <fmt/format.h>

#include <string>
#include <vector>

#include "herald/inflection.h"
#include "lexicon/code_syntax.h"
#include "lexicon/line_reader.h"
#include "lexicon/phrase_syntax.h"
#include "lexicon/read_context.h"

namespace herald::lexicon::detail {

namespace {

constexpr size_t kMaxVariants = 64;

// The phrase texts `text` stands for, the plain reading first; false when they are too many.
bool expand_issue(std::string_view text, std::vector<std::string>& variants) {
  variants.assign(1, std::string());
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (is_blank(text[i]) || text[i] == '_')) ++i;
    if (i == text.size()) break;
    size_t end = i;
    while (end < text.size() && !is_blank(text[end]) && text[end] != '_') ++end;
    std::string_view chunk = text.substr(i, end - i);
    i = end;
    std::vector<std::string> forms;
    if ((chunk.starts_with("n:") || chunk.starts_with("N:")) && chunk.size() > 2) {
      const std::string word = fold_word(chunk.substr(2));
      forms.push_back(word);
      if (std::string plural = regular_plural(word); !plural.empty()) forms.push_back(plural);
    } else if ((chunk.starts_with("v:") || chunk.starts_with("V:")) && chunk.size() > 2) {
      const std::string word = fold_word(chunk.substr(2));
      forms.push_back(word);
      const VerbInflections inflections = regular_verb_forms(word);
      if (!inflections.third_person.empty()) forms.push_back(inflections.third_person);
      for (const std::string& f : inflections.past) forms.push_back(f);
      for (const std::string& f : inflections.progressive) forms.push_back(f);
    } else if (chunk.find('+') != std::string_view::npos && chunk.size() > 1) {
      std::string spaced(chunk);
      std::string hyphenated(chunk);
      for (char& c : spaced) c = c == '+' ? ' ' : c;
      for (char& c : hyphenated) c = c == '+' ? '-' : c;
      forms.push_back(spaced);
      forms.push_back(hyphenated);
    } else {
      forms.emplace_back(chunk);
    }
    if (variants.size() * forms.size() > kMaxVariants) return false;
    std::vector<std::string> next;
    for (const std::string& prefix : variants) {
      for (const std::string& form : forms) {
        next.push_back(prefix.empty() ? form : prefix + " " + form);
      }
    }
    variants = std::move(next);
  }
  return true;
}

}  // namespace

void read_issues(std::string_view text, ReadContext& context) {
  const PhraseRules rules = phrase_rules(context.format, DictionaryKind::kIssues);
  LineReader lines(text, LineOptions{.slash_comments = false, .finish_mark = false},
                   context.report);
  DictionaryTables& t = context.tables;
  Line line;
  std::string error;
  std::vector<std::string> variants;
  while (lines.next(line)) {
    std::string_view s = line.text;
    if (s.front() == '<') {
      std::string tag;
      for (const char c : s.substr(0, 7))
        tag.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
      if (!tag.starts_with("<ISSUE") && !tag.starts_with("</ISSUE")) {
        context.report.warning(line.at, fmt::format("unknown tag \"{}\" ignored", s));
      }
      continue;
    }
    if (s.front() == '~') {
      IssueIgnore ignore;
      ignore.double_tilde = s.starts_with("~~");
      s.remove_prefix(ignore.double_tilde ? 2 : 1);
      PhraseDraft draft;
      if (!draft_phrase(s, rules, draft, error)) {
        context.report.error(line.at, error + "; ignore phrase skipped");
        continue;
      }
      ignore.phrase = commit_phrase(draft, t);
      ignore.origin = context.origin(line.at);
      t.issue_ignores.push_back(ignore);
      ++context.summary.names;
      continue;
    }
    LineParts parts;
    if (!split_line(s, parts, error)) {
      context.report.error(line.at, error + "; issue skipped");
      continue;
    }
    if (parts.blocks.size() != 1) {
      context.report.error(line.at, parts.blocks.empty()
                                        ? "issue has no code [CODE]; issue skipped"
                                        : "issue has more than one code; issue skipped");
      continue;
    }
    const std::optional<std::string> code = check_code(trim(parts.blocks.front()), true);
    if (!code) {
      context.report.error(
          line.at, fmt::format("invalid issue code \"[{}]\"; issue skipped", parts.blocks.front()));
      continue;
    }
    if (parts.braces || !parts.extra.empty()) {
      context.report.warning(line.at, "text after the issue's code ignored");
    }
    if (!expand_issue(parts.head, variants)) {
      context.report.error(line.at, fmt::format("issue expands to more than {} phrases; issue "
                                                "skipped",
                                                kMaxVariants));
      continue;
    }
    std::vector<PhraseDraft> drafts(variants.size());
    bool ok = !variants.front().empty();
    if (!ok) error = "missing phrase";
    for (size_t i = 0; ok && i < variants.size(); ++i)
      ok = draft_phrase(variants[i], rules, drafts[i], error);
    if (!ok) {
      context.report.error(line.at, error + "; issue skipped");
      continue;
    }
    const CodeId code_id = t.codes.intern(*code);
    for (size_t i = 0; i < drafts.size(); ++i) {
      t.issues.push_back(
          Issue{commit_phrase(drafts[i], t), code_id, i > 0, context.origin(line.at)});
      ++context.summary.names;
    }
    ++context.summary.entries;
  }
  context.summary.lines = lines.physical_lines();
}

}  // namespace herald::lexicon::detail
