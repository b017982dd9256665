"""Year end from the command line: ``coopdesk year check|close|reopen YEAR``.

``close`` prints the closing entry (or, with ``--json``, the same as JSON); ``reopen`` prints
the voucher of the reversal of the closing entry.
"""

from __future__ import annotations

import argparse
from typing import Any

from coopdesk.cli import commands_org
from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.domain.money import format_rupiah
from coopdesk.services import year_end

Sub = Any  # argparse's private _SubParsersAction

BLOCKING_HELP = ("closing is refused while a blocking item fails (month ends not run, year already closed, "
                 "previous year still open, an inactive income or expense account with a balance); the other "
                 "items (December cash count, loan allowance, depreciation due) are warnings")


def register(sub: Sub) -> None:
    p = sub.add_parser("year", help="year end: the checklist, closing the books into 3180, re-opening")
    ys = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = ys.add_parser("check", help=f"the year-end checklist; {BLOCKING_HELP}",
                      description=f"The year-end checklist: {BLOCKING_HELP}.")
    q.add_argument("year", help="e.g. 2025")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_check)
    q = ys.add_parser("close", help="close every income and expense account of the year into 3180 SHU Tahun "
                                    f"Berjalan (one JM entry dated 31 December) and lock the year; {BLOCKING_HELP}",
                      description="Close the year: one JM entry dated 31 December brings every income and expense "
                                  "account to zero and the year's SHU to 3180; then no entry can be dated in the "
                                  f"year. {BLOCKING_HELP[0].upper()}{BLOCKING_HELP[1:]}.")
    q.add_argument("year", help="e.g. 2025")
    q.add_argument("--dry-run", action="store_true", help="show the closing entry, change nothing")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_close)
    q = ys.add_parser("reopen", help="re-open a closed year (administrator only): reverses the closing entry",
                      description="Re-open a closed year: only an administrator, with a reason; the closing entry "
                                  "is reversed (JK dated 31 December) and the year accepts entries again.")
    q.add_argument("year", help="e.g. 2025")
    q.add_argument("--reason", required=True, help="why the year is re-opened (kept in the audit log)")
    q.set_defaults(handler=cmd_reopen)
    commands_org.register_year_text(ys)  # year text YEAR --kind K


def cmd_check(ns: argparse.Namespace) -> int:
    year = year_end.check_year(ns.year)
    items = year_end.checklist(open_context(ns), year)
    if ns.json:
        emit_json([{"key": i.key, "label": i.label, "ok": i.ok, "blocking": i.blocking, "detail": i.detail,
                    "fix": i.fix} for i in items])
        return 0
    table(["", "item", "detail", "to do"],
          [("ok" if i.ok else ("BLOCKS" if i.blocking else "warn"), i.label, i.detail, i.fix) for i in items])
    blocking = [i.label for i in items if i.blocking and not i.ok]
    print(f"cannot close {year} yet: {'; '.join(blocking)}" if blocking else f"{year} can be closed")
    return 0


def cmd_close(ns: argparse.Namespace) -> int:
    year = year_end.check_year(ns.year)
    result = year_end.close(open_context(ns), year, dry_run=ns.dry_run)
    if ns.json:
        emit_json(result.as_json())
        return 0
    head = "dry run, nothing changed" if result.dry_run else "closed"
    print(f"{year}: {head}; entry {result.voucher or '-'} dated {result.day.isoformat()}; "
          f"SHU {format_rupiah(result.shu)}")
    if result.lines:
        table(["account", "debit", "credit"], [(l.account_code, l.debit or "", l.credit or "") for l in result.lines],
              money=[1, 2])
    for item in result.warnings:
        print(f"warning: {item.label}: {item.detail}")
    return 0


def cmd_reopen(ns: argparse.Namespace) -> int:
    year = year_end.check_year(ns.year)
    voucher = year_end.reopen(open_context(ns), year, ns.reason)
    print(voucher or "-")
    return 0
