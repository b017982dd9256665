"""Buku kas / buku bank: one cash or bank account over a period, as the kasir keeps it on paper.

Opening balance, then one row per voucher that moved the account (date, voucher, what it
was, the other side of the entry, in, out, running balance), totals and the closing
balance.  The other side ("counter accounts") tells the reader what the money was for
without opening the voucher.  As an A4 PDF with the kasir's and bendahara's signatures
and as an Excel sheet whose running balance is a formula, so a treasurer who adds a row
by hand sees the balance follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.db.models import Account, JournalEntry, JournalLine
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.reports import pdf_style as ps
from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.tables import PagedTable
from coopdesk.services.cash_entries import is_cash_or_bank
from coopdesk.services.ledger import account_by_code


@dataclass(frozen=True)
class CashBookRow:
    entry_id: int
    date: date
    voucher: str
    memo: str
    counter: str  # names of the other accounts of the entry, e.g. "Simpanan Sukarela"
    money_in: int
    money_out: int
    balance: int  # running balance after this row


@dataclass(frozen=True)
class CashBook:
    coop: ps.CoopInfo
    account_code: str
    account_name: str
    start: date
    end: date
    opening: int
    rows: tuple[CashBookRow, ...]
    printed_at: datetime

    @property
    def total_in(self) -> int:
        return sum(r.money_in for r in self.rows)

    @property
    def total_out(self) -> int:
        return sum(r.money_out for r in self.rows)

    @property
    def closing(self) -> int:
        return self.opening + self.total_in - self.total_out

    def as_json(self) -> dict[str, object]:
        return {
            "account": self.account_code, "name": self.account_name, "from": self.start.isoformat(),
            "to": self.end.isoformat(), "opening": self.opening, "total_in": self.total_in,
            "total_out": self.total_out, "closing": self.closing,
            "rows": [{"date": r.date.isoformat(), "voucher": r.voucher, "memo": r.memo, "counter": r.counter,
                      "in": r.money_in, "out": r.money_out, "balance": r.balance} for r in self.rows],
        }


def _balance_before(session: Session, account_id: int, start: date) -> int:
    """Debit-minus-credit of the account at the end of the day before ``start``.

    Journal lines carry no date, and reading each earlier line's entry for its date costs a
    lookup per line (seconds on two years of a big cooperative's cash, ~700.000 lines).  So:
    ``first`` is the lowest entry id dated ``start`` or later.  Every entry with a lower id
    is dated earlier, and their lines are summed from the (account, entry, debit, credit)
    index alone.  Entries posted later but dated earlier (back-dated) are few; they are
    found in the (date, id) index and added.
    """
    def lines_sum(*conditions: Any) -> int:
        stmt = select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0)).where(
            JournalLine.account_id == account_id, *conditions)
        return int(session.scalar(stmt) or 0)

    first = session.scalar(select(func.min(JournalEntry.id)).where(JournalEntry.date >= start))
    if first is None:  # nothing dated on or after ``start``: the whole account
        return lines_sum()
    backdated = select(JournalEntry.id).where(JournalEntry.date < start, JournalEntry.id >= first)
    return lines_sum(JournalLine.entry_id < first) + lines_sum(JournalLine.entry_id.in_(backdated))


def cash_book(session: Session, account_code: str, start: date, end: date, *,
              printed_at: datetime | None = None) -> CashBook:
    """The account's movements from ``start`` to ``end`` (both included), in posting order."""
    if end < start:
        raise ValidationError("to", "is before the start of the period ({start})", start=start.isoformat())
    account = account_by_code(session, account_code, "account")
    if not is_cash_or_bank(account):
        raise ValidationError("account", "account {code} is not a cash or bank account", code=account.code)
    opening = _balance_before(session, account.id, start)
    names = dict(session.execute(select(Account.id, Account.name)).all())
    # The period's entries lie between these ids (from the (date, id) index): the account's
    # lines are then read from the (account, entry) index within that range only, not over
    # the account's whole history.
    low, high = session.execute(select(func.min(JournalEntry.id), func.max(JournalEntry.id))
                                .where(JournalEntry.date >= start, JournalEntry.date <= end)).one()
    # One query for the rows: every line of every entry of the period that touches the
    # account; the other lines of the same entry give the counter accounts.
    touching = select(JournalLine.entry_id).where(JournalLine.account_id == account.id,
                                                  JournalLine.entry_id.between(low or 0, high or 0))
    stmt = (
        select(JournalEntry.id, JournalEntry.date, JournalEntry.voucher, JournalEntry.memo,
               JournalLine.account_id, JournalLine.debit, JournalLine.credit)
        .join(JournalLine, JournalLine.entry_id == JournalEntry.id)
        .where(JournalEntry.date >= start, JournalEntry.date <= end, JournalEntry.id.in_(touching))
        .order_by(JournalEntry.date, JournalEntry.id, JournalLine.line_no)
    )
    rows: list[CashBookRow] = []
    balance = opening
    current: list[Any] | None = None  # [id, date, voucher, memo, in, out, counter ids]

    def close() -> None:
        nonlocal balance
        if current is None:
            return
        balance += current[4] - current[5]
        counter = ", ".join(names[i] for i in current[6])
        rows.append(CashBookRow(current[0], current[1], current[2], current[3], counter, current[4], current[5],
                                balance))

    for entry_id, day, voucher, memo, account_id, debit, credit in session.execute(stmt):
        if current is None or current[0] != entry_id:
            close()
            current = [entry_id, day, voucher, memo, 0, 0, []]
        if account_id == account.id:
            current[4] += int(debit)
            current[5] += int(credit)
        elif account_id not in current[6]:
            current[6].append(account_id)
    close()
    return CashBook(ps.coop_info(session), account.code, account.name, start, end, opening, tuple(rows),
                    printed_at or datetime.now())


_LABELS: dict[str, dict[str, str]] = {
    "id": {
        "title_cash": "BUKU KAS", "title_bank": "BUKU BANK", "account": "Akun {code} · {name}",
        "period": "Periode {start} s.d. {end}", "no": "No.", "date": "Tanggal", "voucher": "No. Bukti",
        "memo": "Uraian", "counter": "Akun Lawan", "in": "Masuk", "out": "Keluar", "balance": "Saldo",
        "opening": "Saldo awal", "total": "Jumlah mutasi", "closing": "Saldo akhir",
        "nothing": "Tidak ada mutasi dalam periode ini.",
        "summary": "Saldo awal {opening} + masuk {money_in} − keluar {money_out} = saldo akhir {closing}",
        "cashier": "Kasir", "treasurer": "Bendahara", "prepared": "Dibuat oleh,", "checked": "Diperiksa oleh,",
        "place_date": "{date}", "printed": "Dicetak {when} · CoopDesk", "sheet": "Buku Kas",
    },
    "en": {
        "title_cash": "CASH BOOK", "title_bank": "BANK BOOK", "account": "Account {code} · {name}",
        "period": "Period {start} to {end}", "no": "No.", "date": "Date", "voucher": "Voucher",
        "memo": "Description", "counter": "Counter account", "in": "In", "out": "Out", "balance": "Balance",
        "opening": "Opening balance", "total": "Total movements", "closing": "Closing balance",
        "nothing": "No movements in this period.",
        "summary": "Opening {opening} + in {money_in} − out {money_out} = closing {closing}",
        "cashier": "Cashier (kasir)", "treasurer": "Treasurer (bendahara)", "prepared": "Prepared by,",
        "checked": "Checked by,", "place_date": "{date}", "printed": "Printed {when} · CoopDesk",
        "sheet": "Cash book",
    },
}


def _title(book: CashBook, lang: str) -> str:
    # 111x is the cash box (kas), everything else a bank account (giro, tabungan, deposito).
    return _LABELS[lang]["title_cash" if book.account_code.startswith("111") else "title_bank"]


def _money(amount: int) -> str:
    return format_rupiah(amount, prefix=False)


def _signed(amount: int) -> str:
    return _money(amount) if amount >= 0 else f"({_money(-amount)})"


def render_cash_book_pdf(book: CashBook, path: Path, lang: str = "id") -> Path:
    """A4 portrait: letterhead, title with account and period, the ruled table with opening,
    totals and closing rows, page numbers, and the kasir / bendahara signature block."""
    ps.check_lang(lang)
    path = ps.ensure_parent(Path(path))
    L = _LABELS[lang]
    title = _title(book, lang)
    margin = 14 * mm
    note = L["printed"].format(when=ps.format_datetime(book.printed_at, lang))
    doc = ps.document(path, A4, margins=(margin, margin, 12 * mm, 16 * mm),
                      on_page=ps.footer(note, page_numbers=True, lang=lang),
                      title=f"{title} {book.account_code} {book.start.isoformat()}–{book.end.isoformat()}",
                      author=book.coop.name, subject=title)
    width = doc.width
    period = L["period"].format(start=ps.format_date(book.start, lang), end=ps.format_date(book.end, lang))
    story: list[Any] = ps.list_heading(book.coop, lang, width, title, period,
                                       bold_line=L["account"].format(code=book.account_code, name=book.account_name))
    # Laid out a page at a time (tables.PagedTable): a busy month is thousands of vouchers,
    # and reportlab's own table split copies the rest of the table for every page.
    titles = [L["no"], L["date"], L["voucher"], L["memo"], L["counter"], L["in"], L["out"], L["balance"]]
    rows: list[list[str]] = [["", _short(book.start), "", L["opening"], "", "", "", _signed(book.opening)]]
    kinds = ["subtotal"]
    for i, r in enumerate(book.rows, start=1):
        rows.append([str(i), _short(r.date), r.voucher, r.memo, r.counter,
                     _money(r.money_in) if r.money_in else "", _money(r.money_out) if r.money_out else "",
                     _signed(r.balance)])
        kinds.append("data")
    rows.append(["", "", "", L["total"], "", _money(book.total_in), _money(book.total_out), ""])
    rows.append(["", _short(book.end), "", L["closing"], "", "", "", _signed(book.closing)])
    kinds += ["subtotal", "total"]
    story.append(PagedTable(titles, rows, kinds, width, memo_column=(3, 4), first_figure=5))
    if not book.rows:
        story.append(Paragraph(ps.text(L["nothing"]), ps.style("nothing", 9, color=ps.MUTED, space_before=4)))
    story.append(Paragraph(ps.text(L["summary"].format(
        opening=format_rupiah(book.opening), money_in=format_rupiah(book.total_in),
        money_out=format_rupiah(book.total_out), closing=format_rupiah(book.closing))),
        ps.style("summary", 8.5, space_before=6)))
    signers = [ps.Signer(L["cashier"], above=L["prepared"]), ps.Signer(L["treasurer"], above=L["checked"])]
    story.append(KeepTogether([Spacer(1, 12),
                               Paragraph(ps.text(ps.format_date(book.end, lang)),
                                         ps.style("sign-date", 8.5, align=TA_CENTER)),
                               Spacer(1, 4), ps.signature_block(signers, width, space=44, size=8.5)]))
    doc.build(story)
    return path


def _short(day: date) -> str:
    """Dates in the table as 02/01/2025: a column of long month names is hard to scan."""
    return day.strftime("%d/%m/%Y")


def write_cash_book_sheet(ws: Any, book: CashBook, lang: str = "id") -> None:
    """One worksheet: title block, opening row, a row per voucher, totals and closing.

    In and out are numbers; each running balance is ``=previous + in - out`` so the sheet
    stays right if a row is added or corrected by hand; totals are SUM formulas."""
    L = _LABELS[lang]
    ws.title = L["sheet"]
    period = L["period"].format(start=ps.format_date(book.start, lang), end=ps.format_date(book.end, lang))
    start = xs.title_block(ws, [f"{_title(book, lang)} · {book.coop.name}",
                                L["account"].format(code=book.account_code, name=book.account_name), period])
    columns = [xs.XColumn(L["date"], "date", 12), xs.XColumn(L["voucher"], "text", 17),
               xs.XColumn(L["memo"], "text", 40), xs.XColumn(L["counter"], "text", 30),
               xs.XColumn(L["in"], "rupiah", 16), xs.XColumn(L["out"], "rupiah", 16),
               xs.XColumn(L["balance"], "rupiah", 17)]
    header = start
    opening_row = header + 1
    values: list[list[Any]] = [[book.start, "", L["opening"], "", None, None, book.opening]]
    for i, r in enumerate(book.rows):
        row = opening_row + 1 + i
        values.append([r.date, r.voucher, r.memo, r.counter, r.money_in or None, r.money_out or None,
                       f"=G{row - 1}+E{row}-F{row}"])
    xs.table(ws, header, columns, values)
    last = opening_row + len(book.rows)
    for c in (1, 3, 7):
        ws.cell(row=opening_row, column=c).font = xs.BOLD
    totals = last + 1
    ws.cell(row=totals, column=3, value=L["total"])
    closing = totals + 1
    ws.cell(row=closing, column=1, value=book.end).number_format = xs.DATE
    ws.cell(row=closing, column=3, value=L["closing"])
    for letter in ("E", "F"):
        cell = ws[f"{letter}{totals}"]
        cell.value = f"=SUM({letter}{opening_row + 1}:{letter}{last})" if book.rows else 0
        cell.number_format = xs.RUPIAH
    ws[f"G{closing}"] = f"=G{opening_row}+E{totals}-F{totals}"
    ws[f"G{closing}"].number_format = xs.RUPIAH
    for row in (totals, closing):
        for c in range(1, 8):
            ws.cell(row=row, column=c).font = xs.BOLD
            ws.cell(row=row, column=c).border = xs.TOTAL_BORDER if row == closing else xs.HEADER_BORDER
    xs.page_setup(ws, landscape=False, header_row=header)


def write_cash_book_xlsx(book: CashBook, path: Path, lang: str = "id") -> Path:
    ps.check_lang(lang)
    path = xs.ensure_target(Path(path))
    workbook = xs.new_workbook()
    write_cash_book_sheet(workbook.active, book, lang)
    return xs.save(workbook, path)
