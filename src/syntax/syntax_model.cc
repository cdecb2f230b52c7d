#include <vector>

#include "herald/syntax.h"
#include "syntax/model_file.h"

namespace herald::syntax {

namespace {

// Per-thread buffers, grown to the longest sentence seen and then reused, so annotating
// allocates nothing per token.
struct Scratch {
  std::vector<WordKeys> keys;
  std::vector<uint64_t> ambiguity;
  std::vector<uint8_t> xpos;
  std::vector<Upos> upos;
  std::vector<uint32_t> heads;
  std::vector<Deprel> labels;
  ParserScratch parser;
  std::string lemma;
};

}  // namespace

SyntaxModel::SyntaxModel(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}
SyntaxModel::~SyntaxModel() = default;

std::unique_ptr<SyntaxModel> SyntaxModel::load_file(const std::filesystem::path& file) {
  return std::unique_ptr<SyntaxModel>(
      new SyntaxModel(std::make_unique<Parts>(read_model_file(file))));
}

std::unique_ptr<SyntaxModel> SyntaxModel::load(const std::string& flag) {
  return load_file(find_models_dir(flag) / kModelFileName);
}

const std::string& SyntaxModel::description() const { return parts_->description; }

void SyntaxModel::set_beam_width(uint32_t width) { parts_->parser.set_beam_width(width); }
uint32_t SyntaxModel::beam_width() const { return parts_->parser.beam_width(); }
void SyntaxModel::set_score_margin(double largest_weights) { parts_->parser.set_score_margin(largest_weights); }
double SyntaxModel::score_margin() const { return parts_->parser.score_margin(); }

void SyntaxModel::annotate(Document& doc) const { annotate_document(*parts_, doc); }

void SyntaxModel::annotate(Document& doc, const Sentence& sentence) const {
  annotate_sentence(*parts_, doc, sentence);
}

void annotate_document(const SyntaxModel::Parts& parts, Document& doc) {
  for (const Sentence& sentence : doc.sentences) annotate_sentence(parts, doc, sentence);
}

void annotate_sentence(const SyntaxModel::Parts& parts, Document& doc, const Sentence& sentence) {
  thread_local Scratch scratch;
  const size_t n = sentence.size();
  if (n == 0) return;
  Token* tokens = doc.tokens.data() + sentence.token_begin;
  scratch.keys.resize(n);
  scratch.ambiguity.resize(n);
  scratch.xpos.resize(n);
  scratch.upos.resize(n);
  scratch.heads.resize(n);
  scratch.labels.resize(n);
  for (size_t i = 0; i < n; ++i) scratch.keys[i] = word_keys(tokens[i].text);
  parts.tagger.tag(scratch.keys, scratch.ambiguity, scratch.xpos.data(), scratch.upos.data());
  parts.parser.parse({scratch.keys, scratch.xpos.data()}, scratch.parser, scratch.heads.data(),
                       scratch.labels.data());
  for (size_t i = 0; i < n; ++i) {
    Token& t = tokens[i];
    t.xpos = scratch.xpos[i];
    t.upos = static_cast<uint8_t>(scratch.upos[i]);
    t.deprel = static_cast<uint8_t>(scratch.labels[i]);
    t.head = scratch.heads[i] == 0 ? kNoHead : sentence.token_begin + scratch.heads[i] - 1;
    const std::string_view lemma = parts.lemmatizer.lemmatize(t.text, t.xpos, scratch.lemma);
    t.lemma = t.text.starts_with(lemma) ? t.text.substr(0, lemma.size()) : doc.keep(std::string(lemma));
  }
}

}  // namespace herald::syntax
