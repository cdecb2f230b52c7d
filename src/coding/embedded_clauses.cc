#include "coding/embedded_clauses.h"

#include <algorithm>

#include "coding/clause_syntax.h"
#include "herald/tagset.h"

namespace herald::coding {

using syntax::Deprel;

namespace {

// Refusals (12) and threats (13) are about a deed that has not happened and may never: the
// clause naming it is their content. (Appeals and promises are not: event data sets code the
// help asked for in "urged Gondor to assist it" as well.)
bool takes_content(std::string_view code) {
  return code.starts_with("12") || code.starts_with("13");
}

// Statements, appeals, intents, consultations and diplomatic cooperation (01-05).
bool is_verbal(std::string_view code) {
  return code.size() >= 2 && code[0] == '0' && code[1] >= '1' && code[1] <= '5';
}

// Appeals (02) and demands (10).
bool is_demand(std::string_view code) { return code.starts_with("02") || code.starts_with("10"); }

// Whether `clause` is worded as something asked for: a bare verb ("that Russia withdraw") or
// one under "should" or "must". A clause that says what will or did happen ("said it would act")
// reports a deed or a stated intent instead.
bool is_asked_for(const SentenceView& view, uint32_t clause) {
  if (syntax::xpos_name(view.doc.tokens[clause].xpos) != "VB") return false;
  for (const uint32_t aux : view.parse.dependents(clause, Deprel::kAux)) {
    const std::string_view lemma = view.doc.tokens[aux].lemma;
    if (lemma != "should" && lemma != "must") return false;
  }
  return true;
}

}  // namespace

bool is_content_of_another_event(const CodedVerb& verb, const SentenceView& view, std::span<const CodedVerb> coded,
                                 const lexicon::Dictionaries& dictionaries) {
  // A pattern that read the governing words ("pledged to supply": 0332) codes the promise itself.
  if (takes_content(dictionaries.codes().name(verb.code.code))) return false;
  constexpr int kDeepestEmbedding = 6;
  uint32_t clause = verb.verb_token;
  for (int depth = 0; depth < kDeepestEmbedding; ++depth) {
    const Deprel r = view.parse.relation(clause);
    std::optional<uint32_t> governor = view.parse.head(clause);
    if (!governor) return false;
    const bool infinitive = has_mark(view, clause, "to");
    // "demanded that Russia withdraw its troops", "urged that talks resume": what a demand or an
    // appeal asks for in a clause of its own has not been done; the demand is the event.
    if (depth == 0 && r == Deprel::kCcomp && is_asked_for(view, clause)) {
      const auto asker = std::find_if(coded.begin(), coded.end(),
                                      [&](const CodedVerb& c) { return c.verb_token == *governor; });
      return asker != coded.end() && is_demand(dictionaries.codes().name(asker->code.code));
    }
    // "accused Trump of committing crimes by ordering strikes": a gerund that says what someone
    // is accused or blamed of, or how that was done.
    const bool gerund = r == Deprel::kAdvcl && syntax::xpos_name(view.doc.tokens[clause].xpos) == "VBG" &&
                        (has_mark(view, clause, "of") || has_mark(view, clause, "for") || has_mark(view, clause, "by"));
    // "was awarded the prize for ending the conflict", "was jailed for killing a guard": what
    // someone is rewarded or punished for is a reason given for the act, done before it.
    if (depth == 0 && gerund && has_mark(view, clause, "for")) return true;
    const bool participle = syntax::xpos_name(view.doc.tokens[clause].xpos) == "VBG";
    // "Marched in London demanding that Israel agree to a ceasefire": what a protest is held
    // demanding is its aim, as with "to demand" below; the protest is aimed at whom it asks.
    if (depth == 0 && (r == Deprel::kAdvcl || r == Deprel::kXcomp) && participle &&
        !view.parse.dependent(clause, Deprel::kNsubj) &&
        !view.parse.dependent(clause, Deprel::kMark) && is_demand(dictionaries.codes().name(verb.code.code))) {
      const auto protest = std::find_if(coded.begin(), coded.end(),
                                        [&](const CodedVerb& c) { return c.verb_token == *governor; });
      if (protest != coded.end() && dictionaries.codes().name(protest->code.code).starts_with("14")) return true;
    }
    if (r == Deprel::kAcl && (infinitive || participle)) {
      // "rejected the proposal to send troops", "vetoed a resolution calling for a ceasefire":
      // the noun's verb is the governor.
      const Deprel noun_relation = view.parse.relation(*governor);
      if (noun_relation != Deprel::kObj && noun_relation != Deprel::kObl && noun_relation != Deprel::kIobj) {
        return false;
      }
      governor = view.parse.head(*governor);
      if (!governor) return false;
    } else if (r != Deprel::kXcomp && !(r == Deprel::kAdvcl && infinitive) && !gerund) {
      return false;
    }
    // Verbs between the two pass the question on: in "refused the proposal to send troops to
    // fight the cartels" no fighting took place either.
    const auto found = std::find_if(coded.begin(), coded.end(),
                                    [&](const CodedVerb& c) { return c.verb_token == *governor; });
    if (found != coded.end()) {
      const std::string_view governing_code = dictionaries.codes().name(found->code.code);
      // "signed an order banning investments" coded at "signed" with the ban's own code: the
      // pattern read what the order does, and the participle would say it twice.
      if (depth == 0 && r == Deprel::kAcl && participle &&
          governing_code == dictionaries.codes().name(verb.code.code)) {
        return true;
      }
      if (takes_content(governing_code) || (gerund && governing_code.starts_with("11"))) return true;
      // "Violated the truce by shelling Kherson": how a deed done to someone was done is that
      // deed. One with no one named ("retaliated by ordering tariffs") leaves the means to say it.
      if (gerund && depth == 0 && has_mark(view, clause, "by") && !found->targets.empty()) return true;
      // What a protest is held to demand is the protest's own aim ("went on a hunger strike to
      // demand medical care"), which its code already says.
      if (r == Deprel::kAdvcl && infinitive && depth == 0 && governing_code.starts_with("14") &&
          is_demand(dictionaries.codes().name(verb.code.code))) {
        return true;
      }
    }
    // What a coded act was done for is its aim, not a deed of its own: "gave Turkey billions to
    // host refugees", "sent troops to protect Ukraine". (An act on a party, "urged Bree to help
    // it", has that party do it; and words, "held talks to urge them", are said there.)
    if (found != coded.end() && depth == 0 && r == Deprel::kAdvcl && infinitive &&
        !is_verbal(dictionaries.codes().name(verb.code.code))) {
      const std::optional<uint32_t> object = view.parse.dependent(*governor, Deprel::kObj);
      if (object && view.at(view.actor, *object) == kNone && view.at(view.agent, *object) == kNone &&
          view.at(view.anaphor, *object) == kNone) {
        return true;
      }
    }
    clause = *governor;
  }
  return false;
}

bool is_condition(const CodedVerb& verb, const SentenceView& view) {
  uint32_t clause = verb.verb_token;
  while (view.parse.relation(clause) == Deprel::kConj) {
    const std::optional<uint32_t> first = view.parse.head(clause);
    if (!first) return false;
    clause = *first;
  }
  if (view.parse.relation(clause) != Deprel::kAdvcl) return false;
  return has_mark(view, clause, "if") || has_mark(view, clause, "unless");
}

}  // namespace herald::coding
