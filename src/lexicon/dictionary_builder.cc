#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "herald/dictionary_loader.h"
#include "lexicon/read_context.h"

namespace herald::lexicon {

std::string_view dictionary_kind_name(DictionaryKind kind) {
  switch (kind) {
    case DictionaryKind::kActors:
      return "actors";
    case DictionaryKind::kAgents:
      return "agents";
    case DictionaryKind::kVerbs:
      return "verbs";
    case DictionaryKind::kDiscards:
      return "discards";
    case DictionaryKind::kIssues:
      return "issues";
  }
  return "?";
}

size_t LoadReport::error_count() const {
  size_t n = 0;
  for (const Diagnostic& d : diagnostics) n += d.severity == Diagnostic::Severity::kError;
  return n;
}

size_t LoadReport::warning_count() const { return diagnostics.size() - error_count(); }

struct DictionaryBuilder::State {
  detail::DictionaryTables tables;
  std::vector<DictionaryFormat> formats;  // per source
  // report_.sources[report_base + i] describes tables.sources[i]: a builder used again after
  // finish() keeps the summaries of its earlier sources.
  size_t report_base = 0;
};

DictionaryBuilder::DictionaryBuilder() : state_(std::make_unique<State>()) {}
DictionaryBuilder::~DictionaryBuilder() = default;

void DictionaryBuilder::add_text(DictionaryKind kind, DictionaryFormat format,
                                 std::string_view text, std::string_view source) {
  SourceSummary summary;
  summary.source = std::string(source);
  summary.kind = kind;
  summary.format = format;
  report_.sources.push_back(std::move(summary));
  SourceSummary& current = report_.sources.back();
  detail::DictionaryTables& tables = state_->tables;
  const auto index = static_cast<uint32_t>(tables.sources.size());
  tables.sources.emplace_back(source);
  state_->formats.push_back(format);
  detail::Reporter reporter(current.source, report_, current);
  detail::ReadContext context{tables, reporter, current, format, index};
  switch (kind) {
    case DictionaryKind::kActors:
      detail::read_actors(text, context);
      break;
    case DictionaryKind::kAgents:
      detail::read_agents(text, context);
      break;
    case DictionaryKind::kVerbs:
      detail::read_verbs(text, context);
      break;
    case DictionaryKind::kDiscards:
      detail::read_discards(text, context);
      break;
    case DictionaryKind::kIssues:
      detail::read_issues(text, context);
      break;
  }
}

namespace {

// The bytes of the file; false with errno's value in `error` when it cannot be read (a
// missing file, a directory, a read error).
bool read_file(const std::string& path, std::string& text, int& error) {
  errno = 0;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    error = errno;
    return false;
  }
  char buffer[64 * 1024];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, got);
  const bool ok = std::ferror(file) == 0;
  error = errno;
  std::fclose(file);
  return ok;
}

}  // namespace

bool DictionaryBuilder::add_file(DictionaryKind kind, DictionaryFormat format,
                                 const std::string& path) {
  std::string text;
  int error = 0;
  if (!read_file(path, text, error)) {
    add_text(kind, format, "", path);
    SourceSummary& summary = report_.sources.back();
    ++summary.errors;
    Diagnostic diagnostic;
    diagnostic.file = path;
    diagnostic.message = fmt::format("cannot read {} dictionary: {}", dictionary_kind_name(kind),
                                     error != 0 ? std::strerror(error) : "read failed");
    report_.diagnostics.push_back(std::move(diagnostic));
    return false;
  }
  add_text(kind, format, text, path);
  return true;
}

namespace {

// A phrase's identity for duplicate detection: its word ids and masks and, for verb forms,
// which word is the verb.
struct PhraseKey {
  const std::vector<WordId>* pool;
  Phrase phrase;
  uint32_t extra;

  uint64_t hash() const {
    uint64_t h = 0x9E3779B97F4A7C15u ^ phrase.size;
    auto mix = [&h](uint64_t v) {
      h = (h ^ v) * 0xBF58476D1CE4E5B9u;
      h ^= h >> 31;
    };
    for (uint32_t i = 0; i < phrase.size; ++i) mix((*pool)[phrase.first_word + i]);
    mix(phrase.gap_mask);
    mix(phrase.stem_mask);
    mix(extra);
    return h;
  }
  bool operator==(const PhraseKey& other) const {
    if (phrase.size != other.phrase.size || phrase.gap_mask != other.phrase.gap_mask ||
        phrase.stem_mask != other.phrase.stem_mask || extra != other.extra) {
      return false;
    }
    for (uint32_t i = 0; i < phrase.size; ++i) {
      if ((*pool)[phrase.first_word + i] != (*other.pool)[other.phrase.first_word + i])
        return false;
    }
    return true;
  }
};

// An open-addressing set of name indices, probed linearly; sized once for `count` names.
class PhraseTable {
 public:
  explicit PhraseTable(size_t count) {
    size_t size = 16;
    while (size < count * 2) size *= 2;
    slots_.assign(size, 0);
  }
  // The slot holding an equal key, or the empty slot where it belongs.
  template <class KeyOf>
  uint32_t& slot_for(const PhraseKey& key, const KeyOf& key_of) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = key.hash() & mask;; i = (i + 1) & mask) {
      uint32_t& slot = slots_[i];
      if (slot == 0 || key_of(slot - 1) == key) return slot;
    }
  }

 private:
  std::vector<uint32_t> slots_;  // name index + 1; 0 when empty
};

// Keeps one entry per distinct phrase in `names` (see DictionaryBuilder::finish) and fixes
// the owners' [first, first + count) ranges, which stay contiguous because names are stored
// grouped by owner.
template <class Name, class Owner>
void settle_duplicates(detail::DictionaryTables& t, const std::vector<DictionaryFormat>& formats,
                       std::vector<Name>& names, std::vector<Owner>& owners,
                       uint32_t Name::*owner_of, uint32_t Owner::*first, uint32_t Owner::*count,
                       std::string_view what, LoadReport& report, size_t report_base) {
  PhraseTable table(names.size());
  std::vector<bool> keep(names.size(), true);
  auto key_of = [&](size_t i) {
    uint32_t extra = 0;
    if constexpr (requires { names[i].verb_word; }) extra = names[i].verb_word;
    return PhraseKey{&t.word_pool, names[i].phrase, extra};
  };
  for (size_t i = 0; i < names.size(); ++i) {
    uint32_t& slot = table.slot_for(key_of(i), key_of);
    if (slot == 0) {
      slot = static_cast<uint32_t>(i + 1);
      continue;
    }
    const size_t earlier = slot - 1;
    const Name& a = names[earlier];
    const Name& b = names[i];
    size_t chosen;
    if (a.generated != b.generated) {
      chosen = a.generated ? i : earlier;
    } else {
      chosen = formats[b.origin.source] == DictionaryFormat::kPetrarch ? i : earlier;
    }
    if (!a.generated && !b.generated) {
      Diagnostic d;
      d.severity = Diagnostic::Severity::kWarning;
      d.file = t.sources[b.origin.source];
      d.line = b.origin.line;
      const bool same_owner = a.*owner_of == b.*owner_of;
      const std::string where =
          a.origin.source == b.origin.source
              ? fmt::format("line {}", a.origin.line)
              : fmt::format("{}:{}", t.sources[a.origin.source], a.origin.line);
      std::string phrase;
      for (uint32_t w = 0; w < b.phrase.size; ++w) {
        if (w > 0) phrase += ' ';
        phrase += t.words.name(t.word_pool[b.phrase.first_word + w]);
      }
      d.message = same_owner
                      ? fmt::format("{} \"{}\" repeats the phrase of {}", what, phrase, where)
                      : fmt::format("{} \"{}\" is also defined at {}; the {} entry is used", what,
                                    phrase, where, chosen == i ? "later" : "earlier");
      report.diagnostics.push_back(std::move(d));
      ++report.sources[report_base + b.origin.source].warnings;
    }
    keep[chosen == i ? earlier : i] = false;
    slot = static_cast<uint32_t>(chosen + 1);
  }
  std::vector<Name> kept;
  kept.reserve(names.size());
  for (Owner& owner : owners) {
    owner.*first = 0;
    owner.*count = 0;
  }
  for (size_t i = 0; i < names.size(); ++i) {
    if (!keep[i]) continue;
    Owner& owner = owners[names[i].*owner_of];
    if (owner.*count == 0) owner.*first = static_cast<uint32_t>(kept.size());
    ++(owner.*count);
    kept.push_back(names[i]);
  }
  names = std::move(kept);
}

}  // namespace

Dictionaries DictionaryBuilder::finish() {
  detail::DictionaryTables& t = state_->tables;
  const std::vector<DictionaryFormat>& formats = state_->formats;
  settle_duplicates(t, formats, t.actor_names, t.actors, &ActorName::actor, &Actor::first_name,
                    &Actor::name_count, "actor phrase", report_, state_->report_base);
  settle_duplicates(t, formats, t.agent_names, t.agents, &AgentName::agent, &Agent::first_name,
                    &Agent::name_count, "agent phrase", report_, state_->report_base);
  settle_duplicates(t, formats, t.verb_forms, t.verbs, &VerbForm::verb, &Verb::first_form,
                    &Verb::form_count, "verb form", report_, state_->report_base);
  Dictionaries dictionaries;
  dictionaries.t_ = std::move(t);
  state_ = std::make_unique<State>();
  state_->report_base = report_.sources.size();
  return dictionaries;
}

namespace {

Dictionaries load_one(DictionaryKind kind, DictionaryFormat format, const std::string& path,
                      LoadReport* report) {
  DictionaryBuilder builder;
  builder.add_file(kind, format, path);
  Dictionaries dictionaries = builder.finish();
  if (report != nullptr) *report = builder.report();
  return dictionaries;
}

}  // namespace

Dictionaries load_actors(const std::string& path, LoadReport* report, DictionaryFormat format) {
  return load_one(DictionaryKind::kActors, format, path, report);
}

Dictionaries load_agents(const std::string& path, LoadReport* report, DictionaryFormat format) {
  return load_one(DictionaryKind::kAgents, format, path, report);
}

Dictionaries load_verbs(const std::string& path, LoadReport* report, DictionaryFormat format) {
  return load_one(DictionaryKind::kVerbs, format, path, report);
}

Dictionaries load_discards(const std::string& path, LoadReport* report) {
  return load_one(DictionaryKind::kDiscards, DictionaryFormat::kPetrarch, path, report);
}

Dictionaries load_issues(const std::string& path, LoadReport* report) {
  return load_one(DictionaryKind::kIssues, DictionaryFormat::kPetrarch, path, report);
}

Dictionaries load_dictionaries(const DictionaryPaths& paths, LoadReport* report) {
  DictionaryBuilder builder;
  for (const std::string& path : paths.actors) {
    if (!path.empty()) builder.add_file(DictionaryKind::kActors, paths.format, path);
  }
  const std::pair<DictionaryKind, const std::string*> files[] = {
      {DictionaryKind::kAgents, &paths.agents},
      {DictionaryKind::kVerbs, &paths.verbs},
      {DictionaryKind::kDiscards, &paths.discards},
      {DictionaryKind::kIssues, &paths.issues}};
  for (const auto& [kind, path] : files) {
    if (path->empty()) continue;
    const bool petrarch_only = kind == DictionaryKind::kDiscards || kind == DictionaryKind::kIssues;
    builder.add_file(kind, petrarch_only ? DictionaryFormat::kPetrarch : paths.format, *path);
  }
  Dictionaries dictionaries = builder.finish();
  if (report != nullptr) *report = builder.report();
  return dictionaries;
}

}  // namespace herald::lexicon
