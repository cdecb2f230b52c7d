#include <string>
#include <utility>

#include "lexicon/read_context.h"

namespace herald::lexicon::detail {

void Reporter::error(Position at, std::string message) {
  ++summary_.errors;
  add(Diagnostic::Severity::kError, at, std::move(message));
}

void Reporter::warning(Position at, std::string message) {
  ++summary_.warnings;
  add(Diagnostic::Severity::kWarning, at, std::move(message));
}

void Reporter::add(Diagnostic::Severity severity, Position at, std::string message) {
  Diagnostic diagnostic;
  diagnostic.severity = severity;
  diagnostic.file = std::string(source_);
  diagnostic.line = at.line;
  diagnostic.byte_offset = at.offset;
  diagnostic.message = std::move(message);
  report_.diagnostics.push_back(std::move(diagnostic));
}

}  // namespace herald::lexicon::detail
