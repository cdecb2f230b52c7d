// herald — DashboardServer: the web dashboard and JSON API over an event store (`herald serve`).
//
// The server only reads: it opens the store read-only, answers GET and HEAD, and refuses any
// request body (413). The page, its script and its style sheet are compiled into the binary, and
// the page loads nothing from elsewhere (docs/dashboard.md lists the endpoints and headers).
//
// News text is untrusted, and so is every request: parameters are checked against what they
// can be (actor codes are letters and digits, dates are calendar dates, limits are bounded)
// before the store sees them, and the store binds every value it is given.
#ifndef HERALD_SERVE_H_
#define HERALD_SERVE_H_

#include <cstddef>
#include <memory>
#include <string>

namespace herald::serve {

struct ServeOptions {
  std::string database;          // the store's file; it must exist
  std::string host = "127.0.0.1";  // loopback unless told otherwise: the data is the user's own
  int port = 8080;               // 0 lets the system pick a free port (see DashboardServer::bind)
  // Longest request target (path and query) accepted; longer ones get 414. A dashboard URL
  // never needs more, and a cap stops a client from making the server parse megabytes.
  size_t max_target_bytes = 2048;
};

class DashboardServer {
 public:
  // Opens the store read-only; throws store::StoreError when it cannot.
  explicit DashboardServer(ServeOptions options);
  ~DashboardServer();
  DashboardServer(const DashboardServer&) = delete;
  DashboardServer& operator=(const DashboardServer&) = delete;

  // Binds the listening socket and returns the port it got (the chosen one when the options
  // say 0). Throws std::runtime_error naming host and port when it cannot bind.
  int bind();
  // Serves requests until stop(); bind() must have succeeded. Returns false when serving
  // ended on a socket error rather than by stop().
  bool run();
  // Makes run() return; safe from any thread, and before run() has started.
  void stop();

  // The URL of the dashboard once bound, e.g. "http://127.0.0.1:8080/".
  std::string url() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace herald::serve

#endif  // HERALD_SERVE_H_
