// The subcommands of the `herald` program. Each adds itself to the CLI11 app with a callback
// that does the work through the library. A failing command throws CLI::RuntimeError with its
// exit status, which CLI11 turns into the program's exit code without printing anything more.
#ifndef HERALD_CLI_COMMANDS_H_
#define HERALD_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace herald::cli {

void add_code_command(CLI::App& app);
void add_sentences_command(CLI::App& app);
void add_codes_command(CLI::App& app);
void add_parse_command(CLI::App& app);
void add_eval_syntax_command(CLI::App& app);
void add_validate_command(CLI::App& app);
void add_dictionaries_command(CLI::App& app);
void add_ingest_command(CLI::App& app);
void add_dyad_command(CLI::App& app);
void add_plot_command(CLI::App& app);
void add_alerts_command(CLI::App& app);
void add_serve_command(CLI::App& app);

}  // namespace herald::cli

#endif  // HERALD_CLI_COMMANDS_H_
