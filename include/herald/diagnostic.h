// herald — diagnostics: how herald tells the user about bad input without stopping.
//
// Readers never throw on malformed records. They describe the problem in a Diagnostic, hand
// it to the caller's sink, skip the record and go on; the caller decides how to print and
// whether the run as a whole failed.
#ifndef HERALD_DIAGNOSTIC_H_
#define HERALD_DIAGNOSTIC_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace herald {

struct Diagnostic {
  enum class Severity : uint8_t { kWarning, kError };

  Severity severity = Severity::kError;
  std::string file;                    // as the user named it; "-" for standard input
  uint64_t line = 0;                   // 1-based; 0 when the problem has no line
  std::optional<uint64_t> byte_offset;  // from the start of the file, when known
  std::string message;

  // "file:line: error: message (byte N)", the shape compilers use, so editors can jump to it.
  std::string to_string() const;
};

using DiagnosticSink = std::function<void(const Diagnostic&)>;

}  // namespace herald

#endif  // HERALD_DIAGNOSTIC_H_
