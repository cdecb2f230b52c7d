// The dashboard's web assets (src/serve/web/), compiled into the binary by
// cmake/embed_assets.cmake so that `herald serve` works from the binary alone.
#ifndef HERALD_SERVE_EMBEDDED_ASSETS_H_
#define HERALD_SERVE_EMBEDDED_ASSETS_H_

#include <span>
#include <string_view>

namespace herald::serve {

struct EmbeddedAsset {
  std::string_view path;  // the URL path it is served at: "/" + the file name, e.g. "/app.js"
  std::string_view body;
};

std::span<const EmbeddedAsset> embedded_assets();

}  // namespace herald::serve

#endif  // HERALD_SERVE_EMBEDDED_ASSETS_H_
