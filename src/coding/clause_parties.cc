#include "coding/clause_parties.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "coding/actors.h"
#include "coding/clause_syntax.h"
#include "herald/lexicon.h"
#include "herald/tagset.h"

namespace herald::coding {

using syntax::Deprel;
using syntax::Upos;

namespace {

// Calls `visit` with the head of each actor mention inside the subtree of `phrase`, in order.
template <typename Visit>
void for_each_actor_inside(const SentenceView& view, uint32_t phrase, Visit&& visit) {
  const syntax::Phrase subtree = view.parse.subtree(phrase);
  for (uint32_t t = subtree.first; t <= subtree.last; ++t) {
    const uint32_t m = view.at(view.actor, t);
    if (m != kNone && t == mention_head(view, view.mentions[m]) && !is_part_of_a_name(view, view.mentions[m])) {
      visit(t);
    }
  }
}

// The items of a list of subjects that the parser cut off from the last one: in "Canada,
// Britain and the United States sanctioned ...", it may make the verb one more conjunct of
// "Canada" and give it "the United States" alone for subject. No verb is the conjunct of a
// noun before its own subject.
void add_list_cut_off(const SentenceView& view, uint32_t verb, uint32_t subject, std::vector<uint32_t>& out) {
  const Deprel r = view.parse.relation(verb);
  if (r != Deprel::kConj && r != Deprel::kParataxis) return;
  const std::optional<uint32_t> first = view.parse.head(verb);
  if (!first || *first > subject) return;
  const Upos upos = view.parse.upos(*first);
  // A state's adjective opening the list may be read as its head: "Iranian and U.S.
  // negotiators held talks" parsed as "Iranian" with "held" for its conjunct.
  const bool state_adjective = upos == Upos::kAdj && view.at(view.actor, *first) != kNone;
  if (upos != Upos::kNoun && upos != Upos::kPropn && !state_adjective) return;
  // A verb set beside a noun ("Lula and Chinese leader Xi signed" read as "Lula and Chinese
  // leader; Xi signed") cut off a list only when that noun heads one: alone it is a headline
  // or a fragment of its own ("Private investor: Cross offered ...").
  if (r == Deprel::kParataxis) {
    bool heads_a_list = false;
    for (uint32_t conj : view.parse.dependents(*first, Deprel::kConj)) heads_a_list = heads_a_list || conj < subject;
    if (!heads_a_list) return;
  }
  out.push_back(*first);
  for (uint32_t conj : view.parse.dependents(*first, Deprel::kConj)) {
    if (conj < subject && view.parse.upos(conj) != Upos::kVerb) add_with_conjuncts(view, conj, out);
  }
  // An adjective opening the list may be read as the sentence's verb with the first item for
  // its object: "Evil Mordor, the awful Fornost and good Gondor welcomed ...".
  if (std::optional<uint32_t> object = view.parse.dependent(*first, Deprel::kObj); object && *object < subject) {
    add_with_conjuncts(view, *object, out);
  }
}

// The object of `governor` that a bare participle right after it describes: in "signed a pact
// allowing their troops to train", the pact does the allowing, not the signatories. A comma
// ("shelled the town, killing five") or a conjunction ("after leaving") makes the participle
// the subject's deed instead.
std::optional<uint32_t> object_described(const SentenceView& view, uint32_t participle, uint32_t governor) {
  if (syntax::xpos_name(view.doc.tokens[participle].xpos) != "VBG") return std::nullopt;
  // A participle with no object of its own may be a noun the tagger misread ("reopened the
  // Kerem Shalom crossing to let aid in").
  if (view.parse.dependent(participle, Deprel::kMark) || !view.parse.dependent(participle, Deprel::kObj)) {
    return std::nullopt;
  }
  const std::optional<uint32_t> object = view.parse.dependent(governor, Deprel::kObj);
  if (!object || *object > participle) return std::nullopt;
  if (view.parse.subtree(*object).last + 1 != participle) return std::nullopt;
  return object;
}

// The subject a verb really has when the parser read "the state news agency Zorbani said" as
// a relative clause of "agency" with the name for its subject: no relative clause starts with
// a bare name right after its noun. The noun's phrase is the subject then, unless the name
// itself is an actor.
uint32_t name_read_as_relative_subject(const SentenceView& view, uint32_t verb, uint32_t subject) {
  if (view.parse.relation(verb) != Deprel::kAclRelcl) return subject;
  const std::optional<uint32_t> noun = view.parse.head(verb);
  if (!noun || *noun + 1 != subject || view.parse.upos(subject) != Upos::kPropn) return subject;
  if (view.at(view.actor, subject) != kNone) return subject;
  for (uint32_t child : view.parse.children(subject)) {
    if (child < subject) return subject;
  }
  return *noun;
}

// The actor that opens the sentence of a subjectless main verb, hung on the verb as a bare
// modifier: a name the tagger does not know may be read as an adverb ("Aglarath welcomed
// ..."). With a preposition it would be a place or a time ("In Bogota, ..."), not a subject.
std::optional<uint32_t> subject_misread_as_modifier(const SentenceView& view, uint32_t verb) {
  for (uint32_t child : view.parse.children(verb)) {
    if (child > verb) break;
    const Deprel r = view.parse.relation(child);
    if (r != Deprel::kAdvmod && r != Deprel::kDep && r != Deprel::kOblUnmarked) continue;
    if (child != view.parse.begin() || view.at(view.actor, child) == kNone) continue;
    if (view.parse.dependent(child, Deprel::kCase)) continue;
    return child;
  }
  return std::nullopt;
}

}  // namespace

bool is_locative(const SentenceView& view, uint32_t oblique) {
  for (uint32_t child : view.parse.dependents(oblique, Deprel::kCase)) {
    const std::string_view lemma = view.doc.tokens[child].lemma;
    if (lemma == "in" || lemma == "at" || lemma == "near" || lemma == "inside" || lemma == "outside" ||
        lemma == "during" || lemma == "throughout" || lemma == "across") {
      return true;
    }
  }
  return false;
}

namespace {

// True for an oblique that places something inside a territory ("in Bucha"), which then tells
// whose people or forces they were.
bool is_within(const SentenceView& view, uint32_t oblique) {
  for (uint32_t child : view.parse.dependents(oblique, Deprel::kCase)) {
    const std::string_view lemma = view.doc.tokens[child].lemma;
    if (lemma == "in" || lemma == "inside" || lemma == "within" || lemma == "throughout") return true;
  }
  return false;
}

// True for an oblique that says what larger whole an event belongs to ("as part of the NATO
// accession deal", "as part of the thaw with the United States"): the parties of that whole
// are not the ones this event is aimed at. Other "as" phrases may name them ("as a show of
// force against North Korea").
bool is_part_of_a_whole(const SentenceView& view, uint32_t oblique) {
  if (view.doc.tokens[oblique].lemma != "part") return false;
  for (uint32_t child : view.parse.dependents(oblique, Deprel::kCase)) {
    if (view.doc.tokens[child].lemma == "as") return true;
  }
  return false;
}

// True for an oblique that says under what circumstances something happened ("amid protests
// by students", "despite objections from Washington", "under pressure from armed gangs"):
// those named there pressed or objected; they are not whom the act is aimed at.
// The parser may hang the "from" or "by" phrase that completes one on the verb beside it.
bool is_circumstance(const SentenceView& view, uint32_t oblique, bool completed = false) {
  for (uint32_t child : view.parse.dependents(oblique, Deprel::kCase)) {
    const std::string_view lemma = view.doc.tokens[child].lemma;
    if (lemma == "amid" || lemma == "amidst" || lemma == "despite") return true;
    if (lemma == "under" && view.doc.tokens[oblique].lemma == "pressure") return true;
    if ((lemma == "from" || lemma == "by") && !completed && child > view.parse.begin()) {
      const uint32_t before = child - 1;
      if (view.parse.relation(before) == Deprel::kObl && view.parse.head(before) == view.parse.head(oblique) &&
          is_circumstance(view, before, true)) {
        return true;
      }
    }
  }
  return false;
}

// A common noun for a place or building ("bases hosting troops", "camps holding refugees"):
// the participle describing it says what the place is used for, not an act of the state whose
// adjective it carries. Matched on the word itself, as the lemmatizer reads "bases" as "basis".
bool is_unnamed_site(const SentenceView& view, uint32_t noun) {
  static constexpr std::string_view kSites[] = {
      "base",     "bases",      "site",      "sites",     "facility", "facilities", "camp",    "camps",
      "compound", "compounds",  "building",  "buildings", "airport",  "airports",   "port",    "ports",
      "airfield", "airfields",  "prison",    "prisons",   "embassy",  "embassies",  "village", "villages",
      "town",     "towns",      "city",      "cities",    "area",     "areas",      "region",  "regions",
      "territory", "territories"};
  if (view.parse.upos(noun) != Upos::kNoun) return false;
  std::string word(view.doc.tokens[noun].text);
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(std::begin(kSites), std::end(kSites), word) != std::end(kSites);
}

// The party that puts a measure into force when a participle says what the measure does: in
// "the parliament passed a law banning the agency" or "Bree signed a decree expelling the
// envoys", the law bans and the decree expels on behalf of whoever passed or signed it. The
// noun must name a written measure and be the object of a verb that enacts it; a bill only
// debated or introduced does nothing yet.
std::optional<uint32_t> enactor_of_measure(const SentenceView& view, uint32_t participle, uint32_t noun) {
  static constexpr std::array<std::string_view, 15> kMeasures = {
      "law",       "bill",      "order",    "decree",      "resolution", "declaration", "measure", "legislation",
      "directive", "regulation", "ordinance", "amendment", "edict",      "proclamation", "act"};
  static constexpr std::array<std::string_view, 8> kEnacting = {"sign",  "pass",  "approve", "adopt",
                                                                "issue", "enact", "publish", "ratify"};
  if (syntax::xpos_name(view.doc.tokens[participle].xpos) != "VBG") return std::nullopt;
  if (view.parse.dependent(participle, Deprel::kMark)) return std::nullopt;
  if (view.parse.upos(noun) != Upos::kNoun || view.parse.relation(noun) != Deprel::kObj) return std::nullopt;
  const std::string_view measure = view.doc.tokens[noun].lemma;
  if (std::find(kMeasures.begin(), kMeasures.end(), measure) == kMeasures.end()) return std::nullopt;
  const std::optional<uint32_t> enacting = view.parse.head(noun);
  if (!enacting) return std::nullopt;
  const std::string_view verb = view.doc.tokens[*enacting].lemma;
  if (std::find(kEnacting.begin(), kEnacting.end(), verb) == kEnacting.end()) return std::nullopt;
  return enacting;
}

bool is_finite_verb(const SentenceView& view, uint32_t token) {
  const std::string_view tag = syntax::xpos_name(view.doc.tokens[token].xpos);
  return tag == "VBD" || tag == "VBZ" || tag == "VBP";
}

// A subjectless "to" infinitive that says what an act was for.
bool is_purpose_clause(const SentenceView& view, uint32_t clause) {
  if (view.parse.dependent(clause, Deprel::kNsubj) || view.parse.dependent(clause, Deprel::kNsubjPass)) return false;
  if (syntax::xpos_name(view.doc.tokens[clause].xpos) != "VB") return false;
  for (uint32_t mark : view.parse.dependents(clause, Deprel::kMark)) {
    if (view.doc.tokens[mark].lemma == "to") return true;
  }
  return false;
}

// A gerund that says what something is about: "on joining", "over sending", "about leaving".
bool is_topic_gerund(const SentenceView& view, uint32_t clause) {
  if (syntax::xpos_name(view.doc.tokens[clause].xpos) != "VBG") return false;
  return has_mark(view, clause, "on") || has_mark(view, clause, "over") || has_mark(view, clause, "about");
}

// The object a verb shares with the next verb it is conjoined with, when the parser hung it on
// that verb alone: "shelled and then occupied the town". Only when nothing but the
// conjunction and adverbs come between the two verbs, and the second has no subject of its own.
std::optional<uint32_t> shared_object(const SentenceView& view, uint32_t verb) {
  for (uint32_t conj : view.parse.dependents(verb, Deprel::kConj)) {
    if (conj < verb || view.parse.upos(conj) != Upos::kVerb) continue;
    if (view.parse.dependent(conj, Deprel::kNsubj) || view.parse.dependent(conj, Deprel::kNsubjPass)) {
      return std::nullopt;
    }
    for (uint32_t t = verb + 1; t < conj; ++t) {
      const std::optional<uint32_t> up = view.parse.head(t);
      const Deprel r = view.parse.relation(t);
      if (!up || *up != conj || (r != Deprel::kCc && r != Deprel::kAdvmod)) return std::nullopt;
    }
    return view.parse.dependent(conj, Deprel::kObj);
  }
  return std::nullopt;
}

// A proper noun the parser hangs on the verb as a bare oblique right before its object is an
// indirect object misread: "promised Venezuela its support" (not a bare time phrase such as
// "Monday", which is no name of an actor).
std::optional<uint32_t> misread_indirect_object(const SentenceView& view, uint32_t verb, uint32_t object) {
  for (uint32_t child : view.parse.dependents(verb, Deprel::kOblUnmarked)) {
    if (child > verb && child < object && view.parse.upos(child) == Upos::kPropn) return child;
  }
  return std::nullopt;
}

// A second subject after a verb that has one before it is the object the parser misread: in
// "There the leader met President Trump" it reads "Trump" as a subject too.
std::optional<uint32_t> object_read_as_subject(const SentenceView& view, uint32_t verb) {
  bool subject_before = false;
  for (uint32_t subject : view.parse.dependents(verb, Deprel::kNsubj)) {
    if (subject < verb) {
      subject_before = true;
    } else if (subject_before) {
      return subject;
    }
  }
  return std::nullopt;
}

// Whether an indirect object and the object after it are one list the parser split in two:
// in "asked the United States, the Soviet Union, Britain and China for help" it takes the
// first item for the indirect object and the rest, joined by "and", for the object. A real
// indirect object ("promised Putin support") has no comma between it and the object.
bool is_list_split_at(const SentenceView& view, uint32_t indirect, uint32_t direct) {
  if (direct < indirect) return false;
  const syntax::Phrase first = view.parse.subtree(indirect);
  const syntax::Phrase rest = view.parse.subtree(direct);
  if (first.last + 1 > rest.first || view.doc.tokens[first.last + 1].text != ",") return false;
  bool conjoined = false;
  for (uint32_t conj : view.parse.dependents(direct, Deprel::kConj)) {
    conjoined = conjoined || view.parse.dependent(conj, Deprel::kCc).has_value();
  }
  return conjoined;
}

// The first party of a subject list that the parser hung on the last item as a modifier: in
// "Trump and North Korean leader Kim Jong Un met", "Trump" modifies "leader" with "Korean" its
// conjunct. A name of an actor, then "and", then a phrase with words of its own before the
// head (a title: "leader") is no modifier but a party of its own. Bare conjoined modifiers
// ("Soviet and U.S. officials", "oil and gas firms") stay modifiers. The conjunct opens the
// head's own phrase, so only the name is added.
void add_party_read_as_modifier(const SentenceView& view, uint32_t head, std::vector<uint32_t>& out) {
  std::vector<uint32_t> modifiers;
  for (uint32_t child : view.parse.children(head)) {
    if (child > head) break;
    const Deprel r = view.parse.relation(child);
    if (r != Deprel::kCompound && r != Deprel::kNmodDesc) continue;
    modifiers.push_back(child);
    for (uint32_t inner : view.parse.dependents(child, Deprel::kCompound)) modifiers.push_back(inner);
  }
  for (uint32_t modifier : modifiers) {
    if (view.parse.upos(modifier) != Upos::kPropn || view.at(view.actor, modifier) == kNone) continue;
    if (std::find(out.begin(), out.end(), modifier) != out.end()) continue;
    for (uint32_t conj : view.parse.dependents(modifier, Deprel::kConj)) {
      if (conj + 1 < head && view.parse.dependent(conj, Deprel::kCc)) {
        out.push_back(modifier);
        break;
      }
    }
  }
}

}  // namespace

void add_with_conjuncts(const SentenceView& view, uint32_t head, std::vector<uint32_t>& out) {
  out.push_back(head);
  uint32_t last_conjunct = head;
  // A list has a conjunction before its last item; a "conjunct" after a bare comma that runs
  // into the subject of a clause starts that clause ("tortured demonstrators, rights groups
  // said").
  bool conjoined = false;
  for (uint32_t conj : view.parse.dependents(head, Deprel::kConj)) {
    conjoined = conjoined || view.parse.dependent(conj, Deprel::kCc).has_value();
  }
  for (uint32_t conj : view.parse.dependents(head, Deprel::kConj)) {
    if (!conjoined && conj + 1 < view.parse.end() && view.parse.relation(conj + 1) == Deprel::kNsubj) continue;
    last_conjunct = std::max(last_conjunct, conj);
    add_with_conjuncts(view, conj, out);
  }
  for (uint32_t appos : view.parse.dependents(head, Deprel::kAppos)) {
    if (appos < last_conjunct) out.push_back(appos);
  }
  // A modifier list with a determiner inside it ("Venezuela and the evil awful Colombia") is no
  // modifier but a list of parties the parser hung on the last one: a determiner does not open
  // a modifier of a noun.
  for (uint32_t modifier : view.parse.dependents(head, Deprel::kCompound)) {
    bool determined = false;
    for (uint32_t conj : view.parse.dependents(modifier, Deprel::kConj)) {
      determined = determined || view.parse.dependent(conj, Deprel::kDet).has_value();
    }
    if (determined) add_with_conjuncts(view, modifier, out);
  }
  add_party_read_as_modifier(view, head, out);
}

std::vector<uint32_t> list_holding(const SentenceView& view, uint32_t item) {
  uint32_t first = item;
  while (view.parse.relation(first) == Deprel::kConj) {
    const std::optional<uint32_t> up = view.parse.head(first);
    if (!up) break;
    const Upos upos = view.parse.upos(*up);
    if (upos != Upos::kNoun && upos != Upos::kPropn) break;
    first = *up;
  }
  std::vector<uint32_t> heads;
  add_with_conjuncts(view, first, heads);
  return heads;
}

void subjects_of(const SentenceView& view, uint32_t verb, std::vector<uint32_t>& out, int depth) {
  if (std::optional<uint32_t> subject = view.parse.dependent(verb, Deprel::kNsubj)) {
    // Of a subject the parser cut in two, the later piece heads it (the earlier is its modifier).
    for (uint32_t later : view.parse.dependents(verb, Deprel::kNsubj)) {
      if (subject_piece_before(view, later) == *subject) subject = later;
    }
    add_with_conjuncts(view, name_read_as_relative_subject(view, verb, *subject), out);
    add_list_cut_off(view, verb, *subject, out);
    return;
  }
  if (std::optional<uint32_t> subject = view.parse.dependent(verb, Deprel::kNsubjPass)) {
    add_with_conjuncts(view, *subject, out);
    return;
  }
  // A clausal subject is usually a name the tagger took for a verb ("Pyongyang fired").
  if (std::optional<uint32_t> subject = view.parse.dependent(verb, Deprel::kCsubj)) {
    out.push_back(*subject);
    return;
  }
  const std::optional<uint32_t> governor = view.parse.head(verb);
  if (!governor) {
    if (std::optional<uint32_t> subject = subject_misread_as_modifier(view, verb)) {
      add_with_conjuncts(view, *subject, out);
    }
    return;
  }
  if (depth > 8) return;
  switch (view.parse.relation(verb)) {
    case Deprel::kXcomp:
      if (std::optional<uint32_t> object = view.parse.dependent(*governor, Deprel::kObj)) {
        add_with_conjuncts(view, *object, out);
      } else {
        subjects_of(view, *governor, out, depth + 1);
      }
      return;
    case Deprel::kAdvcl:
      if (std::optional<uint32_t> object = object_described(view, verb, *governor)) {
        out.push_back(*object);
        return;
      }
      subjects_of(view, *governor, out, depth + 1);
      return;
    case Deprel::kConj:
      subjects_of(view, *governor, out, depth + 1);
      return;
    case Deprel::kAcl:
      if (is_unnamed_site(view, *governor)) return;
      if (std::optional<uint32_t> enacting = enactor_of_measure(view, verb, *governor)) {
        subjects_of(view, *enacting, out, depth + 1);
        return;
      }
      // A finite verb modifies no noun: the parser took the sentence's predicate for a
      // modifier of the last of its subjects ("Arnor, Bree and Gondor welcomed ..." read with
      // "welcomed" describing "Gondor"), and the whole list is its subject.
      if (is_finite_verb(view, verb)) {
        for (uint32_t item : list_holding(view, *governor)) out.push_back(item);
        return;
      }
      out.push_back(*governor);
      return;
    case Deprel::kAclRelcl:
      out.push_back(*governor);
      return;
    default:
      return;
  }
}

namespace {

// Whether the pronoun subject of a clause the verb introduces stands for the verb's own
// subject: in "officials said they were confident" or "Petro said he was optimistic" the
// speakers speak of themselves, and are no target. A pronoun agreeing in number with the
// subject is taken for it.
bool speaks_of_itself(const SentenceView& view, uint32_t verb, uint32_t pronoun) {
  if (view.parse.upos(pronoun) != Upos::kPron) return false;
  std::vector<uint32_t> subjects;
  subjects_of(view, verb, subjects);
  if (subjects.empty()) return false;
  const std::string_view subject_tag = syntax::xpos_name(view.doc.tokens[subjects.front()].xpos);
  const bool plural = subjects.size() > 1 || subject_tag == "NNS" || subject_tag == "NNPS";
  const std::string word = lexicon::fold_word(view.doc.tokens[pronoun].text);
  if (word == "they" || word == "we") return plural;
  if (word == "he" || word == "she" || word == "it" || word == "i") return !plural;
  return false;
}

// An adjective the tagger took for a gerund controlled by the verb, which the parse then
// gives the verb's object: "imposed sweeping new tariffs" read as "imposed sweeping [them]".
// Only right after an object-less verb that does not take gerunds ("consider switching funds",
// "stopped paying debts"), and when no verb dictionary entry covers the word, so that a real
// gerund with an event of its own ("began shelling Kyiv") keeps its object.
std::optional<uint32_t> adjective_read_as_gerund(const SentenceView& view, uint32_t verb) {
  if (view.parse.dependent(verb, Deprel::kObj)) return std::nullopt;
  static constexpr std::array<std::string_view, 24> kTakingGerunds = {
      "admit", "avoid",    "begin",  "cease",   "consider", "continue", "delay",   "deny",
      "discuss", "end",    "finish", "halt",    "keep",     "oppose",   "postpone", "prevent",
      "propose", "quit",   "recommend", "resist", "resume", "risk",     "start",   "stop"};
  const std::string_view lemma = view.doc.tokens[verb].lemma;
  if (std::find(kTakingGerunds.begin(), kTakingGerunds.end(), lemma) != kTakingGerunds.end()) return std::nullopt;
  const std::optional<uint32_t> gerund = view.parse.dependent(verb, Deprel::kXcomp);
  if (!gerund || *gerund != verb + 1 || syntax::xpos_name(view.doc.tokens[*gerund].xpos) != "VBG") return std::nullopt;
  if (view.parse.dependent(*gerund, Deprel::kMark)) return std::nullopt;
  const std::optional<uint32_t> object = view.parse.dependent(*gerund, Deprel::kObj);
  if (!object || view.parse.subtree(*object).first != *gerund + 1) return std::nullopt;
  for (const lexicon::Mention& m : view.mentions) {
    if (m.kind == lexicon::MentionKind::kVerb && m.first_token <= *gerund && *gerund <= m.last_token) {
      return std::nullopt;
    }
  }
  return gerund;
}

}  // namespace

void target_groups_of(const SentenceView& view, uint32_t verb, std::vector<CandidateGroup>& out) {
  std::optional<uint32_t> indirect = view.parse.dependent(verb, Deprel::kIobj);
  std::optional<uint32_t> direct = view.parse.dependent(verb, Deprel::kObj);
  const std::optional<uint32_t> gerund = adjective_read_as_gerund(view, verb);
  if (gerund) direct = view.parse.dependent(*gerund, Deprel::kObj);
  if (!direct) direct = object_read_as_subject(view, verb);
  if (!indirect && direct) indirect = misread_indirect_object(view, verb, *direct);
  if (indirect && direct && is_list_split_at(view, *indirect, *direct)) {
    std::vector<uint32_t>& heads = out.emplace_back().heads;
    add_with_conjuncts(view, *indirect, heads);
    add_with_conjuncts(view, *direct, heads);
  } else {
    for (std::optional<uint32_t> object : {indirect, direct}) {
      if (object) add_with_conjuncts(view, *object, out.emplace_back().heads);
    }
  }
  if (out.empty()) {
    if (std::optional<uint32_t> object = shared_object(view, verb)) {
      add_with_conjuncts(view, *object, out.emplace_back().heads);
    }
  }
  // The obliques of the verb, then those of an adjective that completes it: in "marched close
  // to the border" the border is where the march went.
  std::optional<uint32_t> complement = gerund;
  for (uint32_t child : view.parse.dependents(verb, Deprel::kXcomp)) {
    const Upos upos = view.parse.upos(child);
    if (upos == Upos::kAdj || upos == Upos::kAdv) complement = child;
  }
  const auto for_each_oblique = [&](auto&& visit) {
    for (uint32_t child : view.parse.dependents(verb, Deprel::kObl)) {
      if (!is_part_of_a_whole(view, child) && !is_circumstance(view, child)) visit(child);
    }
    // A name hung on the verb with no preposition is one whose preposition the parser took
    // for an adverb ("welcomed memos about Bree" with "about" read as "about five").
    for (uint32_t child : view.parse.dependents(verb, Deprel::kOblUnmarked)) {
      if (view.parse.upos(child) == Upos::kPropn && view.parse.dependent(child, Deprel::kAdvmod)) visit(child);
    }
    if (complement) {
      for (uint32_t child : view.parse.dependents(*complement, Deprel::kObl)) {
        if (!is_part_of_a_whole(view, child)) visit(child);
      }
    }
  };
  for_each_oblique([&](uint32_t child) {
    CandidateGroup& group = out.emplace_back();
    add_with_conjuncts(view, child, group.heads);
    group.locative = is_locative(view, child);
    group.within = is_within(view, child);
  });
  // Then the first actor deeper inside the object ("cordoned off the roads leading into
  // Mordor") or inside an oblique ("imposed tariffs on imports from China").
  std::vector<uint32_t> phrases;
  if (std::optional<uint32_t> object = view.parse.dependent(gerund.value_or(verb), Deprel::kObj)) {
    phrases.push_back(*object);
  }
  for_each_oblique([&](uint32_t child) {
    if (!is_locative(view, child)) phrases.push_back(child);
  });
  // The others inside follow, for when the first is only whose the object is.
  for (uint32_t phrase : phrases) {
    for_each_actor_inside(view, phrase, [&](uint32_t inside) {
      CandidateGroup& group = out.emplace_back();
      // An actor that heads its own phrase brings its conjuncts: "normalising relations with
      // the Emirates and Bahrain" names both.
      const uint32_t head = noun_phrase_head(view, inside);
      if (head == inside) {
        add_with_conjuncts(view, head, group.heads);
      } else {
        group.heads = {head};
      }
      group.inside = true;
      group.locative = is_locative(view, group.heads.front());
    });
  }
  // Then whom the act is for, by what it was done to do: "signed a deal to supply Chile with copper"
  // is a deal with Chile, and "vowed to wage war on Rohan" a vow of war on Rohan.
  for (uint32_t purpose : view.parse.dependents(verb, Deprel::kAdvcl)) {
    if (purpose < verb || !is_purpose_clause(view, purpose)) continue;
    if (std::optional<uint32_t> object = view.parse.dependent(purpose, Deprel::kObj)) {
      add_with_conjuncts(view, *object, out.emplace_back().heads);
    }
    // Only a named party, or one the clause is against ("to guard pipelines against thieves"):
    // "to work with the banks" or "to pay the foreign banks" says little of whom the act is for.
    for (uint32_t oblique : view.parse.dependents(purpose, Deprel::kObl)) {
      if (is_locative(view, oblique) || is_part_of_a_whole(view, oblique)) continue;
      if (view.at(view.actor, oblique) != kNone || has_case_marker(view, oblique, "against")) {
        add_with_conjuncts(view, oblique, out.emplace_back().heads);
      }
    }
  }
  // Then whom the object is about, by a gerund the parser hung on the verb: in "suspended talks
  // on joining the European Union" the talks are with the Union.
  for (uint32_t topic : view.parse.dependents(verb, Deprel::kAdvcl)) {
    if (!direct || topic < *direct || !is_topic_gerund(view, topic)) continue;
    if (std::optional<uint32_t> object = view.parse.dependent(topic, Deprel::kObj)) {
      add_with_conjuncts(view, *object, out.emplace_back().heads);
    }
  }
  // Last of all, the subject of a that-clause: "demanded that Washington respect ...", or a
  // party named as the subject of a passive one: "expressed hopes that Osgiliath could be
  // drawn into talks" (not "denied the dollar would be devalued").
  for (uint32_t clause : view.parse.dependents(verb, Deprel::kCcomp)) {
    std::optional<uint32_t> subject = view.parse.dependent(clause, Deprel::kNsubj);
    if (!subject) {
      subject = view.parse.dependent(clause, Deprel::kNsubjPass);
      if (subject && view.at(view.actor, *subject) == kNone) subject.reset();
    }
    if (subject && !speaks_of_itself(view, verb, *subject)) {
      CandidateGroup& group = out.emplace_back();
      add_with_conjuncts(view, *subject, group.heads);
      group.clausal = true;
    }
  }
}

}  // namespace herald::coding
