"""Kas opname through its dialog: counts typed, live totals against the books, saving with or
without posting the difference, the reason required, and the berita acara made."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coopdesk.db.models import CashCount
from coopdesk.domain.journal import LineSpec
from coopdesk.services import ledger
from coopdesk.ui.cash_count_dialog import CashCountDialog
from coopdesk.ui.context import UiContext
from tests.gui.conftest import Answers
from tests.gui.helpers import journal_count, settle


@pytest.fixture
def dialog(qtbot: QtBot, ui: UiContext) -> CashCountDialog:
    ledger.post_manual(ui.app, date(2025, 3, 1), "Hibah", [LineSpec("1110", debit=1_500_000),
                                                           LineSpec("3150", credit=1_500_000)])
    count = CashCountDialog(ui)
    qtbot.addWidget(count)
    count.show()
    return count


def _counts(ui: UiContext) -> int:
    with ui.app.reading() as session:
        return int(session.scalar(select(func.count()).select_from(CashCount)) or 0)


def _type(qtbot: QtBot, dialog: CashCountDialog, key: str, pieces: str) -> None:
    spin = dialog.pieces[key]
    spin.selectAll()
    qtbot.keyClicks(spin, pieces)


def test_live_totals_against_the_books(qtbot: QtBot, dialog: CashCountDialog) -> None:
    assert dialog.books.text() == "Rp 1.500.000"
    _type(qtbot, dialog, "note:100000", "12")
    _type(qtbot, dialog, "note:50000", "5")
    _type(qtbot, dialog, "coin:500", "4")
    assert dialog.values["note:100000"].text() == "Rp 1.200.000"
    assert dialog.counted.text() == "Rp 1.452.000"
    assert "Rp 48.000" in dialog.difference.text()
    assert dialog.adjust.isEnabled()
    _type(qtbot, dialog, "coin:500", "100")  # 1.450.000 + 50.000: agrees with the books
    assert dialog.counted.text() == "Rp 1.500.000" and not dialog.adjust.isEnabled()


def test_save_without_posting_records_the_count_and_makes_the_berita_acara(
        qtbot: QtBot, ui: UiContext, dialog: CashCountDialog) -> None:
    before = journal_count(ui.app)
    _type(qtbot, dialog, "note:100000", "14")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # Enter saves
    assert dialog.saved_count is not None and dialog.saved_count.number == "KO-2025-0001"
    assert dialog.saved_count.adjustment_voucher is None and journal_count(ui.app) == before
    settle(ui, qtbot)
    assert dialog.document is not None and dialog.document.ready
    assert dialog.document.path is not None and dialog.document.path.read_bytes().startswith(b"%PDF")
    assert dialog.stack.currentIndex() == 1


def test_posting_needs_a_reason(qtbot: QtBot, ui: UiContext, dialog: CashCountDialog, answers: Answers) -> None:
    _type(qtbot, dialog, "note:100000", "14")
    dialog.adjust.setChecked(True)
    dialog.submit_button.click()
    assert dialog.errors.message_for("reason") != ""
    assert _counts(ui) == 0 and dialog.saved_count is None


def test_shortage_posted_with_a_reason(qtbot: QtBot, ui: UiContext, dialog: CashCountDialog,
                                      answers: Answers) -> None:
    _type(qtbot, dialog, "note:100000", "14")
    _type(qtbot, dialog, "note:50000", "1")  # 1.450.000: 50.000 short
    dialog.adjust.setChecked(True)
    qtbot.keyClicks(dialog.reason, "uang kembalian salah")
    dialog.submit_button.click()
    assert answers.asked
    assert dialog.saved_count is not None and dialog.saved_count.adjustment_voucher is not None
    with ui.app.reading() as session:
        assert ledger.account_balance(session, "1110") == 1_450_000
        assert ledger.account_balance(session, "5280") == 50_000
    settle(ui, qtbot)
