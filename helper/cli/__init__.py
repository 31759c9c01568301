"""The command line: `lactation-helper SUBCOMMAND ...`. Never imports Qt."""
