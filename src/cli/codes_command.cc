// herald codes: the CAMEO event codes (and with --actors, the actor type codes) herald knows.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "herald/cameo.h"

namespace herald::cli {

namespace {

void print_event_types(const std::string& format) {
  if (format == "json") {
    for (const cameo::EventType& type : cameo::event_types()) {
      nlohmann::ordered_json record = {{"code", type.code},
                                       {"root_code", type.root},
                                       {"quad_class", static_cast<int>(type.quad_class)},
                                       {"goldstein", type.goldstein},
                                       {"name", type.name}};
      fmt::print("{}\n", record.dump());
    }
    return;
  }
  if (format == "tsv") fmt::print("code\troot_code\tquad_class\tgoldstein\tname\n");
  for (const cameo::EventType& type : cameo::event_types()) {
    if (format == "tsv") {
      fmt::print("{}\t{}\t{}\t{:.1f}\t{}\n", type.code, type.root,
                 static_cast<int>(type.quad_class), type.goldstein, type.name);
    } else {
      // Roots flush left, leaf codes indented under them, so the hierarchy reads at a glance.
      const bool is_root = type.code.size() == 2;
      fmt::print("{:<6} Q{} {:>5.1f}  {}{}\n", type.code, static_cast<int>(type.quad_class),
                 type.goldstein, is_root ? "" : "  ", type.name);
    }
  }
}

void print_actor_types(const std::string& format) {
  if (format == "json") {
    for (const cameo::ActorType& type : cameo::actor_types()) {
      nlohmann::ordered_json record = {
          {"code", type.code}, {"kind", cameo::actor_type_kind_name(type.kind)}, {"name", type.name}};
      fmt::print("{}\n", record.dump());
    }
    return;
  }
  if (format == "tsv") fmt::print("code\tkind\tname\n");
  for (const cameo::ActorType& type : cameo::actor_types()) {
    if (format == "tsv") {
      fmt::print("{}\t{}\t{}\n", type.code, cameo::actor_type_kind_name(type.kind), type.name);
    } else {
      fmt::print("{:<6} {:<13} {}\n", type.code, cameo::actor_type_kind_name(type.kind), type.name);
    }
  }
}

}  // namespace

void add_codes_command(CLI::App& app) {
  auto format = std::make_shared<std::string>("table");
  auto actors = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("codes", "List the CAMEO event codes (or actor types)");
  command->add_option("--format", *format, "table, tsv or json")
      ->check(CLI::IsMember({"table", "tsv", "json"}))
      ->capture_default_str();
  command->add_flag("--actors", *actors, "List the CAMEO actor type codes instead");
  command->callback([format, actors] {
    if (*actors) {
      print_actor_types(*format);
    } else {
      print_event_types(*format);
    }
  });
}

}  // namespace herald::cli
