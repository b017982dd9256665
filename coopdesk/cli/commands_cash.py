"""Cash from the command line: expenses, other income and transfers (``coopdesk cash ...``),
the cash / bank book (``coopdesk report cash-book``) and the journal for the auditors
(``coopdesk export journal``).

Posting commands print the voucher alone; file-writing commands print the path alone.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json, table
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import parse_rupiah
from coopdesk.services import cash_entries, settings
from coopdesk.services.context import AppContext

Sub = Any  # argparse's private _SubParsersAction

# reportlab and openpyxl are imported inside the commands that need them: at module level
# they made every CLI call a quarter of a second slower.


def register(sub: Sub) -> Sub:
    """``coopdesk cash ...``; returns the group's subparsers action so other modules can add
    commands to the same group (``cash count`` lives with the cash count)."""
    p = sub.add_parser("cash", help="cash entries: expenses, other income, transfers between cash and bank")
    cs = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = cs.add_parser("expense", help="pay an expense from cash (Dr expense / Cr cash, voucher BKK)")
    q.add_argument("--account", required=True, metavar="CODE", help="the expense account, e.g. 5220")
    _amount_memo_date(q)
    q.add_argument("--from", dest="cash", default=None, metavar="CODE",
                   help="cash or bank account paid from (default: the cash account, 1110)")
    q.set_defaults(handler=cmd_expense)
    q = cs.add_parser("income", help="receive other income in cash (Dr cash / Cr income, voucher BKM)")
    q.add_argument("--account", required=True, metavar="CODE", help="the income account, e.g. 4290")
    _amount_memo_date(q)
    q.add_argument("--to", dest="cash", default=None, metavar="CODE",
                   help="cash or bank account received into (default: the cash account, 1110)")
    q.set_defaults(handler=cmd_income)
    q = cs.add_parser("transfer", help="move money between cash and bank accounts (1110, 1121, 1122)")
    q.add_argument("--from", dest="source", required=True, metavar="CODE")
    q.add_argument("--to", dest="target", required=True, metavar="CODE")
    _amount_memo_date(q)
    q.set_defaults(handler=cmd_transfer)
    return cs


def _amount_memo_date(q: argparse.ArgumentParser) -> None:
    q.add_argument("--amount", required=True, help="whole Rupiah, e.g. 150000 or 150.000")
    q.add_argument("--memo", required=True, help="what it was for")
    q.add_argument("--date", default=None, help="YYYY-MM-DD (default: today)")


def register_reports(reports: Sub) -> None:
    q = reports.add_parser("cash-book", help="buku kas / buku bank of an account over a period")
    q.add_argument("--account", default=None, metavar="CODE", help="cash or bank account (default: 1110)")
    _period(q)
    out = q.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--pdf", metavar="FILE", help="PDF file to write")
    out.add_argument("--xlsx", metavar="FILE", help="Excel file to write")
    _lang_option(q)
    q.set_defaults(handler=cmd_cash_book)


def register_exports(exports: Sub) -> None:
    q = exports.add_parser("journal", help="every journal line of a period, for the auditors, as CSV or Excel")
    _period(q)
    out = q.add_mutually_exclusive_group(required=True)
    out.add_argument("--csv", metavar="FILE", help="CSV file to write (UTF-8, comma separated)")
    out.add_argument("--xlsx", metavar="FILE", help="Excel file to write")
    _lang_option(q)
    q.set_defaults(handler=cmd_export_journal)


def _period(q: argparse.ArgumentParser) -> None:
    q.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    q.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")


def _lang_option(q: argparse.ArgumentParser) -> None:
    # Its own dest: an option named like the global --lang would overwrite it with its default.
    q.add_argument("--lang", dest="doc_lang", default=None, choices=["id", "en"],
                   help="language of the document (default: the --lang option, else the books' language)")


def _day(value: str | None) -> date | None:
    return None if value is None else parse_date(value)


def _language(ns: argparse.Namespace, ctx: AppContext) -> str:
    chosen = ns.doc_lang or getattr(ns, "lang", None)
    if chosen:
        return str(chosen)
    with ctx.reading() as session:
        value = settings.get(session, "language")
    return value if value in ("id", "en") else "id"


def _target(text: str, field: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise ValidationError(field, "{path} is a folder; give a file name", path=text)
    if not path.parent.is_dir():
        raise ValidationError(field, "folder {folder} does not exist", folder=str(path.parent))
    return path


def _cash_account(ctx: AppContext, given: str | None) -> str:
    if given is not None:
        return given
    with ctx.reading() as session:
        return cash_entries.cash_account_code(session)


def cmd_expense(ns: argparse.Namespace) -> int:
    amount = parse_rupiah(ns.amount)
    day = _day(ns.date)
    ctx = open_context(ns)
    posted = cash_entries.cash_expense(ctx, day, ns.account, amount, ns.memo, _cash_account(ctx, ns.cash))
    print(posted.voucher)
    return 0


def cmd_income(ns: argparse.Namespace) -> int:
    amount = parse_rupiah(ns.amount)
    day = _day(ns.date)
    ctx = open_context(ns)
    posted = cash_entries.cash_income(ctx, day, ns.account, amount, ns.memo, _cash_account(ctx, ns.cash))
    print(posted.voucher)
    return 0


def cmd_transfer(ns: argparse.Namespace) -> int:
    amount = parse_rupiah(ns.amount)
    day = _day(ns.date)
    posted = cash_entries.transfer(open_context(ns), day, ns.source, ns.target, amount, ns.memo)
    print(posted.voucher)
    return 0


def cmd_cash_book(ns: argparse.Namespace) -> int:
    from coopdesk.reports.cash_book import cash_book, render_cash_book_pdf, write_cash_book_xlsx

    start, end = parse_date(ns.start, "from"), parse_date(ns.end, "to")
    field, text = ("pdf", ns.pdf) if ns.pdf is not None else ("xlsx", ns.xlsx)
    target = _target(text, field) if text is not None else None
    ctx = open_context(ns)
    with ctx.reading() as session:
        code = ns.account or cash_entries.cash_account_code(session)
        book = cash_book(session, code, start, end, printed_at=ctx.now())
    if target is not None:
        lang = _language(ns, ctx)
        writer = render_cash_book_pdf if field == "pdf" else write_cash_book_xlsx
        try:
            written = writer(book, target, lang)
        except OSError as exc:
            raise ValidationError(field, "cannot write {path}: {error}", path=text, error=exc.strerror or exc) from None
        print(written)
    elif ns.json:
        emit_json(book.as_json())
    else:
        print(f"{book.account_code} {book.account_name}  {book.start.isoformat()} .. {book.end.isoformat()}")
        rows: list[tuple[object, ...]] = [("", "", "saldo awal", "", "", book.opening)]
        rows += [(r.date.isoformat(), r.voucher, r.memo, r.money_in or "", r.money_out or "", r.balance)
                 for r in book.rows]
        rows += [("", "", "jumlah", book.total_in, book.total_out, ""), ("", "", "saldo akhir", "", "", book.closing)]
        table(["date", "voucher", "memo", "in", "out", "balance"], rows, money=[3, 4, 5])
    return 0


def cmd_export_journal(ns: argparse.Namespace) -> int:
    from coopdesk.reports.journal_export import check_period, write_journal_csv, write_journal_xlsx

    start, end = parse_date(ns.start, "from"), parse_date(ns.end, "to")
    check_period(start, end)
    field, text = ("csv", ns.csv) if ns.csv is not None else ("xlsx", ns.xlsx)
    target = _target(text, field)
    ctx = open_context(ns)
    lang = _language(ns, ctx)
    writer = write_journal_csv if field == "csv" else write_journal_xlsx
    try:
        with ctx.reading() as session:
            result = writer(session, start, end, target, lang)
    except OSError as exc:
        raise ValidationError(field, "cannot write {path}: {error}", path=text, error=exc.strerror or exc) from None
    print(result.path)
    return 0
