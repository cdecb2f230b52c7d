#include "herald/dictionaries.h"

#include <fmt/format.h>

namespace herald::lexicon {

namespace detail {

DictionaryTables::DictionaryTables() {
  codes.intern("---");  // kNullCode
  codes.intern("###");  // kDiscardCode
  codes.intern("+++");  // kComplexCode
}

}  // namespace detail

namespace {

constexpr CodeId kNullCodeList[] = {kNullCode};

}  // namespace

std::span<const CodeId> Dictionaries::resolve_actor_code(uint32_t actor, Day day) const {
  const Actor& entry = t_.actors[actor];
  const std::span<const DatedCodes> dated =
      std::span<const DatedCodes>(t_.dated_codes).subspan(entry.first_dated, entry.dated_count);
  if (day != kUnknownDay) {
    for (const DatedCodes& restriction : dated) {
      if (restriction.valid.contains(day)) return codes_of(restriction.codes);
    }
  }
  if (entry.default_codes.size > 0) return codes_of(entry.default_codes);
  if (day == kUnknownDay && !dated.empty()) {
    const DatedCodes* latest = &dated.front();
    for (const DatedCodes& restriction : dated) {
      if (restriction.valid.last > latest->valid.last) latest = &restriction;
    }
    return codes_of(latest->codes);
  }
  return kNullCodeList;
}

std::string Dictionaries::phrase_text(const Phrase& p) const {
  std::string text;
  const std::span<const WordId> ids = words_of(p);
  for (size_t i = 0; i < ids.size(); ++i) {
    text += t_.words.name(ids[i]);
    if (p.is_stem(i)) text += '~';
    if (i + 1 < ids.size()) text += p.gap_after(i) ? ' ' : '_';
  }
  return text;
}

std::string Dictionaries::code_text(CodeList list) const {
  std::string text;
  for (const CodeId code : codes_of(list)) {
    if (!text.empty()) text += '/';
    text += t_.codes.name(code);
  }
  return text;
}

std::string Dictionaries::elements_text(std::span<const PatternElement> elements) const {
  std::string text;
  for (size_t i = 0; i < elements.size(); ++i) {
    const PatternElement& e = elements[i];
    switch (e.kind) {
      case ElementKind::kWord:
        text += t_.words.name(e.id);
        if (e.stem) text += '~';
        break;
      case ElementKind::kSynset:
        text += t_.synsets[e.id].name;
        break;
      case ElementKind::kVerb:
        text += '*';
        break;
      case ElementKind::kSource:
        text += '$';
        break;
      case ElementKind::kTarget:
        text += '+';
        break;
      case ElementKind::kCompound:
        text += '%';
        break;
      case ElementKind::kSkip:
        text += '^';
        break;
    }
    if (i + 1 < elements.size()) text += e.adjacent_to_next ? '_' : ' ';
  }
  return text;
}

std::string Dictionaries::event_code_text(const EventCode& code) const {
  std::string text(t_.codes.name(code.code));
  if (code.paired != kNotFound) {
    text += ':';
    text += t_.codes.name(code.paired);
  }
  if (code.subordinate) text += '?';
  if (code.dominant) text += '!';
  return text;
}

}  // namespace herald::lexicon
