// herald: news text in, CAMEO-coded political events out. The program is a thin layer over
// the library: it parses arguments and runs one subcommand.
#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"herald: codes news text into CAMEO political events"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "herald 0.1.0");
  herald::cli::add_code_command(app);
  herald::cli::add_sentences_command(app);
  herald::cli::add_codes_command(app);
  herald::cli::add_parse_command(app);
  herald::cli::add_eval_syntax_command(app);
  herald::cli::add_validate_command(app);
  herald::cli::add_dictionaries_command(app);
  herald::cli::add_ingest_command(app);
  herald::cli::add_dyad_command(app);
  herald::cli::add_plot_command(app);
  herald::cli::add_alerts_command(app);
  herald::cli::add_serve_command(app);
  CLI11_PARSE(app, argc, argv);
  return 0;
}
