"""``coopdesk report ...`` and ``coopdesk export ...``: the subcommand groups that several
modules add reports to (statements, cash book, journal export)."""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.domain.calendar import parse_date

Sub = Any  # argparse's private _SubParsersAction


def register(sub: Sub) -> tuple[Sub, Sub]:
    """Create the ``report`` and ``export`` groups; returns their subparser actions so
    other command modules can add to them."""
    p = sub.add_parser("report", help="reports and financial statements")
    reports = p.add_subparsers(dest="action", required=True, metavar="REPORT")
    q = reports.add_parser("trial-balance", help="neraca saldo at a date")
    q.add_argument("--date", default=None)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_trial_balance)
    p = sub.add_parser("export", help="data exports for auditors and spreadsheets")
    exports = p.add_subparsers(dest="action", required=True, metavar="EXPORT")
    return reports, exports


def cmd_trial_balance(ns: argparse.Namespace) -> int:
    from coopdesk.reports.trial_balance import trial_balance

    ctx = open_context(ns)
    with ctx.reading() as session:
        tb = trial_balance(session, parse_date(ns.date, "date") if ns.date else ctx.today())
    if ns.json:
        emit_json(tb.as_json())
    else:
        print(f"Neraca saldo per {tb.date.isoformat()}")
        table(["code", "account", "debit", "credit"], [(r.code, r.name, r.debit, r.credit) for r in tb.rows]
              + [("", "TOTAL", tb.total_debit, tb.total_credit)], money=[2, 3])
    return 0
