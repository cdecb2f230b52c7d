#include <cstdlib>
#include <system_error>
#include <vector>

#include "herald/syntax.h"

namespace herald::syntax {

namespace {

// The source tree the library was built from (set by CMakeLists.txt), so that a binary built
// in any build directory finds the repository's models/ without installation.
std::filesystem::path source_tree() { return HERALD_SOURCE_DIR; }

std::filesystem::path executable_dir() {
  std::error_code error;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path() : exe.parent_path();
}

bool holds_model(const std::filesystem::path& dir) {
  std::error_code error;
  return !dir.empty() && std::filesystem::is_regular_file(dir / kModelFileName, error);
}

}  // namespace

std::filesystem::path find_models_dir(const std::string& flag) {
  if (!flag.empty()) {
    if (holds_model(flag)) return flag;
    throw ModelError("--models " + flag + ": error: no " + kModelFileName + " in that directory");
  }
  if (const char* env = std::getenv("HERALD_MODELS"); env != nullptr && *env != '\0') {
    if (holds_model(env)) return env;
    throw ModelError(std::string("$HERALD_MODELS=") + env + ": error: no " + kModelFileName +
                     " in that directory");
  }
  std::string tried;
  std::vector<std::filesystem::path> candidates;
  if (const auto exe = executable_dir(); !exe.empty()) {
    candidates.push_back(exe / ".." / "models");
    candidates.push_back(exe / ".." / ".." / "models");
  }
  if (const auto source = source_tree(); !source.empty()) candidates.push_back(source / "models");
  for (const auto& dir : candidates) {
    if (holds_model(dir)) return dir.lexically_normal();
    tried += "\n  " + dir.lexically_normal().string();
  }
  throw ModelError(std::string("herald: error: cannot find the syntax model ") + kModelFileName +
                   "; give --models DIR or set $HERALD_MODELS. Looked in:" + tried);
}

}  // namespace herald::syntax
