// Discard lists (PETRARCH): one phrase a line; "+" in front discards the whole story rather
// than the sentence; the last word matches as a stem unless it ends with "_".
#include <string>

#include "lexicon/code_syntax.h"
#include "lexicon/line_reader.h"
#include "lexicon/phrase_syntax.h"
#include "lexicon/read_context.h"

namespace herald::lexicon::detail {

void read_discards(std::string_view text, ReadContext& context) {
  const PhraseRules rules = phrase_rules(context.format, DictionaryKind::kDiscards);
  LineReader lines(text, LineOptions{.slash_comments = false, .finish_mark = true}, context.report);
  Line line;
  while (lines.next(line)) {
    std::string_view t = line.text;
    Discard discard;
    if (t.front() == '+') {
      discard.scope = DiscardScope::kStory;
      t = trim(t.substr(1));
    }
    LineParts parts;
    std::string error;
    PhraseDraft draft;
    if (!split_line(t, parts, error) || !draft_phrase(parts.head, rules, draft, error)) {
      context.report.error(line.at, error + "; discard skipped");
      continue;
    }
    if (!parts.blocks.empty() || parts.braces || !parts.extra.empty()) {
      context.report.warning(line.at,
                             "a discard is a phrase only; the rest of the line is "
                             "ignored");
    }
    discard.phrase = commit_phrase(draft, context.tables);
    discard.origin = context.origin(line.at);
    context.tables.discards.push_back(discard);
    ++context.summary.entries;
    ++context.summary.names;
  }
  context.summary.lines = lines.physical_lines();
}

}  // namespace herald::lexicon::detail
