"""``coopdesk`` with no command starts the desktop app; with a command it is the CLI."""

from __future__ import annotations

import sys

from coopdesk.cli.options import parse_globals


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    options, rest = parse_globals(args)
    if not rest:
        from coopdesk.ui.app import run_app

        return run_app(options.db, options.user, options.lang)
    from coopdesk.cli.main import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
