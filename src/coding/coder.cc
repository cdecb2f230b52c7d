#include "herald/coder.h"

#include "coding/actors.h"
#include "coding/embedded_clauses.h"
#include "coding/sentence_view.h"
#include "coding/verb_coder.h"
#include "herald/cameo.h"
#include "herald/mentions.h"
#include "herald/syntax.h"
#include "herald/text.h"

namespace herald {

CodingStats& CodingStats::operator+=(const CodingStats& other) {
  sentences += other.sentences;
  sentences_parsed += other.sentences_parsed;
  sentences_discarded += other.sentences_discarded;
  events += other.events;
  return *this;
}

struct Coder::State {
  State(lexicon::Dictionaries d, std::shared_ptr<const syntax::SyntaxModel> s, CoderOptions o)
      : dictionaries(std::move(d)), matcher(dictionaries), verbs(dictionaries), syntax(std::move(s)),
        options(o) {}

  const lexicon::Dictionaries dictionaries;
  const lexicon::PhraseMatcher matcher;
  const coding::VerbCoder verbs;
  const std::shared_ptr<const syntax::SyntaxModel> syntax;
  const CoderOptions options;
};

Coder::Coder(lexicon::Dictionaries dictionaries, std::shared_ptr<const syntax::SyntaxModel> syntax,
             CoderOptions options)
    : state_(std::make_unique<const State>(std::move(dictionaries), std::move(syntax), options)) {}

Coder::~Coder() = default;

const lexicon::Dictionaries& Coder::dictionaries() const { return state_->dictionaries; }

namespace {

std::string_view token_range_text(const Document& doc, uint32_t first, uint32_t last) {
  const uint32_t begin = doc.tokens[first].byte_begin;
  return std::string_view(doc.text).substr(begin, doc.tokens[last].byte_end - begin);
}

Span token_range_span(const Document& doc, uint32_t first, uint32_t last) {
  return {doc.tokens[first].span.begin, doc.tokens[last].span.end};
}

// Whether an event has a state's organ or people act on that state itself, named bare, when
// one of the two was inferred: a role that borrowed the state of an actor near it, or an
// anaphor ("Senior EC diplomats backed tariffs on Japanese products" is no Japanese act on
// Japan; "Japanese officials said they were confident" no act of Japan's government on Japan).
// Curfews, restrictions and emergencies (172x) are aimed at the country and stay.
bool acts_on_own_country(const coding::ResolvedActor& source, const coding::ResolvedActor& target,
                         std::string_view code) {
  return (source.inferred || target.inferred) && target.code.size() == 3 && target.code != "---" &&
         source.code.size() > 3 && source.code.starts_with(target.code) && !code.starts_with("172");
}

class EventEmitter {
 public:
  EventEmitter(const Document& doc, const lexicon::Dictionaries& dictionaries, bool require_dyad,
               std::vector<Event>& out)
      : doc_(doc), dictionaries_(dictionaries), require_dyad_(require_dyad), out_(out) {}

  void emit(uint32_t sentence_index, const Sentence& sentence, const coding::CodedVerb& verb) {
    const coding::ResolvedActor none{"---", coding::ActorKind::kGroup, verb.verb_first, verb.verb_first};
    std::vector<coding::ResolvedActor> sources = verb.sources, targets = verb.targets;
    if (!require_dyad_) {
      if (sources.empty() && !targets.empty()) sources.push_back(none);
      if (targets.empty() && !sources.empty()) targets.push_back(none);
    }
    for (const coding::ResolvedActor& source : sources) {
      for (const coding::ResolvedActor& target : targets) {
        if (source.code == target.code && !verb.within_one_state) continue;
        add(sentence_index, sentence, verb, source, target, verb.code.code);
        if (verb.code.paired != lexicon::kNotFound && verb.code.paired != lexicon::kNullCode) {
          add(sentence_index, sentence, verb, target, source, verb.code.paired);
        }
      }
    }
  }

 private:
  void add(uint32_t sentence_index, const Sentence& sentence, const coding::CodedVerb& verb,
           const coding::ResolvedActor& source, const coding::ResolvedActor& target,
           lexicon::CodeId code) {
    // One sentence states an event once, however many of its verbs code it ("threatened to
    // impose tariffs" at "threatened" and at "impose").
    const std::string_view code_text = dictionaries_.codes().name(code);
    if (acts_on_own_country(source, target, code_text)) return;
    for (auto it = out_.rbegin(); it != out_.rend() && it->sentence_index == sentence_index &&
                                  it->story_id == doc_.id;
         ++it) {
      if (it->source == source.code && it->target == target.code && it->code == code_text) return;
    }
    Event& e = out_.emplace_back();
    e.story_id = doc_.id;
    e.sentence_index = sentence_index;
    e.date = doc_.date;
    e.source = source.code;
    e.target = target.code;
    e.code = std::string(code_text);
    e.root_code = e.code.substr(0, 2);
    if (const cameo::EventType* type = cameo::find_event_type(e.code)) {
      e.quad_class = static_cast<int>(type->quad_class);
      e.goldstein = type->goldstein;
    }
    e.source_text = token_range_text(doc_, source.first_token, source.last_token);
    e.target_text = token_range_text(doc_, target.first_token, target.last_token);
    e.verb_text = token_range_text(doc_, verb.verb_first, verb.verb_last);
    e.source_span = token_range_span(doc_, source.first_token, source.last_token);
    e.target_span = token_range_span(doc_, target.first_token, target.last_token);
    e.verb_span = token_range_span(doc_, verb.verb_first, verb.verb_last);
    e.sentence = doc_.sentence_text(sentence);
  }

  const Document& doc_;
  const lexicon::Dictionaries& dictionaries_;
  const bool require_dyad_;
  std::vector<Event>& out_;
};

}  // namespace

CodedStory Coder::code(Story story) const { return code(std::move(story), state_->options); }

CodedStory Coder::code(Story story, const CoderOptions& options) const {
  CodedStory result;
  Document& doc = result.doc;
  doc.id = std::move(story.id);
  doc.date = std::move(story.date);
  doc.text = std::move(story.text);
  text::segment(doc);
  const auto parse = [&](const Sentence& sentence) { state_->syntax->annotate(doc, sentence); };
  code_sentences(doc, options, parse, result.events, result.stats);
  return result;
}

std::vector<Event> Coder::code_parsed(const Document& doc, CodingStats* stats) const {
  std::vector<Event> events;
  CodingStats counted;
  code_sentences(doc, state_->options, [](const Sentence&) {}, events, counted);
  if (stats != nullptr) *stats += counted;
  return events;
}

void Coder::code_sentences(const Document& doc, const CoderOptions& options,
                           const std::function<void(const Sentence&)>& parse,
                           std::vector<Event>& events, CodingStats& stats) const {
  const State& s = *state_;
  const lexicon::Day day = lexicon::parse_iso_date(doc.date).value_or(lexicon::kUnknownDay);
  const coding::ActorResolver resolver(s.dictionaries, day);
  coding::StoryMemory memory;
  EventEmitter emitter(doc, s.dictionaries, options.require_dyad, events);
  thread_local lexicon::MatchScratch scratch;
  std::vector<lexicon::Mention> mentions;
  std::vector<coding::CodedVerb> coded_verbs;

  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& sentence = doc.sentences[i];
    ++stats.sentences;
    s.matcher.find(doc, sentence, scratch, mentions);

    bool discard_story = false, discard_sentence = false;
    for (const lexicon::Mention& m : mentions) {
      if (m.kind != lexicon::MentionKind::kDiscard) continue;
      if (s.dictionaries.discards()[m.owner].scope == lexicon::DiscardScope::kStory) discard_story = true;
      discard_sentence = true;
    }
    if (discard_story) {
      events.clear();
      stats.sentences_discarded += doc.sentences.size() - i;
      break;
    }
    if (discard_sentence) {
      ++stats.sentences_discarded;
      continue;
    }

    // Actors named here are antecedents for anaphors later in this sentence and after it.
    memory.begin_sentence(i);
    for (const lexicon::Mention& m : lexicon::select_longest(mentions)) {
      if (m.kind != lexicon::MentionKind::kActor) continue;
      memory.remember(resolver.resolve_mention_only(m));
    }
    const bool could_yield_event = lexicon::could_yield_event(mentions);
    if (options.prefilter && !could_yield_event) continue;

    ++stats.sentences_parsed;
    parse(sentence);
    const coding::SentenceView view(doc, sentence, mentions, s.dictionaries);
    // Only the subjects of sentences the pre-filter parses too are antecedents, so that no
    // event depends on whether the filter ran.
    if (could_yield_event) memory.note_subjects(view, s.dictionaries);
    coded_verbs.clear();
    for (const lexicon::Mention& m : view.mentions) {
      if (m.kind != lexicon::MentionKind::kVerb) continue;
      if (std::optional<coding::CodedVerb> coded = s.verbs.code(view, m, resolver, memory)) {
        coded_verbs.push_back(std::move(*coded));
      }
    }
    for (const coding::CodedVerb& coded : coded_verbs) {
      if (!coding::is_content_of_another_event(coded, view, coded_verbs, s.dictionaries) &&
          !coding::is_condition(coded, view)) {
        emitter.emit(i, sentence, coded);
      }
    }
  }
  stats.events = events.size();
}

}  // namespace herald
