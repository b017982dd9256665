"""Journal view: entry detail, reversal with a reason, and the general-journal dialog."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coopdesk.services import ledger, savings
from coopdesk.ui.context import UiContext
from coopdesk.ui.journal_page import JournalPage
from coopdesk.ui.manual_entry_dialog import ManualEntryDialog, resolve_account
from tests.gui.helpers import add_member, balance, journal_count, settle


def _page(qtbot: QtBot, ui: UiContext) -> JournalPage:
    page = JournalPage(ui)
    qtbot.addWidget(page)
    page.show()
    assert page.start.value() == date(2025, 12, 1)  # this month by default
    page.start.set_value(date(2025, 1, 1))
    page.activate()
    settle(ui, qtbot)
    return page


def test_entry_detail_shows_its_lines(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app)
    posted = savings.deposit(ui.app, "00001", "sukarela", 300_000, date(2025, 2, 3))
    page = _page(qtbot, ui)
    assert page.select_voucher(posted.voucher)
    lines = page.lines_model.rows
    assert [(l.code, l.debit, l.credit) for l in lines] == [("1110", 300_000, 0), ("2111", 0, 300_000)]
    assert page.lines_model.index(0, 3).data() == ""  # no "Rp 0" on the empty side
    assert page.lines_model.index(2, 2).data() == "Rp 300.000"  # the total row
    assert posted.voucher in page.detail_title.text()
    assert page.count.text() == "1 jurnal"


def test_reverse_with_a_reason_through_the_ui(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app)
    posted = savings.deposit(ui.app, "00001", "sukarela", 500_000, date(2025, 2, 3))
    page = _page(qtbot, ui)
    page.select_voucher(posted.voucher)
    assert page.reverse_button.isEnabled()
    dialog = page.open_reverse_dialog()
    assert dialog is not None
    dialog.submit_button.click()  # no reason yet
    assert dialog.errors.message_for("reason") == "wajib diisi"
    assert dialog.reversal is None
    dialog.reason.setText("Salah ketik: seharusnya Rp 50.000")
    dialog.submit_button.click()
    assert dialog.reversal is not None and dialog.reversal.voucher == "JK-2025-000001"
    settle(ui, qtbot)

    assert balance(ui.app, "00001", "sukarela") == 0
    assert page.selected_entry() is not None and page.selected_entry().voucher == posted.voucher
    assert not page.reverse_button.isEnabled()  # cannot be reversed twice
    original = page.selected_entry()
    assert page.entries_model.index(page.entries.currentIndex().row(), 5).data() == "dikoreksi dengan JK-2025-000001"
    assert original is not None and original.reversed_by == "JK-2025-000001"
    page.select_voucher("JK-2025-000001")
    assert "Alasan: Salah ketik: seharusnya Rp 50.000" in page.detail_title.text()
    assert not page.reverse_button.isEnabled()  # a reversal is not reversed again


def test_reversal_refused_by_the_books_is_shown(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app)
    posted = savings.deposit(ui.app, "00001", "sukarela", 500_000, date(2025, 2, 3))
    savings.withdraw(ui.app, "00001", "sukarela", 400_000, date(2025, 2, 10))
    page = _page(qtbot, ui)
    page.select_voucher(posted.voucher)
    dialog = page.open_reverse_dialog()
    assert dialog is not None
    dialog.reason.setText("salah")
    dialog.submit_button.click()
    assert dialog.reversal is None
    assert dialog.errors.general_message == "No. bukti: koreksi ini akan membuat simpanan anggota 00001 minus"


def test_filter_by_date_and_text(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app)
    savings.deposit(ui.app, "00001", "pokok", 100_000, date(2025, 1, 2))
    savings.deposit(ui.app, "00001", "sukarela", 300_000, date(2025, 6, 3))
    page = _page(qtbot, ui)
    assert len(page.entries_model.rows) == 2
    page.start.set_value(date(2025, 6, 1))
    page.reload()
    settle(ui, qtbot)
    assert [r.voucher for r in page.entries_model.rows] == ["BKM-2025-000002"]
    page.start.set_value(date(2025, 1, 1))
    page.search.setText("pokok")
    page.reload()
    settle(ui, qtbot)
    assert [r.voucher for r in page.entries_model.rows] == ["BKM-2025-000001"]


def test_general_journal_cannot_be_saved_unbalanced(qtbot: QtBot, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    dialog = page.open_manual_entry()
    assert isinstance(dialog, ManualEntryDialog)
    dialog.memo.setText("Beli kertas dan tinta printer")
    dialog.set_line(0, "atk", "185000")  # found by a part of the name
    dialog.set_line(1, "1110", "", "180.000")
    assert dialog.table.item(0, 0).text() == "5220 · Beban ATK & Fotokopi"
    assert dialog.table.item(0, 1).text() == "185.000"
    assert not dialog.save_button.isEnabled()
    assert dialog.totals.text() == "Debit Rp 185.000 · Kredit Rp 180.000 · Selisih Rp 5.000"
    dialog.submit()  # Ctrl+S while unbalanced
    assert dialog.entry is None
    assert dialog.errors.general_message == "Baris jurnal: jurnal tidak seimbang: selisihnya Rp 5.000"
    assert journal_count(ui.app) == 0

    dialog.set_line(1, "1110", "", "185.000")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert dialog.entry is not None and dialog.entry.voucher == "JU-2025-000001"
    settle(ui, qtbot)
    assert page.selected_entry() is not None and page.selected_entry().voucher == "JU-2025-000001"
    with ui.app.reading() as session:
        assert ledger.account_balance(session, "5220") == 185_000


def test_general_journal_refuses_savings_accounts_and_names_the_line(qtbot: QtBot, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    dialog = page.open_manual_entry()
    dialog.memo.setText("Pindah buku")
    dialog.set_line(0, "1110", "50000")
    dialog.set_line(1, "2111", "", "50000")  # not offered: a savings control account
    assert dialog.table.item(1, 0).text() == "2111"  # not resolved to a choice
    dialog.save_button.click()
    assert dialog.entry is None
    assert dialog.errors.general_message == "Baris 2: akun tidak dikenal: 2111"
    assert dialog.table.currentRow() == 1
    assert journal_count(ui.app) == 0


def test_account_search_matches_code_or_name(ui: UiContext) -> None:
    from coopdesk.ui.manual_entry_dialog import account_choices

    choices = account_choices(ui)
    codes = {c.code for c in choices}
    assert "2111" not in codes and "3110" not in codes  # savings control accounts stay out
    assert resolve_account("5230", choices).code == "5230"  # type: ignore[union-attr]
    assert resolve_account("listrik", choices).code == "5230"  # type: ignore[union-attr]
    assert resolve_account("beban", choices) is None  # many match: ambiguous
    assert resolve_account("", choices) is None
