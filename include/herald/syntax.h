// herald — the syntax stage: part-of-speech tags, lemmas and labeled dependency trees.
//
// herald's own models, trained on the UD English Web Treebank (see models/MODEL_CARD.md): a
// greedy perceptron tagger (Penn XPOS, then UPOS), a lemmatizer (exception lists plus suffix
// rules) and a greedy arc-eager perceptron parser. All are deterministic: the same text gives
// the same analysis on every run and at any thread count.
#ifndef HERALD_SYNTAX_H_
#define HERALD_SYNTAX_H_

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "herald/document.h"
#include "herald/tagset.h"

namespace herald::syntax {

// A model file that is missing, truncated, corrupt or of another version; the message names
// the file and, for a corrupt one, the byte offset.
class ModelError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The file name of the syntax model inside a models directory.
inline constexpr const char* kModelFileName = "en_ewt.syntax";

// Finds the models directory, trying in order: `flag` (the --models option) when not empty,
// $HERALD_MODELS, <executable dir>/../models, <executable dir>/../../models, and the models/
// folder of the source tree this binary was built from. The first that holds kModelFileName
// wins, except that an explicit flag or $HERALD_MODELS must hold it. Throws ModelError listing
// the places it looked.
std::filesystem::path find_models_dir(const std::string& flag = {});

class SyntaxModel {
 public:
  // Reads a model file (taking well under a second). Throws ModelError.
  static std::unique_ptr<SyntaxModel> load_file(const std::filesystem::path& file);
  // load_file(find_models_dir(flag) / kModelFileName).
  static std::unique_ptr<SyntaxModel> load(const std::string& flag = {});

  ~SyntaxModel();
  SyntaxModel(const SyntaxModel&) = delete;
  SyntaxModel& operator=(const SyntaxModel&) = delete;

  // Fills lemma, upos, xpos, head and deprel of every token of `doc`, sentence by sentence
  // (the text stage must have run). Lemmas view doc.text when they are a prefix of the word
  // ("killed" -> "kill") and doc.derived_strings otherwise. Safe to call from several threads
  // on different documents.
  void annotate(Document& doc) const;
  void annotate(Document& doc, const Sentence& sentence) const;

  // The parser searches `width` hypotheses at once. The model's own width (the one it was
  // trained with) is the most accurate; narrower is faster (see models/MODEL_CARD.md).
  void set_beam_width(uint32_t width);
  uint32_t beam_width() const;
  // The search drops a hypothesis once it trails the best by more than `largest_weights` times
  // the model's largest weight; 0 keeps every hypothesis that fits the beam (exact beam
  // search: slower, and barely more accurate on EWT). The default is the model's own (1.5 for
  // the shipped one).
  void set_score_margin(double largest_weights);
  double score_margin() const;

  // What the model file says about itself (training data, command, figures).
  const std::string& description() const;

  // The model's components, defined in src/syntax/model_file.h.
  struct Parts;

 private:
  explicit SyntaxModel(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

}  // namespace herald::syntax

#endif  // HERALD_SYNTAX_H_
