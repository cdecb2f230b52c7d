// herald serve: the dashboard and its JSON API over an event store (docs/dashboard.md).
#include <atomic>
#include <csignal>
#include <pthread.h>
#include <thread>

#include <fmt/format.h>

#include "cli/commands.h"
#include "herald/serve.h"
#include "herald/store.h"

namespace herald::cli {

namespace {

bool is_loopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.starts_with("127.");
}

int run_serve(const serve::ServeOptions& options) {
  // SIGINT and SIGTERM are taken by this thread with sigwait, so that Ctrl-C stops the server
  // cleanly (open requests finish, the store closes). The mask is set before the server's
  // threads exist, so they inherit it and never take the signals themselves.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  std::unique_ptr<serve::DashboardServer> server;
  try {
    server = std::make_unique<serve::DashboardServer>(options);
    server->bind();
  } catch (const std::exception& error) {
    fmt::print(stderr, "herald: {}\n", error.what());
    return 1;
  }
  if (!is_loopback(options.host)) {
    fmt::print(stderr, "herald: warning: serving on {}: anyone who can reach this address can read the store\n",
               options.host);
  }
  fmt::print(stderr, "herald: serving {} at {} (Ctrl-C stops)\n", options.database, server->url());

  const pthread_t main_thread = pthread_self();
  std::atomic<bool> stopping{false};
  bool served_well = true;
  std::thread serving([&] {
    served_well = server->run();
    // Serving ended on its own (a socket error): wake the main thread.
    if (!stopping) pthread_kill(main_thread, SIGTERM);
  });
  int received = 0;
  sigwait(&signals, &received);
  stopping = true;
  server->stop();
  serving.join();
  if (!served_well) {
    fmt::print(stderr, "herald: serving stopped on a socket error\n");
    return 1;
  }
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app) {
  auto options = std::make_shared<serve::ServeOptions>();
  CLI::App* command = app.add_subcommand("serve", "Serve the dashboard and its JSON API over an event store");
  command->add_option("--db", options->database, "The store written by herald ingest (opened read-only)")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--port", options->port, "TCP port (0: any free port)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  command->add_option("--host", options->host, "Address to listen on; not loopback means the network can read the store")
      ->capture_default_str();
  command->callback([options] {
    if (const int status = run_serve(*options); status != 0) throw CLI::RuntimeError(status);
  });
}

}  // namespace herald::cli
