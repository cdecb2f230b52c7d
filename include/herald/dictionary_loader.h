// herald — reading PETRARCH and TABARI dictionary files into Dictionaries.
//
// The formats are those of the PETRARCH documentation (dictionaries.rst) and of the TABARI 0.8
// manual (chapters 5, 6 and 10). Readers never stop on bad input: a malformed entry is
// reported as a Diagnostic naming the file, line and byte offset, and skipped; whatever is
// ignored or assumed is reported as a warning, so nothing in a file is dropped without a word.
//
// How the constructs are read (src/lexicon/*_reader.cc say more):
//   comments      "#" and ";" to the end of the line (not inside [...], so "[###]" survives);
//                 "<!-- -->", also over several lines; lines beginning "<!"; TABARI: lines
//                 beginning "/". TABARI's end mark ~~FINISH ends the file.
//   phrases       words joined by "_" are consecutive; a blank lets words come between, except
//                 in PETRARCH actors, synsets, discards and issues, where it is the same as "_".
//                 TABARI words are stems unless followed by "_" or "=" ("~" forces a stem).
//                 Words are folded (fold_word) and split as the text stage splits clitics.
//   actors        PHRASE [CODE] [CODE <date] ...; "+SYNONYM" lines; indented "[CODE date]"
//                 lines; dates <d, >d, d-d (inclusive; YYYYMMDD or YYMMDD); compound codes
//                 A/B; special codes --- ### +++; TABARI <NOUN> and <ADJECTIVE> lists.
//   agents        PHRASE {PLURALS} [~CODE] or [CODE~]; "!SET! = A, B" substitution sets.
//                 Regular plurals are added (PETRARCH unless "{...}" or a trailing "_";
//                 TABARI for exact last words unless "=").
//   verbs         PETRARCH: &SYNSETS with "+" members (plurals added unless "&LABEL_" or a
//                 trailing "_"), "--- NAME [code] ---" blocks, verb lines VERB {FORMS} [code]
//                 with "+" on the verb of a multi-word verb, regular forms unless {FORMS} is
//                 given; TABARI: roots VERB [code] with a "{ FORMS }" line below (added to the
//                 regular forms unless "="), <SYNSETS>, <TIME>, <ATTRIB>. Patterns "- ... * ...
//                 [code]" hold words, &synsets, $ + % ^ and TABARI "{ a | b }" alternatives;
//                 codes xxx, xxx:yyy, xxx? and xxx!. Not supported, and reported: PETRARCH-2
//                 "(...)" and "{NOUN PHRASE}" pattern syntax and "~" transformations.
//   discards      [+]PHRASE; "+" discards the story; the last word is a stem unless "_".
//   issues        PHRASE [CODE] with n: v: and "+" expansions; "~" and "~~" ignore phrases.
//
//   DictionaryBuilder builder;
//   builder.add_file(DictionaryKind::kActors, DictionaryFormat::kPetrarch, "my.actors.txt");
//   builder.add_file(DictionaryKind::kVerbs, DictionaryFormat::kPetrarch, "my.verbs.txt");
//   Dictionaries dictionaries = builder.finish();
//   for (const Diagnostic& d : builder.report().diagnostics) print(d.to_string());
#ifndef HERALD_DICTIONARY_LOADER_H_
#define HERALD_DICTIONARY_LOADER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "herald/diagnostic.h"
#include "herald/dictionaries.h"

namespace herald::lexicon {

enum class DictionaryKind : uint8_t { kActors, kAgents, kVerbs, kDiscards, kIssues };

// PETRARCH (version 1) and TABARI write the same kinds of dictionary slightly differently.
// The formats cannot be told apart reliably from the text, so the caller says which it is.
enum class DictionaryFormat : uint8_t { kPetrarch, kTabari };

std::string_view dictionary_kind_name(DictionaryKind kind);  // "actors", "agents", ...

// What reading one source gave, counted as read (before duplicate phrases are resolved).
struct SourceSummary {
  std::string source;
  DictionaryKind kind = DictionaryKind::kActors;
  DictionaryFormat format = DictionaryFormat::kPetrarch;
  uint32_t lines = 0;     // physical lines in the source
  uint32_t entries = 0;   // actors, agents, verbs, discards or issues accepted
  uint32_t names = 0;     // phrases added: actor/agent names (with plurals), verb forms,
                          // discard and issue phrases, TABARI nouns and adjectives
  uint32_t codes = 0;     // actors: code blocks (dated and default)
  uint32_t blocks = 0;    // verbs: verb blocks
  uint32_t patterns = 0;  // verbs: patterns accepted
  uint32_t synsets = 0;   // verbs: named synsets defined
  uint32_t errors = 0;    // entries skipped
  uint32_t warnings = 0;
};

struct LoadReport {
  std::vector<Diagnostic> diagnostics;  // in the order found
  std::vector<SourceSummary> sources;   // one per add_text / add_file call
  size_t error_count() const;
  size_t warning_count() const;
};

// Reads any number of dictionary sources into one Dictionaries (one word and code table
// shared by all, so a coder sees one vocabulary).
class DictionaryBuilder {
 public:
  DictionaryBuilder();
  ~DictionaryBuilder();
  DictionaryBuilder(const DictionaryBuilder&) = delete;
  DictionaryBuilder& operator=(const DictionaryBuilder&) = delete;

  // Reads the text of a dictionary (for example one compiled into the program); `source`
  // names it in diagnostics.
  void add_text(DictionaryKind kind, DictionaryFormat format, std::string_view text,
                std::string_view source);
  // Reads a file; false (with an error diagnostic) when it cannot be read.
  bool add_file(DictionaryKind kind, DictionaryFormat format, const std::string& path);

  // Settles phrases defined more than once and returns the finished dictionaries; the builder
  // is empty afterwards. When one phrase names two owners (two actors, two agents, two verbs),
  // PETRARCH keeps the later entry (it stores them in a dictionary that the later overwrites)
  // and TABARI the earlier (it rejects the duplicate); a listed phrase always beats a generated
  // one. Both lines are named in a warning unless one of the phrases was generated.
  Dictionaries finish();

  const LoadReport& report() const { return report_; }

 private:
  struct State;
  std::unique_ptr<State> state_;
  LoadReport report_;
};

// One-kind conveniences: a fresh builder, one file, finish(). `report` may be null.
Dictionaries load_actors(const std::string& path, LoadReport* report,
                         DictionaryFormat format = DictionaryFormat::kPetrarch);
Dictionaries load_agents(const std::string& path, LoadReport* report,
                         DictionaryFormat format = DictionaryFormat::kPetrarch);
Dictionaries load_verbs(const std::string& path, LoadReport* report,
                        DictionaryFormat format = DictionaryFormat::kPetrarch);
Dictionaries load_discards(const std::string& path, LoadReport* report);
Dictionaries load_issues(const std::string& path, LoadReport* report);

// The files of one coding setup; empty paths are skipped. Actor dictionaries are often split
// (countries, leaders, organizations), so there may be several.
struct DictionaryPaths {
  std::vector<std::string> actors;
  std::string agents;
  std::string verbs;
  std::string discards;
  std::string issues;
  DictionaryFormat format = DictionaryFormat::kPetrarch;
};
Dictionaries load_dictionaries(const DictionaryPaths& paths, LoadReport* report);

}  // namespace herald::lexicon

#endif  // HERALD_DICTIONARY_LOADER_H_
