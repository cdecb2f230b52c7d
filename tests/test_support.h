// Helpers shared by herald's tests: temporary files and running the herald program.
#ifndef HERALD_TESTS_TEST_SUPPORT_H_
#define HERALD_TESTS_TEST_SUPPORT_H_

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace herald::testing_support {

// The directory `name` under the temporary directory, of this test process alone (created):
// ctest runs tests as parallel processes, which must not write or remove each other's files.
inline std::filesystem::path process_temp_dir(const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) / (name + "." + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

// A file under this test process's own temporary directory holding `contents`; returns its
// path.
inline std::string write_temp_file(const std::string& name, std::string_view contents) {
  const std::filesystem::path path = process_temp_dir("herald_tests") / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  return path.string();
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct RunResult {
  int status = -1;      // the exit status
  std::string out;      // standard output
  std::string err;      // standard error
};

// Runs the herald binary with `arguments` (a shell-quoted string) and optional standard input.
inline RunResult run_herald(const std::string& arguments, std::string_view stdin_text = {}) {
  const std::string in = write_temp_file("stdin.txt", stdin_text);
  const std::string err = write_temp_file("stderr.txt", "");
  const std::string command =
      std::string(HERALD_BINARY) + " " + arguments + " < '" + in + "' 2> '" + err + "'";
  RunResult result;
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, got);
  const int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = read_file(err);
  return result;
}

}  // namespace herald::testing_support

#endif  // HERALD_TESTS_TEST_SUPPORT_H_
