#include "syntax/irregular_past.h"

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

#include "syntax/word_keys.h"

namespace herald::syntax {

namespace {

struct PastForm {
  std::string_view past;
  std::string_view lemma;
};

constexpr PastForm kForms[] = {
    {"arose", "arise"}, {"ate", "eat"}, {"awoke", "awake"}, {"began", "begin"},
    {"beheld", "behold"}, {"besought", "beseech"}, {"bled", "bleed"}, {"blew", "blow"},
    {"broke", "break"}, {"brought", "bring"}, {"built", "build"}, {"bought", "buy"},
    {"caught", "catch"}, {"chose", "choose"}, {"clung", "cling"}, {"crept", "creep"},
    {"dealt", "deal"}, {"drank", "drink"}, {"drew", "draw"}, {"drove", "drive"},
    {"dug", "dig"}, {"dwelt", "dwell"}, {"fled", "flee"}, {"flew", "fly"},
    {"flung", "fling"}, {"forbade", "forbid"}, {"forgave", "forgive"}, {"foresaw", "foresee"},
    {"forsook", "forsake"}, {"froze", "freeze"}, {"gave", "give"}, {"grew", "grow"},
    {"hid", "hide"}, {"knelt", "kneel"}, {"knew", "know"}, {"lent", "lend"},
    {"misled", "mislead"}, {"mistook", "mistake"}, {"outgrew", "outgrow"}, {"outran", "outrun"},
    {"overcame", "overcome"}, {"overran", "overrun"}, {"oversaw", "oversee"}, {"overthrew", "overthrow"},
    {"overtook", "overtake"}, {"rang", "ring"}, {"rode", "ride"}, {"sang", "sing"},
    {"sank", "sink"}, {"shook", "shake"}, {"shrank", "shrink"}, {"slew", "slay"},
    {"slid", "slide"}, {"slung", "sling"}, {"smote", "smite"}, {"sought", "seek"},
    {"sped", "speed"}, {"spoke", "speak"}, {"sprang", "spring"}, {"stole", "steal"},
    {"strode", "stride"}, {"struck", "strike"}, {"strove", "strive"}, {"stung", "sting"},
    {"swam", "swim"}, {"swept", "sweep"}, {"swore", "swear"}, {"swung", "swing"},
    {"taught", "teach"}, {"threw", "throw"}, {"tore", "tear"}, {"trod", "tread"},
    {"undertook", "undertake"}, {"underwent", "undergo"}, {"upheld", "uphold"}, {"withdrew", "withdraw"},
    {"withheld", "withhold"}, {"withstood", "withstand"}, {"woke", "wake"}, {"wove", "weave"},
    {"wept", "weep"}, {"wrote", "write"}, {"wrung", "wring"},
};

}  // namespace

std::string_view irregular_past_lemma(std::string_view lowercased) {
  static const std::vector<PastForm> forms = [] {
    std::vector<PastForm> f(std::begin(kForms), std::end(kForms));
    std::sort(f.begin(), f.end(), [](const PastForm& a, const PastForm& b) { return a.past < b.past; });
    return f;
  }();
  const auto at = std::lower_bound(forms.begin(), forms.end(), lowercased,
                                   [](const PastForm& form, std::string_view past) { return form.past < past; });
  return at != forms.end() && at->past == lowercased ? at->lemma : std::string_view();
}

std::string_view irregular_past_lemma(uint64_t lower) {
  static const std::vector<std::pair<uint64_t, std::string_view>> keys = [] {
    std::vector<std::pair<uint64_t, std::string_view>> k;
    for (const PastForm& form : kForms) k.emplace_back(word_keys(form.past).lower, form.lemma);
    std::sort(k.begin(), k.end());
    return k;
  }();
  const auto at = std::lower_bound(keys.begin(), keys.end(), std::pair<uint64_t, std::string_view>{lower, {}});
  return at != keys.end() && at->first == lower ? at->second : std::string_view();
}

}  // namespace herald::syntax
