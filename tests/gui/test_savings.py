"""Deposits, withdrawals, receipts and member exit through the member page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopdesk.services import savings
from coopdesk.ui.context import UiContext
from coopdesk.ui.member_page import MemberPage
from coopdesk.ui.savings_dialog import SavingsDialog
from tests.gui.conftest import Answers
from tests.gui.helpers import NIKS, add_member, balance, journal_count, settle


@pytest.fixture
def page(qtbot: QtBot, ui: UiContext) -> MemberPage:
    add_member(ui.app, "Budi Santoso", NIKS[0])
    member_page = MemberPage(ui)
    qtbot.addWidget(member_page)
    member_page.show()
    member_page.show_member("00001")
    return member_page


def _deposit_dialog(page: MemberPage, product: str) -> SavingsDialog:
    dialog = page.open_savings_dialog("deposit")
    assert isinstance(dialog, SavingsDialog)
    dialog.product.setCurrentIndex(dialog.product.findData(product))
    return dialog


def test_deposit_through_the_dialog_changes_the_balance_on_the_member_page(
        qtbot: QtBot, ui: UiContext, page: MemberPage) -> None:
    assert page.cards["sukarela"].value.text() == "Rp 0"
    dialog = _deposit_dialog(page, "sukarela")
    dialog.amount.edit.clear()
    qtbot.keyClicks(dialog.amount.edit, "150.000")
    assert dialog.amount.words.text() == "Rp 150.000 · seratus lima puluh ribu rupiah"  # shown while typing
    qtbot.keyClick(dialog.amount.edit, Qt.Key.Key_Return)  # Enter posts

    assert dialog.entry is not None
    assert dialog.entry.voucher.startswith("BKM-2025-")
    assert balance(ui.app, "00001", "sukarela") == 150_000
    assert page.cards["sukarela"].value.text() == "Rp 150.000"
    assert page.cards["total"].value.text() == "Rp 150.000"
    last = page.history_model.rows[-1]
    assert (last.kind, last.amount, last.balance, last.voucher) == ("deposit", 150_000, 150_000, dialog.entry.voucher)
    assert page.history_model.index(0, 2).data() == "Setoran"
    dialog.close_button.click()
    settle(ui, qtbot)


def test_amount_is_accepted_the_ways_clerks_write_it(qtbot: QtBot, ui: UiContext, page: MemberPage) -> None:
    for typed, expected in (("150000", 150_000), ("Rp 1.250.000", 1_250_000), ("75.000", 75_000)):
        dialog = _deposit_dialog(page, "sukarela")
        dialog.amount.setText(typed)
        dialog.submit()
        assert dialog.entry is not None and dialog.entry.amount == expected
        dialog.accept()
    settle(ui, qtbot)
    assert balance(ui.app, "00001", "sukarela") == 1_475_000


@pytest.mark.parametrize(("typed", "message"), [
    ("abc", "bukan jumlah Rupiah: abc"),
    ("-50000", "tidak boleh negatif (tertulis -50000)"),
    ("1500,50", "harus Rupiah bulat (tertulis 1500,50)"),
    ("0", "harus lebih dari nol"),
    ("", "bukan jumlah Rupiah: "),
])
def test_a_bad_amount_shows_an_error_next_to_the_field_and_posts_nothing(
        ui: UiContext, page: MemberPage, typed: str, message: str) -> None:
    before = journal_count(ui.app)
    dialog = _deposit_dialog(page, "sukarela")
    dialog.amount.setText(typed)
    dialog.submit()
    assert dialog.entry is None
    assert dialog.stack.currentIndex() == 0  # still on the form
    assert dialog.errors.message_for("amount") == message
    assert dialog.amount.property("invalid") is True
    assert journal_count(ui.app) == before
    assert balance(ui.app, "00001", "sukarela") == 0


def test_a_withdrawal_over_the_balance_is_refused_with_the_message(
        qtbot: QtBot, ui: UiContext, page: MemberPage) -> None:
    savings.deposit(ui.app, "00001", "sukarela", 200_000, date(2025, 3, 1))
    page.reload()
    before = journal_count(ui.app)
    dialog = page.open_savings_dialog("withdraw")
    assert isinstance(dialog, SavingsDialog)
    assert [dialog.product.itemData(i) for i in range(dialog.product.count())] == ["sukarela"]
    assert dialog.product_info.text() == "Saldo yang dapat ditarik: Rp 200.000"
    qtbot.keyClicks(dialog.amount.edit, "250000")
    dialog.submit_button.click()
    assert dialog.entry is None
    assert dialog.errors.message_for("amount") == "melebihi saldo (Rp 200.000)"
    assert journal_count(ui.app) == before
    dialog.amount.setText("50.000")
    dialog.submit_button.click()
    assert dialog.entry is not None
    assert balance(ui.app, "00001", "sukarela") == 150_000
    assert page.cards["sukarela"].value.text() == "Rp 150.000"
    settle(ui, qtbot)


def test_deposit_dialog_suggests_the_likely_product_and_amount(ui: UiContext, page: MemberPage) -> None:
    dialog = page.open_savings_dialog("deposit")
    assert isinstance(dialog, SavingsDialog)
    assert dialog.product.currentData() == "pokok"  # not paid yet
    assert dialog.amount.text() == "100.000"
    assert dialog.product_info.text() == "Simpanan pokok Rp 100.000; sudah dibayar Rp 0."
    dialog.product.setCurrentIndex(dialog.product.findData("wajib"))
    assert dialog.amount.text() == "50.000"
    dialog.amount.setText("75.000")  # the clerk's own amount stays when the product changes
    dialog.product.setCurrentIndex(dialog.product.findData("sukarela"))
    assert dialog.amount.text() == "75.000"


def test_keyboard_only_deposit_tab_order_enter_and_escape(qtbot: QtBot, ui: UiContext, page: MemberPage) -> None:
    dialog = _deposit_dialog(page, "sukarela")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.product.setFocus()
    order = [dialog.product]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [dialog.product, dialog.amount.edit, dialog.day, dialog.submit_button]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.entry is None

    dialog = _deposit_dialog(page, "sukarela")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.amount.edit  # the amount is where typing starts
    qtbot.keyClicks(dialog.amount.edit, "20000")
    qtbot.keyClick(dialog.amount.edit, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter in the date field posts too
    assert dialog.entry is not None and dialog.entry.amount == 20_000
    assert QApplication.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    settle(ui, qtbot)


def test_receipt_is_made_and_can_be_printed_or_opened(
        qtbot: QtBot, ui: UiContext, page: MemberPage, monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[Path] = []
    opened: list[QUrl] = []
    import coopdesk.ui.printing as printing

    monkeypatch.setattr(printing, "print_pdf", lambda parent, path: printed.append(path) or True)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _deposit_dialog(page, "sukarela")
    dialog.amount.setText("250000")
    dialog.submit()
    assert dialog.receipt is not None
    qtbot.waitUntil(lambda: dialog.receipt is not None and dialog.receipt.ready, timeout=15_000)
    path = dialog.receipt.path
    assert path == ui.receipts_dir / f"{dialog.entry.voucher}.pdf"  # type: ignore[union-attr]
    assert path.read_bytes().startswith(b"%PDF")
    dialog.receipt.print_button.click()
    dialog.receipt.open_button.click()
    assert printed == [path]
    assert opened == [QUrl.fromLocalFile(str(path))]


def test_member_exit_shows_what_is_paid_back_then_settles(
        qtbot: QtBot, ui: UiContext, page: MemberPage, answers: Answers) -> None:
    savings.deposit(ui.app, "00001", "pokok", 100_000, date(2025, 1, 2))
    savings.deposit(ui.app, "00001", "wajib", 50_000, date(2025, 1, 25))
    savings.deposit(ui.app, "00001", "sukarela", 300_000, date(2025, 2, 1))
    page.reload()
    dialog = page.open_exit_dialog()
    assert dialog is not None
    rows = dialog.preview_model.rows
    assert [amount for _, amount in rows] == [100_000, 50_000, 300_000]
    assert dialog.preview_model.index(3, 1).data() == "Rp 450.000"  # the total row
    assert dialog.total.text() == "Terbilang: empat ratus lima puluh ribu rupiah"
    answers.confirm_answer = False
    dialog.submit_button.click()
    assert dialog.settlement is None
    answers.confirm_answer = True
    dialog.submit_button.click()
    assert dialog.settlement is not None and dialog.settlement.total == 450_000
    assert "Rp 450.000" in answers.asked[-1]
    assert page.cards["total"].value.text() == "Rp 0"
    assert page.status.text() == "Keluar sejak 31/12/2025"
    assert not page.deposit_button.isEnabled()
    qtbot.waitUntil(lambda: all(p.ready for p in dialog.documents), timeout=15_000)
    assert [p.path.name for p in dialog.documents] == [f"{dialog.settlement.voucher}.pdf", "keluar-00001.pdf"]


def test_a_receipt_can_be_printed_again_from_the_history(qtbot: QtBot, ui: UiContext, page: MemberPage) -> None:
    posted = savings.deposit(ui.app, "00001", "sukarela", 80_000, date(2025, 4, 1))
    page.reload()
    assert not page.reprint_button.isEnabled()
    page.history.selectRow(page.history_model.rowCount() - 1)
    assert page.reprint_button.isEnabled()
    page.reprint_button.click()
    assert page.document is not None
    qtbot.waitUntil(lambda: page.document is not None and page.document.ready, timeout=15_000)
    assert page.document.path == ui.receipts_dir / f"{posted.voucher}.pdf"


def test_a_former_members_page_offers_the_settlement_statement(
        qtbot: QtBot, ui: UiContext, page: MemberPage) -> None:
    from coopdesk.services import member_exit

    savings.deposit(ui.app, "00001", "sukarela", 80_000, date(2025, 4, 1))
    member_exit.exit_member(ui.app, "00001", date(2025, 5, 1), "meninggal")
    page.reload()
    assert page.status.text() == "Meninggal sejak 01/05/2025"
    assert page.exit_button.text() == "Pernyataan penyelesaian"
    assert page.edit_button.isEnabled()  # an address can still be corrected
    assert page.arrears.text().startswith("Keanggotaan sudah berakhir")
    assert page.open_exit_dialog() is None
    qtbot.waitUntil(lambda: page.document is not None and page.document.ready, timeout=15_000)
    assert page.document is not None and page.document.path.name == "keluar-00001.pdf"
