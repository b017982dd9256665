"""CLI commands for the books: init, users, accounts, journal, month end, reports, settings."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.cli.errors import CliError
from coopdesk.cli.output import emit_json, table
from coopdesk.db.schema import open_database
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import LineSpec
from coopdesk.domain.money import parse_percent, parse_rupiah
from coopdesk.domain.statement_groups import ReportGroup
from coopdesk.domain.users import Role
from coopdesk.reports.journal_list import list_entries
from coopdesk.services import accounts, corrections, ledger, month_end, settings, users
from coopdesk.services.books import BooksSetup, init_books

Sub = Any  # argparse's private _SubParsersAction


def register(sub: Sub) -> None:
    p = sub.add_parser("init", help="create the books of a cooperative")
    p.add_argument("--name", required=True)
    p.add_argument("--start", default=None, help="first day of the books (default: 1 January this year)")
    p.add_argument("--address", default="")
    p.add_argument("--pokok", default="100000", help="simpanan pokok amount")
    p.add_argument("--wajib", default="50000", help="simpanan wajib per month")
    p.add_argument("--sukarela-rate", default="3", help="sukarela interest, %% per year")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("user", help="users of the books")
    us = p.add_subparsers(dest="action", required=True)
    q = us.add_parser("add")
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.set_defaults(handler=cmd_user_add)
    q = us.add_parser("list")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_user_list)

    p = sub.add_parser("account", help="the chart of accounts")
    acc = p.add_subparsers(dest="action", required=True)
    q = acc.add_parser("list")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_account_list)
    q = acc.add_parser("add")
    q.add_argument("code")
    q.add_argument("--name", required=True)
    q.add_argument("--kind", required=True)
    q.add_argument("--participation", default=None, choices=[g.value for g in ReportGroup],
                   help="income statement group of an income/expense account")
    q.set_defaults(handler=cmd_account_add)
    q = acc.add_parser("rename")
    q.add_argument("code")
    q.add_argument("--name", required=True)
    q.set_defaults(handler=cmd_account_rename)
    for action, active in (("deactivate", False), ("activate", True)):
        q = acc.add_parser(action)
        q.add_argument("code")
        q.set_defaults(handler=cmd_account_active, active=active)

    p = sub.add_parser("journal", help="journal entries")
    js = p.add_subparsers(dest="action", required=True)
    q = js.add_parser("add", help="post a general-journal entry")
    q.add_argument("--date", required=True)
    q.add_argument("--memo", required=True)
    q.add_argument("--line", action="append", required=True, metavar="ACCOUNT:DEBIT:CREDIT")
    q.set_defaults(handler=cmd_journal_add)
    q = js.add_parser("list")
    q.add_argument("--from", dest="start", default=None)
    q.add_argument("--to", dest="end", default=None)
    q.add_argument("--search", default="")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_journal_list)
    q = js.add_parser("show")
    q.add_argument("voucher")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_journal_show)
    q = js.add_parser("reverse")
    q.add_argument("voucher")
    q.add_argument("--reason", required=True)
    q.add_argument("--date", default=None)
    q.set_defaults(handler=cmd_journal_reverse)

    p = sub.add_parser("month-end", help="wajib obligations and sukarela interest for a month")
    p.add_argument("month", help="YYYY-MM")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_month_end)

    p = sub.add_parser("settings", help="the cooperative's settings")
    ss = p.add_subparsers(dest="action", required=True)
    q = ss.add_parser("show")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_settings_show)
    q = ss.add_parser("set")
    q.add_argument("key")
    q.add_argument("value")
    q.set_defaults(handler=cmd_settings_set)


def _date(value: str | None, field: str = "date") -> date | None:
    return None if value is None else parse_date(value, field)


def cmd_init(ns: argparse.Namespace) -> int:
    start = _date(ns.start, "start") or date(date.today().year, 1, 1)
    rate = parse_percent(ns.sukarela_rate, "sukarela-rate")
    setup = BooksSetup(ns.name, start, admin=ns.user or "admin", address=ns.address,
                       pokok_amount=parse_rupiah(ns.pokok, "pokok", allow_zero=True),
                       wajib_amount=parse_rupiah(ns.wajib, "wajib", allow_zero=True), sukarela_rate=Decimal(rate))
    db = open_database(ns.db)
    try:
        init_books(db, setup)
    finally:
        db.dispose()
    print(f"Books of {ns.name.strip()} created in {ns.db}, starting {start.isoformat()}")
    return 0


def cmd_user_add(ns: argparse.Namespace) -> int:
    print(users.add(open_context(ns), ns.name, ns.role))
    return 0


def cmd_user_list(ns: argparse.Namespace) -> int:
    rows = users.all_users(open_context(ns))
    if ns.json:
        emit_json([{"name": u.name, "role": u.role, "active": u.active} for u in rows])
    else:
        table(["name", "role", "active"], [(u.name, u.role, "yes" if u.active else "no") for u in rows])
    return 0


def cmd_account_list(ns: argparse.Namespace) -> int:
    rows = accounts.all_accounts(open_context(ns))
    if ns.json:
        emit_json([{"code": a.code, "name": a.name, "kind": a.kind, "participation": a.participation,
                    "postable": a.postable, "active": a.active} for a in rows])
    else:
        table(["code", "name", "kind", "active"],
              [(a.code, a.name, a.kind, "yes" if a.active else "no") for a in rows])
    return 0


def cmd_account_add(ns: argparse.Namespace) -> int:
    accounts.add(open_context(ns), ns.code, ns.name, ns.kind, ns.participation)
    print(ns.code)
    return 0


def cmd_account_rename(ns: argparse.Namespace) -> int:
    accounts.rename(open_context(ns), ns.code, ns.name)
    return 0


def cmd_account_active(ns: argparse.Namespace) -> int:
    accounts.set_active(open_context(ns), ns.code, ns.active)
    return 0


def parse_line(text: str, index: int) -> LineSpec:
    parts = text.split(":")
    if len(parts) != 3:
        raise ValidationError(f"line {index}", "must be ACCOUNT:DEBIT:CREDIT (got {value})", value=text)
    code, debit, credit = parts
    return LineSpec(code.strip(), parse_rupiah(debit or "0", f"line {index} debit", allow_zero=True),
                    parse_rupiah(credit or "0", f"line {index} credit", allow_zero=True))


def cmd_journal_add(ns: argparse.Namespace) -> int:
    day = parse_date(ns.date)
    lines = [parse_line(text, i) for i, text in enumerate(ns.line, start=1)]
    print(ledger.post_manual(open_context(ns), day, ns.memo, lines).voucher)
    return 0


def cmd_journal_list(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    with ctx.reading() as session:
        rows = list_entries(session, _date(ns.start, "from"), _date(ns.end, "to"), ns.search)
    if ns.json:
        emit_json([{"voucher": r.voucher, "date": r.date, "memo": r.memo, "amount": r.amount, "user": r.user,
                    "reverses": r.reverses, "reversed_by": r.reversed_by} for r in rows])
    else:
        table(["voucher", "date", "amount", "user", "memo"],
              [(r.voucher, r.date.isoformat(), r.amount, r.user,
                r.memo + (f" [dikoreksi {r.reversed_by}]" if r.reversed_by else "")) for r in rows], money=[2])
    return 0


def cmd_journal_show(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    with ctx.reading() as session:
        entry = ledger.entry_by_voucher(session, ns.voucher)
        lines = [(l.account.code, l.account.name, l.debit, l.credit, l.memo) for l in entry.lines]
        data = {"voucher": entry.voucher, "date": entry.date, "memo": entry.memo, "source": entry.source,
                "reason": entry.reason,
                "lines": [{"account": c, "name": n, "debit": d, "credit": cr, "memo": m} for c, n, d, cr, m in lines]}
    if ns.json:
        emit_json(data)
    else:
        print(f"{data['voucher']}  {entry.date.isoformat()}  {entry.memo}")
        table(["account", "name", "debit", "credit"], [(c, n, d, cr) for c, n, d, cr, _ in lines], money=[2, 3])
    return 0


def cmd_journal_reverse(ns: argparse.Namespace) -> int:
    print(corrections.reverse(open_context(ns), ns.voucher, ns.reason, _date(ns.date)).voucher)
    return 0


def cmd_month_end(ns: argparse.Namespace) -> int:
    result = month_end.run(open_context(ns), ns.month)
    if ns.json:
        emit_json({
            "month": result.period, "already_done": result.already_done,
            "obligations_created": result.obligations_created, "voucher": result.voucher,
            "interest_gross": result.gross_total, "tax": result.tax_total,
            "interest": [{"member": i.number, "name": i.name, "basis": i.result.basis, "gross": i.result.gross,
                          "tax": i.result.tax, "net": i.result.net} for i in result.interest],
            "arrears": [{"member": n, "name": name, "amount": a} for n, name, a in result.arrears],
        })
        return 0
    if result.already_done:
        print(f"Month end {result.period} was already run; nothing changed.")
    print(f"Wajib obligations created: {result.obligations_created}")
    print(f"Interest voucher: {result.voucher or '-'}; gross {result.gross_total}, tax {result.tax_total}")
    if result.arrears:
        table(["member", "name", "arrears"], result.arrears, money=[2])
    return 0


def cmd_settings_show(ns: argparse.Namespace) -> int:
    ctx = open_context(ns)
    with ctx.reading() as session:
        values = settings.get_all(session)
    if ns.json:
        emit_json(values)
    else:
        table(["key", "value"], sorted(values.items()))
    return 0


def cmd_settings_set(ns: argparse.Namespace) -> int:
    if ns.key not in settings.DEFAULTS:
        raise CliError(f"settings: unknown key {ns.key}")
    settings.update(open_context(ns), {ns.key: ns.value})
    return 0
