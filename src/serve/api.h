// The dashboard's JSON API without the HTTP around it: one function per request, from the
// query parameters to a status and a JSON body. Kept apart from the server so that the rules
// on parameters (what is accepted, what is refused and why) live in one place.
#ifndef HERALD_SERVE_API_H_
#define HERALD_SERVE_API_H_

#include <map>
#include <string>
#include <string_view>

#include "herald/store.h"

namespace herald::serve {

using QueryParameters = std::multimap<std::string, std::string>;

struct ApiReply {
  int status = 200;
  std::string json;  // always a JSON object; {"error": "..."} when status is not 200
};

// Answers GET /api/<endpoint> (summary, dyads, actors, series, events, alerts; see
// docs/dashboard.md). An unknown endpoint is 404; an unknown, repeated or malformed parameter
// is 400 with a message naming it. `database_name` is what the summary calls the store.
ApiReply answer_api(const store::EventStore& store, std::string_view endpoint,
                    const QueryParameters& parameters, std::string_view database_name);

// {"error": message}, the body of every failed request.
std::string error_json(std::string_view message);

}  // namespace herald::serve

#endif  // HERALD_SERVE_API_H_
