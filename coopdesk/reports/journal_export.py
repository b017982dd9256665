"""The journal of a period for the auditors: one row per journal line.

Columns, in this order: voucher, date, account code, account name, debit, credit, memo,
member number (where the line belongs to a member), user.  Summed per account from the
books' start the export equals the trial balance, so an auditor can re-add it.

As CSV (UTF-8 with a byte-order mark so Excel opens it with the right characters, comma
separated, ISO dates, plain integer amounts) and as xlsx (numbers stay numbers in Rupiah
format, a totals row of SUM formulas).  Rows are streamed from the database and written
as they come (``yield_per``, openpyxl's write-only mode), so a busy year with hundreds of
thousands of lines needs no more memory than a day.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from copy import copy
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, JournalEntry, JournalLine, Member, User
from coopdesk.domain.errors import ValidationError
from coopdesk.reports import pdf_style as ps
from coopdesk.reports import xlsx_style as xs

BATCH = 5_000  # rows fetched at a time
XLSX_MAX_ROWS = 1_048_576  # Excel's limit per sheet


@dataclass(frozen=True)
class ExportLine:
    voucher: str
    date: date
    account_code: str
    account_name: str
    debit: int
    credit: int
    memo: str
    member_number: str  # "" when the line is not a member's
    user: str


@dataclass(frozen=True)
class ExportResult:
    path: Path
    lines: int
    total_debit: int
    total_credit: int


_HEADERS = {
    "id": ["No. Bukti", "Tanggal", "Kode Akun", "Nama Akun", "Debit", "Kredit", "Keterangan", "No. Anggota",
           "Pengguna"],
    "en": ["Voucher", "Date", "Account code", "Account name", "Debit", "Credit", "Memo", "Member number", "User"],
}
_TEXTS = {
    "id": {"title": "JURNAL UMUM · {coop}", "period": "Periode {start} s.d. {end} · {n} baris", "total": "JUMLAH",
           "sheet": "Jurnal"},
    "en": {"title": "GENERAL JOURNAL · {coop}", "period": "Period {start} to {end} · {n} lines", "total": "TOTAL",
           "sheet": "Journal"},
}


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("to", "is before the start of the period ({start})", start=start.isoformat())


def count_lines(session: Session, start: date, end: date) -> int:
    return int(session.scalar(
        select(func.count(JournalLine.id)).join(JournalEntry, JournalLine.entry_id == JournalEntry.id)
        .where(JournalEntry.date >= start, JournalEntry.date <= end)) or 0)


def journal_lines(session: Session, start: date, end: date) -> Iterator[ExportLine]:
    """Every line of every entry dated ``start``..``end``, in posting order, streamed."""
    check_period(start, end)
    stmt = (
        select(JournalEntry.voucher, JournalEntry.date, Account.code, Account.name, JournalLine.debit,
               JournalLine.credit, JournalEntry.memo, JournalLine.memo, Member.number, User.name)
        .select_from(JournalEntry)
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .join(Account, Account.id == JournalLine.account_id)
        .join(User, User.id == JournalEntry.user_id)
        .outerjoin(Member, Member.id == JournalLine.member_id)
        .where(JournalEntry.date >= start, JournalEntry.date <= end)
        .order_by(JournalEntry.date, JournalEntry.id, JournalLine.line_no)
        .execution_options(yield_per=BATCH)
    )
    for voucher, day, code, name, debit, credit, memo, line_memo, number, user in session.execute(stmt):
        # The entry's description says what happened; a line's own note (a manual entry's
        # "ATK bulan Maret") is added to it rather than replacing it.
        text = f"{memo} – {line_memo}" if line_memo and line_memo != memo else memo
        yield ExportLine(voucher, day, code, name, int(debit), int(credit), text, number or "", user)


def write_journal_csv(session: Session, start: date, end: date, path: Path, lang: str = "id") -> ExportResult:
    ps.check_lang(lang)
    path = _target(path, "csv")
    n = debit = credit = 0
    # utf-8-sig writes the BOM Excel needs to read UTF-8 (names such as "Ñoman", "Rp" memos).
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_HEADERS[lang])
        for line in journal_lines(session, start, end):
            writer.writerow([line.voucher, line.date.isoformat(), line.account_code, line.account_name, line.debit,
                             line.credit, line.memo, line.member_number, line.user])
            n += 1
            debit += line.debit
            credit += line.credit
    return ExportResult(path, n, debit, credit)


def write_journal_xlsx(session: Session, start: date, end: date, path: Path, lang: str = "id",
                       coop_name: str | None = None) -> ExportResult:
    """The journal on one sheet in openpyxl's write-only mode (rows go straight to disk)."""
    ps.check_lang(lang)
    path = _target(path, "xlsx")
    check_period(start, end)
    expected = count_lines(session, start, end)
    title_rows = 3  # title, period, blank
    if expected + title_rows + 2 > XLSX_MAX_ROWS:
        raise ValidationError("xlsx", "{n} lines do not fit on one Excel sheet; export a shorter period or to CSV",
                              n=expected)
    texts = _TEXTS[lang]
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "CoopDesk"
    ws = workbook.create_sheet(texts["sheet"])
    widths = (17, 11, 9, 34, 15, 15, 48, 12, 12)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    header_row = title_rows + 1
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4

    def styled(value: object, number_format: str | None = None, *, bold: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        if number_format:
            cell.number_format = number_format
        if bold:
            cell.font = xs.BOLD
        return cell

    name = coop_name if coop_name is not None else ps.coop_info(session).name
    title = WriteOnlyCell(ws, value=texts["title"].format(coop=name))
    title.font = xs.TITLE
    ws.append([title])
    ws.append([styled(texts["period"].format(start=ps.format_date(start, lang), end=ps.format_date(end, lang),
                                             n=f"{expected:,}".replace(",", ".")))])
    ws.append([])
    header = []
    for text in _HEADERS[lang]:
        cell = styled(text, bold=True)
        cell.fill = xs.HEADER_FILL
        cell.border = xs.HEADER_BORDER
        header.append(cell)
    ws.append(header)
    # Setting number_format on each cell looks the format up in the workbook every time
    # (most of the export's time); copying a styled cell's style array is ten times cheaper.
    date_style, money_style = styled(None, xs.DATE)._style, styled(None, xs.RUPIAH)._style

    def cell(value: object, style: object) -> WriteOnlyCell:
        made = WriteOnlyCell(ws, value=value)
        made._style = copy(style)
        return made

    n = debit = credit = 0
    for line in journal_lines(session, start, end):
        ws.append([line.voucher, cell(line.date, date_style), line.account_code, line.account_name,
                   cell(line.debit, money_style), cell(line.credit, money_style), line.memo,
                   line.member_number or None, line.user])
        n += 1
        debit += line.debit
        credit += line.credit
    first, last = header_row + 1, header_row + n
    totals = [styled(texts["total"], bold=True)] + [None] * 3
    for letter in ("E", "F"):
        totals.append(styled(f"=SUM({letter}{first}:{letter}{last})" if n else 0, xs.RUPIAH, bold=True))
    ws.append(totals)
    if n:
        ws.auto_filter.ref = f"A{header_row}:I{last}"
    workbook.save(str(path))
    return ExportResult(path, n, debit, credit)


def _target(path: Path, field: str) -> Path:
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError(field, "folder {folder} does not exist", folder=str(path.parent))
    return path
