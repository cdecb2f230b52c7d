#include "syntax/evaluation.h"

#include <fmt/format.h>

#include <unordered_map>

#include "herald/text.h"

namespace herald::syntax {

namespace {

uint64_t span_key(uint32_t begin, uint32_t end) { return (uint64_t{begin} << 32) | end; }

// One document of gold sentences with each word's code-point range in the document text.
struct GoldDocument {
  Document doc;
  std::vector<const GoldSentence*> sentences;
  std::vector<uint32_t> sentence_offset;  // code points before each sentence
};

std::vector<GoldDocument> build_documents(const std::vector<GoldSentence>& sentences) {
  std::vector<GoldDocument> documents;
  uint32_t offset = 0;
  for (const GoldSentence& s : sentences) {
    if (documents.empty() || s.new_document) {
      documents.emplace_back();
      offset = 0;
    }
    GoldDocument& d = documents.back();
    if (!d.sentences.empty()) {
      const char* separator = s.new_paragraph ? "\n\n" : " ";
      d.doc.text += separator;
      offset += text::count_code_points(separator);
    }
    d.sentences.push_back(&s);
    d.sentence_offset.push_back(offset);
    d.doc.text += s.text;
    offset += text::count_code_points(s.text);
  }
  return documents;
}

void score_word(const GoldWord& gold, const Token& predicted, bool head_right, SyntaxScores& scores) {
  ++scores.tokens;
  scores.upos += predicted.upos == static_cast<uint8_t>(gold.upos);
  scores.xpos += predicted.xpos == gold.xpos;
  scores.lemma += predicted.lemma == gold.lemma;
  scores.uas += head_right;
  scores.las += head_right && predicted.deprel == static_cast<uint8_t>(gold.deprel);
}

}  // namespace

double SyntaxScores::f1(uint64_t correct) const {
  if (gold_words + predicted_words == 0) return 0;
  return 200.0 * static_cast<double>(correct) / static_cast<double>(gold_words + predicted_words);
}

std::string SyntaxScores::to_string() const {
  std::string out = fmt::format("  words      {} gold, {} predicted; sentences {} gold, {} predicted\n",
                                gold_words, predicted_words, gold_sentences, predicted_sentences);
  out += fmt::format("  tokens     {:6.2f}\n", f1(tokens));
  out += fmt::format("  UPOS       {:6.2f}\n", f1(upos));
  out += fmt::format("  XPOS       {:6.2f}\n", f1(xpos));
  out += fmt::format("  lemma      {:6.2f}\n", f1(lemma));
  out += fmt::format("  UAS        {:6.2f}\n", f1(uas));
  out += fmt::format("  LAS        {:6.2f}\n", f1(las));
  return out;
}

SyntaxScores evaluate_gold_tokens(const Annotator& annotate, const std::vector<GoldSentence>& sentences) {
  Document doc;
  for (const GoldSentence& s : sentences) {
    Sentence sentence;
    sentence.token_begin = static_cast<uint32_t>(doc.tokens.size());
    for (const GoldWord& w : s.words) {
      if (!doc.text.empty()) doc.text += ' ';
      Token t;
      t.byte_begin = static_cast<uint32_t>(doc.text.size());
      doc.text += w.form;
      t.byte_end = static_cast<uint32_t>(doc.text.size());
      doc.tokens.push_back(t);
    }
    sentence.token_end = static_cast<uint32_t>(doc.tokens.size());
    doc.sentences.push_back(sentence);
  }
  for (Token& t : doc.tokens) t.text = std::string_view(doc.text).substr(t.byte_begin, t.byte_end - t.byte_begin);
  annotate(doc);

  SyntaxScores scores;
  scores.gold_sentences = scores.predicted_sentences = sentences.size();
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    for (size_t i = 0; i < sentences[si].words.size(); ++i) {
      const GoldWord& gold = sentences[si].words[i];
      const Token& predicted = doc.tokens[sentence.token_begin + i];
      const uint32_t gold_head = gold.head == 0 ? kNoHead : sentence.token_begin + gold.head - 1;
      score_word(gold, predicted, predicted.head == gold_head, scores);
    }
    scores.gold_words += sentences[si].words.size();
  }
  scores.predicted_words = scores.gold_words;
  return scores;
}

SyntaxScores evaluate_raw_text(const Annotator& annotate, const std::vector<GoldSentence>& sentences) {
  SyntaxScores scores;
  for (GoldDocument& d : build_documents(sentences)) {
    text::segment(d.doc);
    annotate(d.doc);
    scores.gold_sentences += d.sentences.size();
    scores.predicted_sentences += d.doc.sentences.size();
    scores.predicted_words += d.doc.tokens.size();
    std::unordered_map<uint64_t, uint32_t> predicted_at;
    for (uint32_t t = 0; t < d.doc.tokens.size(); ++t) {
      predicted_at.emplace(span_key(d.doc.tokens[t].span.begin, d.doc.tokens[t].span.end), t);
    }
    for (size_t si = 0; si < d.sentences.size(); ++si) {
      const GoldSentence& s = *d.sentences[si];
      const uint32_t base = d.sentence_offset[si];
      scores.gold_words += s.words.size();
      for (const GoldWord& gold : s.words) {
        if (!gold.aligned) continue;
        const auto found = predicted_at.find(span_key(base + gold.begin, base + gold.end));
        if (found == predicted_at.end()) continue;
        const Token& predicted = d.doc.tokens[found->second];
        bool head_right = false;
        if (gold.head == 0) {
          head_right = predicted.head == kNoHead;
        } else if (predicted.head != kNoHead) {
          const GoldWord& gold_head = s.words[gold.head - 1];
          const Span head_span = d.doc.tokens[predicted.head].span;
          head_right = gold_head.aligned && head_span.begin == base + gold_head.begin &&
                       head_span.end == base + gold_head.end;
        }
        score_word(gold, predicted, head_right, scores);
      }
    }
  }
  return scores;
}

}  // namespace herald::syntax
