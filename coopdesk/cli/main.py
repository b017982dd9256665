"""The command-line interface: the same services as the app, for scripts and power users.

Every command exits 0 on success.  Bad input exits 2 with one line naming the field and
changes nothing; a database that cannot be opened or is locked exits 3.
"""

from __future__ import annotations

import argparse
import sys

from sqlalchemy.exc import OperationalError

from coopdesk.cli import (
    commands_assets,
    commands_cash,
    commands_documents,
    commands_import,
    commands_ledger,
    commands_loans,
    commands_members,
    commands_org,
    commands_rat,
    commands_reports,
    commands_shu,
    commands_statements,
    commands_year,
)
from coopdesk.cli.errors import CliError
from coopdesk.cli.options import add_global_options, parse_globals
from coopdesk.db.location import default_database
from coopdesk.domain.errors import CoopDeskError, ValidationError


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 with usage on bad arguments; we keep that but print one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise CliError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="coopdesk", description="CoopDesk: bookkeeping for savings-and-loan cooperatives")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    commands_ledger.register(sub)
    commands_members.register(sub)
    commands_members.register_products(sub)
    commands_loans.register(sub)
    commands_import.register(sub)
    commands_documents.register(sub)
    cash = commands_cash.register(sub)  # the `cash` group; `cash count` can be added to it
    commands_assets.register(sub, cash)  # asset ...; cash count
    commands_year.register(sub)
    commands_shu.register(sub)
    commands_org.register(sub)  # officer ...; budget ...
    reports, exports = commands_reports.register(sub)
    # Modules that add reports or exports register them here, e.g.
    # commands_statements.register_reports(reports); commands_cash.register_exports(exports)
    commands_statements.register_reports(reports)
    commands_cash.register_reports(reports)
    commands_rat.register_reports(reports)
    commands_cash.register_exports(exports)
    commands_org.register_exports(exports)  # export ods
    del reports, exports, cash
    return parser


def run_cli(args: list[str]) -> int:
    parser = build_parser()
    try:
        # Global options may stand before or after the command (`init --user siti`).
        options, rest = parse_globals(args)
        ns = parser.parse_args(rest)
        ns.db, ns.user, ns.lang = options.db, options.user, options.lang
        if ns.command is None:
            parser.print_help()
            return 0
        ns.db = ns.db or default_database()
        return int(ns.handler(ns) or 0)
    except ValidationError as exc:
        print(f"error: {exc.field}: {exc.message}", file=sys.stderr)
        return 2
    except (CoopDeskError, CliError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OperationalError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else str(exc).splitlines()[0]
        print(f"error: database: cannot use the books ({reason})", file=sys.stderr)
        return 3
    except BrokenPipeError:
        return 0
