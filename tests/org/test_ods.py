"""The ODS sheet on coop.py's hand-worked 2025 books, and the xlsx re-opened."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from coopdesk.reports.ods_sheet import ods_figures, write_ods_xlsx
from coopdesk.services import organisation, settings, year_texts
from coopdesk.services.context import AppContext
from tests.year_end.coop import books_2025


def test_ods_figures_and_sheet(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    ctx = sqlite_ctx
    books_2025(ctx, month_ends=False)
    organisation.add_officer(ctx, "pengurus", "Ketua", "Budi", "L", date(2024, 1, 1))
    organisation.add_officer(ctx, "pengurus", "Bendahara", "Siti", "P", date(2024, 1, 1))
    organisation.add_officer(ctx, "employee", "Kasir", "Ani", "P", date(2025, 3, 1))
    organisation.add_officer(ctx, "manager", "Manajer", "Dedi", "L", date(2026, 1, 5))  # not yet on 31 Dec
    year_texts.set_text(ctx, 2025, "rat_date", "2026-03-14")
    settings.update(ctx, {"coop_legal_number": "123/BH/2001"})
    with ctx.reading() as s:
        f = ods_figures(s, 2025)
    # cash: +150.000 savings +2.000.000 +300.000 -350.000 -1.200.000 -250.000 = 650.000; no liabilities;
    # equity = pokok 100.000 + wajib 50.000 + SHU 500.000
    assert (f.total_assets, f.own_capital, f.outside_capital, f.shu) == (650_000, 650_000, 0, 500_000)
    assert f.business_volume == 0
    assert f.members == {"L": 1, "P": 0}  # Budi Santoso, joined 2 Jan
    assert f.officers["pengurus"] == {"L": 1, "P": 1} and f.officers["employee"] == {"L": 0, "P": 1}
    assert f.officers["manager"] == {"L": 0, "P": 0}
    assert f.rat_held and f.rat_date == date(2026, 3, 14)
    assert f.legal_number == "123/BH/2001" and "coop_nik" in f.missing and "coop_legal_date" in f.missing
    path = write_ods_xlsx(f, tmp_path / "ods.xlsx", None)
    ws = load_workbook(path)["ODS"]
    values = {r[0]: r[1] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]}
    assert values["Total aset"] == 650_000 and values["Modal sendiri"] == 650_000 and values["Modal luar"] == 0
    assert values["SHU tahun berjalan"] == 500_000 and values["Pengurus perempuan"] == 1
    assert values["NIK koperasi"] == "belum diisi" and values["RAT dilaksanakan"] == "Ya"
    assert ws["B" + str(next(c.row for c in ws["A"] if c.value == "Total aset"))].number_format == '"Rp" #,##0'
    en = load_workbook(write_ods_xlsx(f, tmp_path / "en.xlsx", None, lang="en"))["ODS"]
    assert any(r[0] == "Total assets" and r[1] == 650_000 for r in en.iter_rows(values_only=True))
