"""The chapters that read other packages' services (budget, health) laid out from stand-ins with
hand-made figures: the book's own tables and lines must show them, and stop reporting them missing."""

from __future__ import annotations

import re
import sys
import types
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from reportlab.platypus import Paragraph

import coopdesk.reports
import coopdesk.services
from coopdesk.reports import pdf_style as ps
from coopdesk.reports.rat_book import book
from coopdesk.services.context import AppContext
from tests.year_end.coop import books_2025


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    kind: str
    budget: int
    actual: int
    percent: Decimal | None


def _install(monkeypatch: pytest.MonkeyPatch, package: Any, name: str, **attrs: Any) -> None:
    module = types.ModuleType(f"{package.__name__}.{name}")
    for key, value in attrs.items():
        setattr(module, key, value)
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(package, name, module, raising=False)


def test_budget_realisation_rapb_and_health_chapters(ctx: AppContext, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    books_2025(ctx)
    # the RAPB through the budget service (the realisation's actual comes from the books: 2.000.000, 1.200.000)
    from coopdesk.services import budget
    budget.set_budget(ctx, 2025, {"4290": 2_500_000, "5210": 1_000_000})
    budget.set_budget(ctx, 2026, {"4290": 3_000_000, "5210": 1_300_000})
    sheets: list[str] = []
    _install(monkeypatch, coopdesk.services, "health", assess=lambda session, year: "assessment-2025")
    _install(monkeypatch, coopdesk.reports, "health_report",
             health_story=lambda a, coop, width, lang="id": [Paragraph(ps.text(f"Skor {a}: 81,25 Sehat"),
                                                                        ps.style("x", 9))],
             write_health_sheet=lambda ws, a, lang="id": sheets.append(ws.title))
    result = book.build(ctx, 2025, tmp_path / "rat.pdf", tmp_path / "rat.xlsx")
    text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(result.pdf_path).pages))
    # realisation: 2.000.000 of 2.500.000 = 80%; 1.200.000 of 1.000.000 = 120%; SHU planned 1.500.000, actual 800.000
    assert "80%" in text and "120%" in text
    assert "1.500.000" in text and "800.000" in text
    # RAPB 2026 against 2025: 4290 2.000.000 -> 3.000.000 (+50%), 5210 1.200.000 -> 1.300.000
    assert "3.000.000" in text and "1.300.000" in text and "50%" in text
    assert "Skor assessment-2025: 81,25 Sehat" in text
    assert not [m for m in result.missing if "RAPB" in m or m == "Penilaian kesehatan belum tersedia"]
    wb = load_workbook(tmp_path / "rat.xlsx")
    assert {"Realisasi Anggaran", "RAPB"} <= set(wb.sheetnames)
    assert sheets == ["Kesehatan"]
    rapb = [r for r in wb["RAPB"].iter_rows(values_only=True) if r[0] in ("4290", "5210")]
    assert [(r[0], r[3], r[4]) for r in rapb] == [("4290", 2_000_000, 3_000_000), ("5210", 1_200_000, 1_300_000)]


def test_budget_lines_read_against_the_years_actual(ctx: AppContext) -> None:
    """RAPB rows as the app stores them; actual from the hand-worked 2025 books (tests/year_end/coop.py)."""
    from sqlalchemy import select

    from coopdesk.db.models import Account, BudgetLine
    from coopdesk.reports.rat_book import data

    books_2025(ctx)
    with ctx.transaction() as session:
        ids = {code: id_ for code, id_ in session.execute(select(Account.code, Account.id))}
        for year, code, amount in ((2025, "4290", 2_500_000), (2025, "5210", 1_000_000), (2026, "4290", 3_000_000),
                                   (2026, "5210", 1_300_000)):
            session.add(BudgetLine(year=year, account_id=ids[code], amount=amount))
    with ctx.reading() as session:
        budgets = data.budgets(session, 2025, data.income_costs(session, 2025))
    assert [(b.code, b.budget, b.actual, b.percent) for b in budgets.realisation] == [
        ("4290", 2_500_000, 2_000_000, Decimal("80.0")), ("5210", 1_000_000, 1_200_000, Decimal("120.0"))]
    # next year: the budgeted accounts, and this year's other accounts with their actual (budget 0)
    assert [(b.code, b.actual, b.budget) for b in budgets.next_year] == [
        ("4210", 300_000, 0), ("4290", 2_000_000, 3_000_000), ("5210", 1_200_000, 1_300_000),
        ("5220", 350_000, 0), ("5230", 250_000, 0)]
