"""The cash / bank book: opening, running and closing balances from the small ledger in
conftest.py (figures worked out by hand there), and its PDF and Excel renderings."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.domain.errors import ValidationError
from coopdesk.reports import xlsx_style as xs
from coopdesk.reports.cash_book import CashBook, cash_book, render_cash_book_pdf, write_cash_book_xlsx
from coopdesk.services import corrections
from tests.cash.conftest import CashLedger

PRINTED = datetime(2025, 12, 31, 9, 0)


def _book(ledger: CashLedger, code: str, start: date, end: date) -> CashBook:
    with ledger.ctx.reading() as session:
        return cash_book(session, code, start, end, printed_at=PRINTED)


def _rows(book: CashBook) -> list[tuple[object, ...]]:
    return [(r.date, r.voucher, r.counter, r.money_in, r.money_out, r.balance) for r in book.rows]


def test_cash_book_of_january_after_the_first_deposit(cash_ledger: CashLedger) -> None:
    book = _book(cash_ledger, "1110", date(2025, 1, 5), date(2025, 1, 31))
    assert book.opening == 1_000_000
    assert _rows(book) == [
        (date(2025, 1, 5), "BKK-2025-000001", "Beban ATK & Fotokopi", 0, 150_000, 850_000),
        (date(2025, 1, 6), "BKM-2025-000002", "Pendapatan Lain-lain", 50_000, 0, 900_000),
        (date(2025, 1, 7), "BKK-2025-000002", "Bank (Giro / Tabungan)", 0, 500_000, 400_000),
    ]
    assert (book.total_in, book.total_out, book.closing) == (50_000, 650_000, 400_000)
    assert book.rows[0].memo == "Beli ATK"


def test_bank_book_over_two_months(cash_ledger: CashLedger) -> None:
    book = _book(cash_ledger, "1121", date(2025, 1, 1), date(2025, 2, 28))
    assert book.opening == 0
    assert _rows(book) == [
        (date(2025, 1, 7), "BKK-2025-000002", "Kas", 500_000, 0, 500_000),
        (date(2025, 1, 8), "JU-2025-000001", "Deposito pada Bank", 0, 200_000, 300_000),
        (date(2025, 2, 3), "BKM-2025-000003", "Kas", 0, 100_000, 200_000),
        (date(2025, 2, 10), "BKK-2025-000003", "Beban Listrik & Air", 0, 80_000, 120_000),
    ]
    assert book.closing == 120_000


def test_february_opens_with_januarys_closing(cash_ledger: CashLedger) -> None:
    january = _book(cash_ledger, "1110", date(2025, 1, 1), date(2025, 1, 31))
    february = _book(cash_ledger, "1110", date(2025, 2, 1), date(2025, 2, 28))
    assert january.opening == 0 and january.closing == 400_000
    assert february.opening == 400_000
    assert _rows(february) == [(date(2025, 2, 3), "BKM-2025-000003", "Bank (Giro / Tabungan)", 100_000, 0, 500_000)]
    empty = _book(cash_ledger, "1110", date(2025, 3, 1), date(2025, 3, 31))
    assert (empty.opening, empty.rows, empty.closing) == (500_000, (), 500_000)


def test_a_reversal_shows_as_a_movement_back(cash_ledger: CashLedger) -> None:
    corrections.reverse(cash_ledger.ctx, "BKK-2025-000001", "salah akun", date(2025, 1, 20))
    book = _book(cash_ledger, "1110", date(2025, 1, 1), date(2025, 1, 31))
    assert _rows(book)[-1] == (date(2025, 1, 20), "JK-2025-000001", "Beban ATK & Fotokopi", 150_000, 0, 550_000)


def test_several_counter_accounts_are_named_once_each(ctx) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.domain.journal import LineSpec
    from coopdesk.services import ledger

    ledger.post_manual(ctx, date(2025, 3, 1), "Bayar listrik dan telepon", [
        LineSpec("5230", debit=100_000), LineSpec("5240", debit=50_000), LineSpec("5230", debit=25_000),
        LineSpec("1110", credit=175_000)])
    with ctx.reading() as session:
        book = cash_book(session, "1110", date(2025, 3, 1), date(2025, 3, 1))
    assert _rows(book) == [(date(2025, 3, 1), "JU-2025-000001", "Beban Listrik & Air, Beban Telepon & Internet",
                            0, 175_000, -175_000)]


def test_refuses_an_account_that_is_not_cash_and_a_backward_period(cash_ledger: CashLedger) -> None:
    with pytest.raises(ValidationError) as err:
        _book(cash_ledger, "5220", date(2025, 1, 1), date(2025, 1, 31))
    assert (err.value.field, err.value.message) == ("account", "account 5220 is not a cash or bank account")
    with pytest.raises(ValidationError) as err:
        _book(cash_ledger, "1110", date(2025, 2, 1), date(2025, 1, 31))
    assert err.value.field == "to"


def test_pdf_shows_account_period_totals_and_signatures(cash_ledger: CashLedger, tmp_path: Path) -> None:
    book = _book(cash_ledger, "1110", date(2025, 1, 5), date(2025, 1, 31))
    path = render_cash_book_pdf(book, tmp_path / "kas.pdf")
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for expected in ("KSP Sejahtera", "BUKU KAS", "Akun 1110 · Kas", "Periode 5 Januari 2025 s.d. 31 Januari 2025",
                     "Saldo awal", "1.000.000", "BKK-2025-000002", "Saldo akhir", "Kasir", "Bendahara",
                     "Saldo awal Rp 1.000.000 + masuk Rp 50.000 − keluar Rp 650.000 = saldo akhir Rp 400.000",
                     "Halaman 1"):
        assert expected in text, expected
    english = render_cash_book_pdf(_book(cash_ledger, "1121", date(2025, 1, 1), date(2025, 2, 28)),
                                   tmp_path / "bank.pdf", "en")
    text = " ".join(PdfReader(english).pages[0].extract_text().split())
    assert "BANK BOOK" in text and "closing Rp 120.000" in text


def test_a_long_period_runs_over_pages_with_page_numbers(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from coopdesk.services import cash_entries

    for i in range(70):
        cash_entries.cash_income(ctx, date(2025, 4, 1 + i % 28), "4290", 1000 + i, f"Penerimaan lain {i}")
    with ctx.reading() as session:
        book = cash_book(session, "1110", date(2025, 4, 1), date(2025, 4, 30), printed_at=PRINTED)
    reader = PdfReader(render_cash_book_pdf(book, tmp_path / "kas.pdf"))
    assert len(reader.pages) >= 2
    last = " ".join(reader.pages[-1].extract_text().split())
    assert f"Halaman {len(reader.pages)}" in last and "Bendahara" in last
    assert book.closing == sum(1000 + i for i in range(70))


def test_excel_numbers_formats_and_formulas(cash_ledger: CashLedger, tmp_path: Path) -> None:
    book = _book(cash_ledger, "1110", date(2025, 1, 5), date(2025, 1, 31))
    ws = load_workbook(write_cash_book_xlsx(book, tmp_path / "kas.xlsx")).active
    assert ws["A1"].value == "BUKU KAS · KSP Sejahtera"
    assert ws["A2"].value == "Akun 1110 · Kas"
    assert [c.value for c in ws[5]] == ["Tanggal", "No. Bukti", "Uraian", "Akun Lawan", "Masuk", "Keluar", "Saldo"]
    assert (ws["C6"].value, ws["G6"].value) == ("Saldo awal", 1_000_000)
    assert [ws[f"B{r}"].value for r in (7, 8, 9)] == ["BKK-2025-000001", "BKM-2025-000002", "BKK-2025-000002"]
    assert ws["F7"].value == 150_000 and isinstance(ws["F7"].value, int)
    assert ws["E8"].value == 50_000 and ws["E7"].value is None
    assert ws["G7"].value == "=G6+E7-F7" and ws["G9"].value == "=G8+E9-F9"
    assert ws["F7"].number_format == xs.RUPIAH and ws["G7"].number_format == xs.RUPIAH
    assert (ws["C10"].value, ws["E10"].value, ws["F10"].value) == ("Jumlah mutasi", "=SUM(E7:E9)", "=SUM(F7:F9)")
    assert (ws["C11"].value, ws["G11"].value) == ("Saldo akhir", "=G6+E10-F10")
    # What the formulas give, worked out here as a spreadsheet would: the closing balance.
    assert 1_000_000 + (50_000) - (150_000 + 500_000) == book.closing == 400_000


def test_back_dated_entries_count_in_the_opening_balance(cash_ledger: CashLedger) -> None:
    """Posted after everything else but dated 4 January: entry ids no longer follow the dates."""
    from coopdesk.services import cash_entries

    cash_entries.cash_expense(cash_ledger.ctx, date(2025, 1, 4), "5280", 30_000, "Materai, terlambat dicatat")
    january = _book(cash_ledger, "1110", date(2025, 1, 5), date(2025, 1, 31))
    assert (january.opening, january.closing) == (970_000, 370_000)
    february = _book(cash_ledger, "1110", date(2025, 2, 1), date(2025, 2, 28))
    assert (february.opening, february.closing) == (370_000, 470_000)
    whole = _book(cash_ledger, "1110", date(2025, 1, 1), date(2025, 1, 31))
    assert [r.voucher for r in whole.rows][:2] == ["BKM-2025-000001", "BKK-2025-000004"]  # in date order
    assert whole.rows[1].balance == 970_000
