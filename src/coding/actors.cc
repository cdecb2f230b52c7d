#include "coding/actors.h"

#include <array>
#include <string_view>

namespace herald::coding {

namespace {

// How an anaphor phrase picks its antecedent, and the role code it adds to a state
// ("the army" after a country names that country's military).
struct AnaphorRule {
  std::string_view phrase;
  bool person;
  bool state;
  bool group;
  std::string_view role;
};

constexpr std::array<AnaphorRule, 28> kAnaphorRules = {{
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
    {"the rebels", false, false, true, ""},   {"the group", false, false, true, ""},
    {"the militants", false, false, true, ""},
    {"the insurgents", false, false, true, ""},
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

}  // namespace

std::optional<ResolvedActor> StoryMemory::recall(std::string_view anaphor, uint32_t before) const {
  const AnaphorRule* rule = find_rule(anaphor);
  if (rule == nullptr) return std::nullopt;
  for (auto it = actors_.rbegin(); it != actors_.rend(); ++it) {
    if (it->last_token >= before) continue;
    const bool fits = (rule->person && it->kind == ActorKind::kPerson) ||
                      (rule->state && it->kind == ActorKind::kState) ||
                      (rule->group && it->kind == ActorKind::kGroup);
    if (!fits) continue;
    ResolvedActor found = *it;
    if (!rule->role.empty()) found.code = std::string(state_of(found.code)) + std::string(rule->role);
    return found;
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

std::string ActorResolver::join(const std::string& actor_code, uint32_t agent) const {
  const lexicon::Agent& a = dictionaries_.agents()[agent];
  const std::string agent_code(dictionaries_.codes().name(a.code));
  // An actor coded with a role already ("COLGOV" for a president) keeps it.
  if (actor_code.size() > 3 && actor_code != "---") return actor_code;
  return a.placement == lexicon::AgentPlacement::kAfterActor ? actor_code + agent_code
                                                              : agent_code + actor_code;
}

ActorKind ActorResolver::kind_of(uint32_t actor, const std::string& code) const {
  // People are the actors whose codes change with their offices.
  if (dictionaries_.actors()[actor].dated_count > 0) return ActorKind::kPerson;
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

void ActorResolver::resolve(const SentenceView& view, uint32_t head, const StoryMemory& memory,
                            std::vector<ResolvedActor>& out) const {
  const syntax::Phrase phrase = view.parse.noun_phrase(head);
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
      if (mention.first_token < phrase.first || mention.last_token > phrase.last) continue;
      if (skip != nullptr && mention.first_token <= skip->last_token && skip->first_token <= mention.last_token) {
        continue;
      }
      if (accept != nullptr && !accept(*this, mention)) continue;
      const uint32_t distance = t > head ? t - head : head - t;
      if (distance < best_distance) {
        best = m;
        best_distance = distance;
      }
    }
    return best;
  };
  uint32_t actor = nearest(view.actor, nullptr, nullptr);
  // A person whose country differs from the state the phrase names is a namesake: "Colombian
  // Defence Minister Pedro Sanchez" is not Spain's prime minister.
  if (actor != kNone && kind_of(view.mentions[actor].owner, actor_code(view.mentions[actor].owner)) ==
                            ActorKind::kPerson) {
    const std::string person_state(state_of(actor_code(view.mentions[actor].owner)));
    const uint32_t state = nearest(view.actor, nullptr, [](const ActorResolver& r, const lexicon::Mention& m) {
      return r.actor_code(m.owner).size() == 3;
    });
    if (state != kNone && !person_state.empty() && actor_code(view.mentions[state].owner) != person_state) {
      actor = state;
    }
  }
  const uint32_t agent = nearest(view.agent, actor == kNone ? nullptr : &view.mentions[actor], nullptr);

  ResolvedActor resolved;
  resolved.first_token = phrase.first;
  resolved.last_token = phrase.last;
  if (actor != kNone) {
    const lexicon::Mention& mention = view.mentions[actor];
    for (lexicon::CodeId code : actor_codes(mention.owner)) {
      resolved.code = std::string(dictionaries_.codes().name(code));
      resolved.kind = kind_of(mention.owner, resolved.code);
      if (agent != kNone) {
        resolved.code = join(resolved.code, view.mentions[agent].owner);
        if (resolved.kind == ActorKind::kState) resolved.kind = ActorKind::kGroup;
      }
      out.push_back(resolved);
    }
    // Conjuncts of a modifier ("ties between Gondor and Osgiliath") name further actors; the
    // head's own conjuncts are the caller's to follow.
    uint32_t mention_head = mention.last_token;
    while (true) {
      const std::optional<uint32_t> up = view.parse.head(mention_head);
      if (!up || *up < mention.first_token || *up > mention.last_token) break;
      mention_head = *up;
    }
    if (mention_head != head) {
      for (uint32_t conj : view.parse.dependents(mention_head, syntax::Deprel::kConj)) {
        const uint32_t conj_actor = view.at(view.actor, conj);
        // Conjoined adjectives share the noun: "Indian and Chinese soldiers" are INDMIL and
        // CHNMIL.
        if (agent == kNone || conj_actor == kNone || conj > phrase.last || conj < phrase.first) {
          resolve(view, conj, memory, out);
          continue;
        }
        for (lexicon::CodeId code : actor_codes(view.mentions[conj_actor].owner)) {
          ResolvedActor shared = resolved;
          shared.code = join(std::string(dictionaries_.codes().name(code)), view.mentions[agent].owner);
          out.push_back(std::move(shared));
        }
      }
    }
    return;
  }
  const uint32_t anaphor = view.at(view.anaphor, head);
  if (anaphor != kNone && lexicon::is_anaphor_candidate(view.all_mentions, head)) {
    const std::string_view text = lexicon::anaphor_phrases()[view.mentions[anaphor].owner];
    if (std::optional<ResolvedActor> recalled = memory.recall(text, phrase.first)) {
      recalled->first_token = phrase.first;
      recalled->last_token = phrase.last;
      out.push_back(std::move(*recalled));
      return;
    }
  }
  if (agent != kNone) {
    // "his trade minister", "their troops": the agent belongs to the state of the possessor.
    std::string state = "---";
    for (uint32_t possessor : view.parse.dependents(head, syntax::Deprel::kNmodPoss)) {
      const uint32_t m = view.at(view.anaphor, possessor);
      if (m == kNone) continue;
      const std::string_view text = lexicon::anaphor_phrases()[view.mentions[m].owner];
      if (std::optional<ResolvedActor> recalled = memory.recall(text, phrase.first)) {
        if (const std::string_view found = state_of(recalled->code); !found.empty()) state = found;
      }
    }
    resolved.code = join(state, view.mentions[agent].owner);
    resolved.kind = ActorKind::kGroup;
    out.push_back(std::move(resolved));
  }
}

}  // namespace herald::coding
