"""``coopdesk`` with no command starts the desktop app; with a command it is the CLI."""

from __future__ import annotations

import sys

from coopdesk.cli.main import parse_globals, run_cli


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    options, rest = parse_globals(args)
    if not rest:
        from coopdesk.ui.app import run_app

        return run_app(options.db, options.user, options.lang)
    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
