// herald — the tag sets of the syntax stage: UD parts of speech, Penn Treebank tags and UD
// dependency relations.
//
// The sets are fixed in the code rather than read from a model, so that later stages can test
// a token's tag or relation with a switch on an enum, and so that a model trained on other data
// cannot silently change what an index means. Token::upos, Token::xpos and Token::deprel hold
// these values as integers.
#ifndef HERALD_TAGSET_H_
#define HERALD_TAGSET_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace herald::syntax {

// The 17 universal parts of speech, in the order of the UD documentation.
enum class Upos : uint8_t {
  kAdj, kAdp, kAdv, kAux, kCconj, kDet, kIntj, kNoun, kNum, kPart, kPron, kPropn, kPunct,
  kSconj, kSym, kVerb, kX,
};
inline constexpr size_t kUposCount = 17;

// The UD relations English EWT uses (universal relations and their English subtypes).
// kRoot marks the token that heads a sentence.
enum class Deprel : uint8_t {
  kAcl, kAclRelcl, kAdvcl, kAdvclRelcl, kAdvmod, kAmod, kAppos, kAux, kAuxPass, kCase, kCc,
  kCcPreconj, kCcomp, kCompound, kCompoundPrt, kConj, kCop, kCsubj, kCsubjOuter, kCsubjPass,
  kDep, kDet, kDetPredet, kDiscourse, kDislocated, kExpl, kFixed, kFlat, kGoeswith, kIobj, kList,
  kMark, kNmod, kNmodDesc, kNmodPoss, kNmodUnmarked, kNsubj, kNsubjOuter, kNsubjPass, kNummod,
  kObj, kObl, kOblAgent, kOblUnmarked, kOrphan, kParataxis, kPunct, kReparandum, kRoot,
  kVocative, kXcomp,
};
inline constexpr size_t kDeprelCount = 51;

// Penn Treebank tags as extended by EWT (ADD, AFX, GW, HYPH, NFP), plus "XX" for
// unknown. Indices are stable; see xpos_name.
inline constexpr size_t kXposCount = 51;

std::string_view upos_name(Upos upos);
std::string_view deprel_name(Deprel deprel);
std::string_view xpos_name(uint8_t xpos);  // "" when out of range

std::optional<Upos> upos_from_name(std::string_view name);
std::optional<uint8_t> xpos_from_name(std::string_view name);
// Exact match first; an unknown subtype ("obl:tmod" from an older treebank) falls back to its
// universal relation, so gold files from other UD versions can still be read.
std::optional<Deprel> deprel_from_name(std::string_view name);

}  // namespace herald::syntax

#endif  // HERALD_TAGSET_H_
