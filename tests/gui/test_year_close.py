"""Steps 1 and 2 of the year end in the app: the checklist says what is missing and offers the fix,
the dry run shows the closing entry, closing locks the year, re-opening needs a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from coopdesk.services import year_end
from coopdesk.ui.context import UiContext
from coopdesk.ui.year_close_panel import YearClosePanel
from coopdesk.ui.year_end_dialogs import ReopenDialog
from tests.gui.conftest import Answers
from tests.gui.helpers import settle
from tests.year_end.coop import SHU_2025, books_2025, run_month_ends


def _panel(qtbot: QtBot, ui: UiContext) -> YearClosePanel:
    panel = YearClosePanel(ui)
    qtbot.addWidget(panel)
    panel.resize(1000, 760)
    panel.show()
    panel.set_year(2025)
    settle(ui, qtbot)
    return panel


def _checks(panel: YearClosePanel) -> list[str]:
    texts = []
    for row in range(panel.checks.rowCount()):
        cells = [panel.checks.itemAtPosition(row, c) for c in range(3)]
        texts.append(" ".join(c.widget().text() for c in cells if c is not None and isinstance(c.widget(), QLabel)))
    return texts


def test_checklist_points_to_the_fix_and_closing_waits_for_it(qtbot: QtBot, ui: UiContext) -> None:
    books_2025(ui.app, month_ends=False)
    panel = _panel(qtbot, ui)
    checks = _checks(panel)
    # Indonesian by default; the missing month ends are named and closing is refused.
    assert any(t.startswith("✗") and "Semua tutup bulan dijalankan" in t and "0 dari 12" in t for t in checks), checks
    assert not panel.close_button.isEnabled()
    fix = panel.findChild(QPushButton, "fix_month_ends")
    assert fix is not None
    with qtbot.waitSignal(panel.fix_requested) as signal:
        fix.click()
    assert signal.args == ["month_end:2025-01"]

    run_month_ends(ui.app, 2025)
    panel.reload()
    settle(ui, qtbot)
    assert panel.close_button.isEnabled()
    assert "Rp 500.000" in panel.lines_title.text()
    lines = [(r.code, r.debit, r.credit) for r in panel.lines_model.rows]
    assert lines[-1] == ("3180", 0, SHU_2025)
    assert sum(d for _, d, _ in lines) == sum(c for _, _, c in lines)
    # A warning (no December cash count) does not stop the close; it offers the cash count.
    assert panel.findChild(QPushButton, "fix_cash_count") is not None


def test_close_then_reopen_with_a_reason(qtbot: QtBot, ui: UiContext, answers: Answers) -> None:
    books_2025(ui.app)
    panel = _panel(qtbot, ui)
    with qtbot.waitSignal(panel.changed):
        panel.close_button.click()
        settle(ui, qtbot)
    settle(ui, qtbot)
    assert "Rp 500.000" in answers.asked[-1]
    with ui.app.reading() as session:
        assert year_end.is_closed(session, 2025)
    assert "ditutup" in panel.status.text()
    assert not panel.close_button.isEnabled() and panel.reopen_button.isEnabled()
    assert [(e.action, e.note) for e in panel.history_model.rows] == [("close", "SHU Rp 500.000")]

    dialog = ReopenDialog(ui, 2025)
    qtbot.addWidget(dialog)
    dialog.submit_button.click()  # no reason: refused next to the field, nothing changes
    assert dialog.voucher is None and "wajib diisi" in dialog.errors.message_for("reason").lower()
    with ui.app.reading() as session:
        assert year_end.is_closed(session, 2025)
    qtbot.keyClicks(dialog.reason, "biaya Desember salah tahun")
    dialog.submit_button.click()
    assert dialog.result() == ReopenDialog.DialogCode.Accepted
    panel.reload()
    settle(ui, qtbot)
    assert panel.close_button.isEnabled()
    assert [e.action for e in panel.history_model.rows] == ["close", "reopen"]
    assert panel.history_model.rows[-1].note == "biaya Desember salah tahun"
