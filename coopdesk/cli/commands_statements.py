"""The financial statements from the command line (``coopdesk report balance-sheet`` and its
siblings), the buku besar of an account and the worksheet; ``report statements`` writes the
four statements into one PDF and / or one workbook, as the treasurer takes them to the
monthly pengurus meeting.

Without ``--json``, ``--pdf`` or ``--xlsx`` a readable table is printed; a file-writing
command prints the path alone.  Amounts read as in the PDF: negatives in parentheses.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from coopdesk.cli.context import open_context
from coopdesk.cli.output import emit_json
from coopdesk.domain.calendar import parse_date
from coopdesk.domain.errors import ValidationError
from coopdesk.services import settings
from coopdesk.services.context import AppContext

Sub = Any  # argparse's private _SubParsersAction

# reportlab, openpyxl and the report modules are imported inside the commands: at module
# level they would make every CLI call slower.

_PERIOD_HELP = ("--from defaults to 1 January of the --to year (the year to date, as the monthly report to the "
                "pengurus shows it), --to to today")


def register_reports(reports: Sub) -> None:
    q = reports.add_parser("balance-sheet", help="Laporan Posisi Keuangan at a date, with the same date a year "
                                                 "earlier")
    q.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="the statement's date (default: today)")
    _outputs(q)
    _signing(q)
    q.set_defaults(handler=cmd_statement, statement="balance_sheet")
    for name, key, text in (
        ("income-statement", "income_statement", "Laporan Perhitungan Hasil Usaha (SHU) for a period"),
        ("cash-flow", "cash_flow", "Laporan Arus Kas (direct method) for a period"),
        ("equity-changes", "equity_changes", "Laporan Perubahan Ekuitas for a period"),
    ):
        q = reports.add_parser(name, help=f"{text}, with the same period a year earlier; {_PERIOD_HELP}",
                               description=f"{text}, with the same period a year earlier. {_PERIOD_HELP}.")
        _period(q)
        _outputs(q)
        _signing(q)
        q.set_defaults(handler=cmd_statement, statement=key)

    q = reports.add_parser("ledger", help=f"buku besar: an account's journal lines with opening and running "
                                          f"balance; {_PERIOD_HELP}")
    q.add_argument("--account", required=True, action="append", metavar="CODE",
                   help="account code, e.g. 1110; repeat for several accounts in one ledger")
    _period(q)
    _outputs(q)
    q.set_defaults(handler=cmd_ledger)

    q = reports.add_parser("worksheet", help=f"neraca lajur: trial balance before and after the period's "
                                             f"adjustments; {_PERIOD_HELP}")
    _period(q)
    _outputs(q)
    _signing(q)
    q.set_defaults(handler=cmd_worksheet)

    q = reports.add_parser("statements", help=f"all four statements in one PDF and / or one workbook (a sheet "
                                              f"each); {_PERIOD_HELP}; the balance sheet is at --to")
    _period(q)
    q.add_argument("--json", action="store_true", help="print the four statements as JSON")
    q.add_argument("--pdf", metavar="FILE", help="PDF file to write")
    q.add_argument("--xlsx", metavar="FILE", help="Excel file to write")
    _signing(q)
    q.set_defaults(handler=cmd_statements)


def _period(q: argparse.ArgumentParser) -> None:
    q.add_argument("--from", dest="start", default=None, metavar="YYYY-MM-DD",
                   help="first day (default: 1 January of the --to year)")
    q.add_argument("--to", dest="end", default=None, metavar="YYYY-MM-DD", help="last day (default: today)")


def _outputs(q: argparse.ArgumentParser) -> None:
    out = q.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print as JSON")
    out.add_argument("--pdf", metavar="FILE", help="PDF file to write (A4)")
    out.add_argument("--xlsx", metavar="FILE", help="Excel file to write")


def _signing(q: argparse.ArgumentParser) -> None:
    q.add_argument("--place", default="", help="town written before the date above the signatures in the PDF")
    q.add_argument("--pengawas", action="store_true",
                   help="the supervisor (pengawas) signs the PDF too, as for the RAT book")


def _target(text: str | None, field: str) -> Path | None:
    if text is None:
        return None
    path = Path(text).expanduser()
    if path.is_dir():
        raise ValidationError(field, "{path} is a folder; give a file name", path=text)
    if not path.parent.is_dir():
        raise ValidationError(field, "folder {folder} does not exist", folder=str(path.parent))
    return path


def period_bounds(start: str | None, end: str | None, today: date) -> tuple[date, date]:
    """The period a command reads: --to (default today), --from (default 1 January of that year)."""
    last = parse_date(end, "to") if end is not None else today
    first = parse_date(start, "from") if start is not None else date(last.year, 1, 1)
    if first > last:
        raise ValidationError("from", "is after the end of the period ({end})", end=last.isoformat())
    return first, last


def _check_dates(ns: argparse.Namespace) -> None:
    """Bad dates are refused before the books are opened."""
    if getattr(ns, "date", None) is not None:
        parse_date(ns.date, "date")
    if hasattr(ns, "start"):
        period_bounds(ns.start, ns.end, date.today())


def _language(ns: argparse.Namespace, ctx: AppContext) -> str:
    if getattr(ns, "lang", None):
        return str(ns.lang)
    with ctx.reading() as session:
        value = settings.get(session, "language")
    return value if value in ("id", "en") else "id"


def _write(field: str, target: Path, write: Callable[[], Path]) -> None:
    try:
        written = write()
    except OSError as exc:
        raise ValidationError(field, "cannot write {path}: {error}", path=str(target),
                              error=exc.strerror or exc) from None
    print(written)


def _signers(ns: argparse.Namespace, lang: str) -> Any:
    from coopdesk.reports.statement_pdf import default_signers

    return default_signers(lang, supervisor=ns.pengawas)


def _build(session: Any, key: str, first: date, last: date, lang: str) -> Any:
    from coopdesk.reports.balance_sheet import balance_sheet
    from coopdesk.reports.cash_flow import cash_flow
    from coopdesk.reports.equity_changes import equity_changes
    from coopdesk.reports.income_statement import income_statement
    from coopdesk.reports.statement import Period

    if key == "balance_sheet":
        return balance_sheet(session, last, lang)
    builder = {"income_statement": income_statement, "cash_flow": cash_flow, "equity_changes": equity_changes}[key]
    return builder(session, Period(first, last), lang)


def cmd_statement(ns: argparse.Namespace) -> int:
    from coopdesk.reports import pdf_style as ps

    _check_dates(ns)
    pdf, xlsx = _target(ns.pdf, "pdf"), _target(ns.xlsx, "xlsx")
    ctx = open_context(ns)
    if ns.statement == "balance_sheet":
        last = parse_date(ns.date, "date") if ns.date is not None else ctx.today()
        first = last
    else:
        first, last = period_bounds(ns.start, ns.end, ctx.today())
    lang = _language(ns, ctx)
    with ctx.reading() as session:
        statement = _build(session, ns.statement, first, last, lang)
        coop = ps.coop_info(session)
    _emit([statement], ns, pdf, xlsx, coop, lang)
    return 0


def cmd_statements(ns: argparse.Namespace) -> int:
    from coopdesk.reports import pdf_style as ps

    _check_dates(ns)
    pdf, xlsx = _target(ns.pdf, "pdf"), _target(ns.xlsx, "xlsx")
    ctx = open_context(ns)
    first, last = period_bounds(ns.start, ns.end, ctx.today())
    lang = _language(ns, ctx)
    with ctx.reading() as session:
        statements = [_build(session, key, first, last, lang)
                      for key in ("balance_sheet", "income_statement", "equity_changes", "cash_flow")]
        coop = ps.coop_info(session)
    _emit(statements, ns, pdf, xlsx, coop, lang)
    return 0


def _emit(statements: Sequence[Any], ns: argparse.Namespace, pdf: Path | None, xlsx: Path | None, coop: Any,
          lang: str) -> None:
    if pdf is not None:
        from coopdesk.reports.statement_pdf import render_statements_pdf

        _write("pdf", pdf, lambda: render_statements_pdf(statements, pdf, coop, signers=_signers(ns, lang),
                                                         place=ns.place))
    if xlsx is not None:
        from coopdesk.reports.statement_xlsx import write_statements_xlsx

        _write("xlsx", xlsx, lambda: write_statements_xlsx(statements, xlsx, coop))
    if ns.json:
        if len(statements) == 1:
            emit_json(statements[0].as_json())
        else:
            emit_json({s.key: s.as_json() for s in statements})
    elif pdf is None and xlsx is None:
        print("\n\n".join(statement_text(s, coop.name) for s in statements))


def cmd_ledger(ns: argparse.Namespace) -> int:
    from coopdesk.reports import pdf_style as ps
    from coopdesk.reports.general_ledger import general_ledger

    _check_dates(ns)
    pdf, xlsx = _target(ns.pdf, "pdf"), _target(ns.xlsx, "xlsx")
    ctx = open_context(ns)
    first, last = period_bounds(ns.start, ns.end, ctx.today())
    lang = _language(ns, ctx)
    codes = [c.strip() for c in ns.account]
    with ctx.reading() as session:
        ledger = general_ledger(session, codes, first, last)
        coop = ps.coop_info(session)
    if pdf is not None:
        from coopdesk.reports.statement_pdf import render_ledger_pdf

        _write("pdf", pdf, lambda: render_ledger_pdf(ledger, pdf, coop, lang, printed_at=ctx.now()))
    elif xlsx is not None:
        from coopdesk.reports.statement_xlsx import write_ledger_xlsx

        _write("xlsx", xlsx, lambda: write_ledger_xlsx(ledger, xlsx, coop, lang))
    elif ns.json:
        emit_json(ledger.as_json())
    else:
        print(ledger_text(ledger, coop.name, lang))
    return 0


def cmd_worksheet(ns: argparse.Namespace) -> int:
    from coopdesk.reports import pdf_style as ps
    from coopdesk.reports.worksheet import worksheet

    _check_dates(ns)
    pdf, xlsx = _target(ns.pdf, "pdf"), _target(ns.xlsx, "xlsx")
    ctx = open_context(ns)
    first, last = period_bounds(ns.start, ns.end, ctx.today())
    lang = _language(ns, ctx)
    with ctx.reading() as session:
        sheet = worksheet(session, first, last)
        coop = ps.coop_info(session)
    if pdf is not None:
        from coopdesk.reports.statement_pdf import render_worksheet_pdf

        signers = _signers(ns, lang)[1:]  # the treasurer prepares it (and the pengawas checks it)
        _write("pdf", pdf, lambda: render_worksheet_pdf(sheet, pdf, coop, lang, signers=signers, place=ns.place,
                                                        printed_at=ctx.now()))
    elif xlsx is not None:
        from coopdesk.reports.statement_xlsx import write_worksheet_xlsx

        _write("xlsx", xlsx, lambda: write_worksheet_xlsx(sheet, xlsx, coop, lang))
    elif ns.json:
        emit_json(sheet.as_json())
    else:
        print(worksheet_text(sheet, coop.name, lang))
    return 0


# --- Text tables ----------------------------------------------------------------------------------

def _figure(value: int | None) -> str:
    """An amount as the PDF prints it; positives keep a space where a negative has ")"."""
    from coopdesk.reports.statement_format import format_amount

    if value is None:
        return ""
    text = format_amount(value)
    return text if text.endswith(")") else text + " "


def _columns(rows: Sequence[Sequence[str]], numeric: Sequence[int]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(v.rjust(widths[i]) if i in numeric else v.ljust(widths[i]) for i, v in enumerate(r)).rstrip()
            for r in rows]


def statement_text(statement: Any, coop_name: str) -> str:
    from coopdesk.reports.statement import LineKind
    from coopdesk.reports.statement_format import check_lines, period_heading

    current, previous = statement.column_labels
    rows = [("", current, previous)]
    for line in statement.lines:
        label = "  " * line.level + line.label
        if line.kind is LineKind.HEADING:
            rows.append((label, "", ""))
        else:
            rows.append((label, _figure(line.amount), _figure(line.previous)))
    body = _columns(rows, (1, 2))
    label_width = max(len(r[0]) for r in rows)
    figures = [max(len(r[i]) for r in rows) for i in (1, 2)]

    def rule(char: str) -> str:
        # Ruled under the figures only, as an accountant rules a statement by hand.
        return " " * label_width + "".join("  " + char * w for w in figures)

    out = [coop_name, statement.title.upper(), period_heading(statement.period, statement.lang), "", body[0],
           rule("-")]
    previous: Any = None
    for line, text in zip(statement.lines, body[1:], strict=True):
        if line.kind is LineKind.HEADING and line.level == 0 and previous is not None:
            out.append("")
        if line.kind in (LineKind.SUBTOTAL, LineKind.TOTAL) and previous is not LineKind.TOTAL:
            out.append(rule("-"))
        out.append(text)
        if line.kind is LineKind.TOTAL:
            out.append(rule("="))
        previous = line.kind
    out += [("\u2713 " if holds else "\u2717 ") + text for text, holds in check_lines(statement)]
    out += statement.notes
    return "\n".join(out)


def ledger_text(ledger: Any, coop_name: str, lang: str) -> str:
    from coopdesk.reports.statement_format import format_amount, period_heading

    labels = {"id": ("Tanggal", "No. Bukti", "Uraian", "Anggota", "Debit", "Kredit", "Saldo", "Saldo awal",
                     "Jumlah mutasi", "Saldo akhir", "BUKU BESAR"),
              "en": ("Date", "Voucher", "Description", "Member", "Debit", "Credit", "Balance", "Opening balance",
                     "Total movements", "Closing balance", "GENERAL LEDGER")}[lang]

    def money(value: int, blank_zero: bool = True) -> str:
        return "" if blank_zero and not value else format_amount(value, prefix=False)

    rows = [labels[:7]]
    rows.append(("", "", labels[7], "", "", "", money(ledger.opening, False)))
    rows += [(r.date.isoformat(), r.voucher, r.memo, r.member_number or "", money(r.debit), money(r.credit),
              money(r.balance, False)) for r in ledger.rows]
    rows.append(("", "", labels[8], "", money(ledger.total_debit, False), money(ledger.total_credit, False), ""))
    rows.append(("", "", labels[9], "", "", "", money(ledger.closing, False)))
    body = _columns(rows, (4, 5, 6))
    return "\n".join([coop_name, f"{labels[10]} {ledger.title}", period_heading(ledger.period, lang), "", body[0],
                      "-" * max(len(b) for b in body), *body[1:]])


def worksheet_text(sheet: Any, coop_name: str, lang: str) -> str:
    from coopdesk.reports.statement_format import format_amount, period_heading

    columns = ("before_debit", "before_credit", "adjust_debit", "adjust_credit", "after_debit", "after_credit")
    head = {"id": ("Kode", "Nama Akun", "NS Debit", "NS Kredit", "Peny. Debit", "Peny. Kredit", "NSSP Debit",
                   "NSSP Kredit", "Jumlah", "NERACA LAJUR"),
            "en": ("Code", "Account", "TB Debit", "TB Credit", "Adj. Debit", "Adj. Credit", "ATB Debit",
                   "ATB Credit", "Total", "WORKSHEET")}[lang]

    def money(value: int) -> str:
        return format_amount(value, prefix=False) if value else ""

    rows = [head[:8]]
    rows += [(r.code, r.name, *(money(getattr(r, c)) for c in columns)) for r in sheet.rows]
    rows.append(("", head[8], *(format_amount(sheet.total(c), prefix=False) for c in columns)))
    body = _columns(rows, range(2, 8))
    rule = "-" * max(len(b) for b in body)
    return "\n".join([coop_name, head[9], period_heading(sheet.period, lang), "", body[0], rule, *body[1:-1], rule,
                      body[-1]])
