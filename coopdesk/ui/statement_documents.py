"""What the statements page shows and prints, built from the same report functions.

:class:`ReportRequest` says which report over which period; :func:`statement` and
:func:`build_worksheet` make the screen's value and :func:`render_report` the file (PDF or
xlsx, by the path's suffix), both on the worker thread.  The renderers (reportlab, openpyxl)
are imported only when a file is asked for: opening the page stays quick.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.reports.balance_sheet import balance_sheet
from coopdesk.reports.cash_flow import cash_flow
from coopdesk.reports.equity_changes import equity_changes
from coopdesk.reports.general_ledger import general_ledger
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.pdf_style import CoopInfo, coop_info
from coopdesk.reports.statement import Period, Statement
from coopdesk.reports.worksheet import Worksheet, worksheet
from coopdesk.services.context import AppContext

BALANCE_SHEET, INCOME, CASH_FLOW, EQUITY = "balance_sheet", "income_statement", "cash_flow", "equity_changes"
LEDGER, WORKSHEET = "general_ledger", "worksheet"
STATEMENTS = (BALANCE_SHEET, INCOME, CASH_FLOW, EQUITY)
REPORTS = (*STATEMENTS, LEDGER, WORKSHEET)

# File names in Indonesian whatever the screen's language: the files go to the RAT and the auditors.
FILE_NAMES = {BALANCE_SHEET: "laporan-posisi-keuangan", INCOME: "laporan-perhitungan-hasil-usaha",
              CASH_FLOW: "laporan-arus-kas", EQUITY: "laporan-perubahan-ekuitas", LEDGER: "buku-besar",
              WORKSHEET: "neraca-lajur"}

_BUILDERS: dict[str, Callable[[Session, Period, str], Statement]] = {
    BALANCE_SHEET: lambda session, period, lang: balance_sheet(session, period.end, lang),
    INCOME: income_statement,
    CASH_FLOW: cash_flow,
    EQUITY: equity_changes,
}


@dataclass(frozen=True)
class ReportRequest:
    key: str
    period: Period  # the balance sheet reads only ``end``
    codes: tuple[str, ...] = ()  # the ledger's accounts

    @property
    def full_period(self) -> Period:
        """The period with a start: a balance sheet's year to date (for "all statements")."""
        if self.period.start is not None:
            return self.period
        return Period(date(self.period.end.year, 1, 1), self.period.end)

    def file_stem(self) -> str:
        """A file name the treasurer recognises: "laporan-posisi-keuangan-2025-06-30"."""
        end = self.period.end.isoformat()
        if self.key == BALANCE_SHEET:
            return f"{FILE_NAMES[self.key]}-{end}"
        start = self.full_period.start.isoformat()  # type: ignore[union-attr]
        if self.key == LEDGER:
            return f"{FILE_NAMES[self.key]}-{'-'.join(self.codes)}-{start}-{end}"
        return f"{FILE_NAMES[self.key]}-{start}-{end}"


def statement(session: Session, key: str, period: Period, lang: str) -> Statement:
    return _BUILDERS[key](session, period, lang)


def all_statements(session: Session, period: Period, lang: str) -> list[Statement]:
    """The four statements of a period, in the order the RAT book (and ``coopdesk report statements``)
    prints them: position, results, changes in equity, cash flows."""
    return [statement(session, key, period, lang) for key in (BALANCE_SHEET, INCOME, EQUITY, CASH_FLOW)]


def build_worksheet(session: Session, period: Period) -> Worksheet:
    assert period.start is not None
    return worksheet(session, period.start, period.end)


def render_report(ctx: AppContext, request: ReportRequest, path: Path, lang: str) -> Path:
    """One report as a file (runs on the worker)."""
    pdf = path.suffix.lower() == ".pdf"
    with ctx.reading() as session:
        coop = coop_info(session)
        if request.key == LEDGER:
            period = request.full_period
            assert period.start is not None
            ledger = general_ledger(session, request.codes, period.start, period.end)
        elif request.key == WORKSHEET:
            sheet = build_worksheet(session, request.full_period)
        else:
            statements = [statement(session, request.key, request.period, lang)]
    printed_at = ctx.now()
    if pdf:
        from coopdesk.reports import statement_pdf as out
    else:
        from coopdesk.reports import statement_xlsx as out  # type: ignore[no-redef]
    if request.key == LEDGER:
        return Path(out.render_ledger_pdf(ledger, path, coop, lang, printed_at=printed_at) if pdf
                    else out.write_ledger_xlsx(ledger, path, coop, lang))
    if request.key == WORKSHEET:
        return Path(out.render_worksheet_pdf(sheet, path, coop, lang, printed_at=printed_at) if pdf
                    else out.write_worksheet_xlsx(sheet, path, coop, lang))
    return _render_statements(out, pdf, statements, path, coop, printed_at, supervisor=False)


def render_all_statements(ctx: AppContext, period: Period, path: Path, lang: str) -> Path:
    """The four statements in one PDF or workbook (runs on the worker)."""
    with ctx.reading() as session:
        coop = coop_info(session)
        statements = all_statements(session, period, lang)
    pdf = path.suffix.lower() == ".pdf"
    if pdf:
        from coopdesk.reports import statement_pdf as out
    else:
        from coopdesk.reports import statement_xlsx as out  # type: ignore[no-redef]
    # The full set goes to the RAT: the supervisor (pengawas) signs it too.
    return _render_statements(out, pdf, statements, path, coop, ctx.now(), supervisor=True)


def _render_statements(out: Any, pdf: bool, statements: Sequence[Statement], path: Path, coop: CoopInfo,
                       printed_at: datetime, *, supervisor: bool) -> Path:
    if pdf:
        signers = out.default_signers(statements[0].lang, supervisor=supervisor)
        return Path(out.render_statements_pdf(statements, path, coop, printed_at=printed_at, signers=signers))
    return Path(out.write_statements_xlsx(statements, path, coop))
