// herald sentences: how herald splits and tokenizes the input, for debugging input and tests.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "herald/pipeline.h"

namespace herald::cli {

namespace {

struct SentencesOptions {
  InputOptions input;
  std::string format = "tsv";
  bool tokens = false;
};

// One line per sentence: story id, index, code-point begin and end, then the text with line
// breaks and tabs shown as spaces (the offsets refer to the original text).
void print_tsv(const Document& doc, bool with_tokens) {
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sentence = doc.sentences[i];
    std::string shown(doc.sentence_text(sentence));
    for (char& c : shown) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    fmt::print("{}\t{}\t{}\t{}\t{}", doc.id, i, sentence.span.begin, sentence.span.end, shown);
    if (with_tokens) {
      std::string tokens;
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        if (!tokens.empty()) tokens += ' ';
        tokens += doc.tokens[t].text;
      }
      fmt::print("\t{}", tokens);
    }
    fmt::print("\n");
  }
}

void print_jsonl(const Document& doc, bool with_tokens) {
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sentence = doc.sentences[i];
    nlohmann::ordered_json record;
    record["story_id"] = doc.id;
    record["sentence_index"] = i;
    record["span"] = {sentence.span.begin, sentence.span.end};
    record["text"] = doc.sentence_text(sentence);
    if (with_tokens) {
      nlohmann::ordered_json tokens = nlohmann::ordered_json::array();
      for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
        const Token& token = doc.tokens[t];
        tokens.push_back({{"text", token.text}, {"span", {token.span.begin, token.span.end}}});
      }
      record["tokens"] = std::move(tokens);
    }
    fmt::print("{}\n", record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }
}

}  // namespace

void add_sentences_command(CLI::App& app) {
  auto options = std::make_shared<SentencesOptions>();
  CLI::App* command = app.add_subcommand("sentences", "Print the sentences herald finds, with offsets");
  options->input.add_to(*command);
  command->add_option("--format", options->format, "tsv or jsonl")
      ->check(CLI::IsMember({"tsv", "jsonl"}))
      ->capture_default_str();
  command->add_flag("--tokens", options->tokens, "Also print each sentence's tokens");
  command->callback([options] {
    const Pipeline pipeline;
    const InputTotals totals = for_each_story(options->input, [&](Story& story) {
      const Document doc = pipeline.run(std::move(story));
      if (options->format == "jsonl") {
        print_jsonl(doc, options->tokens);
      } else {
        print_tsv(doc, options->tokens);
      }
    });
    std::fflush(stdout);
    if (totals.failed()) throw CLI::RuntimeError(1);
  });
}

}  // namespace herald::cli
