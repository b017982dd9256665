"""Printing PDFs through Qt: pages rasterised with pypdfium2 and painted on a QPrinter.

The system print dialog cannot be driven offscreen; everything behind it can: the page
rendering and printing to a PDF-format QPrinter.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from coopdesk.domain.terbilang import terbilang
from coopdesk.reports.exit_statement import ExitStatement, render_exit_statement_pdf
from coopdesk.reports.pdf_style import CoopInfo
from coopdesk.reports.receipt import Receipt, ReceiptItem, render_receipt_pdf
from coopdesk.ui.printing import print_pdf_to, render_pdf_pages

pytestmark = pytest.mark.gui


@pytest.fixture
def receipt_pdf(tmp_path: Path) -> Path:
    receipt = Receipt(
        coop_name="KSP Sejahtera", coop_address="Jl. Pemuda 12, Semarang", coop_phone="024 351 2345",
        kind="setoran", voucher="BKM-2025-000002", date=date(2025, 1, 2), member_number="00001",
        member_name="Budi Santoso", product_name="Simpanan Sukarela", amount=1_250_000,
        amount_words=terbilang(1_250_000), balance_after=1_250_000, posted_by="admin",
        printed_at=datetime(2025, 1, 2, 9, 0), items=(ReceiptItem("Simpanan Sukarela", 1_250_000, 1_250_000),),
    )
    return render_receipt_pdf(receipt, tmp_path / "receipt.pdf")


@pytest.fixture
def statement_pdf(tmp_path: Path) -> Path:
    statement = ExitStatement(
        coop=CoopInfo("KSP Sejahtera"), member_number="00001", member_name="Budi Santoso", nik="3375011203750001",
        address="", joined=date(2025, 1, 2), exit_date=date(2025, 2, 1), reason="keluar", voucher="BKK-2025-000002",
        paid_back=(("Simpanan Pokok", 100_000),), posted_by="admin", printed_at=datetime(2025, 2, 1, 9, 0),
    )
    return render_exit_statement_pdf(statement, tmp_path / "statement.pdf")


def _blank(image: QImage) -> bool:
    white = QImage(image.size(), image.format())
    white.fill(QColor("white"))
    return image == white


def _printer(path: Path, resolution: int = 150) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # not the locale's default (Letter in the US)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setResolution(resolution)
    return printer


def test_pages_render_at_the_requested_resolution(qtbot: QtBot, receipt_pdf: Path, statement_pdf: Path) -> None:
    [receipt] = render_pdf_pages(receipt_pdf, 100)
    # A5 landscape, 210 × 148 mm, at 100 dpi
    assert abs(receipt.width() - 210 / 25.4 * 100) <= 1 and abs(receipt.height() - 148 / 25.4 * 100) <= 1
    assert abs(receipt.width() / receipt.height() - 210 / 148) < 0.01
    assert not _blank(receipt)
    [statement] = render_pdf_pages(statement_pdf, 50)
    assert abs(statement.height() / statement.width() - 297 / 210) < 0.01
    assert not _blank(statement)


def test_receipt_prints_on_the_top_half_of_an_a4_sheet(qtbot: QtBot, receipt_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    assert print_pdf_to(_printer(out), receipt_pdf) == 1
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.height)) == round(A4[1])
    [sheet] = render_pdf_pages(out, 40)
    half = sheet.height() // 2
    top = sheet.copy(QRect(0, 0, sheet.width(), half))
    bottom = sheet.copy(QRect(0, half + 2, sheet.width(), sheet.height() - half - 2))
    assert not _blank(top)
    assert _blank(bottom)  # not blown up to fill the page: the lower half stays free to cut off


def test_page_range_is_honoured(qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "three.pdf"
    canvas = Canvas(str(source), pagesize=A4)
    for n in (1, 2, 3):
        canvas.setFont("Helvetica", 40)
        canvas.drawString(100, 700, f"page {n}")
        canvas.showPage()
    canvas.save()
    out = tmp_path / "all.pdf"
    assert print_pdf_to(_printer(out, 72), source) == 3
    assert len(PdfReader(out).pages) == 3
    printer = _printer(tmp_path / "some.pdf", 72)
    printer.setFromTo(2, 3)
    assert print_pdf_to(printer, source) == 2
    assert len(PdfReader(tmp_path / "some.pdf").pages) == 2
