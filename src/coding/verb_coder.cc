#include "coding/verb_coder.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string>

#include "coding/clause_parties.h"
#include "coding/clause_syntax.h"
#include "herald/cameo.h"
#include "herald/tagset.h"

namespace herald::coding {

using lexicon::ElementKind;
using lexicon::Mention;
using lexicon::PatternElement;
using syntax::Deprel;
using syntax::Upos;

struct VerbCoder::Cursor {
  const SentenceView& view;
  std::span<const PatternElement> elements;
  uint32_t verb_element;
  uint32_t low;   // first token of the sentence
  uint32_t high;  // one past the last
};

VerbCoder::VerbCoder(const lexicon::Dictionaries& dictionaries) : dictionaries_(dictionaries) {
  patterns_by_length_.resize(dictionaries.patterns().size());
  std::iota(patterns_by_length_.begin(), patterns_by_length_.end(), 0u);
  // Within a block, more specific (longer) patterns first; file order among equals.
  std::stable_sort(patterns_by_length_.begin(), patterns_by_length_.end(), [&](uint32_t a, uint32_t b) {
    const lexicon::Pattern& pa = dictionaries.patterns()[a];
    const lexicon::Pattern& pb = dictionaries.patterns()[b];
    if (pa.block != pb.block) return pa.block < pb.block;
    return pa.literal_length > pb.literal_length;
  });
}

namespace {

// The head of the first actor mention inside the subtree of `phrase` other than its own
// head: "tariffs on imports from China" gives China.
std::optional<uint32_t> first_actor_inside(const SentenceView& view, uint32_t phrase) {
  const syntax::Phrase subtree = view.parse.subtree(phrase);
  for (uint32_t t = subtree.first; t <= subtree.last; ++t) {
    const uint32_t m = view.at(view.actor, t);
    if (m != kNone && t == mention_head(view, view.mentions[m]) && !is_part_of_a_name(view, view.mentions[m])) {
      return t;
    }
  }
  return std::nullopt;
}

// The actor, agent or anaphor mention starting (forward) or ending (backward) at `position`.
const Mention* actor_mention_at(const SentenceView& view, uint32_t position, bool forward) {
  for (const std::vector<uint32_t>* column : {&view.actor, &view.agent, &view.anaphor}) {
    const uint32_t m = view.at(*column, position);
    if (m == kNone) continue;
    const Mention& mention = view.mentions[m];
    if ((forward ? mention.first_token : mention.last_token) == position) return &mention;
  }
  return nullptr;
}

// A participle the tagger took for an auxiliary ("had beaten" with "beaten" read as one) that
// the parse still makes the head of its clause, with a subject or an object: auxiliaries hang
// on their verb and have neither. "Be", "have", "do" and modals keep their auxiliary reading.
bool is_main_verb_read_as_auxiliary(const SentenceView& view, uint32_t token) {
  if (syntax::xpos_name(view.doc.tokens[token].xpos) != "VBN") return false;
  const std::string_view word = view.doc.tokens[token].text;
  for (std::string_view auxiliary : {"been", "had", "done"}) {
    if (lexicon::fold_word(word) == auxiliary) return false;
  }
  return view.parse.dependent(token, Deprel::kNsubj) || view.parse.dependent(token, Deprel::kObj);
}

// Whether `token` is a verb in this sentence: tagged one, or a noun that a modal and a subject
// make the verb the tagger missed ("Soldiers will not wire tap the links"). A noun with a
// copula ("the move will be a tap") or a determiner ("will the restore") stays a noun.
bool reads_as_verb(const SentenceView& view, uint32_t token) {
  const Upos upos = view.parse.upos(token);
  if (upos == Upos::kVerb) return true;
  if (upos == Upos::kAux) return is_main_verb_read_as_auxiliary(view, token);
  // No adjective takes an object: "had organised the arson" with "organised" tagged one.
  if (upos == Upos::kAdj) return view.parse.dependent(token, Deprel::kObj).has_value();
  if (upos != Upos::kNoun || view.parse.dependent(token, Deprel::kCop) || view.parse.dependent(token, Deprel::kDet) ||
      !view.parse.dependent(token, Deprel::kNsubj)) {
    return false;
  }
  for (uint32_t aux : view.parse.dependents(token, Deprel::kAux)) {
    if (syntax::xpos_name(view.doc.tokens[aux].xpos) == "MD") return true;
  }
  return false;
}

bool is_negated(const SentenceView& view, uint32_t verb) {
  for (uint32_t child : view.parse.children(verb)) {
    if (view.parse.relation(child) != Deprel::kAdvmod) continue;
    const std::string_view lemma = view.doc.tokens[child].lemma;
    if (lemma == "not" || lemma == "never" || lemma == "n't" || lemma == "no") return true;
  }
  return false;
}

// "Iran must release the sailors", "American soldiers should disobey orders": what someone
// ought to do is a demand or advice of whoever says so, not a deed. The modal may sit on the
// verb that controls this one ("should stop attacking").
bool is_obligation(const SentenceView& view, uint32_t verb) {
  const auto has_obligation_modal = [&](uint32_t token) {
    for (uint32_t aux : view.parse.dependents(token, Deprel::kAux)) {
      const std::string_view lemma = view.doc.tokens[aux].lemma;
      if (lemma == "should" || lemma == "must" || lemma == "ought") return true;
    }
    return false;
  };
  if (has_obligation_modal(verb)) return true;
  const std::optional<uint32_t> governor = view.parse.head(verb);
  return view.parse.relation(verb) == Deprel::kXcomp && governor && has_obligation_modal(*governor);
}

// "Neither Armenia nor Azerbaijan signed": the subject denies the verb.
// The parser hangs "neither" on the subject or on the verb itself.
bool subject_is_denied(const SentenceView& view, uint32_t verb) {
  const auto is_neither = [&](uint32_t token) {
    return lexicon::fold_word(view.doc.tokens[token].text) == "neither";
  };
  for (uint32_t child : view.parse.children(verb)) {
    const Deprel r = view.parse.relation(child);
    if (r == Deprel::kCc && is_neither(child)) return true;
    if (r != Deprel::kNsubj && r != Deprel::kNsubjPass) continue;
    for (uint32_t mark : view.parse.children(child)) {
      if (is_neither(mark)) return true;
    }
  }
  return false;
}

// The negation of the verb a controlled verb depends on: in "never threatened to expel",
// nothing was threatened, whatever the words around "expel" say. A governor that itself
// denies the deed ("failed to conclude an agreement", "declined to meet", "denied supplying
// drones", "denied it had bombed the hospital") is its negation.
std::optional<uint32_t> governor_negation(const SentenceView& view, uint32_t verb) {
  const Deprel relation = view.parse.relation(verb);
  if (relation != Deprel::kXcomp && relation != Deprel::kCcomp) return std::nullopt;
  const std::optional<uint32_t> governor = view.parse.head(verb);
  if (!governor) return std::nullopt;
  const std::string_view governor_lemma = view.doc.tokens[*governor].lemma;
  if (relation == Deprel::kCcomp) {
    if (governor_lemma == "deny") return *governor;
    return std::nullopt;
  }
  if (governor_lemma == "fail" || governor_lemma == "refuse" || governor_lemma == "decline" ||
      governor_lemma == "deny") {
    return *governor;
  }
  for (uint32_t child : view.parse.dependents(*governor, Deprel::kAdvmod)) {
    const std::string_view lemma = view.doc.tokens[child].lemma;
    if (lemma == "not" || lemma == "never" || lemma == "n't" || lemma == "no") return child;
  }
  return std::nullopt;
}

// A subjectless gerund clause led by "after", "before", "since" or "upon" tells what came
// before or after the event the sentence reports ("withdrew after leaving the town",
// "killed civilians after capturing the city"); it is background, not an event of its own.
bool is_background_clause(const SentenceView& view, uint32_t verb) {
  if (view.parse.relation(verb) != Deprel::kAdvcl && view.parse.relation(verb) != Deprel::kAcl) return false;
  if (view.parse.dependent(verb, Deprel::kNsubj) || view.parse.dependent(verb, Deprel::kNsubjPass)) return false;
  bool temporal = false;
  for (uint32_t mark : view.parse.dependents(verb, Deprel::kMark)) {
    const std::string_view lemma = view.doc.tokens[mark].lemma;
    temporal = temporal || lemma == "after" || lemma == "before" || lemma == "since" || lemma == "upon";
  }
  if (!temporal) return false;
  if (syntax::xpos_name(view.doc.tokens[verb].xpos) == "VBG") return true;
  // "after being encircled"
  for (uint32_t aux : view.parse.dependents(verb, Deprel::kAuxPass)) {
    if (syntax::xpos_name(view.doc.tokens[aux].xpos) == "VBG") return true;
  }
  return false;
}

// A subjectless gerund clause after its verb led by "on", "about" or "over" says what the
// talks, the agreement or the dispute were about ("signed an agreement on sending police to
// Haiti", "talked about sending tanks"): a topic, not a deed of its own.
bool is_topic_clause(const SentenceView& view, uint32_t verb) {
  if (view.parse.relation(verb) != Deprel::kAdvcl && view.parse.relation(verb) != Deprel::kAcl) return false;
  if (syntax::xpos_name(view.doc.tokens[verb].xpos) != "VBG") return false;
  if (view.parse.dependent(verb, Deprel::kNsubj) || view.parse.dependent(verb, Deprel::kNsubjPass)) return false;
  const std::optional<uint32_t> governor = view.parse.head(verb);
  if (!governor || *governor > verb) return false;
  for (uint32_t mark : view.parse.dependents(verb, Deprel::kMark)) {
    const std::string_view lemma = view.doc.tokens[mark].lemma;
    if (lemma == "on" || lemma == "about" || lemma == "over") return true;
  }
  return false;
}

// A past form with no subject that a preposition introduces is a participle used as an
// adjective that the parse took for a clause: "figures on seized cocaine", "photos of
// attacked villages". No clause begins with "on" and a past tense, so it reports no event.
bool is_participle_read_as_clause(const SentenceView& view, uint32_t verb) {
  if (view.parse.relation(verb) != Deprel::kAdvcl && view.parse.relation(verb) != Deprel::kAcl) return false;
  const std::string_view xpos = syntax::xpos_name(view.doc.tokens[verb].xpos);
  if (xpos != "VBD" && xpos != "VBN") return false;
  if (view.parse.dependent(verb, Deprel::kNsubj) || view.parse.dependent(verb, Deprel::kNsubjPass)) return false;
  for (uint32_t mark : view.parse.dependents(verb, Deprel::kMark)) {
    if (view.parse.upos(mark) != Upos::kAdp) continue;
    const std::string_view lemma = view.doc.tokens[mark].lemma;
    for (std::string_view preposition : {"on", "of", "for", "about", "from", "into", "over", "against", "in", "at"}) {
      if (lemma == preposition) return true;
    }
  }
  return false;
}

// A bare past participle that describes a noun says what was done to it: "the frigate,
// damaged in an air attack, ..." or "a convoy hit by shelling". When the parser makes the
// participle the sentence's verb with the noun for its subject, the comma between them and
// the missing auxiliary and the finite verb the parser hung on it ("..., left port") show the
// noun is that verb's subject. Without a comma or a "by" the participle may be a past tense
// the tagger misread ("troops marched into the camp, witnesses said"), which keeps its subject.
bool is_participle_describing_a_noun(const SentenceView& view, uint32_t verb) {
  if (syntax::xpos_name(view.doc.tokens[verb].xpos) != "VBN") return false;
  if (view.parse.dependent(verb, Deprel::kAux) || view.parse.dependent(verb, Deprel::kAuxPass)) return false;
  const bool set_off = verb > view.parse.begin() && view.doc.tokens[verb - 1].text == ",";
  if (view.parse.relation(verb) == Deprel::kAcl) {
    return set_off || view.parse.dependent(verb, Deprel::kOblAgent).has_value();
  }
  const std::optional<uint32_t> subject = view.parse.dependent(verb, Deprel::kNsubj);
  if (!subject || *subject > verb || !set_off) return false;
  for (uint32_t child : view.parse.children(verb)) {
    const Deprel r = view.parse.relation(child);
    if (child < verb || (r != Deprel::kParataxis && r != Deprel::kConj)) continue;
    const std::string_view xpos = syntax::xpos_name(view.doc.tokens[child].xpos);
    if ((xpos == "VBD" || xpos == "VBZ" || xpos == "VBP") && !view.parse.dependent(child, Deprel::kNsubj)) return true;
  }
  return false;
}

bool has_passive_voice(const SentenceView& view, uint32_t verb) {
  for (uint32_t child : view.parse.children(verb)) {
    const Deprel r = view.parse.relation(child);
    if (r == Deprel::kNsubjPass || r == Deprel::kAuxPass) return true;
  }
  return false;
}

// A bare participle conjoined to a passive verb shares its voice: in "was arrested and jailed
// by the police" the jailed one is the arrested one, not the jailer.
bool is_conjoined_to_a_passive(const SentenceView& view, uint32_t verb) {
  if (view.parse.relation(verb) != Deprel::kConj) return false;
  const std::string_view xpos = syntax::xpos_name(view.doc.tokens[verb].xpos);
  if (xpos != "VBN" && xpos != "VBD") return false;
  for (uint32_t child : view.parse.children(verb)) {
    const Deprel r = view.parse.relation(child);
    if (r == Deprel::kNsubj || r == Deprel::kAux || r == Deprel::kObj || r == Deprel::kCop) return false;
  }
  const std::optional<uint32_t> governor = view.parse.head(verb);
  return governor && *governor < verb && view.parse.upos(*governor) == Upos::kVerb &&
         has_passive_voice(view, *governor);
}

bool is_passive(const SentenceView& view, uint32_t verb) {
  return has_passive_voice(view, verb) || is_conjoined_to_a_passive(view, verb) ||
         is_participle_describing_a_noun(view, verb);
}

// Nouns for a fight or an armed attack, whose other side did the harm suffered in it.
bool names_a_fight(std::string_view lemma) {
  static constexpr std::string_view kFights[] = {"clash",  "fighting", "battle",  "skirmish", "firefight", "gunfight",
                                                 "attack", "ambush",   "assault", "raid",     "crackdown"};
  return std::find(std::begin(kFights), std::end(kFights), lemma) != std::end(kFights);
}

// Whether `verb` is a verb of the dictionaries read as a noun (or a subjectless gerund) that
// names a fight going on: the subject of a clause that reports it ("fighting between the army
// and the rebels spread", "clashes between Indian and Chinese troops erupted"), a headline
// ("Clashes between ..."), or what something happened in or during ("killed in fighting
// between ..."). A fight someone ends, fears or seeks to prevent is an object or a modifier
// of another noun ("called for an end to the fighting between ..."), and one that a negated
// or modal verb reports ("clashes between them could erupt") may not have happened.
bool reports_a_fight_going_on(const SentenceView& view, uint32_t verb) {
  if (view.parse.dependent(verb, Deprel::kNsubj) || view.parse.dependent(verb, Deprel::kNsubjPass)) return false;
  const Upos upos = view.parse.upos(verb);
  if (upos != Upos::kNoun && !(upos == Upos::kVerb && syntax::xpos_name(view.doc.tokens[verb].xpos) == "VBG")) {
    return false;
  }
  for (uint32_t determiner : view.parse.dependents(verb, Deprel::kDet)) {
    if (view.doc.tokens[determiner].lemma == "no") return false;
  }
  const Deprel relation = view.parse.relation(verb);
  if (relation == Deprel::kRoot) return true;
  const std::optional<uint32_t> governor = view.parse.head(verb);
  if (!governor || view.parse.upos(*governor) != Upos::kVerb) return false;
  if (relation == Deprel::kObl || relation == Deprel::kAdvcl) {
    return has_case_marker(view, verb, "in") || has_case_marker(view, verb, "during") ||
           has_mark(view, verb, "in") || has_mark(view, verb, "during");
  }
  if (relation != Deprel::kNsubj && relation != Deprel::kCsubj) return false;
  if (is_negated(view, *governor)) return false;
  for (uint32_t aux : view.parse.dependents(*governor, Deprel::kAux)) {
    if (syntax::xpos_name(view.doc.tokens[aux].xpos) == "MD") return false;
  }
  return true;
}

// The heads of the sides a fight is between ("between the army and the Rapid Support Forces",
// "between Indian and Chinese troops"); empty when it names no such phrase.
std::vector<uint32_t> sides_of_a_fight(const SentenceView& view, uint32_t fight) {
  std::vector<uint32_t> sides;
  for (uint32_t child : view.parse.children(fight)) {
    const Deprel r = view.parse.relation(child);
    if ((r == Deprel::kNmod || r == Deprel::kObl) && child > fight && has_case_marker(view, child, "between")) {
      add_with_conjuncts(view, child, sides);
      break;
    }
  }
  return sides;
}

// The participle that says what a protest demanded, when it names the demand itself with a
// verb of demanding or appealing: "marched in London demanding that Israel agree to a
// ceasefire", "walked out demanding the minister's resignation".
std::optional<uint32_t> demand_of_a_protest(const SentenceView& view, const lexicon::Dictionaries& dictionaries,
                                            uint32_t protest) {
  for (uint32_t clause : view.parse.children(protest)) {
    const Deprel r = view.parse.relation(clause);
    if (r != Deprel::kAdvcl && r != Deprel::kXcomp) continue;
    if (clause < protest || syntax::xpos_name(view.doc.tokens[clause].xpos) != "VBG") continue;
    if (view.parse.dependent(clause, Deprel::kNsubj) || view.parse.dependent(clause, Deprel::kMark)) continue;
    for (const Mention& m : view.mentions) {
      if (m.kind != lexicon::MentionKind::kVerb || m.verb_token != clause) continue;
      const lexicon::Verb& entry = dictionaries.verbs()[dictionaries.verb_forms()[m.owner].verb];
      const std::string_view code = dictionaries.codes().name(entry.code.code);
      if (code.starts_with("02") || code.starts_with("10")) return clause;
    }
  }
  return std::nullopt;
}

// Who did what a passive verb says was done: its agent, or a "by" phrase after it that the
// parser took for a plain oblique ("was killed by an Israeli strike"). Past a comma a "by"
// phrase belongs to what the comma sets off ("were threatened, including stoppages by nurses").
std::optional<uint32_t> passive_agent(const SentenceView& view, uint32_t verb) {
  if (std::optional<uint32_t> agent = view.parse.dependent(verb, Deprel::kOblAgent)) return agent;
  for (uint32_t oblique : view.parse.dependents(verb, Deprel::kObl)) {
    if (oblique < verb || !has_case_marker(view, oblique, "by")) continue;
    bool set_off = false;
    for (uint32_t t = verb + 1; t < view.parse.subtree(oblique).first; ++t) {
      set_off = set_off || view.parse.upos(t) == Upos::kPunct;
    }
    if (!set_off) return oblique;
  }
  // "were killed in a clash with Chinese troops", "wounded in an ambush by rebels": whoever the
  // fight was with or the attack by did it, when no agent is named.
  for (uint32_t oblique : view.parse.dependents(verb, Deprel::kObl)) {
    if (oblique < verb || !has_case_marker(view, oblique, "in") || !names_a_fight(view.doc.tokens[oblique].lemma)) {
      continue;
    }
    for (uint32_t party : view.parse.dependents(oblique, Deprel::kNmod)) {
      if (has_case_marker(view, party, "with") || has_case_marker(view, party, "by")) return party;
    }
  }
  return std::nullopt;
}

// Whether `head` is a common noun that names a thing: no actor, agent or anaphor, or a weapon
// (which the dictionaries may hold as an agent, "military aircraft" [~MIL]).
bool is_thing_noun(const SentenceView& view, uint32_t head) {
  if (view.parse.upos(head) != Upos::kNoun || view.at(view.actor, head) != kNone ||
      view.at(view.anaphor, head) != kNone) {
    return false;
  }
  return view.at(view.agent, head) == kNone || names_a_weapon(view, head);
}

// Whether `head` is a common noun naming a thing, not a weapon, that an agent adjective
// describes: "criminal proceedings", "military aid", "judicial review".
bool is_described_by_an_organ(const SentenceView& view, uint32_t head) {
  if (view.parse.upos(head) != Upos::kNoun || view.at(view.actor, head) != kNone ||
      view.at(view.agent, head) != kNone || view.at(view.anaphor, head) != kNone) {
    return false;
  }
  for (uint32_t a : view.parse.dependents(head, Deprel::kAmod)) {
    if (a < head && view.parse.upos(a) == Upos::kAdj && view.at(view.agent, a) != kNone) return true;
  }
  return false;
}

// "USAMIL" becomes "USA"; codes of no state, of organizations and of people stay.
void strip_role_of_a_state(ResolvedActor& actor) {
  constexpr size_t kStateAndRole = 6;
  if (actor.kind == ActorKind::kPerson || actor.code.size() != kStateAndRole || actor.code.starts_with("---")) return;
  if (cameo::find_actor_type(std::string_view(actor.code).substr(0, 3)) != nullptr) return;
  actor.code.resize(3);
  actor.kind = ActorKind::kState;
}

bool is_role_placeholder(const ResolvedActor& actor) {
  return actor.code.size() > 3 && actor.code.starts_with("---");
}

// Whether conjoined subjects with no other party act on each other under `code`: only when
// the act is one two parties do together (meeting, negotiating, signing an agreement,
// cooperating, a ceasefire, cutting ties, fighting) or the intent to do so. Praise, support,
// aid, visits, demands and concessions go one way: "Japan and France contributed to the fund"
// is not Japan aiding France, nor "Italy and Greece backed the plan" Italy backing Greece. A
// list longer than three is a group acting jointly ("the World Bank, Japan, France, Britain,
// Italy and Denmark contributed"), whose pairs would flood the dyads with events nobody reported.
bool acts_reciprocally(std::string_view code, size_t parties) {
  constexpr size_t kMostPairedParties = 3;
  if (parties > kMostPairedParties || code.size() < 3) return false;
  static constexpr std::array<std::string_view, 20> kJointActs = {
      "030", "031", "032", "036", "037",         // intent to cooperate, meet, settle
      "040", "041", "044", "046",                // consult, talk by phone, meet, negotiate
      "050", "057",                              // diplomatic cooperation, agreements
      "06",                                      // material cooperation
      "087",                                     // de-escalation, ceasefires
      "160", "161", "164",                       // cutting relations, breaking off talks
      "190", "193", "194", "196"};               // fighting each other
  return std::any_of(kJointActs.begin(), kJointActs.end(),
                     [&](std::string_view prefix) { return code.starts_with(prefix); });
}

// Whether `head` is a plural noun for the camps of a conflict or a negotiation: "factions",
// "sides", "parties".
bool names_rival_camps(const SentenceView& view, uint32_t head) {
  const std::string_view lemma = view.doc.tokens[head].lemma;
  return syntax::xpos_name(view.doc.tokens[head].xpos) == "NNS" &&
         (lemma == "faction" || lemma == "side" || lemma == "party");
}

bool is_capitalized(std::string_view word) { return !word.empty() && word.front() >= 'A' && word.front() <= 'Z'; }

bool names_another_party_in(const SentenceView& view, uint32_t clause, int depth) {
  constexpr int kDeepestControl = 3;
  for (uint32_t child : view.parse.children(clause)) {
    const Deprel r = view.parse.relation(child);
    // The tagger reads an unknown acronym as a common noun ("the ATPC"); its capital tells.
    const bool name = view.parse.upos(child) == Upos::kPropn ||
                      (view.parse.upos(child) == Upos::kNoun && is_capitalized(view.doc.tokens[child].text));
    if (!name) continue;
    if ((r == Deprel::kObj || r == Deprel::kIobj) && depth > 0) return true;
    if (r == Deprel::kObl && has_case_marker(view, child, "with")) return true;
  }
  for (uint32_t child : view.parse.dependents(clause, Deprel::kXcomp)) {
    if (depth < kDeepestControl && names_another_party_in(view, child, depth + 1)) return true;
  }
  return false;
}

// Whether the clause of `verb`, or a clause it controls, names a party other than its
// subjects that the dictionaries lack: a name they act with ("pledged to cooperate with the
// Tin Council") or, in a controlled clause, one they act on ("agreed to help OPEC"). Subjects
// that act with or on such a party do not act on each other. A name the verb itself takes is
// more often what is signed or held ("signed a Memorandum of Understanding"). `code` is the
// event's.
bool names_another_party(const SentenceView& view, const Mention& verb, std::string_view code) {
  // Whom parties fight is their object, named or not: soldiers and police "fighting the drug
  // trade" do not fight each other. An object the verb's own words hold ("exchanged fire") is
  // no party.
  if (code.starts_with("19")) {
    const std::optional<uint32_t> object = view.parse.dependent(verb.verb_token, Deprel::kObj);
    if (object && !verb.contains(*object)) return true;
  }
  return names_another_party_in(view, verb.verb_token, 0);
}

// Whether the verb's object or oblique is the reciprocal pronoun: in "India and Pakistan
// accused each other" or "blamed one another for the clashes", each subject acts on the others,
// whatever the act.
bool acts_on_each_other(const SentenceView& view, uint32_t verb) {
  for (uint32_t child : view.parse.children(verb)) {
    const Deprel r = view.parse.relation(child);
    if (r != Deprel::kObj && r != Deprel::kIobj && r != Deprel::kObl) continue;
    // The parser heads "each other" by "each" and "one another" by "another".
    const std::string_view word = view.doc.tokens[child].lemma;
    if (word == "each" && child + 1 < view.parse.end() && view.doc.tokens[child + 1].lemma == "other") return true;
    if (word == "another" && child > view.parse.begin() && view.doc.tokens[child - 1].lemma == "one") return true;
  }
  return false;
}

// The subject of the condition a threat is made under: in "threatened to cut off gas
// transit to Europe if the European Union imposed sanctions" the threat is aimed at the
// Union, whose deed would set it off. The condition may hang on the threatening verb or on
// what it threatens to do.
std::optional<uint32_t> condition_subject(const SentenceView& view, uint32_t verb) {
  constexpr int kDeepestThreatenedClause = 3;
  uint32_t clause = verb;
  for (int depth = 0; depth < kDeepestThreatenedClause; ++depth) {
    for (uint32_t condition : view.parse.dependents(clause, Deprel::kAdvcl)) {
      if (!has_mark(view, condition, "if") && !has_mark(view, condition, "unless")) continue;
      if (std::optional<uint32_t> subject = view.parse.dependent(condition, Deprel::kNsubj)) return subject;
    }
    const std::optional<uint32_t> threatened = view.parse.dependent(clause, Deprel::kXcomp);
    if (!threatened) break;
    clause = *threatened;
  }
  return std::nullopt;
}

// People of a state who act on that state itself ("Russian protesters demonstrated against
// Russia") act on its government: a country is no party to its own politics. Organs of the
// state acting on it ("the government declared an emergency across Ecuador") keep it.
void direct_at_own_government(std::span<const ResolvedActor> sources, std::vector<ResolvedActor>& targets) {
  if (sources.empty()) return;
  const std::string_view state = std::string_view(sources.front().code).substr(0, 3);
  if (state.size() < 3 || state == "---" || state == "IGO") return;
  for (const ResolvedActor& source : sources) {
    if (source.code.size() < 6 || !source.code.starts_with(state)) return;
    const std::string_view role = std::string_view(source.code).substr(3, 3);
    for (std::string_view organ : {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}) {
      if (role == organ) return;
    }
  }
  for (ResolvedActor& target : targets) {
    if (target.code == state) target.code += "GOV";
  }
}

// An act with no one named to receive it that can only be aimed at the actor's own state:
// a protest ("hundreds of thousands marched in Hong Kong against the bill") or a demand for
// political change ("protesters in Algeria demanded a new constitution") is aimed at its
// government, and a curfew, restrictions, martial law or a state of emergency (1721-1724)
// at the country, by its government ("Turkey declared a state of emergency": TURGOV on TUR).
// Event data sets code these as domestic dyads; without this they yield nothing. The implied
// target is drawn at the verb, which is all the text says of it.
void aim_at_own_state(const SentenceView& view, std::string_view code, std::vector<ResolvedActor>& sources,
                      std::vector<ResolvedActor>& targets, uint32_t verb_token, uint32_t clause_verb) {
  if (!targets.empty() || sources.empty()) return;
  const auto subcode_1_to_4 = [&](std::string_view parent) {
    return code.size() == 4 && code.starts_with(parent) && code[3] >= '1' && code[3] <= '4';
  };
  // Appeals and demands for a change of leaders, policy, rights or institutions (0241-0244,
  // 1041-1044) ask the government for what only it can grant, as protests do.
  const bool demand = subcode_1_to_4("024") || subcode_1_to_4("104");
  const bool protest = code.starts_with("14") || demand;
  // So is yielding to demands for new leaders, policy, rights or institutions (0831-0834): a
  // leader who resigns or a government that withdraws a bill after protests gives way to its own
  // country ("the prime minister resigned": the government on the country). A participle only
  // says what came of another act ("was sworn in, ending years of rule"), no one yielding.
  const bool yielding = subcode_1_to_4("083") && syntax::xpos_name(view.doc.tokens[clause_verb].xpos) != "VBG";
  const bool restriction = subcode_1_to_4("172");
  if (!protest && !restriction && !yielding) return;
  const std::string_view state = std::string_view(sources.front().code).substr(0, 3);
  if (state.size() < 3 || state == "---" || state == "IGO" || state == "NGO" || state == "MNC") return;
  for (const ResolvedActor& source : sources) {
    if (!source.code.starts_with(state)) return;
    // The government protesting against itself is no protest, and a state named alone
    // ("Ottawa is seeking to change the rules") speaks for its government.
    if (protest && std::string_view(source.code).substr(3, 3) == "GOV") return;
    if (demand && source.code.size() == 3) return;
    // Only those who govern have power to give up: workers who "accepted terms to quit" yield
    // to their employer.
    if (yielding && source.code.size() != 3 && std::string_view(source.code).substr(3, 3) != "GOV") return;
  }
  targets.push_back(ResolvedActor{std::string(state) + (protest ? "GOV" : ""), ActorKind::kState, verb_token,
                                  verb_token});
  if (restriction || yielding) {
    for (ResolvedActor& source : sources) {
      if (source.code == state) source.code += "GOV";
    }
  }
}

// Whether `actor` is armed forces or police ("---MIL" for "troops", "VENMIL") of no state
// or of `state`.
bool is_force_of(const ResolvedActor& actor, std::string_view state) {
  if (actor.code.size() != 6) return false;
  const std::string_view owner = std::string_view(actor.code).substr(0, 3);
  const std::string_view role = std::string_view(actor.code).substr(3);
  return (owner == "---" || owner == state) && (role == "MIL" || role == "COP" || role == "SPY" || role == "UAF");
}

// "His Chinese counterpart", "their Dutch counterparts": the office of the source in another
// state. The phrase names only that state; the source's role says which of its organs is meant.
void give_counterparts_the_source_role(const SentenceView& view, const CandidateGroup* group,
                                       std::span<const ResolvedActor> sources, std::vector<ResolvedActor>& targets) {
  constexpr size_t kStateAndRole = 6;
  if (group == nullptr || sources.empty() || sources.front().code.size() != kStateAndRole) return;
  // A state's code: not a placeholder, nor an organization or region ("IGO", "EUR").
  const auto names_a_state = [](std::string_view code) {
    return code.size() >= 3 && code.substr(0, 3) != "---" && cameo::find_actor_type(code.substr(0, 3)) == nullptr;
  };
  const std::string_view source = sources.front().code;
  const cameo::ActorType* role = cameo::find_actor_type(source.substr(3));
  if (role == nullptr || role->kind != cameo::ActorTypeKind::kDomesticRole || !names_a_state(source)) return;
  const bool counterparts = std::all_of(group->heads.begin(), group->heads.end(), [&](uint32_t h) {
    return view.parse.upos(h) == Upos::kNoun && view.doc.tokens[h].lemma == "counterpart";
  });
  if (!counterparts) return;
  for (ResolvedActor& target : targets) {
    if (target.code.size() == 3 && names_a_state(target.code) && !source.starts_with(target.code)) {
      target.code += source.substr(3);
    }
  }
}

// The verb whose object is the subject of the infinitive clause `verb` ("ordered troops to
// deploy"), if any. The parser may hang the clause on the object itself ("ordered the police
// to attack" read as police who are to attack).
std::optional<uint32_t> controller_with_object(const SentenceView& view, uint32_t verb) {
  const Deprel r = view.parse.relation(verb);
  const bool infinitive = has_mark(view, verb, "to");
  if (r != Deprel::kXcomp && !((r == Deprel::kAdvcl || r == Deprel::kAcl) && infinitive)) return std::nullopt;
  if (view.parse.dependent(verb, Deprel::kNsubj) || view.parse.dependent(verb, Deprel::kNsubjPass)) return std::nullopt;
  std::optional<uint32_t> governor = view.parse.head(verb);
  if (governor && r == Deprel::kAcl) {
    if (view.parse.relation(*governor) != Deprel::kObj) return std::nullopt;
    governor = view.parse.head(*governor);
  }
  if (!governor || !view.parse.dependent(*governor, Deprel::kObj)) return std::nullopt;
  return governor;
}

}  // namespace

bool VerbCoder::word_matches(const SentenceView& view, const PatternElement& element,
                             uint32_t token) const {
  const uint32_t word = view.at(view.word, token);
  if (word == element.id) return true;
  if (!element.stem) return false;
  const std::string_view stem = dictionaries_.words().name(element.id);
  return lexicon::fold_word(view.doc.tokens[token].text).starts_with(stem);
}

uint32_t VerbCoder::words_length(const SentenceView& view, std::span<const PatternElement> words,
                                 uint32_t position, bool forward) const {
  // Words joined by "_" are consecutive; a blank lets other words come between them
  // ("AUSTRIAN FLORIN" matches "Austrian gold florin"). The first match of each word is taken.
  const uint32_t low = view.parse.begin();
  const uint32_t high = view.parse.end();
  const uint32_t n = static_cast<uint32_t>(words.size());
  if (n == 0 || position < low || position >= high) return 0;
  for (const PatternElement& word : words) {
    if (word.kind != ElementKind::kWord) return 0;
  }
  uint32_t at = position;
  for (uint32_t k = 0; k < n; ++k) {
    const uint32_t i = forward ? k : n - 1 - k;
    // Whether this word must directly follow (forward) or precede (backward) the previous one.
    const bool joined = k > 0 && (forward ? words[i - 1].adjacent_to_next : words[i].adjacent_to_next);
    if (k > 0) {
      if (forward ? at + 1 >= high : at <= low) return 0;
      at = forward ? at + 1 : at - 1;
    }
    while (!word_matches(view, words[i], at)) {
      if (k == 0 || joined || (forward ? at + 1 >= high : at <= low)) return 0;
      at = forward ? at + 1 : at - 1;
    }
  }
  return forward ? at - position + 1 : position - at + 1;
}

uint32_t VerbCoder::element_length(const Cursor& cursor, const PatternElement& element,
                                   uint32_t position, bool forward, Bindings& bindings) const {
  const SentenceView& view = cursor.view;
  switch (element.kind) {
    case ElementKind::kWord:
      return word_matches(view, element, position) ? 1 : 0;
    case ElementKind::kSynset: {
      const lexicon::Synset& synset = dictionaries_.synsets()[element.id];
      for (uint32_t m = synset.first_member; m < synset.first_member + synset.member_count; ++m) {
        const auto words = dictionaries_.elements_of(dictionaries_.synset_members()[m]);
        if (const uint32_t length = words_length(view, words, position, forward)) return length;
      }
      return 0;
    }
    case ElementKind::kSource:
    case ElementKind::kTarget:
    case ElementKind::kCompound:
    case ElementKind::kSkip: {
      const Mention* mention = actor_mention_at(view, position, forward);
      if (mention == nullptr) return 0;
      const uint32_t head = noun_phrase_head(view, mention_head(view, *mention));
      if (element.kind == ElementKind::kSource) bindings.source = head;
      if (element.kind == ElementKind::kTarget) bindings.target = head;
      if (element.kind == ElementKind::kCompound) bindings.compound = true;
      return mention->last_token - mention->first_token + 1;
    }
    case ElementKind::kVerb:
      return 0;
  }
  return 0;
}

bool VerbCoder::match_forward(const Cursor& cursor, uint32_t element, uint32_t position,
                              bool adjacent, Bindings& bindings) const {
  if (element == cursor.elements.size()) return true;
  const PatternElement& e = cursor.elements[element];
  for (uint32_t p = position; p < cursor.high; ++p) {
    Bindings tried = bindings;
    const uint32_t length = element_length(cursor, e, p, true, tried);
    if (length > 0 && match_forward(cursor, element + 1, p + length, e.adjacent_to_next, tried)) {
      bindings = tried;
      return true;
    }
    if (adjacent) break;
  }
  return false;
}

bool VerbCoder::match_backward(const Cursor& cursor, uint32_t element, uint32_t position,
                               bool adjacent, Bindings& bindings) const {
  // `element` counts down; the pattern's first element is matched last.
  if (element == 0) return true;
  const PatternElement& e = cursor.elements[element - 1];
  const bool joined = e.adjacent_to_next || adjacent;
  for (uint32_t p = position; p + 1 > cursor.low && p != UINT32_MAX; --p) {
    Bindings tried = bindings;
    const uint32_t length = element_length(cursor, e, p, false, tried);
    if (length > 0 && p + 1 >= cursor.low + length) {
      tried.first = p + 1 - length;  // elements further back overwrite it as they match
      if (match_backward(cursor, element - 1, p - length, false, tried)) {
        bindings = tried;
        return true;
      }
    }
    if (joined) break;
  }
  return false;
}

bool VerbCoder::match_pattern(const SentenceView& view, const lexicon::Pattern& pattern,
                              const Mention& verb, Bindings& bindings) const {
  const auto elements = dictionaries_.elements_of(pattern);
  const Cursor cursor{view, elements, pattern.verb_element, view.parse.begin(), view.parse.end()};
  Bindings tried = bindings;
  const bool verb_joined_after = elements[pattern.verb_element].adjacent_to_next;
  if (!match_forward(cursor, pattern.verb_element + 1, verb.last_token + 1, verb_joined_after, tried)) {
    return false;
  }
  if (verb.first_token == view.parse.begin()) {
    if (pattern.verb_element != 0) return false;
  } else if (!match_backward(cursor, pattern.verb_element, verb.first_token - 1, false, tried)) {
    return false;
  }
  bindings = tried;
  return true;
}

bool VerbCoder::match_passive_subject(const SentenceView& view, const lexicon::Pattern& pattern, uint32_t verb,
                                      Bindings& bindings) const {
  const auto elements = dictionaries_.elements_of(pattern);
  // Only patterns that read nothing before the verb and name no source: those say what is
  // done to whom, whichever side of the verb that party stands.
  if (pattern.verb_element != 0 || elements.size() < 2 || elements[0].adjacent_to_next) return false;
  for (const PatternElement& e : elements) {
    if (e.kind == ElementKind::kSource || e.kind == ElementKind::kCompound) return false;
  }
  const std::optional<uint32_t> subject = view.parse.dependent(verb, Deprel::kNsubjPass);
  if (!subject || *subject > verb) return false;
  const syntax::Phrase phrase = view.parse.subtree(*subject);
  const Cursor cursor{view, elements, 0, phrase.first, std::min(phrase.last + 1, verb)};
  Bindings tried = bindings;
  if (!match_forward(cursor, 1, phrase.first, false, tried)) return false;
  bindings = tried;
  return true;
}

// A demonstration (141) or other protest of a kind CAMEO divides by aim (142-145) held demanding
// something takes the aim from the demand: new leaders (1041, 0241) make 1411, a policy change
// 1412, rights 1413, institutions 1414, and so do concessions, talks, a settlement or mediation
// (105-108, 025-028: "that Israel agree to a ceasefire", "the release of prisoners") as
// changes of policy. Other demands (for aid, information, cooperation) say nothing of such an
// aim. Only codes the dictionaries use can be given.
void VerbCoder::refine_protest_by_its_demand(const SentenceView& view, uint32_t demand, const ActorResolver& resolver,
                                             const StoryMemory& memory, lexicon::EventCode& protest) const {
  const std::string_view protest_code = dictionaries_.codes().name(protest.code);
  if (protest_code.size() != 3 || protest_code[2] < '1' || protest_code[2] > '5') return;
  for (const Mention& m : view.mentions) {
    if (m.kind != lexicon::MentionKind::kVerb || m.verb_token != demand) continue;
    const std::optional<CodedVerb> coded = code(view, m, resolver, memory);
    if (!coded) return;
    const std::string_view demand_code = dictionaries_.codes().name(coded->code.code);
    if (demand_code.size() < 3 || demand_code == "100" || demand_code == "020") return;
    char aim = 0;
    if ((demand_code.starts_with("104") || demand_code.starts_with("024")) && demand_code.size() == 4 &&
        demand_code[3] >= '1' && demand_code[3] <= '4') {
      aim = demand_code[3];
    }
    // Concessions, talks, a settlement or mediation (105-108, 025-028) change a policy.
    if (demand_code[2] >= '5' && demand_code[2] <= '8') aim = '2';
    if (aim == 0) return;
    const uint32_t refined = dictionaries_.codes().find(std::string(protest_code) + aim);
    if (refined != lexicon::kNotFound) protest.code = refined;
    return;
  }
}

std::optional<CodedVerb> VerbCoder::code(const SentenceView& view, const Mention& verb,
                                         const ActorResolver& resolver,
                                         const StoryMemory& memory) const {
  const uint32_t v = verb.verb_token;
  if (v == lexicon::kNoToken) return std::nullopt;
  // A fight named with the sides it is between is theirs whatever verb reports it.
  const std::vector<uint32_t> fight_sides =
      reports_a_fight_going_on(view, v) ? sides_of_a_fight(view, v) : std::vector<uint32_t>();
  if (fight_sides.empty() && !reads_as_verb(view, v)) return std::nullopt;
  if (is_background_clause(view, v) || is_topic_clause(view, v) || is_participle_read_as_clause(view, v)) {
    return std::nullopt;
  }

  const lexicon::VerbForm& form = dictionaries_.verb_forms()[verb.owner];
  const lexicon::Verb& entry = dictionaries_.verbs()[form.verb];
  const lexicon::VerbBlock& block = dictionaries_.verb_blocks()[entry.block];

  CodedVerb coded;
  coded.code = entry.code;
  coded.verb_first = verb.first_token;
  coded.verb_last = verb.last_token;
  coded.verb_token = v;
  Bindings bindings;
  bool matched = false;
  bool words_before_verb = false;
  for (uint32_t i = block.first_pattern; i < block.first_pattern + block.pattern_count; ++i) {
    const lexicon::Pattern& pattern = dictionaries_.patterns()[patterns_by_length_[i]];
    // A "+++" pattern marks a phrasing too complex to code, not a code: it leaves the choice
    // to the verb's other patterns.
    if (pattern.code.code == lexicon::kComplexCode) continue;
    Bindings found;
    if (match_pattern(view, pattern, verb, found)) {
      coded.code = pattern.code;
      bindings = found;
      words_before_verb = pattern.verb_element > 0;
      matched = true;
      break;
    }
  }
  if (!matched && is_passive(view, v)) {
    for (uint32_t i = block.first_pattern; i < block.first_pattern + block.pattern_count; ++i) {
      const lexicon::Pattern& pattern = dictionaries_.patterns()[patterns_by_length_[i]];
      if (pattern.code.code == lexicon::kComplexCode) continue;
      Bindings found;
      if (match_passive_subject(view, pattern, v, found)) {
        coded.code = pattern.code;
        bindings = found;
        break;
      }
    }
  }
  // A negated verb is not the event ("did not attack"), nor one that says what ought to be
  // done, unless a pattern that reads the words before the verb chose the code: such patterns
  // spell out the negation or the obligation themselves.
  if (!words_before_verb && (is_negated(view, v) || is_obligation(view, v))) return std::nullopt;
  // So does a pattern whose words reach back over the negation of a governing verb
  // ("won't try to clash"); one that starts after it ("never threatened to expel") does not.
  if (const std::optional<uint32_t> negation = governor_negation(view, v);
      negation && (bindings.first == kNone || *negation < bindings.first)) {
    return std::nullopt;
  }
  if (subject_is_denied(view, v)) return std::nullopt;
  if (coded.code.code == lexicon::kNullCode || coded.code.code == lexicon::kComplexCode) return std::nullopt;
  if (!fight_sides.empty()) {
    if (!dictionaries_.codes().name(coded.code.code).starts_with("19")) return std::nullopt;
    for (uint32_t side : fight_sides) resolver.resolve(view, side, memory, coded.sources);
    resolver.place_roles(view, coded.sources);
    const bool two_sides = std::any_of(coded.sources.begin(), coded.sources.end(), [&](const ResolvedActor& a) {
      return a.code != coded.sources.front().code;
    });
    if (!two_sides) return std::nullopt;
    coded.targets = coded.sources;
    return coded;
  }

  std::vector<CandidateGroup> source_groups(1), target_groups;
  if (is_passive(view, v)) {
    if (std::optional<uint32_t> agent = passive_agent(view, v)) {
      add_with_conjuncts(view, *agent, source_groups[0].heads);
      // An agent that names no one may say who sent it: "hit by a wave of drones launched by
      // Russia".
      if (std::optional<uint32_t> inside = first_actor_inside(view, *agent)) {
        source_groups.emplace_back().heads = {noun_phrase_head(view, *inside)};
      }
    }
    subjects_of(view, v, target_groups.emplace_back().heads);
  } else {
    subjects_of(view, v, source_groups[0].heads);
    target_groups_of(view, v, target_groups);
  }
  if (bindings.source != kNone) source_groups.assign(1, {.heads = list_holding(view, bindings.source)});
  if (bindings.target != kNone) target_groups.assign(1, {.heads = list_holding(view, bindings.target)});
  // A protest is aimed at whom it demands something of, not at the place it was held; that
  // place says whose people protested: in "thousands marched in London demanding that Israel
  // agree to a ceasefire" Britons protest against Israel.
  std::vector<ResolvedActor> protest_venue;
  if (bindings.target == kNone && dictionaries_.codes().name(coded.code.code).starts_with("14")) {
    if (const std::optional<uint32_t> demand = demand_of_a_protest(view, dictionaries_, v)) {
      std::vector<CandidateGroup> demanded;
      target_groups_of(view, *demand, demanded);
      std::erase_if(demanded, [](const CandidateGroup& group) { return group.locative; });
      if (!demanded.empty()) {
        for (const CandidateGroup& group : target_groups) {
          if (!group.within || !protest_venue.empty()) continue;
          for (uint32_t head : group.heads) resolver.resolve(view, head, memory, protest_venue);
        }
        std::erase_if(target_groups, [](const CandidateGroup& group) { return group.locative; });
        target_groups.insert(target_groups.begin(), demanded.begin(), demanded.end());
      }
      refine_protest_by_its_demand(view, *demand, resolver, memory, coded.code);
    }
  }

  // The actors of the first group that names any. A group that names only roles of unknown
  // states ("shared intelligence with Ukraine": "---SPY") yields to a later group that
  // names a state, and is kept when none does. A place the event happened at does not displace
  // such roles ("killed protesters at the Khartoum sit-in"), and a territory it happened in
  // gives them its state: in "tortured civilians in Bucha" the target is Ukraine's civilians.
  // Returns the group chosen, nullptr for none.
  const auto resolve_first = [&](const std::vector<CandidateGroup>& groups,
                                 std::vector<ResolvedActor>& out) -> const CandidateGroup* {
    std::vector<ResolvedActor> placeholders;
    const CandidateGroup* placeholder_group = nullptr;
    const CandidateGroup* territory = nullptr;
    for (const CandidateGroup& group : groups) {
      if (group.locative && std::any_of(placeholders.begin(), placeholders.end(), is_role_placeholder)) {
        if (group.within && territory == nullptr) territory = &group;
        continue;
      }
      for (uint32_t head : group.heads) resolver.resolve(view, head, memory, out);
      // A thing of a state's deep inside what the verb acts on only says whose it is: in
      // "accepted deportees arriving on U.S. military aircraft" the deportees come from the
      // United States, not from its military.
      if (group.inside && is_thing_noun(view, group.heads.front())) {
        for (ResolvedActor& actor : out) strip_role_of_a_state(actor);
      }
      const bool only_placeholders = std::all_of(out.begin(), out.end(), [](const ResolvedActor& a) {
        return a.code.starts_with("---");
      });
      if (!out.empty() && !only_placeholders) return &group;
      if (placeholders.empty() && !out.empty()) {
        placeholders = std::move(out);
        placeholder_group = &group;
      }
      out.clear();
    }
    if (territory != nullptr) {
      for (uint32_t head : territory->heads) resolver.resolve(view, head, memory, out);
      ActorResolver::place_roles_by(placeholders, out);
    }
    out = std::move(placeholders);
    return placeholder_group;
  };
  resolve_first(source_groups, coded.sources);
  ActorResolver::place_roles_by(coded.sources, protest_venue);
  // Forces act for whoever commands them: in "Maduro ordered troops to deploy along the coast"
  // or "ordered the security forces to suspend intelligence sharing", the deployment and the
  // suspension are Maduro's and Petro's. Forces of another state keep their own deed.
  if (bindings.source == kNone && !coded.sources.empty()) {
    if (const std::optional<uint32_t> governor = controller_with_object(view, v)) {
      std::vector<uint32_t> heads;
      subjects_of(view, *governor, heads);
      std::vector<ResolvedActor> commanders;
      for (uint32_t head : heads) resolver.resolve(view, head, memory, commanders);
      const std::string_view state =
          commanders.empty() ? std::string_view() : std::string_view(commanders.front().code).substr(0, 3);
      const bool commanded = state.size() == 3 && state != "---" &&
                             std::all_of(coded.sources.begin(), coded.sources.end(),
                                         [&](const ResolvedActor& a) { return is_force_of(a, state); });
      if (commanded) coded.sources = std::move(commanders);
    }
  }
  // Conjoined subjects with no one else to act on ("the Philippines and France agree",
  // "Trump and Putin met in Helsinki") act on each other; the emitter drops an actor's event
  // with itself.
  const bool mutual = coded.sources.size() > 1 &&
                      (bindings.compound || acts_on_each_other(view, v) ||
                       (acts_reciprocally(dictionaries_.codes().name(coded.code.code), coded.sources.size()) &&
                        (bindings.target != kNone ||
                         !names_another_party(view, verb, dictionaries_.codes().name(coded.code.code)))));
  if (mutual && !bindings.compound) {
    std::erase_if(target_groups, [](const CandidateGroup& group) { return group.locative; });
  }
  const CandidateGroup* target_group = resolve_first(target_groups, coded.targets);
  // Parties acting on each other do so at a venue that a phrase inside their object may name
  // ("held talks in Oman", which names the target by the whole phrase), no party of theirs.
  if (mutual && !bindings.compound && bindings.target == kNone) {
    std::erase_if(coded.targets, [&](const ResolvedActor& a) {
      for (uint32_t t = a.first_token; t <= a.last_token; ++t) {
        if (is_locative(view, t)) return true;
      }
      return false;
    });
  }
  // A thing of the actor's own state ("ended U.S. support for the Saudi-led offensive", "cut
  // its gas deliveries to Poland") is what it acts with; whom it acts on comes after. People
  // and organs of that state ("criticized Trump's response") are parties of their own; an
  // organ's adjective only says what kind of thing it is ("paused U.S. military aid").
  if (bindings.target == kNone && !coded.sources.empty()) {
    const std::string_view state = std::string_view(coded.sources.front().code).substr(0, 3);
    const auto names_a_thing = [&](const CandidateGroup& group) {
      return std::all_of(group.heads.begin(), group.heads.end(), [&](uint32_t h) {
        const Upos upos = view.parse.upos(h);
        return upos == Upos::kNoun && view.at(view.actor, h) == kNone && view.at(view.agent, h) == kNone &&
               view.at(view.anaphor, h) == kNone;
      });
    };
    const auto described_by_an_organ = [&](const CandidateGroup& group) {
      return std::all_of(group.heads.begin(), group.heads.end(),
                         [&](uint32_t h) { return is_described_by_an_organ(view, h); });
    };
    const auto own_state = [&](const std::vector<ResolvedActor>& actors, bool organ_adjective) {
      constexpr size_t kStateAndRole = 6;
      return !actors.empty() && std::all_of(actors.begin(), actors.end(), [&](const ResolvedActor& a) {
               return a.code == state || (organ_adjective && a.kind != ActorKind::kPerson &&
                                          a.code.size() == kStateAndRole && a.code.starts_with(state));
             });
    };
    // "Recalled its ambassador", "closed its embassy": the state's own organ, named by a
    // pronoun standing for the state, is what it acts through.
    const auto owned_through_a_pronoun = [&](const CandidateGroup& group) {
      return std::all_of(group.heads.begin(), group.heads.end(), [&](uint32_t h) {
        for (uint32_t possessor : view.parse.dependents(h, Deprel::kNmodPoss)) {
          if (view.parse.upos(possessor) == Upos::kPron && view.at(view.anaphor, possessor) != kNone) return true;
        }
        return false;
      });
    };
    // "Withdrew the United States from the agency", "took Britain out of the bloc": an actor
    // of a state that moves that state by name away from something acts for it, on what it
    // leaves. (A place of the state taken from no one, "rebels entered Kabul", is the target.)
    const std::optional<uint32_t> direct_object = view.parse.dependent(v, Deprel::kObj);
    const auto moved_away = [&] {
      for (uint32_t oblique : view.parse.dependents(v, Deprel::kObl)) {
        if (has_case_marker(view, oblique, "from") || has_case_marker(view, oblique, "out")) return true;
      }
      return false;
    };
    const auto moves_its_own_state = [&](const CandidateGroup& group) {
      return direct_object && group.heads.size() == 1 && group.heads.front() == *direct_object &&
             view.parse.upos(*direct_object) == Upos::kPropn && own_state(coded.targets, false) && moved_away();
    };
    const auto acts_with_its_own = [&](const CandidateGroup& group) {
      if (moves_its_own_state(group)) return true;
      if (names_a_thing(group)) return own_state(coded.targets, described_by_an_organ(group));
      return owned_through_a_pronoun(group) && own_state(coded.targets, true);
    };
    while (state.size() == 3 && state != "---" && target_group != nullptr && acts_with_its_own(*target_group)) {
      target_groups.erase(target_groups.begin() + (target_group - target_groups.data()));
      coded.targets.clear();
      target_group = resolve_first(target_groups, coded.targets);
    }
  }
  // A show of force (15) is aimed at whom the forces are sent against, not at the forces the
  // actor deploys or alerts ("deployed troops along the coast in response to the U.S. buildup",
  // "put its nuclear forces on alert"). With no one else named there is no target.
  if (dictionaries_.codes().name(coded.code.code).starts_with("15") && !coded.sources.empty() &&
      bindings.target == kNone) {
    const std::string_view state = std::string_view(coded.sources.front().code).substr(0, 3);
    const auto own_forces = [&](const std::vector<ResolvedActor>& actors) {
      return !actors.empty() && std::all_of(actors.begin(), actors.end(),
                                            [&](const ResolvedActor& a) { return is_force_of(a, state); });
    };
    while (target_group != nullptr && own_forces(coded.targets)) {
      target_groups.erase(target_groups.begin() + (target_group - target_groups.data()));
      coded.targets.clear();
      target_group = resolve_first(target_groups, coded.targets);
    }
  }
  // Whom a that-clause is about is no target when a government speaks of its own state: in
  // "Trump announced the United States would withdraw" the state announces its own course. A
  // group of its people ("the farmers' union hopes France will resist") does address it.
  if (!coded.sources.empty() && bindings.target == kNone && coded.sources.front().code.size() == 6 &&
      coded.sources.front().code.ends_with("GOV")) {
    const std::string_view state = std::string_view(coded.sources.front().code).substr(0, 3);
    const auto the_speakers_state = [&](const std::vector<ResolvedActor>& actors) {
      return !actors.empty() &&
             std::all_of(actors.begin(), actors.end(), [&](const ResolvedActor& a) { return a.code == state; });
    };
    while (target_group != nullptr && target_group->clausal && the_speakers_state(coded.targets)) {
      target_groups.erase(target_groups.begin() + (target_group - target_groups.data()));
      coded.targets.clear();
      target_group = resolve_first(target_groups, coded.targets);
    }
  }
  // A threat is aimed at whose deed would set it off.
  if (dictionaries_.codes().name(coded.code.code).starts_with("13")) {
    if (const std::optional<uint32_t> subject = condition_subject(view, v)) {
      std::vector<ResolvedActor> deterred;
      resolver.resolve(view, *subject, memory, deterred);
      // A named party only: a pronoun there mostly stands for the one threatened already. Nor
      // one of the threatening state's own ("could revoke licences of Japanese banks if U.K.
      // firms fail to get similar treatment"), whose fate is the reason, not the aim.
      const std::string_view own_state =
          coded.sources.empty() ? std::string_view() : std::string_view(coded.sources.front().code).substr(0, 3);
      const bool named = !deterred.empty() && std::none_of(deterred.begin(), deterred.end(), [&](const ResolvedActor& a) {
        return a.inferred || a.code.starts_with("---") || a.code.starts_with(own_state);
      });
      if (named) coded.targets = std::move(deterred);
    }
  }
  give_counterparts_the_source_role(view, target_group, coded.sources, coded.targets);
  const bool only_placeholders = std::all_of(coded.targets.begin(), coded.targets.end(),
                                             [](const ResolvedActor& a) { return a.code.starts_with("---"); });
  // A source takes its state only from the party it acts on ("a gunman tried to kill Trump"),
  // not from whom it speaks about in a clause, nor from the adjective of a conjoined actor;
  // roles acting on each other take the state nearest them.
  const bool source_stands_alone = std::none_of(coded.sources.begin(), coded.sources.end(),
                                                [](const ResolvedActor& a) { return !a.code.starts_with("---"); });
  // Parties of two states acting on each other may name one of them again as whose a thing
  // is ("Nigeria and France signed an accord to reschedule Nigeria's debt"): they still act on
  // each other. A name of its own ("returned to Cairo") is a party, or a place, of the act.
  const auto state_of_actor = [](const ResolvedActor& a) { return std::string_view(a.code).substr(0, 3); };
  const auto among_sources = [&](const ResolvedActor& actor) {
    return std::any_of(coded.sources.begin(), coded.sources.end(),
                       [&](const ResolvedActor& s) { return state_of_actor(s) == state_of_actor(actor); });
  };
  const bool sources_of_two_states = std::any_of(coded.sources.begin(), coded.sources.end(), [&](const ResolvedActor& s) {
    return state_of_actor(s) != state_of_actor(coded.sources.front());
  });
  const bool names_a_thing_of_the_parties =
      bindings.target == kNone && target_group != nullptr && sources_of_two_states &&
      std::all_of(coded.targets.begin(), coded.targets.end(), among_sources) &&
      std::none_of(target_group->heads.begin(), target_group->heads.end(),
                   [&](uint32_t h) { return view.parse.upos(h) == Upos::kPropn; });
  // Nor does a party named only deep inside what they act on ("agreed to a ceasefire that
  // ended fighting with Hezbollah") displace each other. One named as whose a thing is, a
  // third party's ("signed an agreement to reschedule Ukraine's debt"), is whom they act on.
  const bool named_only_deep_inside =
      bindings.target == kNone && target_group != nullptr && target_group->inside &&
      std::all_of(target_group->heads.begin(), target_group->heads.end(),
                  [&](uint32_t h) { return view.at(view.actor, h) != kNone; });
  // "Libya's warring factions signed a ceasefire", "Sudan's rival parties agreed to talks": the
  // camps of one state, named together, act on each other within it.
  if (coded.targets.empty() && bindings.target == kNone && coded.sources.size() == 1 &&
      coded.sources.front().code.size() == 3 && source_groups.front().heads.size() == 1 &&
      names_rival_camps(view, source_groups.front().heads.front()) &&
      acts_reciprocally(dictionaries_.codes().name(coded.code.code), 2)) {
    coded.targets = coded.sources;
    coded.within_one_state = true;
    return coded;
  }
  if ((only_placeholders || bindings.compound || names_a_thing_of_the_parties || named_only_deep_inside) && mutual) {
    if (source_stands_alone) resolver.place_roles(view, coded.sources);
    coded.targets = coded.sources;
    return coded;
  }
  resolver.place_roles(view, coded.targets);
  if (source_stands_alone && target_group != nullptr && !target_group->clausal) {
    resolver.place_roles_by(coded.sources, coded.targets);
  }
  direct_at_own_government(coded.sources, coded.targets);
  aim_at_own_state(view, dictionaries_.codes().name(coded.code.code), coded.sources, coded.targets, coded.verb_first,
                   v);
  return coded;
}

}  // namespace herald::coding
