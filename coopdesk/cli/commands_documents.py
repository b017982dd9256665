"""CLI commands that write printable documents: receipts (savings movements, loan
repayments and payoffs), exit settlement statements, the kartu angsuran and disbursement
slip of a loan, the bukti potong of the tax withheld from savings interest, the arrears
list and the portfolio quality report (PDF or Excel).

Each prints the path of the file it wrote, alone on stdout, so a script can pass it on
(to ``lp``, a mail, an archive folder).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.errors import ValidationError
from coopdesk.services import settings
from coopdesk.services.context import AppContext

Sub = Any  # argparse's private _SubParsersAction

# The report modules (reportlab, openpyxl) are imported inside each command: importing them
# here made every CLI call, even `member list`, a second slower.


def _lang_option(q: argparse.ArgumentParser) -> None:
    # Its own dest: a subcommand option named like the global --lang would overwrite the
    # global value with its default whenever it is not given after the command.
    q.add_argument("--lang", dest="doc_lang", default=None, choices=["id", "en"],
                   help="language of the document (default: the --lang option, else the books' language setting)")


def register(sub: Sub) -> None:
    p = sub.add_parser("receipt", help="write the receipt of a deposit, withdrawal, exit payment, loan repayment "
                                       "or loan payoff as a PDF")
    p.add_argument("voucher")
    p.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write")
    _lang_option(p)
    p.set_defaults(handler=cmd_receipt)

    p = sub.add_parser("document", help="printable documents")
    ds = p.add_subparsers(dest="action", required=True)
    q = ds.add_parser("exit-statement", help="settlement statement of a member who left, as a PDF")
    q.add_argument("number", help="member number")
    q.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write")
    _lang_option(q)
    q.set_defaults(handler=cmd_exit_statement)

    q = ds.add_parser("loan-card", help="kartu angsuran of a loan (its schedule and payments) as a PDF; "
                                        "a loan not yet disbursed prints a SIMULASI")
    q.add_argument("loan", help="loan number, e.g. PJ-2025-00001")
    q.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write")
    q.add_argument("--date", default=None, help="state of the payments on this day, YYYY-MM-DD (default: today)")
    _lang_option(q)
    q.set_defaults(handler=cmd_loan_card)

    q = ds.add_parser("disbursement", help="disbursement slip (bukti pencairan) of a loan as a PDF")
    q.add_argument("loan", help="loan number")
    q.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write")
    _lang_option(q)
    q.set_defaults(handler=cmd_disbursement)

    q = ds.add_parser("withholding", help="bukti potong: final tax withheld from each member's sukarela interest "
                                          "in a month, one page per member, as a PDF")
    q.add_argument("--month", required=True, metavar="YYYY-MM", help="the month (masa pajak); month end must have run")
    q.add_argument("--member", default=None, metavar="NUMBER", help="only this member (default: every member paid "
                                                                    "interest that month)")
    q.add_argument("--pdf", required=True, metavar="FILE", help="PDF file to write")
    _lang_option(q)
    q.set_defaults(handler=cmd_withholding)

    for name, handler, text in (
        ("arrears", cmd_arrears, "arrears list (daftar tunggakan) for collection, as PDF or Excel"),
        ("portfolio", cmd_portfolio, "portfolio quality: collectibility, NPL, aging, allowance; as PDF or Excel"),
    ):
        q = ds.add_parser(name, help=text)
        q.add_argument("--date", default=None, help="as of this day, YYYY-MM-DD (default: today)")
        out = q.add_mutually_exclusive_group(required=True)
        out.add_argument("--pdf", metavar="FILE", help="PDF file to write")
        out.add_argument("--xlsx", metavar="FILE", help="Excel file to write")
        _lang_option(q)
        q.set_defaults(handler=handler)


def _language(ns: argparse.Namespace, ctx: AppContext) -> str:
    chosen = ns.doc_lang or getattr(ns, "lang", None)
    if chosen:
        return str(chosen)
    with ctx.reading() as session:
        value = settings.get(session, "language")
    return value if value in ("id", "en") else "id"


def _target(text: str, field: str = "pdf") -> Path:
    path = Path(text).expanduser()
    if path.is_dir():
        raise ValidationError(field, "{path} is a folder; give a file name", path=text)
    return path


def _day(ns: argparse.Namespace, ctx: AppContext) -> date:
    return parse_date(ns.date) if ns.date is not None else ctx.today()


def _write(field: str, text: str, write: Callable[[], Path]) -> int:
    try:
        written = write()
    except OSError as exc:
        raise ValidationError(field, "cannot write {path}: {error}", path=text, error=exc.strerror or exc) from None
    print(written)
    return 0


def cmd_receipt(ns: argparse.Namespace) -> int:
    from coopdesk.reports.receipt import receipt_for_voucher, render_receipt_pdf

    target = _target(ns.pdf)
    ctx = open_context(ns)
    with ctx.reading() as session:
        receipt = receipt_for_voucher(session, ns.voucher, printed_at=ctx.now())
    try:
        written = render_receipt_pdf(receipt, target, _language(ns, ctx))
    except OSError as exc:
        raise ValidationError("pdf", "cannot write {path}: {error}", path=ns.pdf, error=exc.strerror or exc) from None
    print(written)
    return 0


def cmd_exit_statement(ns: argparse.Namespace) -> int:
    from coopdesk.reports.exit_statement import exit_statement, render_exit_statement_pdf

    target = _target(ns.pdf)
    ctx = open_context(ns)
    with ctx.reading() as session:
        statement = exit_statement(session, ns.number, printed_at=ctx.now())
    try:
        written = render_exit_statement_pdf(statement, target, _language(ns, ctx))
    except OSError as exc:
        raise ValidationError("pdf", "cannot write {path}: {error}", path=ns.pdf, error=exc.strerror or exc) from None
    print(written)
    return 0


def cmd_loan_card(ns: argparse.Namespace) -> int:
    from coopdesk.reports.loan_card import loan_card, render_loan_card_pdf

    target = _target(ns.pdf)
    ctx = open_context(ns)
    day = _day(ns, ctx)
    with ctx.reading() as session:
        card = loan_card(session, ns.loan, day, printed_at=ctx.now())
    return _write("pdf", ns.pdf, lambda: render_loan_card_pdf(card, target, _language(ns, ctx)))


def cmd_disbursement(ns: argparse.Namespace) -> int:
    from coopdesk.reports.disbursement_slip import disbursement_slip, render_disbursement_slip_pdf

    target = _target(ns.pdf)
    ctx = open_context(ns)
    with ctx.reading() as session:
        slip = disbursement_slip(session, ns.loan, printed_at=ctx.now())
    return _write("pdf", ns.pdf, lambda: render_disbursement_slip_pdf(slip, target, _language(ns, ctx)))


def cmd_withholding(ns: argparse.Namespace) -> int:
    from coopdesk.reports.withholding_slip import render_withholding_slips_pdf, withholding_slips

    target = _target(ns.pdf)
    ctx = open_context(ns)
    with ctx.reading() as session:
        slips = withholding_slips(session, ns.month, ns.member, printed_at=ctx.now())
    return _write("pdf", ns.pdf, lambda: render_withholding_slips_pdf(slips, target, _language(ns, ctx)))


def cmd_arrears(ns: argparse.Namespace) -> int:
    # Imported here: openpyxl costs every other command a quarter of a second at start.
    from coopdesk.reports.arrears_export import arrears_list, render_arrears_pdf, write_arrears_xlsx

    field, text = ("pdf", ns.pdf) if ns.pdf is not None else ("xlsx", ns.xlsx)
    target = _target(text, field)
    if ns.date is not None:
        parse_date(ns.date)  # a bad date is refused before the books are opened
    ctx = open_context(ns)
    day = _day(ns, ctx)
    with ctx.reading() as session:
        data = arrears_list(session, day, printed_at=ctx.now())
    lang = _language(ns, ctx)
    if field == "pdf":
        return _write(field, text, lambda: render_arrears_pdf(data, target, lang))
    return _write(field, text, lambda: write_arrears_xlsx(data, target, lang))


def cmd_portfolio(ns: argparse.Namespace) -> int:
    from coopdesk.reports.portfolio_report import portfolio_report, render_portfolio_pdf, write_portfolio_xlsx

    field, text = ("pdf", ns.pdf) if ns.pdf is not None else ("xlsx", ns.xlsx)
    target = _target(text, field)
    if ns.date is not None:
        parse_date(ns.date)
    ctx = open_context(ns)
    day = _day(ns, ctx)
    with ctx.reading() as session:
        report = portfolio_report(session, day, printed_at=ctx.now())
    lang = _language(ns, ctx)
    if field == "pdf":
        return _write(field, text, lambda: render_portfolio_pdf(report, target, lang))
    return _write(field, text, lambda: write_portfolio_xlsx(report, target, lang))
