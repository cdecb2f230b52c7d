#include "cli/commands.h"

#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <exception>
#include <memory>

#include "cli/inputs.h"
#include "herald/pipeline.h"
#include "herald/syntax.h"
#include "syntax/conllu.h"
#include "syntax/evaluation.h"

namespace herald::cli {

namespace {

using Clock = std::chrono::steady_clock;

struct ParseOptions {
  InputOptions input;
  ModelOptions model;
  bool timing = false;
};

struct EvalOptions {
  std::string gold;
  ModelOptions model;
};


// CoNLL-U: one block per sentence. MISC carries TokenRange=begin:end, the token's code-point
// range in the story text, and SpaceAfter=No where no whitespace follows.
void append_conllu(const Document& doc, std::string& out) {
  if (!doc.id.empty()) out += fmt::format("# newdoc id = {}\n", doc.id);
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    std::string text(doc.sentence_text(sentence));
    for (char& c : text) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    out += doc.id.empty() ? fmt::format("# sent_id = {}\n", s + 1)
                          : fmt::format("# sent_id = {}-{}\n", doc.id, s + 1);
    out += fmt::format("# text = {}\n", text);
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const Token& token = doc.tokens[t];
      const uint32_t head = token.head == kNoHead ? 0 : token.head - sentence.token_begin + 1;
      out += fmt::format("{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\tTokenRange={}:{}{}\n",
                         t - sentence.token_begin + 1, token.text,
                         token.lemma.empty() ? std::string_view("_") : token.lemma,
                         syntax::upos_name(static_cast<syntax::Upos>(token.upos)),
                         syntax::xpos_name(token.xpos), head,
                         syntax::deprel_name(static_cast<syntax::Deprel>(token.deprel)),
                         token.span.begin, token.span.end, token.space_after ? "" : "|SpaceAfter=No");
    }
    out += '\n';
  }
}

void run_parse(const ParseOptions& options) {
  const auto start = Clock::now();
  const auto model = load_model(options.model);
  const double load_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const Pipeline pipeline;
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  Clock::duration syntax_time{};
  // Also in CPU time, which is what "tokens per second on one core" measures whatever else shares
  // the machine; the wall clock counts the time other jobs hold the core as well.
  std::clock_t syntax_cpu = 0;
  std::string out;
  const InputTotals totals = for_each_story(options.input, [&](Story& story) {
    Document doc = pipeline.run(std::move(story));
    const auto before = Clock::now();
    const std::clock_t cpu_before = std::clock();
    model->annotate(doc);
    syntax_cpu += std::clock() - cpu_before;
    syntax_time += Clock::now() - before;
    sentences += doc.sentences.size();
    tokens += doc.tokens.size();
    out.clear();
    append_conllu(doc, out);
    std::fwrite(out.data(), 1, out.size(), stdout);
  });
  std::fflush(stdout);
  if (options.timing) {
    const double total = std::chrono::duration<double>(Clock::now() - start).count();
    const double syntax = std::chrono::duration<double>(syntax_time).count();
    const double cpu = static_cast<double>(syntax_cpu) / CLOCKS_PER_SEC;
    const auto per_second = [](uint64_t count, double seconds) { return seconds > 0 ? count / seconds : 0.0; };
    fmt::print(stderr,
               "herald parse: {} stories, {} sentences, {} tokens; model loaded in {:.3f} s; beam {}, margin {}; "
               "tagging+parsing {:.3f} s CPU = {:.0f} tokens/s, {:.0f} sentences/s ({:.3f} s wall clock = {:.0f} "
               "tokens/s, {:.0f} sentences/s); whole run {:.3f} s = {:.0f} tokens/s\n",
               totals.stories, sentences, tokens, load_seconds, model->beam_width(), model->score_margin(), cpu,
               per_second(tokens, cpu), per_second(sentences, cpu), syntax, per_second(tokens, syntax),
               per_second(sentences, syntax), total, per_second(tokens, total));
  }
  if (totals.failed()) throw CLI::RuntimeError(1);
}

void run_eval(const EvalOptions& options) {
  std::vector<syntax::GoldSentence> gold;
  try {
    gold = syntax::read_conllu(options.gold);
  } catch (const std::exception& e) {
    fmt::print(stderr, "{}\n", e.what());
    throw CLI::RuntimeError(1);
  }
  const auto model = load_model(options.model);
  const syntax::Annotator annotate = [&](Document& doc) { model->annotate(doc); };
  fmt::print("{}: gold tokenization\n{}", options.gold,
             syntax::evaluate_gold_tokens(annotate, gold).to_string());
  fmt::print("{}: end to end from the '# text' lines (F1 over words aligned by character offsets)\n{}",
             options.gold, syntax::evaluate_raw_text(annotate, gold).to_string());
}

}  // namespace

void add_parse_command(CLI::App& app) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app.add_subcommand(
      "parse", "Tag, lemmatize and parse text; print CoNLL-U (TokenRange in MISC, in code points)");
  options->input.add_to(*command);
  add_model_options(*command, options->model);
  command->add_flag("--timing", options->timing, "Print throughput of tagging and parsing (tokens/s, sentences/s, in CPU and wall-clock time) to stderr");
  command->callback([options] { run_parse(*options); });
}

void add_eval_syntax_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand(
      "eval-syntax", "Score tags, lemmas and dependencies against a gold CoNLL-U file");
  command->add_option("GOLD", options->gold, "Gold CoNLL-U file (with '# text =' lines)")->required();
  add_model_options(*command, options->model);
  command->callback([options] { run_eval(*options); });
}


}  // namespace herald::cli
