"""The organisation, year-texts and budget panels: type, save, reload shows it; bad input shows the
error next to the field and saves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.services import budget, organisation, year_texts
from coopdesk.ui.budget_panel import BUDGET_COLUMN, BudgetPanel
from coopdesk.ui.context import UiContext
from coopdesk.ui.organisation_panel import OrganisationPanel
from coopdesk.ui.year_texts_panel import YearTextsPanel
from tests.year_end.coop import books_2025

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/org2")


def test_year_texts_panel(ui: UiContext, qtbot) -> None:
    panel = YearTextsPanel(ui)
    qtbot.addWidget(panel)
    panel.set_year(2025)
    panel.pengurus_report.setPlainText("Tahun 2025 berjalan baik.")
    assert panel.state.text() != ""
    panel.rat_date.setText("14/03/2026")
    assert panel.save() is False
    assert panel.errors.message_for("rat_date")
    with ui.app.reading() as s:
        assert year_texts.get_text(s, 2025, "pengurus_report") == ""
    panel.rat_date.setText("2026-03-14")
    assert panel.save() is True and panel.state.text() == ""
    again = YearTextsPanel(ui)
    qtbot.addWidget(again)
    again.set_year(2025)
    assert again.pengurus_report.toPlainText() == "Tahun 2025 berjalan baik." and again.rat_date.text() == "2026-03-14"
    SHOTS.mkdir(exist_ok=True)
    again.resize(800, 700)
    again.grab().save(str(SHOTS / "year_texts.png"))


def test_organisation_panel(ui: UiContext, qtbot) -> None:
    panel = OrganisationPanel(ui)
    qtbot.addWidget(panel)
    panel.reload()
    panel.title.setText("Ketua")
    assert panel.add() is False and panel.errors.message_for("name")
    panel.name.setText("Budi")
    panel.start.setText("2024-13-01")
    assert panel.add() is False and panel.errors.message_for("start_date")
    panel.start.setText("2024-01-01")
    assert panel.add() is True and panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == "Budi"
    panel.table.selectRow(0)
    panel.end_date.setText("2023-12-31")
    assert panel.end_selected() is False and panel.errors.message_for("end_date")
    with ui.app.reading() as s:
        assert len(organisation.officers(s)) == 1
    panel.end_date.setText("2025-12-31")
    assert panel.end_selected() is True and panel.table.rowCount() == 0
    panel.name.setText("Siti")
    panel.add()
    panel.resize(800, 600)
    panel.grab().save(str(SHOTS / "organisation.png"))


def test_budget_panel(ui: UiContext, qtbot) -> None:
    books_2025(ui.app, month_ends=False)
    panel = BudgetPanel(ui)
    qtbot.addWidget(panel)
    panel.set_year(2026)
    row = panel._codes.index("4290")
    assert panel.table.item(row, 2).text() == "Rp 2.000.000"  # 2025's actual
    panel.table.item(row, BUDGET_COLUMN).setText("2.500.000")
    bad = panel._codes.index("5210")
    panel.table.item(bad, BUDGET_COLUMN).setText("satu juta")
    assert panel.save() is False and "5210" in panel.error.text()
    with ui.app.reading() as s:
        assert budget.budget(s, 2026) == {}
    panel.table.item(bad, BUDGET_COLUMN).setText("1.300.000")
    assert panel.save() is True
    with ui.app.reading() as s:
        assert budget.budget(s, 2026) == {"4290": 2_500_000, "5210": 1_300_000}
    assert panel.table.item(row, BUDGET_COLUMN).text() == "Rp 2.500.000"
    assert "Rp 1.200.000" in panel.totals.text()  # SHU 2.500.000 - 1.300.000
    panel.resize(900, 700)
    panel.grab().save(str(SHOTS / "budget.png"))
