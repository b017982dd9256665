"""Cash book page and the quick cash forms: what the treasurer types shows up in the book."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from coopdesk.services import savings
from coopdesk.ui.cash_book_page import CashBookPage
from coopdesk.ui.cash_entry_dialogs import CashEntryDialog
from coopdesk.ui.context import UiContext
from coopdesk.ui.journal_page import JournalPage
from tests.gui.helpers import add_member, journal_count, settle


def _page(qtbot: QtBot, ui: UiContext) -> CashBookPage:
    page = CashBookPage(ui)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    assert (page.start.value(), page.end.value()) == (date(2025, 12, 1), date(2025, 12, 31))  # this month
    page.activate()
    settle(ui, qtbot)
    return page


def test_a_cash_expense_through_the_quick_form_shows_up_in_the_cash_book(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app)
    savings.deposit(ui.app, "00001", "sukarela", 1_000_000, date(2025, 11, 20))
    page = _page(qtbot, ui)
    assert page.account_code() == "1110"
    assert page.book is not None and page.book.opening == 1_000_000 and page.voucher_rows() == []

    dialog = page.open_entry("expense")
    assert isinstance(dialog, CashEntryDialog)
    assert dialog.source is not None and dialog.source.currentData() == "1110"
    assert dialog.account is not None
    dialog.account.setEditText("atk")  # part of the name is enough when only one account fits
    dialog.amount.setText("185.000")
    dialog.day.set_value(date(2025, 12, 10))
    dialog.submit_button.click()
    assert dialog.entry is None  # no description yet: refused, next to the field
    assert dialog.errors.message_for("memo") != ""
    assert journal_count(ui.app) == 1

    dialog.memo.setText("Kertas dan tinta printer")
    dialog.submit_button.click()
    assert dialog.entry is not None and dialog.entry.voucher == "BKK-2025-000001"
    settle(ui, qtbot)

    rows = page.voucher_rows()
    assert [(r.voucher, r.memo, r.counter, r.money_in, r.money_out, r.balance) for r in rows] == [
        ("BKK-2025-000001", "Kertas dan tinta printer", "Beban ATK & Fotokopi", 0, 185_000, 815_000)]
    assert page.book is not None and page.book.closing == 815_000
    assert page.cards["closing"].value.text() == "Rp 815.000"
    selected = page.model.row_value(page.table.currentIndex().row())
    assert selected is not None and selected.voucher == "BKK-2025-000001"  # the new voucher is selected
    # The table: opening row, the voucher, and the bold total row with the closing balance.
    assert page.model.index(1, 5).data() == "Rp 185.000"
    assert page.model.index(2, 6).data() == "Rp 815.000"


def test_quick_forms_show_errors_next_to_the_field_and_save_nothing(qtbot: QtBot, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    dialog = page.open_entry("income")
    assert dialog.account is not None
    dialog.account.setEditText("5220")  # an expense account is not offered for income
    dialog.amount.setText("50000")
    dialog.memo.setText("Jual kardus")
    dialog.submit_button.click()
    assert dialog.entry is None and dialog.errors.message_for("account") != ""
    dialog.account.setEditText("4290")
    dialog.amount.setText("-5")
    dialog.submit_button.click()
    assert dialog.entry is None and dialog.errors.message_for("amount") != ""
    assert dialog.errors.message_for("account") == ""
    assert journal_count(ui.app) == 0

    transfer = page.open_entry("transfer")
    assert transfer.source is not None and transfer.target is not None
    assert (transfer.source.currentData(), transfer.target.currentData()) == ("1110", "1121")
    transfer.target.select_code("1110")
    transfer.amount.setText("100000")
    transfer.memo.setText("Setor ke bank")
    transfer.submit_button.click()
    assert transfer.entry is None and transfer.errors.message_for("to") != ""
    assert journal_count(ui.app) == 0


def test_transfer_to_the_bank_appears_in_both_books(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app)
    savings.deposit(ui.app, "00001", "sukarela", 2_000_000, date(2025, 12, 1))
    page = _page(qtbot, ui)
    dialog = page.open_entry("transfer")
    dialog.amount.setText("1.500.000")
    dialog.day.set_value(date(2025, 12, 2))
    dialog.memo.setText("Setor ke bank")
    dialog.submit_button.click()
    assert dialog.entry is not None and dialog.entry.voucher == "BKK-2025-000001"
    settle(ui, qtbot)
    assert page.book is not None and page.book.closing == 500_000
    page.account.setCurrentIndex(page.account.findData("1121"))
    settle(ui, qtbot)
    assert page.book is not None and page.book.account_code == "1121"
    assert [(r.voucher, r.money_in, r.counter) for r in page.voucher_rows()] == [
        ("BKK-2025-000001", 1_500_000, "Kas")]


def test_cash_book_pdf_and_excel_from_the_page(qtbot: QtBot, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    for suffix in (".pdf", ".xlsx"):
        dialog = page.export(suffix)
        assert dialog is not None
        qtbot.waitUntil(lambda d=dialog: d.panels[0].ready, timeout=10_000)
        path = dialog.panels[0].path
        assert path is not None and path.suffix == suffix and path.stat().st_size > 1000
        dialog.accept()


def test_journal_page_exports_its_period(qtbot: QtBot, ui: UiContext, tmp_path: Path) -> None:
    add_member(ui.app)
    savings.deposit(ui.app, "00001", "sukarela", 300_000, date(2025, 12, 3))
    page = JournalPage(ui)
    qtbot.addWidget(page)
    page.activate()
    settle(ui, qtbot)
    target = tmp_path / "jurnal.csv"
    dialog = page.export_journal(target)
    qtbot.waitUntil(lambda: dialog.panels[0].ready, timeout=10_000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3  # header and the two lines of the deposit
    assert lines[1].startswith("BKM-2025-000001,2025-12-03,1110,Kas,300000,0,")


def test_a_cash_expense_reaches_the_income_statement_and_the_dashboard_leads_there(
        qtbot: QtBot, ui: UiContext) -> None:
    """The whole path in the main window: quick form on the cash book, then the month's
    Laporan Perhitungan Hasil Usaha, opened from the dashboard's "expenses this month"."""
    from coopdesk.ui.main_window import MainWindow

    add_member(ui.app)
    savings.deposit(ui.app, "00001", "sukarela", 1_000_000, date(2025, 12, 1))
    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.show()
    settle(ui, qtbot)
    window.navigate("cashbook:1110")
    assert window.pages.currentWidget() is window.cash_book
    settle(ui, qtbot)
    dialog = window.cash_book.open_entry("expense")
    assert dialog.account is not None
    dialog.account.setEditText("5230")
    dialog.amount.setText("320.000")
    dialog.memo.setText("Listrik Desember")
    dialog.day.set_value(date(2025, 12, 5))
    dialog.submit_button.click()
    assert dialog.entry is not None
    settle(ui, qtbot)
    assert [(r.memo, r.money_in, r.money_out) for r in window.cash_book.voucher_rows()] == [
        ("Setoran Simpanan Sukarela 00001 Budi Santoso", 1_000_000, 0), ("Listrik Desember", 0, 320_000)]

    window.navigate("statements:income")  # the dashboard's income/expense tiles
    assert window.pages.currentWidget() is window.statements
    settle(ui, qtbot)
    page = window.statements
    assert page.statement is not None and page.statement.key == "income_statement"
    assert (page.start.value(), page.end.value()) == (date(2025, 12, 1), date(2025, 12, 31))
    rows = page.rows()
    assert ("Beban Listrik & Air", "Rp 320.000", "–") in rows
    assert ("Jumlah beban usaha", "Rp 320.000", "–") in rows
    assert rows[-1] == ("SHU SETELAH PAJAK", "(Rp 320.000)", "–")


def test_dashboard_figures_lead_to_their_pages(qtbot: QtBot, ui: UiContext) -> None:
    from coopdesk.ui.main_window import MainWindow

    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.show()
    settle(ui, qtbot)
    assert window.pages.currentWidget() is window.dashboard
    for target, page in (("members", window.members), ("members:arrears", window.month_end),
                         ("loans", window.loans), ("loans:late", window.loans), ("portfolio", window.loans),
                         ("cashbook:1121", window.cash_book), ("ledger:3120", window.statements),
                         ("journal", window.journal), ("statements:income", window.statements)):
        window.navigate(target)
        assert window.pages.currentWidget() is page, target
        settle(ui, qtbot)
    assert window.cash_book.account_code() == "1121"
    window.navigate("ledger:3120")
    settle(ui, qtbot)
    assert window.statements.key() == "general_ledger"
    assert window.statements.account.code("account") == "3120"
