"""CLI: ``coopdesk import members FILE.xlsx [--dry-run] [--json] [--as-of DATE]``.

Without ``--dry-run`` the members and their opening balances are imported in one transaction;
stdout gets the voucher of the opening-balance entry alone (``-`` when every balance is zero),
stderr a summary and any warnings.  A file with blocking problems imports nothing and exits 2 with
one line per problem on stderr, each naming the row and column (``error: row 9, column NIK (D): ...``).
``--dry-run`` prints the preview and changes nothing (exit 2 as well if the file could not be imported).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.money import format_rupiah
from coopdesk.services import member_import
from coopdesk.services.member_import import PRODUCTS, ImportRefused, Preview, Problem

Sub = Any


def register(sub: Sub) -> None:
    p = sub.add_parser("import", help="bring data over from the cooperative's own files")
    kinds = p.add_subparsers(dest="action", required=True)
    q = kinds.add_parser("members", help="members with opening savings balances from an Excel (.xlsx) list")
    q.add_argument("file", help="the .xlsx file")
    q.add_argument("--dry-run", action="store_true", help="show what would be imported and change nothing")
    q.add_argument("--as-of", default=None,
                   help="date of the balances in the file (default and only allowed: the day before the books start)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_import_members)


def _print_problems(problems: list[Problem], prefix: str, stream: Any) -> None:
    """One line per problem, those at a row first (in row order), then those about the whole file."""
    for problem in sorted(problems, key=lambda p: (p.row is None, p.row or 0)):
        print(f"{prefix}: {problem.describe()}", file=stream)


def _print_preview(preview: Preview) -> None:
    def day(value: Any) -> str:
        return value.strftime("%d-%m-%Y") if value else ""

    print(f"File {preview.file_name}, sheet {preview.sheet}, header on row {preview.header_row}"
          + (f", JUMLAH on row {preview.total_row}" if preview.total_row else ""))
    if preview.as_of and preview.entry_date:
        print(f"Balances at {day(preview.as_of)}, posted on {day(preview.entry_date)} as one JM entry")
    if preview.rows:
        table(["row", "number", "name", "NIK", "L/P", "born", "joined", "pokok", "wajib", "sukarela", "!"],
              [(r.row, r.number, r.name, r.nik, r.gender, day(r.birth_date), day(r.joined), r.pokok, r.wajib,
                r.sukarela, "x" if r.blocking else ("?" if r.problems else "")) for r in preview.rows],
              money=[7, 8, 9])
        print()
        table(["product", "rows", "JUMLAH row", "check"],
              [(p, preview.totals.get(p, 0), preview.file_totals.get(p), _check(preview, p)) for p in PRODUCTS]
              + [("total", sum(preview.totals.values()), "", "")], money=[1, 2])
    print(f"{len(preview.rows)} members", end="")
    if preview.number_format:
        print(f"; member number format becomes {preview.number_format}", end="")
    print()
    for problem in preview.problems:
        print(f"{'problem' if problem.blocking else 'warning'}: {problem.describe()}")


def _check(preview: Preview, product: str) -> str:
    stated = preview.file_totals.get(product)
    if stated is None:
        return "-"
    return "ok" if stated == preview.totals.get(product, 0) else "DIFFERENT"


def cmd_import_members(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    as_of = parse_date(ns.as_of, "as-of") if ns.as_of else None
    if ns.dry_run:
        preview = member_import.preview_file(ctx, ns.file, as_of)
        if ns.json:
            emit_json(preview.as_json())
        else:
            _print_preview(preview)
        if not preview.can_import:
            _print_problems(preview.blocking_problems, "error", sys.stderr)
            if not preview.blocking_problems:
                print("error: file: has no members to import", file=sys.stderr)
            return 2
        return 0
    try:
        result = member_import.import_members(ctx, ns.file, as_of)
    except ImportRefused as exc:
        _print_problems(exc.preview.blocking_problems, "error", sys.stderr)
        print(f"error: {exc.field}: {exc.message}", file=sys.stderr)
        return 2
    if ns.json:
        emit_json(result.as_json())
        return 0
    print(result.voucher or "-")
    _print_problems(result.warnings, "warning", sys.stderr)
    totals = ", ".join(f"{p} {format_rupiah(result.totals.get(p, 0))}" for p in PRODUCTS)
    print(f"Imported {result.members} members ({result.first_number} to {result.last_number}); "
          f"opening balances {totals}", file=sys.stderr)
    if result.number_format_change:
        old, new = result.number_format_change
        print(f"Member number format changed from {old} to {new}", file=sys.stderr)
    return 0
