// Output formatting speed: one coded event to a JSON Lines, CSV or TSV record.
#include <cstdio>

#include <benchmark/benchmark.h>

#include "herald/io.h"

namespace herald {
namespace {

Event sample_event() {
  Event e;
  e.story_id = "example-2025-09-16-01";
  e.sentence_index = 3;
  e.date = "2025-09-16";
  e.source = "COLGOV";
  e.target = "USA";
  e.code = "163";
  e.root_code = "16";
  e.quad_class = 4;
  e.goldstein = -8.0;
  e.source_text = "President Gustavo Petro";
  e.target_text = "the United States";
  e.verb_text = "would stop buying";
  e.source_span = {120, 143};
  e.target_span = {170, 187};
  e.verb_span = {144, 161};
  e.sentence =
      "President Gustavo Petro said Colombia would stop buying weapons from the United States, "
      "calling the decision in Washington \"an insult\".";
  return e;
}

void BM_WriteEvents(benchmark::State& state, OutputFormat format) {
  std::FILE* sink = std::fopen("/dev/null", "wb");
  std::unique_ptr<EventWriter> writer = EventWriter::create(format, sink);
  const Event event = sample_event();
  for (auto _ : state) writer->write(event);
  writer->flush();
  std::fclose(sink);
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

BENCHMARK_CAPTURE(BM_WriteEvents, jsonl, OutputFormat::kJsonLines);
BENCHMARK_CAPTURE(BM_WriteEvents, csv, OutputFormat::kCsv);
BENCHMARK_CAPTURE(BM_WriteEvents, tsv, OutputFormat::kTsv);

}  // namespace
}  // namespace herald
