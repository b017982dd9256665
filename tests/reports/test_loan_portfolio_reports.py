"""Daftar tunggakan and the portfolio quality report, as PDF and as Excel, on 31 December 2025.

The four loans of conftest.Portfolio, worked out by hand (DOMAIN.md §4-5, product UMUM with
denda 0,1% a day after 3 days' grace; denda per installment = days from due + 4 to 31
December inclusive × 0,1% of the installment):

- A 12.000.000/12 from 15 Jan: 11 installments of 1.180.000 late (15 Feb-15 Dec) = 12.980.000;
  days 316+288+257+227+196+166+135+104+74+43+13 = 1.819 × 1.180 = denda 2.146.420; 319 days; Macet.
- B 6.000.000/10 from 10 May: 7 × 690.000 = 4.830.000; days 201+171+140+109+79+48+18 = 766 × 690
  = 528.540; 204 days; Diragukan; allowance (6.000.000 − collateral 1.000.000) × 50% = 2.500.000.
- C 3.000.000/6 from 20 Jul: 5 × 545.000 = 2.725.000; days 130+99+69+38+8 = 344 × 545 = 187.480;
  133 days; Kurang Lancar; allowance 10% = 300.000.
- D 2.000.000/5 from 1 Oct, two installments paid: 1.200.000 outstanding, current; 0,5% = 6.000.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl
import pytest
from pypdf import PdfReader

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.reports.arrears_export import ArrearsList, arrears_list, render_arrears_pdf, write_arrears_xlsx
from coopdesk.reports.portfolio_report import (
    PortfolioReport,
    portfolio_report,
    render_portfolio_pdf,
    write_portfolio_xlsx,
)
from coopdesk.services import month_end

if TYPE_CHECKING:
    from tests.reports.conftest import Portfolio

DAY = date(2025, 12, 31)
PRINTED = datetime(2025, 12, 31, 16, 0)
MM = 72 / 25.4


def _arrears(p: Portfolio, day: date = DAY) -> ArrearsList:
    with p.ctx.reading() as session:
        return arrears_list(session, day, printed_at=PRINTED)


def _report(p: Portfolio, day: date = DAY) -> PortfolioReport:
    with p.ctx.reading() as session:
        return portfolio_report(session, day, printed_at=PRINTED)


def test_arrears_list_figures(loan_portfolio: Portfolio) -> None:
    data = _arrears(loan_portfolio)
    n = loan_portfolio.loans
    assert [(r.loan_number, r.member_name, r.phone, r.installments_late, r.oldest_due, r.dpd, r.collectibility)
            for r in data.rows] == [
        (n["A"], "Budi Santoso", "0812 3456 7890", 11, date(2025, 2, 15), 319, Collectibility.MACET),
        (n["B"], "Sri Wahyuni", "0813 1111 2222", 7, date(2025, 6, 10), 204, Collectibility.DIRAGUKAN),
        (n["C"], "Siti Nurhaliza", "", 5, date(2025, 8, 20), 133, Collectibility.KURANG_LANCAR),
    ]
    assert [(r.overdue, r.denda, r.amount_due, r.outstanding) for r in data.rows] == [
        (12_980_000, 2_146_420, 15_126_420, 12_000_000),
        (4_830_000, 528_540, 5_358_540, 6_000_000),
        (2_725_000, 187_480, 2_912_480, 3_000_000),
    ]
    assert data.amount_due == 23_397_440 and data.outstanding == 21_000_000 and data.running == 4


def test_arrears_pdf(loan_portfolio: Portfolio, tmp_path: Path, pdf_text: Callable[[Path], str],
                     pdf_fonts: Callable[[Path], list[tuple[str, bool]]]) -> None:
    n = loan_portfolio.loans
    path = render_arrears_pdf(_arrears(loan_portfolio), tmp_path / "tunggakan.pdf")
    text = pdf_text(path)
    for expected in ("KSP Sejahtera", "DAFTAR TUNGGAKAN PINJAMAN", "Per 31 Desember 2025",
                     "3 dari 4 pinjaman berjalan menunggak; jumlah yang harus ditagih Rp 23.397.440.",
                     f"1 00001 Budi Santoso 0812 3456 7890 {n['A']} 11 15 Februari 2025 319 Macet 12.980.000 "
                     "2.146.420 15.126.420 12.000.000",
                     f"2 00002 Sri Wahyuni 0813 1111 2222 {n['B']} 7 10 Juni 2025 204 Diragukan",
                     f"3 00003 Siti Nurhaliza {n['C']} 5 20 Agustus 2025 133 Kurang Lancar 2.725.000 187.480",
                     "Jumlah Macet 12.980.000 2.146.420 15.126.420 12.000.000",
                     "JUMLAH 23 20.535.000 2.862.440 23.397.440 21.000.000", "Halaman 1"):
        assert expected in text, expected
    # Worst first: Macet, then Diragukan, then Kurang Lancar; a current loan is not listed.
    assert text.index("Macet: 1 pinjaman") < text.index("Diragukan: 1 pinjaman") < text.index(
        "Kurang Lancar: 1 pinjaman")
    assert "Dewi Lestari" not in text and "Lancar: " not in text.replace("Kurang Lancar: ", "")
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert round(float(box.width) / MM) == 297 and round(float(box.height) / MM) == 210  # landscape A4
    assert all(embedded for _, embedded in pdf_fonts(path))
    en = pdf_text(render_arrears_pdf(_arrears(loan_portfolio), tmp_path / "en.pdf", lang="en"))
    for expected in ("LOAN ARREARS LIST", "As of 31 December 2025", "Macet (loss): 1 loan", "Amount to collect",
                     "TOTAL 23 20.535.000 2.862.440 23.397.440 21.000.000"):
        assert expected in en, expected


def test_arrears_xlsx(loan_portfolio: Portfolio, tmp_path: Path) -> None:
    path = write_arrears_xlsx(_arrears(loan_portfolio), tmp_path / "tunggakan.xlsx")
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "Tunggakan"
    assert ws["A1"].value == "DAFTAR TUNGGAKAN PINJAMAN · KSP Sejahtera" and ws["A2"].value == "Per 31 Desember 2025"
    header = [c.value for c in ws[5]]
    assert header == ["No.", "No. Anggota", "Nama Anggota", "Telepon", "No. Pinjaman", "Angsuran Terlambat",
                      "Jatuh Tempo Tertua", "Hari Terlambat", "Kolektibilitas", "Tunggakan Pokok + Bunga", "Denda",
                      "Jumlah Ditagih", "Sisa Pokok"]
    assert all(c.font.b for c in ws[5]) and ws.freeze_panes == "A6"
    assert ws.auto_filter.ref == "A5:M8"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_row=8)]
    assert rows[0][:9] == [1, "00001", "Budi Santoso", "0812 3456 7890", loan_portfolio.loans["A"], 11,
                           datetime(2025, 2, 15), 319, "Macet"]
    assert [r[9:] for r in rows] == [[12_980_000, 2_146_420, 15_126_420, 12_000_000],
                                     [4_830_000, 528_540, 5_358_540, 6_000_000],
                                     [2_725_000, 187_480, 2_912_480, 3_000_000]]
    assert all(isinstance(v, int) for r in rows for v in r[9:])  # numbers, not text, not floats
    assert ws["J6"].number_format == '"Rp" #,##0' and ws["G6"].number_format == "dd/mm/yyyy"
    assert ws["B6"].data_type == "s"  # member numbers keep their leading zeros
    totals = [c.value for c in ws[9]]
    assert totals[2] == "JUMLAH" and totals[5] == "=SUM(F6:F8)"
    assert totals[9:] == ["=SUM(J6:J8)", "=SUM(K6:K8)", "=SUM(L6:L8)", "=SUM(M6:M8)"]
    assert ws["L9"].number_format == '"Rp" #,##0' and ws["L9"].font.b
    assert 25 <= ws.column_dimensions["C"].width <= 40 and ws.column_dimensions["A"].width < 8


def test_empty_arrears_list(loan_portfolio: Portfolio, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    data = _arrears(loan_portfolio, date(2025, 2, 1))  # only A is running, nothing due yet
    assert data.rows == () and data.running == 1
    text = pdf_text(render_arrears_pdf(data, tmp_path / "kosong.pdf"))
    assert "Tidak ada pinjaman yang menunggak pada tanggal ini." in text
    ws = openpyxl.load_workbook(write_arrears_xlsx(data, tmp_path / "kosong.xlsx")).active
    assert ws["A5"].value == "No." and ws["C6"].value == "JUMLAH" and ws["J6"].value == 0


def test_portfolio_report_figures(loan_portfolio: Portfolio) -> None:
    report = _report(loan_portfolio)
    assert [(c.collectibility, c.count, c.outstanding, c.rate, c.allowance) for c in report.classes] == [
        (Collectibility.LANCAR, 1, 1_200_000, Decimal("0.5"), 6_000),
        (Collectibility.KURANG_LANCAR, 1, 3_000_000, Decimal("10"), 300_000),
        (Collectibility.DIRAGUKAN, 1, 6_000_000, Decimal("50"), 2_500_000),
        (Collectibility.MACET, 1, 12_000_000, Decimal("100"), 12_000_000),
    ]
    assert (report.count, report.outstanding, report.non_performing) == (4, 22_200_000, 21_000_000)
    assert report.npl == Decimal(21_000_000) / Decimal(22_200_000) and report.npl_label == "tidak sehat"
    assert [(a.bucket, a.count, a.outstanding) for a in report.aging] == [
        ("current", 1, 1_200_000), ("1-30", 0, 0), ("31-60", 0, 0), ("61-90", 0, 0), ("91-180", 1, 3_000_000),
        ("181-270", 1, 6_000_000), (">270", 1, 12_000_000)]
    assert (report.allowance_needed, report.allowance_booked, report.allowance_difference) == (14_806_000, 0,
                                                                                               14_806_000)
    assert len(report.loans) == 4


def test_allowance_booked_at_month_end(loan_portfolio: Portfolio) -> None:
    """November's month end books what was needed on 30 November: A Macet (288 days)
    12.000.000; B Kurang Lancar (173 days) 10% of 5.000.000; C Kurang Lancar (102 days)
    300.000; D 0,5% of 1.600.000 = 8.000; together 12.808.000."""
    month_end.run(loan_portfolio.ctx, "2025-11")
    report = _report(loan_portfolio)
    assert report.allowance_booked == 12_808_000
    assert report.allowance_difference == 14_806_000 - 12_808_000 == 1_998_000


def test_portfolio_pdf(loan_portfolio: Portfolio, tmp_path: Path, pdf_text: Callable[[Path], str],
                       pdf_fonts: Callable[[Path], list[tuple[str, bool]]]) -> None:
    month_end.run(loan_portfolio.ctx, "2025-11")
    path = render_portfolio_pdf(_report(loan_portfolio), tmp_path / "portofolio.pdf")
    text = pdf_text(path)
    for expected in ("LAPORAN KUALITAS PINJAMAN", "Per 31 Desember 2025",
                     "4 pinjaman berjalan, sisa pokok Rp 22.200.000.",
                     "Lancar 0–90 hari 1 1.200.000 5,4% 0,5% sisa pokok 6.000",
                     "Kurang Lancar 91–180 hari 1 3.000.000 13,5% 10% sisa pokok − agunan 300.000",
                     "Diragukan 181–270 hari 1 6.000.000 27,0% 50% sisa pokok − agunan 2.500.000",
                     "Macet > 270 hari 1 12.000.000 54,1% 100% sisa pokok − agunan 12.000.000",
                     "Jumlah 4 22.200.000 100,0% 14.806.000",
                     "= Rp 21.000.000 ÷ Rp 22.200.000 = 94,59%", "tidak sehat",
                     "Skala Juknis 15/2021: ≤ 5% sehat", "Tidak menunggak 1 1.200.000 5,4%",
                     "> 270 hari 1 12.000.000 54,1%", "PPAP wajib dibentuk (PPAPWD) Rp 14.806.000",
                     "PPAP sudah dibentuk (saldo akun 1149) Rp 12.808.000", "Kurang dibentuk Rp 1.998.000",
                     "Dr 5290", "Bendahara", "Ketua"):
        assert expected in text, expected
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.height) / MM) == 297
    assert all(embedded for _, embedded in pdf_fonts(path))
    en = pdf_text(render_portfolio_pdf(_report(loan_portfolio), tmp_path / "en.pdf", lang="en"))
    for expected in ("LOAN PORTFOLIO QUALITY REPORT", "Macet (loss)", "= 94.59%", "unhealthy", "Short by Rp 1.998.000"):
        assert expected in en, expected


def test_portfolio_xlsx(loan_portfolio: Portfolio, tmp_path: Path) -> None:
    month_end.run(loan_portfolio.ctx, "2025-11")
    path = write_portfolio_xlsx(_report(loan_portfolio), tmp_path / "portofolio.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Kualitas Pinjaman", "Daftar Pinjaman"]
    ws = workbook["Kualitas Pinjaman"]
    assert [c.value for c in ws[5]] == ["Kolektibilitas", "Hari Terlambat", "Jumlah Pinjaman", "Sisa Pokok",
                                        "% Sisa Pokok", "Tarif PPAP", "Dasar", "PPAP Wajib Dibentuk"]
    assert all(c.font.b for c in ws[5]) and ws.freeze_panes == "A6"
    classes = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_row=9)]
    assert [(r[0], r[2], r[3], r[7]) for r in classes] == [("Lancar", 1, 1_200_000, 6_000),
                                                           ("Kurang Lancar", 1, 3_000_000, 300_000),
                                                           ("Diragukan", 1, 6_000_000, 2_500_000),
                                                           ("Macet", 1, 12_000_000, 12_000_000)]
    assert [r[5] for r in classes] == pytest.approx([0.005, 0.1, 0.5, 1.0])
    assert ws["D6"].number_format == '"Rp" #,##0' and ws["F6"].number_format == "0.0%"
    assert [ws.cell(row=10, column=c).value for c in (1, 3, 4, 8)] == ["Jumlah", "=SUM(C6:C9)", "=SUM(D6:D9)",
                                                                       "=SUM(H6:H9)"]
    labels = {ws.cell(row=r, column=1).value: r for r in range(1, ws.max_row + 1)}
    npl = ws.cell(row=labels["NPL"], column=2)
    assert npl.value == pytest.approx(0.9459459459) and npl.number_format == "0.00%"
    assert ws.cell(row=labels["Nilai"], column=2).value == "tidak sehat"
    needed = labels["PPAP wajib dibentuk (PPAPWD)"]
    booked = labels["PPAP sudah dibentuk (saldo akun 1149)"]
    assert ws.cell(row=needed, column=4).value == 14_806_000 and ws.cell(row=booked, column=4).value == 12_808_000
    assert ws.cell(row=booked + 1, column=4).value == f"=D{needed}-D{booked}"
    aging_head = labels["Umur Tunggakan"]
    assert [ws.cell(row=aging_head + 1 + i, column=4).value for i in range(7)] == [
        1_200_000, 0, 0, 0, 3_000_000, 6_000_000, 12_000_000]
    assert ws.cell(row=aging_head + 8, column=4).value == f"=SUM(D{aging_head + 1}:D{aging_head + 7})"

    loans_ws = workbook["Daftar Pinjaman"]
    assert loans_ws["A4"].value == "No." and loans_ws.freeze_panes == "A5"
    detail = [[c.value for c in row] for row in loans_ws.iter_rows(min_row=5, max_row=8)]
    assert [(r[3], r[5], r[6], r[7], r[8], r[9]) for r in detail] == [
        (loan_portfolio.loans["A"], 12_000_000, 12_000_000, 319, "Macet", 12_000_000),
        (loan_portfolio.loans["B"], 6_000_000, 6_000_000, 204, "Diragukan", 2_500_000),
        (loan_portfolio.loans["C"], 3_000_000, 3_000_000, 133, "Kurang Lancar", 300_000),
        (loan_portfolio.loans["D"], 2_000_000, 1_200_000, 0, "Lancar", 6_000)]
    assert loans_ws["J9"].value == "=SUM(J5:J8)"


def test_missing_folder_refused_with_the_field(loan_portfolio: Portfolio, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        write_arrears_xlsx(_arrears(loan_portfolio), tmp_path / "nope" / "a.xlsx")
    assert exc.value.field == "xlsx"
    with pytest.raises(ValidationError) as exc:
        render_portfolio_pdf(_report(loan_portfolio), tmp_path / "nope" / "a.pdf")
    assert exc.value.field == "pdf"
    with pytest.raises(ValidationError) as exc:
        write_portfolio_xlsx(_report(loan_portfolio), tmp_path / "a.xlsx", lang="fr")
    assert exc.value.field == "lang"
