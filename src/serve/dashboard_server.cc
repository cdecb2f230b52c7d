#include "herald/serve.h"

#include <atomic>
#include <filesystem>
#include <regex>
#include <stdexcept>
#include <string_view>
#include <thread>

#include <fmt/format.h>
#include <httplib.h>

#include "herald/store.h"
#include "serve/api.h"
#include "serve/embedded_assets.h"

namespace herald::serve {

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

// The page's own script and style sheet are its only code; it fetches only from this server.
// No inline script or style, no other origin, no framing, no plugins, no form posts elsewhere.
constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

std::string_view content_type_of(std::string_view path) {
  if (path.ends_with(".html")) return "text/html; charset=utf-8";
  if (path.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (path.ends_with(".css")) return "text/css; charset=utf-8";
  if (path.ends_with(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

bool is_loopback_name(std::string_view host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.starts_with("127.");
}

// The host name of a Host header: "127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "[::1]".
std::string_view host_name(std::string_view header) {
  if (header.starts_with('[')) {
    const size_t close = header.find(']');
    return close == std::string_view::npos ? header : header.substr(0, close + 1);
  }
  return header.substr(0, header.find(':'));
}

std::string_view status_text(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 413: return "request too large";
    case 414: return "request target too long";
    case 431: return "request headers too large";
    default: return status >= 500 ? "server error" : "request refused";
  }
}

void send_error(httplib::Response& response, int status, std::string_view message) {
  response.status = status;
  response.set_content(error_json(message), kJson);
}

}  // namespace

struct DashboardServer::Impl {
  ServeOptions options;
  std::unique_ptr<store::EventStore> store;
  std::string database_name;
  httplib::Server http;
  int port = -1;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> serving{false};

  explicit Impl(ServeOptions o) : options(std::move(o)) {
    store = store::EventStore::open(options.database, store::OpenMode::kReadOnly);
    database_name = std::filesystem::path(options.database).filename().string();
    configure();
  }

  // Refuses, before any routing, what this read-only API never needs: other methods, long
  // targets, request bodies, and (when serving loopback) Host names other than loopback ones,
  // which is how a DNS-rebinding page elsewhere would reach a local server.
  httplib::Server::HandlerResponse screen(const httplib::Request& request, httplib::Response& response) const {
    if (request.method != "GET" && request.method != "HEAD") {
      response.set_header("Allow", "GET, HEAD");
      send_error(response, 405, "only GET and HEAD are served");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (request.target.size() > options.max_target_bytes) {
      send_error(response, 414, fmt::format("request target longer than {} bytes", options.max_target_bytes));
      return httplib::Server::HandlerResponse::Handled;
    }
    const bool has_body = request.has_header("Transfer-Encoding") ||
                          request.get_header_value<uint64_t>("Content-Length") > 0;
    if (has_body) {
      // The body is not read, so the connection cannot carry another request.
      response.set_header("Connection", "close");
      send_error(response, 413, "request bodies are not accepted");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (is_loopback_name(options.host) && request.has_header("Host") &&
        !is_loopback_name(host_name(request.get_header_value("Host")))) {
      send_error(response, 403, "this server answers only to loopback host names");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  }

  void configure() {
    http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Content-Security-Policy", kContentSecurityPolicy},
                              {"X-Frame-Options", "DENY"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cross-Origin-Resource-Policy", "same-origin"},
                              {"Cache-Control", "no-store"}});
    // The screen refuses bodies before they are read; this bounds what the library would read
    // if one slipped past it.
    http.set_payload_max_length(1024);
    http.set_read_timeout(10);
    http.set_write_timeout(10);
    http.set_keep_alive_timeout(5);
    http.set_pre_routing_handler(
        [this](const httplib::Request& request, httplib::Response& response) { return screen(request, response); });

    for (const EmbeddedAsset& asset : embedded_assets()) {
      const std::string content_type(content_type_of(asset.path));
      const auto serve_asset = [asset, content_type](const httplib::Request&, httplib::Response& response) {
        response.set_content(asset.body.data(), asset.body.size(), content_type.c_str());
      };
      http.Get(std::regex_replace(std::string(asset.path), std::regex(R"([.])"), R"(\.)"), serve_asset);
      if (asset.path == "/index.html") http.Get("/", serve_asset);
    }
    http.Get(R"(/api/([a-z]+))", [this](const httplib::Request& request, httplib::Response& response) {
      const QueryParameters parameters(request.params.begin(), request.params.end());
      const ApiReply reply = answer_api(*store, request.matches[1].str(), parameters, database_name);
      response.status = reply.status;
      response.set_content(reply.json, kJson);
    });
    // Whatever the library itself refuses (bad request line, unknown path, too large) gets the
    // same JSON error shape; replies that already carry a body keep it.
    http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& response) {
      if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
      send_error(response, response.status, status_text(response.status));
      return httplib::Server::HandlerResponse::Handled;
    }));
    http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
      std::string message = "internal error";
      try {
        std::rethrow_exception(error);
      } catch (const std::exception& e) {
        message = e.what();
      } catch (...) {
      }
      send_error(response, 500, message);
    });
  }
};

DashboardServer::DashboardServer(ServeOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

DashboardServer::~DashboardServer() = default;

int DashboardServer::bind() {
  const ServeOptions& options = impl_->options;
  const bool bound = options.port == 0 ? (impl_->port = impl_->http.bind_to_any_port(options.host)) > 0
                                       : impl_->http.bind_to_port(options.host, options.port);
  if (!bound) {
    throw std::runtime_error(fmt::format("cannot listen on {}:{} (in use, or not an address of this machine)",
                                         options.host, options.port));
  }
  if (options.port != 0) impl_->port = options.port;
  return impl_->port;
}

bool DashboardServer::run() {
  impl_->serving = true;
  const bool ended_well = impl_->stop_requested || impl_->http.listen_after_bind() || impl_->stop_requested;
  impl_->serving = false;
  return ended_well;
}

void DashboardServer::stop() {
  impl_->stop_requested = true;
  // run() may have passed its check of stop_requested without having started to accept yet;
  // the library's stop() only works once it has.
  while (impl_->serving && !impl_->http.is_running()) std::this_thread::yield();
  impl_->http.stop();
}

std::string DashboardServer::url() const {
  const std::string& host = impl_->options.host;
  const bool ipv6 = host.find(':') != std::string::npos;
  return fmt::format("http://{}{}{}:{}/", ipv6 ? "[" : "", host, ipv6 ? "]" : "", impl_->port);
}

}  // namespace herald::serve
