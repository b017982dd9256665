"""The statements, the buku besar and the worksheet of tests/statements/ledger.py written to
Excel and PDF.  The figures are the hand-worked ones of test_statements_by_hand.py.

openpyxl does not compute formulas, so the Excel tests read each formula, check the cells it
names, and add those cells up themselves (following formulas that point at formulas) to get
the figure a spreadsheet would show."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet as Sheet
from pypdf import PdfReader

from coopdesk.db.schema import open_database
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.balance_sheet import balance_sheet
from coopdesk.reports.cash_flow import cash_flow
from coopdesk.reports.equity_changes import equity_changes
from coopdesk.reports.general_ledger import GeneralLedger, LedgerRow, general_ledger
from coopdesk.reports.income_statement import income_statement
from coopdesk.reports.ledger_sums import AccountInfo
from coopdesk.reports.statement import LineKind, Period, Statement, StatementLine
from coopdesk.reports.statement_format import XLSX_FORMAT, check_lines, format_amount
from coopdesk.reports.statement_pdf import (
    default_signers,
    render_ledger_pdf,
    render_statements_pdf,
    render_worksheet_pdf,
)
from coopdesk.reports.statement_xlsx import (
    write_ledger_xlsx,
    write_statements_xlsx,
    write_worksheet_xlsx,
)
from coopdesk.reports.worksheet import Worksheet, worksheet

from .ledger import small_cooperative

H1_2025 = Period(date(2025, 1, 1), date(2025, 6, 30))
PRINTED = datetime(2025, 7, 1, 9, 0)
COOP = ps.CoopInfo("KSP Maju Bersama", "Jl. Pemuda No. 12, Semarang", "024-123456", "123/BH/XIV.2/2019")


@dataclass(frozen=True)
class Figures:
    statements: list[Statement]  # balance sheet, income statement, cash flow, equity changes (Indonesian)
    english: list[Statement]
    kas: GeneralLedger  # 1110, March-April 2025
    income: GeneralLedger  # 4110, H1 2025 (credit-normal)
    sheet: Worksheet  # June 2025


@pytest.fixture(scope="module")
def figures(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Figures:
    path = tmp_path_factory.mktemp("exports") / "books.db"
    shutil.copy(sqlite_template, path)
    db = open_database(str(path))
    ctx = small_cooperative(db)
    with ctx.reading() as session:
        def four(lang: str) -> list[Statement]:
            return [balance_sheet(session, H1_2025.end, lang), income_statement(session, H1_2025, lang),
                    cash_flow(session, H1_2025, lang), equity_changes(session, H1_2025, lang)]

        result = Figures(four("id"), four("en"), general_ledger(session, ["1110"], date(2025, 3, 1), date(2025, 4, 30)),
                         general_ledger(session, ["4110"], H1_2025.start, H1_2025.end),
                         worksheet(session, date(2025, 6, 1), H1_2025.end))
    db.dispose()
    return result


# --- How amounts are written ---------------------------------------------------------------------

def test_amounts_in_the_indonesian_accounting_convention() -> None:
    assert format_amount(18_420_000) == "Rp 18.420.000"
    assert format_amount(-540_000) == "(Rp 540.000)"
    assert format_amount(0) == "\u2013"
    assert format_amount(-100_000, prefix=False) == "(100.000)"
    assert format_amount(1) == "Rp 1"
    # Excel shows the same: positive; negative in parentheses; zero as the dash.
    positive, negative, zero = XLSX_FORMAT.split(";")
    assert negative == '("Rp" #,##0)' and "\u2013" in zero and positive.endswith("_)")


def test_checks_read_as_one_line_when_they_hold(figures: Figures) -> None:
    balance, *_ = figures.statements
    assert check_lines(balance) == [("Aset = Liabilitas + Ekuitas: seimbang", True)]
    broken = Statement(balance.key, balance.title, "id", balance.period, balance.previous_period, balance.lines,
                       [type(balance.checks[0])("Aset = Liabilitas + Ekuitas", 18_420_000, 18_400_000)])
    assert check_lines(broken) == [
        ("Aset = Liabilitas + Ekuitas: TIDAK SESUAI: Rp 18.420.000 dan Rp 18.400.000", False)]


# --- Excel ---------------------------------------------------------------------------------------

_TERM = re.compile(r"([+-]?)(?:SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)|([A-Z]+)(\d+))")


def references(text: str) -> list[tuple[int, str, int, int]]:
    """``=SUM(C8:C10)-C13`` → [(1, "C", 8, 10), (-1, "C", 13, 13)]; fails on anything else."""
    assert text.startswith("="), text
    body, terms, at = text[1:], [], 0
    while at < len(body):
        m = _TERM.match(body, at)
        assert m is not None and (m.group(1) or at == 0), f"not a sum of cells: {text}"
        sign = -1 if m.group(1) == "-" else 1
        if m.group(2):
            assert m.group(2) == m.group(4), text
            terms.append((sign, m.group(2), int(m.group(3)), int(m.group(5))))
        else:
            terms.append((sign, m.group(6), int(m.group(7)), int(m.group(7))))
        at = m.end()
    return terms


def value(ws: Sheet, ref: str) -> int:
    """What a spreadsheet shows in ``ref``: a number, or its formula added up."""
    cell = ws[ref].value
    if cell is None:
        return 0
    if isinstance(cell, str):
        return sum(sign * value(ws, f"{col}{r}") for sign, col, first, last in references(cell)
                   for r in range(first, last + 1))
    assert type(cell) is int, f"{ref} holds {cell!r}, not whole Rupiah"
    return cell


def rows_by_label(ws: Sheet, column: int = 1) -> dict[str, int]:
    found: dict[str, int] = {}
    for r in range(1, ws.max_row + 1):
        label = ws.cell(row=r, column=column).value
        if isinstance(label, str):
            found.setdefault(label, r)
    return found


def statement_rows(ws: Sheet, statement: Statement) -> dict[str, int]:
    """The row of each line: lines follow the header row ("Uraian") one per row, in order."""
    header = next(r for r in range(1, 10) if ws.cell(row=r, column=1).value in ("Uraian", "Description"))
    rows = {line.key: header + 1 + i for i, line in enumerate(statement.lines)}
    for line in statement.lines:
        assert ws.cell(row=rows[line.key], column=1).value == line.label
    return rows


@pytest.fixture(scope="module")
def workbook(figures: Figures, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = write_statements_xlsx(figures.statements, tmp_path_factory.mktemp("xlsx") / "laporan.xlsx", COOP)
    return load_workbook(path)


def test_one_sheet_per_statement_with_title_and_period(workbook) -> None:  # type: ignore[no-untyped-def]
    assert workbook.sheetnames == ["Posisi Keuangan", "Hasil Usaha", "Arus Kas", "Perubahan Ekuitas"]
    ws = workbook["Posisi Keuangan"]
    assert [ws.cell(row=r, column=1).value for r in (1, 2, 3)] == [
        "KSP Maju Bersama", "LAPORAN POSISI KEUANGAN", "Per 30 Juni 2025"]
    assert [ws.cell(row=5, column=c).value for c in range(1, 5)] == ["Uraian", "Akun", "30 Juni 2025", "30 Juni 2024"]
    assert ws.freeze_panes == "A6"
    assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToWidth == 1  # A4, fitted to the width
    assert workbook["Hasil Usaha"]["A3"].value == "Untuk periode 1 Januari 2025 \u2013 30 Juni 2025"


def test_every_figure_in_excel_equals_the_statement(figures: Figures, workbook) -> None:  # type: ignore[no-untyped-def]
    for statement, ws in zip(figures.statements, workbook.worksheets, strict=True):
        rows = statement_rows(ws, statement)
        for line in statement.lines:
            r = rows[line.key]
            if line.kind is LineKind.HEADING:
                assert ws[f"C{r}"].value is None and ws[f"D{r}"].value is None
                continue
            assert (value(ws, f"C{r}"), value(ws, f"D{r}")) == (line.amount, line.previous), (statement.key, line.key)
            assert ws[f"C{r}"].number_format == XLSX_FORMAT
            if line.kind is LineKind.ACCOUNT:  # account figures are plain numbers
                assert type(ws[f"C{r}"].value) is int and type(ws[f"D{r}"].value) is int


def test_balance_sheet_totals_are_formulas_over_the_right_rows(figures: Figures, workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Posisi Keuangan"]
    rows = statement_rows(ws, figures.statements[0])
    # Kas, bank and loans make the current assets; 1110 in the books: 10.300.000 (a year earlier 10.900.000).
    assert ws[f"C{rows['acct:1110']}"].value == 10_300_000 and ws[f"D{rows['acct:1110']}"].value == 10_900_000
    assert ws[f"C{rows['total_current_assets']}"].value == f"=SUM(C{rows['acct:1110']}:C{rows['acct:1141']})"
    assert ws[f"C{rows['total_noncurrent_assets']}"].value == f"=SUM(C{rows['acct:1340']}:C{rows['acct:1345']})"
    assert ws[f"C{rows['acct:1345']}"].value == -100_000
    assert ws[f"C{rows['total_assets']}"].value == \
        f"=C{rows['total_current_assets']}+C{rows['total_noncurrent_assets']}"
    assert ws[f"D{rows['total_assets']}"].value == \
        f"=D{rows['total_current_assets']}+D{rows['total_noncurrent_assets']}"
    assert value(ws, f"C{rows['total_assets']}") == 18_420_000
    assert ws[f"C{rows['total_liabilities_equity']}"].value == \
        f"=C{rows['total_liabilities']}+C{rows['total_equity']}"
    assert value(ws, f"C{rows['total_liabilities_equity']}") == 18_420_000
    assert ws[f"C{rows['total_equity']}"].value == f"=SUM(C{rows['acct:3110']}:C{rows['acct:3190']})"
    assert ws[f"B{rows['acct:3180']}"].value == "3180"
    assert ws[f"C{rows['total_assets']}"].font.b and ws[f"C{rows['total_assets']}"].border.bottom.style == "double"


def test_income_statement_ends_with_the_shu_after_tax_as_a_formula(figures: Figures, workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Hasil Usaha"]
    rows = statement_rows(ws, figures.statements[1])
    assert ws[f"C{rows['member_net']}"].value == f"=C{rows['total_member_income']}-C{rows['total_member_cost']}"
    assert ws[f"C{rows['operating_result']}"].value == \
        f"=C{rows['gross']}-C{rows['total_operating']}-C{rows['total_cooperative']}"
    assert ws[f"C{rows['after_tax']}"].value == f"=C{rows['before_tax']}"  # no tax in the half year
    assert value(ws, f"C{rows['after_tax']}") == -540_000
    assert value(ws, f"D{rows['after_tax']}") == 900_000


def test_cash_flow_and_equity_totals_are_formulas(figures: Figures, workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Arus Kas"]
    rows = statement_rows(ws, figures.statements[2])
    assert ws[f"C{rows['closing_cash']}"].value == f"=C{rows['opening_cash']}+C{rows['net_change']}"
    assert ws[f"C{rows['opening_cash']}"].value == 10_900_000  # a balance, written as the number
    assert value(ws, f"C{rows['closing_cash']}") == 11_320_000
    assert ws[f"C{rows['net_change']}"].value == \
        f"=C{rows['net_operating']}+C{rows['net_investing']}+C{rows['net_financing']}"
    ws = workbook["Perubahan Ekuitas"]
    rows = statement_rows(ws, figures.statements[3])
    closings = [rows[k] for k in rows if k.startswith("closing:")]
    assert ws[f"C{rows['closing_equity']}"].value == "=" + "+".join(f"C{r}" for r in closings)
    assert value(ws, f"C{rows['closing_equity']}") == 15_360_000


def test_a_total_that_is_not_the_sum_of_its_rows_is_written_as_its_value(tmp_path: Path) -> None:
    period = Period(None, date(2025, 6, 30))
    lines = [StatementLine("h", "Aset", LineKind.HEADING),
             StatementLine("acct:1110", "Kas", LineKind.ACCOUNT, 100, 50, ("1110",), 1),
             StatementLine("acct:1121", "Bank", LineKind.ACCOUNT, 20, 0, ("1121",), 1),
             # 130 is not 100 + 20: a formula would show 120, so the figure itself is written.
             StatementLine("total", "Jumlah", LineKind.TOTAL, 130, 50)]
    odd = Statement("balance_sheet", "Laporan Posisi Keuangan", "id", period, period.year_earlier(), lines)
    ws = load_workbook(write_statements_xlsx([odd], tmp_path / "odd.xlsx", COOP)).active
    assert ws["C9"].value == 130 and ws["D9"].value == 50
    fine = Statement(odd.key, odd.title, "id", period, period.year_earlier(),
                     [*lines[:3], StatementLine("total", "Jumlah", LineKind.TOTAL, 120, 50)])
    ws = load_workbook(write_statements_xlsx([fine], tmp_path / "fine.xlsx", COOP)).active
    assert ws["C9"].value == "=SUM(C7:C8)"


def test_english_sheets(figures: Figures, tmp_path: Path) -> None:
    wb = load_workbook(write_statements_xlsx(figures.english, tmp_path / "en.xlsx", COOP))
    assert wb.sheetnames == ["Financial Position", "Operating Results", "Cash Flows", "Changes in Equity"]
    assert wb["Financial Position"]["A3"].value == "As of 30 June 2025"


def test_ledger_sheet_runs_its_balance_by_formula(figures: Figures, tmp_path: Path) -> None:
    ws = load_workbook(write_ledger_xlsx(figures.kas, tmp_path / "kas.xlsx", COOP)).active
    assert ws.title == "Buku Besar 1110"
    labels = rows_by_label(ws)
    assert ws["A2"].value == "BUKU BESAR" and ws["A3"].value == "Akun 1110 \u00b7 Kas"
    header = labels["Tanggal"]
    assert [ws.cell(row=header, column=c).value for c in range(1, 8)] == [
        "Tanggal", "No. Bukti", "Uraian", "Anggota", "Debit", "Kredit", "Saldo"]
    opening = header + 1
    assert ws[f"C{opening}"].value == "Saldo awal" and ws[f"G{opening}"].value == 11_000_000
    # 10.900.000 + 5.000.000 + 3.000.000 - 7.900.000 at the end of February, then three lines.
    assert ws[f"E{opening + 1}"].value == 2_150_000
    assert ws[f"G{opening + 1}"].value == f"=G{opening}+E{opening + 1}-F{opening + 1}"
    assert [value(ws, f"G{opening + i}") for i in (1, 2, 3)] == [13_150_000, 12_150_000, 11_900_000]
    totals, closing = opening + 4, opening + 5
    assert ws[f"E{totals}"].value == f"=SUM(E{opening + 1}:E{opening + 3})"
    assert (value(ws, f"E{totals}"), value(ws, f"F{totals}")) == (2_150_000, 1_250_000)
    assert ws[f"C{closing}"].value == "Saldo akhir" and value(ws, f"G{closing}") == 11_900_000
    assert ws[f"A{opening + 1}"].value.date() == date(2025, 3, 1)


def test_credit_normal_ledger_adds_credits(figures: Figures, tmp_path: Path) -> None:
    ws = load_workbook(write_ledger_xlsx(figures.income, tmp_path / "4110.xlsx", COOP, "en")).active
    assert ws.title == "Ledger 4110"
    labels = rows_by_label(ws, column=3)
    assert ws[f"G{labels['Opening balance']}"].value == 1_200_000
    assert value(ws, f"G{labels['Closing balance']}") == 1_350_000 == figures.income.closing


def test_worksheet_sheet_totals_by_sum(figures: Figures, tmp_path: Path) -> None:
    ws = load_workbook(write_worksheet_xlsx(figures.sheet, tmp_path / "lajur.xlsx", COOP)).active
    assert ws.title == "Neraca Lajur"
    labels = rows_by_label(ws)
    header = labels["Kode"]
    assert ws.cell(row=header - 1, column=3).value == "Neraca Saldo"
    first, totals = header + 1, rows_by_label(ws).get("Jumlah")
    assert totals is None  # the totals label is in the name column
    totals = next(r for r in range(first, ws.max_row + 1) if ws.cell(row=r, column=2).value == "Jumlah")
    columns = ("before_debit", "before_credit", "adjust_debit", "adjust_credit", "after_debit", "after_credit")
    for letter, column in zip("CDEFGH", columns, strict=True):
        assert ws[f"{letter}{totals}"].value == f"=SUM({letter}{first}:{letter}{totals - 1})"
        assert value(ws, f"{letter}{totals}") == figures.sheet.total(column)
    row_5270 = next(r for r in range(first, totals) if ws.cell(row=r, column=1).value == "5270")
    assert (ws[f"E{row_5270}"].value, ws[f"G{row_5270}"].value) == (100_000, 100_000)
    assert value(ws, f"C{totals}") == 19_530_000


# --- PDF -----------------------------------------------------------------------------------------

def pdf_pages(path: Path) -> list[str]:
    """Each page's text with runs of white space as one space (table cells come out a line each)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def test_statements_pdf_one_page_each_with_letterhead_totals_and_page_numbers(figures: Figures,
                                                                            tmp_path: Path) -> None:
    path = render_statements_pdf(figures.statements, tmp_path / "laporan.pdf", COOP, place="Semarang",
                                 signers=default_signers("id", supervisor=True), printed_at=PRINTED)
    pages = pdf_pages(path)
    assert len(pages) == 4
    for number, text in enumerate(pages, start=1):
        assert "KSP Maju Bersama" in text and "Badan Hukum No. 123/BH/XIV.2/2019" in text
        assert f"Halaman {number}" in text
        assert "Semarang, 30 Juni 2025" in text
        assert "Ketua" in text and "Bendahara" in text and "Pengawas" in text
        assert "Dicetak 1 Juli 2025 09.00" in text
    balance, income, cash, equity = pages
    assert "LAPORAN POSISI KEUANGAN" in balance and "Per 30 Juni 2025" in balance
    assert "JUMLAH ASET Rp 18.420.000 Rp 10.900.000" in balance
    assert "(Rp 100.000)" in balance  # accumulated depreciation, a contra-asset
    assert "Aset = Liabilitas + Ekuitas: seimbang" in balance
    assert "Untuk periode 1 Januari 2025 \u2013 30 Juni 2025" in income
    assert "SHU SETELAH PAJAK (Rp 540.000) Rp 900.000" in income
    assert "KAS DAN SETARA KAS AKHIR PERIODE Rp 11.320.000" in cash
    assert "metode langsung" in cash  # the note on the method
    assert "JUMLAH EKUITAS AKHIR PERIODE Rp 15.360.000" in equity


def test_the_town_of_the_settings_stands_before_the_date_unless_another_is_given(figures: Figures,
                                                                                tmp_path: Path) -> None:
    coop = ps.CoopInfo("KSP Maju Bersama", city="Salatiga")
    (text,) = pdf_pages(render_statements_pdf(figures.statements[:1], tmp_path / "a.pdf", coop, printed_at=PRINTED))
    assert "Salatiga, 30 Juni 2025" in text
    (text,) = pdf_pages(render_statements_pdf(figures.statements[:1], tmp_path / "b.pdf", coop, place="Ungaran",
                                              printed_at=PRINTED))
    assert "Ungaran, 30 Juni 2025" in text and "Salatiga" not in text


def test_statement_pdf_in_english_without_the_supervisor(figures: Figures, tmp_path: Path) -> None:
    path = render_statements_pdf(figures.english[:1], tmp_path / "bs.pdf", COOP, printed_at=PRINTED)
    (text,) = pdf_pages(path)
    assert "As of 30 June 2025" in text and "TOTAL ASSETS Rp 18.420.000" in text
    assert "Page 1" in text and "Chair" in text and "Treasurer" in text and "Supervisor" not in text
    assert "Assets = liabilities + equity: balanced" in text


def test_ledger_pdf_repeats_its_header_on_every_page(tmp_path: Path) -> None:
    kas = AccountInfo("1110", "Kas", "asset", None)
    rows, balance = [], 1_000_000
    for i in range(160):
        balance += 10_000
        rows.append(LedgerRow(i + 1, date(2025, 1, 2), f"BKM-2025-{i + 1:06d}", f"Setoran {i + 1}", "1110",
                              f"{i + 1:05d}", 10_000, 0, balance))
    ledger = GeneralLedger([kas], Period(date(2025, 1, 1), date(2025, 1, 31)), True, 1_000_000, rows)
    pages = pdf_pages(render_ledger_pdf(ledger, tmp_path / "bb.pdf", COOP, printed_at=PRINTED))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "Tanggal No. Bukti Uraian Anggota Debit Kredit Saldo" in text
        assert f"Halaman {number}" in text
    assert "BUKU BESAR" in pages[0] and "Akun 1110 \u00b7 Kas" in pages[0] and "Saldo awal 1.000.000" in pages[0]
    assert "Saldo akhir 2.600.000" in pages[-1] and "Jumlah mutasi 1.600.000" in pages[-1]


def test_ledger_and_worksheet_pdfs_of_the_small_cooperative(figures: Figures, tmp_path: Path) -> None:
    (text,) = pdf_pages(render_ledger_pdf(figures.kas, tmp_path / "kas.pdf", COOP, printed_at=PRINTED))
    assert "Saldo awal 11.000.000" in text and "Saldo akhir 11.900.000" in text
    assert "BKM-2025-000003" in text
    pages = pdf_pages(render_worksheet_pdf(figures.sheet, tmp_path / "lajur.pdf", COOP, printed_at=PRINTED))
    text = "\n".join(pages)
    assert "NERACA LAJUR" in text and "Untuk periode 1 Juni 2025 \u2013 30 Juni 2025" in text
    assert "Jumlah 19.530.000 19.530.000 100.000 100.000 19.630.000 19.630.000" in text
    assert "seimbang" in text and "Bendahara" in text
