#include "coding/actors.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "coding/clause_syntax.h"
#include "herald/cameo.h"

namespace herald::coding {

namespace {

constexpr std::string_view kMilitary = "MIL";
constexpr std::string_view kNoActor = "---";

// How an anaphor phrase picks its antecedent, and the role code it adds to a state
// ("the army" after a country names that country's military).
struct AnaphorRule {
  std::string_view phrase;
  bool person;
  bool state;
  bool group;
  std::string_view role;
};

constexpr std::array<AnaphorRule, 33> kAnaphorRules = {{
    {"he", true, false, false, ""},           {"him", true, false, false, ""},
    {"his", true, false, false, ""},          {"she", true, false, false, ""},
    {"her", true, false, false, ""},          {"it", false, true, true, ""},
    {"its", false, true, true, ""},           {"they", false, true, true, ""},
    {"them", false, true, true, ""},          {"their", false, true, true, ""},
    {"the government", false, true, false, "GOV"},
    {"the administration", false, true, false, "GOV"},
    {"the authorities", false, true, false, "GOV"},
    {"the regime", false, true, false, "GOV"},
    {"the country", false, true, false, ""},  {"the state", false, true, false, ""},
    {"the nation", false, true, false, ""},   {"the army", false, true, false, "MIL"},
    {"the military", false, true, false, "MIL"},
    {"the police", false, true, false, "COP"},
    {"the ministry", false, true, false, "GOV"},
    {"the minister", true, false, false, ""},
    {"the president", true, false, false, ""},
    {"the leader", true, false, false, ""},
    {"the king", true, false, false, ""},
    {"the prince", true, false, false, ""},
    {"the general", true, false, false, ""},
    {"the rebels", false, false, true, "REB"}, {"the group", false, false, true, ""},
    {"the party", false, false, true, ""},    {"the movement", false, false, true, ""},
    {"the militants", false, false, true, "REB"},
    {"the insurgents", false, false, true, "REB"},
}};

const AnaphorRule* find_rule(std::string_view phrase) {
  for (const AnaphorRule& rule : kAnaphorRules) {
    if (rule.phrase == phrase) return &rule;
  }
  return nullptr;
}

// The country part of a code: its first three letters when they are not a placeholder.
std::string_view state_of(std::string_view code) {
  return code.size() >= 3 && code.substr(0, 3) != "---" ? code.substr(0, 3) : std::string_view();
}

// The country part of a code, or empty for a placeholder and for codes that begin with an
// organization or region ("IGOUNO", "EUR"), which lend no state to a role.
std::string_view country_of(std::string_view code) {
  const std::string_view state = state_of(code);
  return state.empty() || cameo::find_actor_type(state) != nullptr ? std::string_view() : state;
}

bool is_capitalized(const SentenceView& view, uint32_t token) {
  const std::string_view text = view.doc.tokens[token].text;
  return !text.empty() && text.front() >= 'A' && text.front() <= 'Z';
}

// ASCII case-insensitive equality; `lower` is in lower case.
bool equals_folded(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i] >= 'A' && text[i] <= 'Z' ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// The words that name a form of state rather than an organization: "Kingdom", "Republic".
bool names_a_state_form(const SentenceView& view, uint32_t token) {
  static constexpr std::array<std::string_view, 12> kStateForms = {
      "kingdom", "republic", "state", "states", "emirate", "emirates", "federation", "commonwealth",
      "principality", "sultanate", "union", "islands"};
  const std::string_view text = view.doc.tokens[token].text;
  return std::any_of(kStateForms.begin(), kStateForms.end(),
                     [&](std::string_view form) { return equals_folded(text, form); });
}

// The token of a mention that the rest of the sentence hangs on.
uint32_t head_within(const SentenceView& view, const lexicon::Mention& mention) {
  uint32_t head = mention.last_token;
  while (true) {
    const std::optional<uint32_t> up = view.parse.head(head);
    if (!up || *up < mention.first_token || *up > mention.last_token) break;
    head = *up;
  }
  return head;
}

// Whether `ancestor` is `token` or lies on its path to the root.
bool dominates(const SentenceView& view, uint32_t ancestor, uint32_t token) {
  for (int depth = 0; depth < 16; ++depth) {
    if (token == ancestor) return true;
    const std::optional<uint32_t> up = view.parse.head(token);
    if (!up) return false;
    token = *up;
  }
  return false;
}

// Whether `code` holds `element` as one of its three-letter parts.
bool holds_element(std::string_view code, std::string_view element) {
  if (element.empty()) return false;
  for (size_t at = 0; at + element.size() <= code.size(); at += 3) {
    if (code.substr(at, element.size()) == element) return true;
  }
  return false;
}

}  // namespace

bool names_a_weapon(const SentenceView& view, uint32_t head) {
  static constexpr std::array<std::string_view, 18> kWeapons = {
      "aircraft", "airstrike", "bomber",   "bombing", "drone",    "fighter",   "gunboat",   "helicopter", "jet",
      "missile",  "rocket",    "shelling", "strike",  "warplane", "warship",   "destroyer", "submarine",  "offensive"};
  if (view.parse.upos(head) != syntax::Upos::kNoun && view.parse.upos(head) != syntax::Upos::kPropn) return false;
  const std::string_view lemma = view.doc.tokens[head].lemma;
  if (std::any_of(kWeapons.begin(), kWeapons.end(), [&](std::string_view w) { return equals_folded(lemma, w); })) {
    return true;
  }
  // A base is military only when it says so: "air base", "naval base", not "customer base".
  if (!equals_folded(lemma, "base")) return false;
  for (uint32_t modifier : view.parse.children(head)) {
    const std::string_view text = view.doc.tokens[modifier].text;
    if (modifier < head && (equals_folded(text, "air") || equals_folded(text, "naval") ||
                            equals_folded(text, "military") || equals_folded(text, "army"))) {
      return true;
    }
  }
  return false;
}

namespace {

// Whether `head` is a common noun for the land, sea or sky of a state: "its territory", "their
// airspace".
bool names_a_state_territory(const SentenceView& view, uint32_t head) {
  static constexpr std::array<std::string_view, 4> kTerritories = {"territory", "soil", "airspace", "waters"};
  if (view.parse.upos(head) != syntax::Upos::kNoun) return false;
  const std::string_view lemma = view.doc.tokens[head].lemma;
  return std::any_of(kTerritories.begin(), kTerritories.end(),
                     [&](std::string_view w) { return equals_folded(lemma, w); });
}

// Whether `head` is "the city", "the capital" or "the town", or a part of one named after it
// ("the city centre"): a place named before, not a new one.
bool names_the_city(const SentenceView& view, uint32_t head) {
  if (view.parse.upos(head) != syntax::Upos::kNoun) return false;
  bool definite = false;
  for (uint32_t d : view.parse.dependents(head, syntax::Deprel::kDet)) {
    definite = definite || equals_folded(view.doc.tokens[d].text, "the");
  }
  if (!definite) return false;
  const auto is_city = [&](uint32_t t) {
    const std::string_view text = view.doc.tokens[t].text;
    return text == "city" || text == "capital" || text == "town";
  };
  if (is_city(head)) return true;
  return head > view.parse.begin() && view.parse.relation(head - 1) == syntax::Deprel::kCompound &&
         view.parse.head(head - 1) == head && is_city(head - 1);
}

// A party or office coded as its state's government or opposition names whose side a
// lawmaker, soldier, police officer, judge or agent is on, not what they are: "Republican
// lawmakers" are USALEG, "Kremlin troops" RUSMIL. Other codes stay as they are.
std::string organ_of_side(const std::string& code, std::string_view agent_code) {
  constexpr size_t kStateAndRole = 6;
  if (code.size() != kStateAndRole || code.starts_with("---")) return code;
  const std::string_view role = std::string_view(code).substr(3);
  const bool political = role == "GOV" || role == "OPP";
  const bool organ = agent_code == "LEG" || agent_code == "MIL" || agent_code == "COP" || agent_code == "JUD" ||
                     agent_code == "SPY";
  return political && organ ? code.substr(0, 3) + std::string(agent_code) : code;
}

}  // namespace

namespace {

bool lies_in_an_actor_name(const SentenceView& view, const lexicon::Mention& mention) {
  for (uint32_t t = mention.first_token; t <= mention.last_token; ++t) {
    if (view.at(view.actor, t) != kNone) return true;
  }
  return false;
}

}  // namespace

bool is_part_of_a_name(const SentenceView& view, const lexicon::Mention& mention) {
  const uint32_t head = head_within(view, mention);
  if (view.parse.relation(head) != syntax::Deprel::kNmod) return false;
  const std::optional<uint32_t> name = view.parse.head(head);
  if (!name || *name > mention.first_token) return false;
  bool of = false;
  for (uint32_t marker : view.parse.dependents(head, syntax::Deprel::kCase)) {
    of = of || equals_folded(view.doc.tokens[marker].text, "of");
  }
  if (!of || !is_capitalized(view, *name) || names_a_state_form(view, *name)) return false;
  for (const std::vector<uint32_t>* column : {&view.actor, &view.agent, &view.anaphor}) {
    if (view.at(*column, *name) != kNone) return false;
  }
  // A capital at the start of a sentence proves nothing ("Residents of Urumqi"); a name has
  // another capitalized word before it ("Gold Fields") or does not start the sentence.
  if (*name != view.parse.begin()) return true;
  for (uint32_t modifier : view.parse.children(*name)) {
    if (modifier < *name && is_capitalized(view, modifier) &&
        (view.parse.relation(modifier) == syntax::Deprel::kCompound ||
         view.parse.relation(modifier) == syntax::Deprel::kAmod)) {
      return true;
    }
  }
  return false;
}

namespace {

bool is_subject_relation(syntax::Deprel relation) {
  return relation == syntax::Deprel::kNsubj || relation == syntax::Deprel::kNsubjPass;
}

// The token whose relation says what role the phrase around `token` plays: `token` climbed
// past the modifiers of a noun ("Colombia" in "Colombia's army", "the Colombian army").
uint32_t clause_level_head(const SentenceView& view, uint32_t token) {
  for (int depth = 0; depth < 4; ++depth) {
    const syntax::Deprel r = view.parse.relation(token);
    if (r != syntax::Deprel::kAmod && r != syntax::Deprel::kCompound && r != syntax::Deprel::kNmodPoss &&
        r != syntax::Deprel::kFlat) {
      break;
    }
    const std::optional<uint32_t> up = view.parse.head(token);
    if (!up) break;
    token = *up;
  }
  return token;
}

// A subject that names something the dictionaries do not know: capitalized, tagged a proper
// noun or led by one ("Acme Mining"), with no actor, agent or anaphor in its phrase.
bool is_unknown_name(const SentenceView& view, uint32_t subject) {
  if (!is_capitalized(view, subject)) return false;
  const syntax::Phrase phrase = view.parse.noun_phrase(subject);
  for (uint32_t t = phrase.first; t <= phrase.last; ++t) {
    if (view.at(view.agent, t) != kNone || view.at(view.anaphor, t) != kNone) return false;
    const uint32_t m = view.at(view.actor, t);
    if (m != kNone && !is_part_of_a_name(view, view.mentions[m])) return false;
  }
  if (view.parse.upos(subject) == syntax::Upos::kPropn) return true;
  for (uint32_t modifier : view.parse.children(subject)) {
    if (modifier < subject && view.parse.upos(modifier) == syntax::Upos::kPropn) return true;
  }
  return false;
}

// A subject that is a business of no state the phrase names ("the company", "the bank"): the
// company a business story is about, which is no state's act when "it" speaks again.
bool is_unplaced_business(const SentenceView& view, const lexicon::Dictionaries& dictionaries, uint32_t subject) {
  const uint32_t agent = view.at(view.agent, subject);
  if (agent == kNone || view.parse.upos(subject) != syntax::Upos::kNoun) return false;
  if (dictionaries.codes().name(dictionaries.agents()[view.mentions[agent].owner].code) != "BUS") return false;
  const syntax::Phrase phrase = view.parse.noun_phrase(subject);
  for (uint32_t t = phrase.first; t <= phrase.last; ++t) {
    if (view.at(view.actor, t) != kNone || view.at(view.anaphor, t) != kNone) return false;
  }
  return true;
}

}  // namespace

void StoryMemory::note_subjects(const SentenceView& view, const lexicon::Dictionaries& dictionaries) {
  for (auto it = entries_.rbegin(); it != entries_.rend() && it->sentence == sentence_; ++it) {
    for (uint32_t t = it->actor.first_token; t <= it->actor.last_token && !it->subject; ++t) {
      it->subject = is_subject_relation(view.parse.relation(clause_level_head(view, t)));
    }
    // A state's word before a noun that names a thing ("an Israeli strike") or several ("Iranian
    // missiles", "Japanese banks"), maybe one of a list ("Russian and Syrian jets").
    uint32_t modifier = it->actor.last_token;
    while (view.parse.relation(modifier) == syntax::Deprel::kConj) {
      const std::optional<uint32_t> first = view.parse.head(modifier);
      if (!first || *first > modifier) break;
      modifier = *first;
    }
    const std::optional<uint32_t> modified = view.parse.head(modifier);
    const syntax::Deprel relation = view.parse.relation(modifier);
    if ((relation != syntax::Deprel::kAmod && relation != syntax::Deprel::kCompound) || !modified ||
        *modified < modifier || view.at(view.actor, *modified) != kNone) {
      continue;
    }
    const std::string_view number = syntax::xpos_name(view.doc.tokens[*modified].xpos);
    // A capital makes the noun part of a name ("the European Community Commission").
    const bool thing = view.parse.upos(*modified) == syntax::Upos::kNoun && !is_capitalized(view, *modified) &&
                       view.at(view.agent, *modified) == kNone;
    it->modifies_a_thing = number == "NNS" || number == "NNPS" || thing || names_a_weapon(view, *modified);
  }
  for (uint32_t t = view.parse.begin(); t < view.parse.end(); ++t) {
    if (!is_subject_relation(view.parse.relation(t))) continue;
    if (!is_unknown_name(view, t) && !is_unplaced_business(view, dictionaries, t)) continue;
    const syntax::Phrase phrase = view.parse.noun_phrase(t);
    auto at = entries_.end();
    while (at != entries_.begin() && (at - 1)->sentence == sentence_ && (at - 1)->actor.last_token > phrase.last) {
      --at;
    }
    entries_.insert(at, {ResolvedActor{"", ActorKind::kGroup, phrase.first, phrase.last}, sentence_, true, false});
  }
}

std::optional<ResolvedActor> StoryMemory::recall(std::string_view anaphor, uint32_t before, bool as_subject) const {
  const AnaphorRule* rule = find_rule(anaphor);
  if (rule == nullptr) return std::nullopt;
  // A name the dictionaries lack is what "it" or "they" may stand for, not what "he" or "the
  // government" does.
  const bool thing_pronoun = !rule->person && anaphor.find(' ') == std::string_view::npos;
  // A group named by its role ("the militants") stands for an actor coded with that role,
  // whatever its kind: an armed group whose code changed over time is no person.
  const bool names_group_role = rule->group && !rule->role.empty();
  // "It" stands for an actor, not for the state whose word describes a thing: in "Pakistan
  // said Iranian missiles struck its territory" the territory is Pakistan's.
  const bool singular_pronoun = anaphor == "it" || anaphor == "its";
  const auto fits = [&](const Entry& e) {
    if (singular_pronoun && e.modifies_a_thing) return false;
    if (e.actor.code.empty()) return thing_pronoun;
    if (names_group_role) return holds_element(e.actor.code, rule->role);
    return (rule->person && e.actor.kind == ActorKind::kPerson) ||
           (rule->state && e.actor.kind == ActorKind::kState) || (rule->group && e.actor.kind == ActorKind::kGroup);
  };
  const auto adapt = [&](const Entry& e) -> std::optional<ResolvedActor> {
    if (e.actor.code.empty()) return std::nullopt;
    ResolvedActor found = e.actor;
    if (!rule->role.empty() && !names_group_role) {
      found.code = std::string(state_of(found.code)) + std::string(rule->role);
    }
    return found;
  };
  // Only pronouns that may stand for a thing prefer the subject: "he" and "she" have people
  // enough to tell apart, and descriptions ("the army") say what they stand for.
  const bool prefers_subject = as_subject && thing_pronoun;
  if (prefers_subject) {
    for (auto it = entries_.rbegin(); it != entries_.rend() && it->sentence + 1 >= sentence_; ++it) {
      if (it->actor.last_token < before && it->subject && fits(*it)) return adapt(*it);
    }
  }
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    if (it->actor.last_token < before && fits(*it)) return adapt(*it);
  }
  return std::nullopt;
}

std::span<const lexicon::CodeId> ActorResolver::actor_codes(uint32_t actor) const {
  return dictionaries_.resolve_actor_code(actor, day_);
}

std::string ActorResolver::actor_code(uint32_t actor) const {
  const std::span<const lexicon::CodeId> codes = actor_codes(actor);
  return std::string(dictionaries_.codes().name(codes.empty() ? lexicon::kNullCode : codes.front()));
}

bool ActorResolver::is_role(uint32_t agent) const {
  const std::string_view code = dictionaries_.codes().name(dictionaries_.agents()[agent].code);
  const cameo::ActorType* type = cameo::find_actor_type(code);
  return type == nullptr || type->kind == cameo::ActorTypeKind::kDomesticRole;
}

std::string ActorResolver::stack(const std::string& code, uint32_t agent) const {
  const lexicon::Agent& a = dictionaries_.agents()[agent];
  const std::string_view agent_code = dictionaries_.codes().name(a.code);
  if (holds_element(code, agent_code)) return code;
  return a.placement == lexicon::AgentPlacement::kAfterActor ? code + std::string(agent_code)
                                                              : std::string(agent_code) + code;
}

std::string ActorResolver::join(const std::string& actor_code, uint32_t agent) const {
  const lexicon::Agent& a = dictionaries_.agents()[agent];
  const std::string agent_code(dictionaries_.codes().name(a.code));
  // An actor coded with a role already ("COLGOV" for a president) keeps it, and an agent
  // adds nothing the actor's code says already ("aid workers" of an NGO are NGO, not NGONGO).
  if ((actor_code.size() > 3 && actor_code != "---") || holds_element(actor_code, agent_code)) return actor_code;
  return a.placement == lexicon::AgentPlacement::kAfterActor ? actor_code + agent_code
                                                              : agent_code + actor_code;
}

uint32_t ActorResolver::agent_of_parallel_adjective(const SentenceView& view, uint32_t head,
                                                    const lexicon::Mention& actor) const {
  if (actor.first_token != actor.last_token || actor.first_token != head) return kNone;
  for (uint32_t child : view.parse.children(head)) {
    const syntax::Deprel r = view.parse.relation(child);
    if (r != syntax::Deprel::kCc && r != syntax::Deprel::kConj && r != syntax::Deprel::kPunct) return kNone;
  }
  for (uint32_t conj : view.parse.dependents(head, syntax::Deprel::kConj)) {
    const uint32_t agent = view.at(view.agent, conj);
    if (conj < head || agent == kNone || view.parse.upos(conj) != syntax::Upos::kNoun) continue;
    if (view.parse.dependent(conj, syntax::Deprel::kDet)) continue;
    for (uint32_t modifier : view.parse.dependents(conj, syntax::Deprel::kAmod)) {
      if (modifier < conj && view.parse.upos(modifier) == syntax::Upos::kAdj &&
          view.at(view.actor, modifier) != kNone) {
        return agent;
      }
    }
  }
  return kNone;
}

bool ActorResolver::names_one_organization(uint32_t actor) const {
  const lexicon::Actor& entry = dictionaries_.actors()[actor];
  std::string_view organization;
  const auto same_organization = [&](lexicon::CodeList list) {
    for (const lexicon::CodeId id : dictionaries_.codes_of(list)) {
      const std::string_view code = dictionaries_.codes().name(id);
      if (code.size() <= 6) return false;
      const std::string_view tail = code.substr(code.size() - 3);
      if (organization.empty()) organization = tail;
      if (tail != organization) return false;
    }
    return true;
  };
  if (!same_organization(entry.default_codes)) return false;
  for (const lexicon::DatedCodes& dated : dictionaries_.dated_codes().subspan(entry.first_dated, entry.dated_count)) {
    if (!same_organization(dated.codes)) return false;
  }
  return !organization.empty();
}

bool ActorResolver::names_one_armed_role(uint32_t actor) const {
  static constexpr std::string_view kArmedRoles[] = {"REB", "INS", "SEP", "CRM", "UAF"};
  const lexicon::Actor& entry = dictionaries_.actors()[actor];
  std::string_view role;
  const auto same_role = [&](lexicon::CodeList list) {
    for (const lexicon::CodeId id : dictionaries_.codes_of(list)) {
      const std::string_view code = dictionaries_.codes().name(id);
      if (code.size() != 6) return false;
      if (role.empty()) role = code.substr(3);
      if (code.substr(3) != role) return false;
    }
    return true;
  };
  if (!same_role(entry.default_codes)) return false;
  for (const lexicon::DatedCodes& dated : dictionaries_.dated_codes().subspan(entry.first_dated, entry.dated_count)) {
    if (!same_role(dated.codes)) return false;
  }
  return std::find(std::begin(kArmedRoles), std::end(kArmedRoles), role) != std::end(kArmedRoles);
}

ActorKind ActorResolver::kind_of(uint32_t actor, const std::string& code) const {
  // People are the actors whose codes change with their offices; a group whose codes change
  // with its place in the state (Hamas governing Gaza or fighting as rebels) names itself in
  // every one of them, and fighters whose state changed keep their armed role.
  if (dictionaries_.actors()[actor].dated_count > 0 && !names_one_organization(actor) && !names_one_armed_role(actor)) {
    return ActorKind::kPerson;
  }
  return code.size() == 3 ? ActorKind::kState : ActorKind::kGroup;
}

ResolvedActor ActorResolver::resolve_mention_only(const lexicon::Mention& mention) const {
  ResolvedActor resolved;
  resolved.code = actor_code(mention.owner);
  resolved.kind = kind_of(mention.owner, resolved.code);
  resolved.first_token = mention.first_token;
  resolved.last_token = mention.last_token;
  return resolved;
}

uint32_t ActorResolver::state_overriding_institution(const SentenceView& view,
                                                     const lexicon::Mention& institution) const {
  const std::string code = actor_code(institution.owner);
  constexpr size_t kStateAndRole = 6;
  if (code.size() != kStateAndRole || country_of(code).empty() ||
      kind_of(institution.owner, code) == ActorKind::kPerson) {
    return kNone;
  }
  const cameo::ActorType* role = cameo::find_actor_type(std::string_view(code).substr(3));
  if (role == nullptr || role->kind != cameo::ActorTypeKind::kDomesticRole) return kNone;
  for (uint32_t t = view.parse.begin(); t < institution.first_token; ++t) {
    const uint32_t m = view.at(view.actor, t);
    if (m == kNone) continue;
    const lexicon::Mention& modifier = view.mentions[m];
    const std::string state = actor_code(modifier.owner);
    const std::optional<uint32_t> modified = view.parse.head(head_within(view, modifier));
    if (state.size() == 3 && !country_of(state).empty() && state != country_of(code) && modified &&
        institution.contains(*modified) && modifier.last_token < institution.first_token) {
      return m;
    }
  }
  return kNone;
}

void ActorResolver::resolve(const SentenceView& view, uint32_t head, const StoryMemory& memory,
                            std::vector<ResolvedActor>& out) const {
  const syntax::Phrase phrase = repaired_noun_phrase(view, head);
  // The actor and agent mentions inside the phrase nearest its head: in "the ambassador of
  // Colombia to the United States" the ambassador is Colombia's. `skip` keeps out mentions of
  // another kind that lie inside it: the "bank" of "the West Bank" is no agent.
  const auto nearest = [&](const std::vector<uint32_t>& column, const lexicon::Mention* skip,
                           bool (*accept)(const ActorResolver&, const lexicon::Mention&)) {
    uint32_t best = kNone;
    uint32_t best_distance = UINT32_MAX;
    for (uint32_t t = phrase.first; t <= phrase.last; ++t) {
      const uint32_t m = view.at(column, t);
      if (m == kNone) continue;
      const lexicon::Mention& mention = view.mentions[m];
      // A dictionary phrase holding the head names the noun phrase even where the parse cut the
      // phrase short of its end ("the Office of Silent Runs" with "Runs" taken for a verb).
      const bool inside = mention.first_token >= phrase.first && mention.last_token <= phrase.last;
      // So does an agent phrase that ends at the head, where the parser made its last noun the
      // head of a phrase of its own: "hundreds of thousands of people marched" read with
      // "marched" describing "people".
      const bool ends_at_head = &column == &view.agent && mention.last_token == head;
      if (!inside && !ends_at_head && !(mention.first_token >= phrase.first && mention.contains(head))) continue;
      if (skip != nullptr && mention.first_token <= skip->last_token && skip->first_token <= mention.last_token) {
        continue;
      }
      if (accept != nullptr && !accept(*this, mention)) continue;
      if (&column == &view.actor && is_part_of_a_name(view, mention)) continue;
      // An agent word inside the name of an actor is part of that name, not a role of the
      // phrase: in "a case against Israel at the International Court of Justice" no Israeli
      // court acts.
      if (&column == &view.agent && lies_in_an_actor_name(view, mention)) continue;
      const uint32_t distance = t > head ? t - head : head - t;
      if (distance < best_distance) {
        best = m;
        best_distance = distance;
      }
    }
    return best;
  };
  uint32_t actor = nearest(view.actor, nullptr, nullptr);
  // The possessor of a thing is its party, before an organization that describes it: in
  // "Sweden's NATO membership" the membership is Sweden's.
  if (actor != kNone) {
    for (uint32_t possessor : view.parse.dependents(head, syntax::Deprel::kNmodPoss)) {
      const uint32_t m = view.at(view.actor, possessor);
      if (m == kNone || m == actor || view.mentions[m].last_token > view.mentions[actor].first_token) continue;
      if (view.parse.relation(head_within(view, view.mentions[actor])) == syntax::Deprel::kCompound) actor = m;
    }
  }
  // A person whose country differs from the state the phrase names is a namesake: "Colombian
  // Defence Minister Pedro Sanchez" is not Spain's prime minister. So is any name that the title
  // of another state introduces ("Zembla's minister Kinbote"), whatever the dictionaries code it as.
  if (actor != kNone) {
    const lexicon::Mention& name = view.mentions[actor];
    const std::string name_state(state_of(actor_code(name.owner)));
    uint32_t state = kNone;
    if (kind_of(name.owner, actor_code(name.owner)) == ActorKind::kPerson) {
      state = nearest(view.actor, nullptr, [](const ActorResolver& r, const lexicon::Mention& m) {
        return r.actor_code(m.owner).size() == 3;
      });
      // After the name, only a state the name itself governs says whose the person is ("Pedro
      // Sanchez of Colombia"); one deeper in the phrase names what the person did or dealt with
      // ("Biden's handling of the withdrawal from Afghanistan"), and one the person is in or at
      // says where the person is ("Egypt's Sisi in Ankara").
      if (state != kNone && view.mentions[state].first_token > name.last_token) {
        const uint32_t place = head_within(view, view.mentions[state]);
        const std::optional<uint32_t> governor = view.parse.head(place);
        if (!governor || !name.contains(*governor) || has_case_marker(view, place, "in") ||
            has_case_marker(view, place, "at")) {
          state = kNone;
        }
      }
    } else {
      uint32_t title = phrase.first;
      while (title < name.first_token && view.at(view.agent, title) == kNone) ++title;
      for (uint32_t t = phrase.first; t < title && title < name.first_token; ++t) {
        const uint32_t m = view.at(view.actor, t);
        if (m != kNone && m != actor && actor_code(view.mentions[m].owner).size() == 3 &&
            !is_part_of_a_name(view, view.mentions[m])) {
          state = m;
        }
      }
    }
    if (state != kNone && !name_state.empty() && actor_code(view.mentions[state].owner) != name_state) {
      actor = state;
    }
  }
  // An institution the dictionaries know by a generic name carries the country they assume
  // ("the Justice Department" is USAGOV); another state's adjective on it makes it that
  // state's: the "Philippine Justice Department" is PHLGOV.
  std::string institution_role;
  if (actor != kNone) {
    if (const uint32_t state = state_overriding_institution(view, view.mentions[actor]); state != kNone) {
      institution_role = actor_code(view.mentions[actor].owner).substr(3);
      actor = state;
    }
  }
  uint32_t agent = nearest(view.agent, actor == kNone ? nullptr : &view.mentions[actor], nullptr);
  // Of two agent words, one modifying the other, the modified one says what the people are:
  // "dozens of student activists" are activists (the student ones), not students.
  for (int depth = 0; agent != kNone && depth < 3; ++depth) {
    const uint32_t modifier = head_within(view, view.mentions[agent]);
    const syntax::Deprel r = view.parse.relation(modifier);
    const std::optional<uint32_t> modified = view.parse.head(modifier);
    if ((r != syntax::Deprel::kAmod && r != syntax::Deprel::kCompound) || !modified || *modified < phrase.first ||
        *modified > phrase.last) {
      break;
    }
    const uint32_t own = view.at(view.agent, *modified);
    if (own == kNone || own == agent || lies_in_an_actor_name(view, view.mentions[own])) break;
    agent = own;
  }
  // The agent a state's word modifies is that state's, whichever agent lies nearer the head: in
  // "killings of civilians by Russian forces" the forces are Russia's, not the civilians.
  if (actor != kNone) {
    const uint32_t modifier = head_within(view, view.mentions[actor]);
    const syntax::Deprel r = view.parse.relation(modifier);
    const std::optional<uint32_t> modified = view.parse.head(modifier);
    if ((r == syntax::Deprel::kAmod || r == syntax::Deprel::kCompound || r == syntax::Deprel::kNmodPoss) && modified &&
        *modified >= phrase.first && *modified <= phrase.last) {
      const uint32_t own = view.at(view.agent, *modified);
      if (own != kNone && !lies_in_an_actor_name(view, view.mentions[own])) agent = own;
    }
  }
  // An agent word that describes the noun an actor only follows says nothing of the actor:
  // "military drills around Taiwan" are no Taiwanese military, while "Brazilian Supreme
  // Court justice" is Brazil's judiciary.
  if (actor != kNone && agent != kNone) {
    const lexicon::Mention& agent_mention = view.mentions[agent];
    const uint32_t agent_head = head_within(view, agent_mention);
    const uint32_t actor_head = head_within(view, view.mentions[actor]);
    if (agent_mention.last_token < head && view.mentions[actor].first_token > head &&
        !dominates(view, agent_head, actor_head) && !dominates(view, actor_head, agent_head)) {
      agent = kNone;
    }
  }

  // An agent after the actor with a possessive pronoun of its own belongs to whoever that
  // pronoun stands for: in "relations with Iran after its embassy was attacked" the embassy is
  // the subject's, not Iran's government.
  if (actor != kNone && agent != kNone && view.mentions[agent].first_token > view.mentions[actor].last_token) {
    const uint32_t agent_head = head_within(view, view.mentions[agent]);
    for (uint32_t possessor : view.parse.dependents(agent_head, syntax::Deprel::kNmodPoss)) {
      if (agent_head != head && view.parse.upos(possessor) == syntax::Upos::kPron) agent = kNone;
    }
  }

  if (actor != kNone && agent == kNone) agent = agent_of_parallel_adjective(view, head, view.mentions[actor]);

  // A state's weapons are its armed forces: the state's word modifies the weapon directly
  // ("Iranian-made drones" are not Iran's), and the agents after the weapon belong to what
  // it struck ("the Russian bombing of a maternity hospital").
  bool armed = false;
  if (actor != kNone && names_a_weapon(view, head)) {
    const lexicon::Mention& mention = view.mentions[actor];
    // The last of conjoined adjectives ("Russian and Syrian jets") hangs on the first.
    uint32_t modifier = head_within(view, mention);
    while (view.parse.relation(modifier) == syntax::Deprel::kConj) {
      const std::optional<uint32_t> up = view.parse.head(modifier);
      if (!up || *up >= head) break;
      modifier = *up;
    }
    const syntax::Deprel r = view.parse.relation(modifier);
    const std::string code = actor_code(mention.owner);
    armed = view.parse.head(modifier) == head && mention.last_token < head &&
            (r == syntax::Deprel::kAmod || r == syntax::Deprel::kCompound || r == syntax::Deprel::kNmodPoss) &&
            code.size() == 3 && !country_of(code).empty();
    if (armed && agent != kNone && view.mentions[agent].first_token > head) agent = kNone;
    armed = armed && agent == kNone;
  }

  ResolvedActor resolved;
  resolved.first_token = phrase.first;
  resolved.last_token = phrase.last;
  if (actor != kNone) {
    const lexicon::Mention& mention = view.mentions[actor];
    for (lexicon::CodeId code : actor_codes(mention.owner)) {
      resolved.code = std::string(dictionaries_.codes().name(code));
      resolved.kind = kind_of(mention.owner, resolved.code);
      if (agent != kNone) {
        // Agents before the phrase's own agent that are no role of their own (a religion, an
        // organization) qualify it: "Danish Islamist media" is DNK, then MOS, then MED. Of two
        // roles the phrase's own wins: a "militia commander" is no soldier.
        const lexicon::Mention& main = view.mentions[agent];
        const bool has_role = resolved.code.size() > 3;
        if (!has_role) {
          for (uint32_t t = phrase.first; t < main.first_token; ++t) {
            const uint32_t m = view.at(view.agent, t);
            if (m == kNone) continue;
            const lexicon::Mention& qualifier = view.mentions[m];
            if (qualifier.first_token != t || qualifier.last_token >= main.first_token) continue;
            if (qualifier.first_token <= mention.last_token && mention.first_token <= qualifier.last_token) continue;
            if (is_role(qualifier.owner)) continue;
            resolved.code = stack(resolved.code, qualifier.owner);
          }
          resolved.code = stack(resolved.code, main.owner);
        } else if (main.first_token > mention.last_token) {
          // Only an agent the actor modifies: a title before a person's name says less than
          // the person's dated code ("Senator Gustavo Petro" in opposition is COLOPP).
          const std::string_view agent_code = dictionaries_.codes().name(dictionaries_.agents()[main.owner].code);
          resolved.code = organ_of_side(resolved.code, agent_code);
        }
        if (resolved.kind == ActorKind::kState) resolved.kind = ActorKind::kGroup;
      } else if (armed) {
        resolved.code += kMilitary;
        resolved.kind = ActorKind::kGroup;
      } else if (!institution_role.empty()) {
        resolved.code += institution_role;
        resolved.kind = ActorKind::kGroup;
      }
      // An entry the dictionaries code "---" names no actor: it keeps a city or a state out of a
      // name ("the Paris accord", "the Indian Ocean"), and the phrase names no one.
      if (resolved.code == kNoActor) continue;
      out.push_back(resolved);
    }
    // Conjuncts of a modifier ("ties between Gondor and Osgiliath") name further actors; the
    // head's own conjuncts are the caller's to follow. The mention nearest the head may be the
    // last conjunct ("Russian and Chinese warships"), so the walk starts from the first.
    uint32_t mention_head = mention.last_token;
    while (true) {
      const std::optional<uint32_t> up = view.parse.head(mention_head);
      if (!up || *up < mention.first_token || *up > mention.last_token) break;
      mention_head = *up;
    }
    uint32_t first_conjunct = mention_head;
    while (view.parse.relation(first_conjunct) == syntax::Deprel::kConj) {
      const std::optional<uint32_t> up = view.parse.head(first_conjunct);
      if (!up || *up == head || *up < phrase.first || *up > phrase.last) break;
      first_conjunct = *up;
    }
    if (first_conjunct != head) {
      const auto add_conjunct = [&](uint32_t conj) {
        if (conj == mention_head) return;
        const uint32_t conj_actor = view.at(view.actor, conj);
        // Conjoined adjectives share the noun: "Indian and Chinese soldiers" are INDMIL and
        // CHNMIL.
        if ((agent == kNone && !armed) || conj_actor == kNone || conj > phrase.last || conj < phrase.first) {
          resolve(view, conj, memory, out);
          return;
        }
        for (lexicon::CodeId code : actor_codes(view.mentions[conj_actor].owner)) {
          ResolvedActor shared = resolved;
          const std::string conj_code(dictionaries_.codes().name(code));
          shared.code = agent != kNone ? join(conj_code, view.mentions[agent].owner)
                        : country_of(conj_code).empty() ? conj_code
                                                         : std::string(country_of(conj_code)) + std::string(kMilitary);
          out.push_back(std::move(shared));
        }
      };
      add_conjunct(first_conjunct);
      for (uint32_t conj : view.parse.dependents(first_conjunct, syntax::Deprel::kConj)) add_conjunct(conj);
    }
    return;
  }
  // A modifier that follows the last of conjoined nouns belongs to them all: in "lawmakers
  // and officials in Gondor" the parser hangs "in Gondor" on "lawmakers" alone. So does a
  // state's word before the first of them when the next has no determiner of its own:
  // "Danish media and government" are DNKMED and DNKGOV.
  if (agent != kNone && view.parse.relation(head) == syntax::Deprel::kConj) {
    if (const std::optional<uint32_t> first = view.parse.head(head); first && *first < head) {
      const size_t found_before = out.size();
      if (!view.parse.dependent(head, syntax::Deprel::kDet)) {
        for (uint32_t modifier : view.parse.children(*first)) {
          const syntax::Deprel r = view.parse.relation(modifier);
          if (modifier > *first || (r != syntax::Deprel::kAmod && r != syntax::Deprel::kCompound)) continue;
          const uint32_t m = view.at(view.actor, modifier);
          if (m == kNone || is_part_of_a_name(view, view.mentions[m])) continue;
          const std::span<const lexicon::CodeId> codes = actor_codes(view.mentions[m].owner);
          if (codes.empty()) continue;
          const std::string code(dictionaries_.codes().name(codes.front()));
          if (code.size() != 3 || country_of(code).empty()) continue;
          resolved.code = join(code, view.mentions[agent].owner);
          resolved.kind = ActorKind::kGroup;
          out.push_back(resolved);
        }
        if (out.size() > found_before) return;
      }
      for (uint32_t modifier : view.parse.dependents(*first, syntax::Deprel::kNmod)) {
        if (modifier < head) continue;
        std::vector<ResolvedActor> owners;
        resolve(view, modifier, memory, owners);
        for (uint32_t conj : view.parse.dependents(modifier, syntax::Deprel::kConj)) {
          resolve(view, conj, memory, owners);
        }
        for (const ResolvedActor& owner : owners) {
          const std::string_view state = country_of(owner.code);
          if (state.empty()) continue;
          resolved.code = join(std::string(state), view.mentions[agent].owner);
          resolved.kind = ActorKind::kGroup;
          out.push_back(resolved);
        }
      }
      if (out.size() > found_before) return;
    }
  }
  const uint32_t anaphor = view.at(view.anaphor, head);
  if (anaphor != kNone && lexicon::is_anaphor_candidate(view.all_mentions, head)) {
    const std::string_view text = lexicon::anaphor_phrases()[view.mentions[anaphor].owner];
    const bool as_subject = is_subject_relation(view.parse.relation(head));
    if (std::optional<ResolvedActor> recalled = memory.recall(text, phrase.first, as_subject)) {
      recalled->first_token = phrase.first;
      recalled->last_token = phrase.last;
      recalled->inferred = true;
      out.push_back(std::move(*recalled));
      return;
    }
  }
  if (agent != kNone) {
    // "his trade minister", "their troops", "one of its advisers": the agent belongs to the
    // state of the possessor.
    std::string state = "---";
    const uint32_t agent_head = head_within(view, view.mentions[agent]);
    const std::array<uint32_t, 2> owners = {head, agent_head};
    const size_t owner_count = agent_head == head ? 1 : 2;
    for (size_t i = 0; i < owner_count; ++i) {
      for (uint32_t possessor : view.parse.dependents(owners[i], syntax::Deprel::kNmodPoss)) {
        const uint32_t m = view.at(view.anaphor, possessor);
        if (m == kNone) continue;
        const std::string_view text = lexicon::anaphor_phrases()[view.mentions[m].owner];
        std::optional<ResolvedActor> recalled = memory.recall(text, phrase.first);
        if (!recalled) continue;
        // The people of a person named in the same list are that person's entourage, no
        // party of their own: "Assad and his family" were granted asylum as one.
        if (recalled->kind == ActorKind::kPerson && view.parse.relation(head) == syntax::Deprel::kConj) {
          if (const std::optional<uint32_t> first = view.parse.head(head)) {
            const syntax::Phrase item = view.parse.noun_phrase(*first);
            if (recalled->first_token >= item.first && recalled->last_token <= item.last) return;
          }
        }
        if (const std::string_view found = state_of(recalled->code); !found.empty()) {
          state = found;
          resolved.inferred = true;
        }
      }
    }
    // People fleeing or escaping a state or a war in one come from it: "refugees fleeing the
    // war in Ukraine" are Ukraine's.
    if (state == "---") {
      for (uint32_t clause : view.parse.dependents(head, syntax::Deprel::kAcl)) {
        const std::string_view lemma = view.doc.tokens[clause].lemma;
        if (lemma != "flee" && lemma != "escape") continue;
        const syntax::Phrase fled = view.parse.subtree(clause);
        for (uint32_t t = clause + 1; t <= fled.last && state == "---"; ++t) {
          const uint32_t m = view.at(view.actor, t);
          if (m == kNone || is_part_of_a_name(view, view.mentions[m])) continue;
          const std::string code = actor_code(view.mentions[m].owner);
          if (const std::string_view found = country_of(code); !found.empty()) state = found;
        }
      }
    }
    resolved.code = join(state, view.mentions[agent].owner);
    resolved.kind = ActorKind::kGroup;
    out.push_back(std::move(resolved));
    return;
  }
  // "The city" and "the capital" (or its centre, "the city centre") stand for the place the
  // sentence is about, which the story named as a state's city: in "Kyiv's mayor said Russian
  // missiles struck the city centre" Ukraine is struck.
  if (actor == kNone && agent == kNone && names_the_city(view, head)) {
    std::optional<ResolvedActor> recalled = memory.recall("it", phrase.first, true);
    if (!recalled || recalled->kind != ActorKind::kState || country_of(recalled->code).empty()) return;
    resolved.code = std::string(country_of(recalled->code));
    resolved.kind = ActorKind::kState;
    resolved.inferred = true;
    out.push_back(std::move(resolved));
    return;
  }
  // A state's land, sea or sky named by a pronoun is that state, as "Pakistan's territory" is:
  // in "Pakistan recalled its envoy from Tehran after Iranian missiles struck its territory"
  // Pakistan is struck. Whose land it is, the story's subjects say, as for a subject pronoun:
  // the state the sentence is about, not the last one named.
  if (actor == kNone && names_a_state_territory(view, head)) {
    for (uint32_t possessor : view.parse.dependents(head, syntax::Deprel::kNmodPoss)) {
      const uint32_t m = view.at(view.anaphor, possessor);
      if (m == kNone) continue;
      const std::optional<ResolvedActor> recalled =
          memory.recall(lexicon::anaphor_phrases()[view.mentions[m].owner], phrase.first, true);
      if (!recalled || country_of(recalled->code).empty()) return;
      resolved.code = std::string(country_of(recalled->code));
      resolved.kind = ActorKind::kState;
      resolved.inferred = true;
      out.push_back(std::move(resolved));
      return;
    }
  }
}

void ActorResolver::place_roles(const SentenceView& view, std::span<ResolvedActor> actors) const {
  for (ResolvedActor& role : actors) {
    if (role.code.size() <= 3 || !role.code.starts_with("---")) continue;
    std::string_view nearest;
    uint32_t nearest_distance = UINT32_MAX;
    for (const lexicon::Mention& m : view.mentions) {
      if (m.kind != lexicon::MentionKind::kActor || is_part_of_a_name(view, m)) continue;
      // The institution another state's adjective claims lends that state, found on its own.
      if (state_overriding_institution(view, m) != kNone) continue;
      const std::span<const lexicon::CodeId> codes = actor_codes(m.owner);
      if (codes.empty()) continue;
      const std::string_view state = country_of(dictionaries_.codes().name(codes.front()));
      if (state.empty()) continue;
      const uint32_t distance = m.last_token < role.first_token  ? role.first_token - m.last_token
                                : m.first_token > role.last_token ? m.first_token - role.last_token
                                                                  : 0;
      if (distance < nearest_distance) {
        nearest = state;
        nearest_distance = distance;
      }
    }
    if (!nearest.empty()) {
      role.code.replace(0, 3, nearest);
      role.inferred = true;
    }
  }
}

void ActorResolver::place_roles_by(std::span<ResolvedActor> actors, std::span<const ResolvedActor> partners) {
  const auto partner = std::find_if(partners.begin(), partners.end(),
                                    [](const ResolvedActor& p) { return !country_of(p.code).empty(); });
  if (partner == partners.end()) return;
  for (ResolvedActor& role : actors) {
    if (role.code.size() > 3 && role.code.starts_with("---")) {
      role.code.replace(0, 3, country_of(partner->code));
      role.inferred = true;
    }
  }
}

}  // namespace herald::coding
