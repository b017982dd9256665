"""The bukti potong of the final PPh on sukarela interest (DOMAIN.md §3), read back from month end.

Sukarela pays 3%/year on the lowest balance of the month.  Deposited in January and held all
through February: 96.000.000 earns exactly 240.000 (0%, a slip all the same); 120.000.000 earns
300.000, of which 10% = 30.000 is withheld and 270.000 credited.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.reports.withholding_slip import render_withholding_slips_pdf, withholding_slips
from coopdesk.services import month_end, savings
from coopdesk.services.context import AppContext
from tests.services.helpers import join


def _books(ctx: AppContext) -> tuple[str, str]:
    small = join(ctx, "Budi Santoso", joined=date(2025, 1, 2))
    large = join(ctx, "Sri Wahyuni", joined=date(2025, 1, 2), female=True)
    savings.deposit(ctx, small, "sukarela", 96_000_000, date(2025, 1, 2))
    savings.deposit(ctx, large, "sukarela", 120_000_000, date(2025, 1, 2))
    month_end.run(ctx, "2025-01")
    month_end.run(ctx, "2025-02")
    return small, large


def test_one_slip_per_member_even_at_zero_percent(ctx: AppContext) -> None:
    small, large = _books(ctx)
    with ctx.reading() as session:
        slips = withholding_slips(session, "2025-02")
    assert [(s.member_number, s.basis, s.gross, s.rate_percent, s.tax, s.net) for s in slips] == [
        (small, 96_000_000, 240_000, 0, 0, 240_000),
        (large, 120_000_000, 300_000, 10, 30_000, 270_000),
    ]
    with ctx.reading() as session:
        only = withholding_slips(session, "2025-02", large)
    assert [s.member_number for s in only] == [large]


def test_pdf_has_one_page_per_member_with_the_figures(ctx: AppContext, tmp_path: Path,
                                                      pdf_text: Callable[[Path], str],
                                                      pdf_fonts: Callable[[Path], list[tuple[str, bool]]]) -> None:
    small, large = _books(ctx)
    with ctx.reading() as session:
        slips = withholding_slips(session, "2025-02")
    path = render_withholding_slips_pdf(slips, tmp_path / "bupot.pdf")
    pages = [" ".join(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-"],
                                     capture_output=True, text=True, check=True).stdout.split()) for n in (1, 2)]
    pages_line = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           2" in pages_line
    first, second = pages
    for page in pages:
        for expected in ("BUKTI PEMOTONGAN PPh FINAL ATAS BUNGA SIMPANAN", "KSP Sejahtera",
                         "Masa Pajak : Februari 2025", "28 Februari 2025",
                         "0% bila bunga sebulan ≤ Rp 240.000; 10% dari seluruh bunga bila lebih",
                         "Bendahara", "Pemotong,"):
            assert expected in page, expected
    for expected in (small, "Budi Santoso", "3375011203750001", "Rp 96.000.000", "Bunga bruto Rp 240.000",
                     "Tarif PPh final 0%", "PPh final dipotong Rp 0", "Bunga neto dikreditkan Rp 240.000"):
        assert expected in first, expected
    for expected in (large, "Sri Wahyuni", "3375015203750002", "Rp 120.000.000", "Bunga bruto Rp 300.000",
                     "Tarif PPh final 10%", "PPh final dipotong Rp 30.000", "Rp 270.000"):
        assert expected in second, expected
    assert all(embedded for _, embedded in pdf_fonts(path))

    english = render_withholding_slips_pdf(slips[1:], tmp_path / "en.pdf", lang="en")
    text = pdf_text(english)
    for expected in ("FINAL INCOME TAX WITHHOLDING SLIP", "Tax period : February 2025", "Final tax withheld Rp 30.000"):
        assert expected in text, expected


def test_a_month_end_not_run_or_an_unknown_member_is_refused(ctx: AppContext) -> None:
    _books(ctx)
    with ctx.reading() as session:
        with pytest.raises(ValidationError) as err:
            withholding_slips(session, "2025-03")
        assert err.value.field == "month"
        with pytest.raises(NotFoundError) as missing:
            withholding_slips(session, "2025-02", "A-9999")
        assert missing.value.field == "member"
        with pytest.raises(ValidationError) as bad:
            withholding_slips(session, "2025-13")
        assert bad.value.field == "month"


def test_withholding_command(sqlite_ctx: AppContext, tmp_path: Path, pdf_text: Callable[[Path], str]) -> None:
    _, large = _books(sqlite_ctx)
    sqlite_ctx.db.dispose()
    db = tmp_path / "books.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "coopdesk", "--db", str(db), "document", "withholding", *args],
                              capture_output=True, text=True, timeout=120, env=env)

    target = tmp_path / "bupot.pdf"
    done = run("--month", "2025-02", "--member", large, "--pdf", str(target), "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    text = pdf_text(target)
    assert "Sri Wahyuni" in text and "Budi Santoso" not in text and "Rp 30.000" in text

    for args, field in ((["--month", "2025-03"], "month"), (["--month", "2025-02", "--member", "A-9999"], "member")):
        done = run(*args, "--pdf", str(tmp_path / "x.pdf"))
        assert done.returncode == 2, (args, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {field}:"), (args, done.stderr)
    assert not (tmp_path / "x.pdf").exists()
