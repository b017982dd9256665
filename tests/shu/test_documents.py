"""The working sheet (PDF, xlsx) and the slips of tests/shu/coop.py's 2025."""

from __future__ import annotations

import subprocess
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl

from coopdesk.db.schema import Database
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.shu_sheet import decimal_text, render_shu_sheet_pdf, residue_text, write_shu_sheet_xlsx
from coopdesk.reports.shu_slips import render_shu_slips_pdf
from coopdesk.services import shu

from .coop import RAT, TOTAL, context

WHEN = datetime(2026, 3, 14, 10, 0)


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[-1] for l in out.splitlines() if l.startswith("Pages:")))


def _sheet(db: Database) -> tuple[shu.ShuSheet, ps.CoopInfo, dict[int, str]]:
    with context(db).reading() as session:
        return (shu.compute(session, 2025), ps.coop_info(session),
                {m: p.pay_mode for m, p in shu.payments(session, 2025).items()})


def test_number_texts() -> None:
    assert decimal_text(Decimal("533333.33333")) == "533.333,33"
    assert decimal_text(Decimal("-0.3333")) == "-0,33"
    assert decimal_text(Decimal("800000")) == "800.000"
    assert decimal_text(600_000) == "600.000"
    assert residue_text(Decimal("0.33333")) == "+0,33"
    assert residue_text(Decimal(0)) == "0"


def test_sheet_pdf_and_xlsx(closed_db: Database, tmp_path: Path) -> None:
    sheet, coop, _ = _sheet(closed_db)
    pdf = render_shu_sheet_pdf(sheet, coop, tmp_path / "s.pdf", printed_at=WHEN)
    text = _text(pdf)
    assert "PERHITUNGAN PEMBAGIAN SHU" in text and "Tahun Buku 2025" in text
    assert "Cadangan 40 3161 4.000.000 4.900.000" in text
    assert "JUMLAH 100 10.000.000 10.000.000" in text
    assert "2 00002 Budi Santoso 400.000 533.333,33 533.333 -0,33 36.000 1.000.000 1.000.000 0 1.533.333" in text
    assert "JUMLAH 1.200.000 1.600.000 72.000 2.000.000 3.600.000" in text
    assert _pages(pdf) == 1

    path = write_shu_sheet_xlsx(sheet, coop, tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(path).active
    cells = {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    budi = next(r for r in rows if r[1] == "00002")
    assert budi[3] == 400_000 and budi[5] == 533_333 and budi[7:] == [36_000, 1_000_000, 1_000_000, 0, 1_533_333]
    # exact shares and residues are numbers (4 decimals), not text
    assert str(budi[4]) == "533333.3333" and str(budi[6]) == "-0.3333"
    assert ws.cell(row=budi_row(rows), column=6).number_format == '"Rp" #,##0'
    totals = rows[-1]
    assert totals[2] == "JUMLAH" and totals[11] == f"=SUM(L{budi_row(rows) - 1}:L{budi_row(rows) + 2})"
    assert "=SUM(E" in " ".join(str(v) for v in cells.values())  # the allocation's posted column


def budi_row(rows: list[list[object]]) -> int:
    return next(i for i, r in enumerate(rows, start=1) if r[1] == "00002")


def test_slips(closed_db: Database, tmp_path: Path) -> None:
    shu.post(context(closed_db), 2025, RAT, "sukarela")
    sheet, coop, modes = _sheet(closed_db)
    three = render_shu_slips_pdf(sheet, coop, tmp_path / "slips.pdf", pay_modes=modes, printed_at=WHEN)
    assert _pages(three) == 2  # 4 members, 3 a page
    text = _text(three)
    assert text.count("SLIP PEMBAGIAN SHU") == 4
    assert "Rp 1.533.333" in text and "satu juta lima ratus tiga puluh tiga ribu tiga ratus tiga puluh tiga rupiah" \
        in text
    assert text.count("dikreditkan ke simpanan sukarela") == 3 and text.count("tunai") == 1  # Dewi left
    one = render_shu_slips_pdf(sheet, coop, tmp_path / "one.pdf", per_page=True, numbers=["00002", "00003"])
    assert _pages(one) == 2
    assert "Citra Dewi" in _text(one) and "Ani Lestari" not in _text(one)
    assert sum(TOTAL) == sheet.total_to_members()
