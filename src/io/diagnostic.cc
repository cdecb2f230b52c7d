#include "herald/diagnostic.h"

#include <fmt/format.h>

namespace herald {

std::string Diagnostic::to_string() const {
  std::string out = file.empty() ? std::string("herald") : file;
  if (line > 0) out += fmt::format(":{}", line);
  out += severity == Severity::kWarning ? ": warning: " : ": error: ";
  out += message;
  if (byte_offset) out += fmt::format(" (byte {})", *byte_offset);
  return out;
}

}  // namespace herald
