"""Settings: the cooperative's details, chart of accounts and users."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coopdesk.services import accounts, settings, users
from coopdesk.ui.context import UiContext
from coopdesk.ui.settings_page import SettingsPage
from tests.gui.conftest import Answers


def _page(qtbot: QtBot, ui: UiContext) -> SettingsPage:
    page = SettingsPage(ui)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    return page


def test_cooperative_details_are_saved_and_the_number_format_is_checked(
        qtbot: QtBot, ui: UiContext, answers: Answers) -> None:
    page = _page(qtbot, ui)
    panel = page.cooperative
    assert panel.edits["coop_name"].text() == "KSP Sejahtera"
    assert panel.books_start.text() == "01/01/2025"
    panel.edits["coop_phone"].setText("(024) 351 2233")
    panel.edits["member_number_format"].setText("A-{year}-{seq:04d}")
    assert panel.example.text() == "Anggota berikutnya akan bernomor seperti A-2025-0001"
    panel.save_button.click()
    assert answers.shown == ["Data koperasi sudah disimpan."]
    with ui.app.reading() as session:
        assert settings.get(session, "coop_phone") == "(024) 351 2233"
        assert settings.get(session, "member_number_format") == "A-{year}-{seq:04d}"

    panel.edits["coop_name"].setText("  ")
    panel.save_button.click()
    assert panel.errors.message_for("coop_name") == "wajib diisi"
    panel.edits["member_number_format"].setText("{nomor}")
    assert panel.example.text().startswith("bukan pola yang sah")


def test_accounts_can_be_added_renamed_and_deactivated(qtbot: QtBot, ui: UiContext, answers: Answers) -> None:
    page = _page(qtbot, ui)
    panel = page.accounts
    dialog = panel.open_add()
    dialog.code.setText("5295")
    dialog.name.setText("Beban Kebersihan")
    dialog.kind.setCurrentIndex(dialog.kind.findData("expense"))
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    panel.select_code("5295")
    assert panel.selected() is not None and panel.selected().name == "Beban Kebersihan"  # type: ignore[union-attr]

    dialog = panel.open_rename()
    assert dialog is not None
    dialog.name.setText("Beban Kebersihan Kantor")
    dialog.submit()
    panel.active_button.click()
    account = {a.code: a for a in accounts.all_accounts(ui.app)}["5295"]
    assert (account.name, account.active) == ("Beban Kebersihan Kantor", False)
    assert panel.active_button.text() == "Aktifkan"

    dialog = panel.open_add()
    dialog.code.setText("12")
    dialog.name.setText("x")
    dialog.submit()
    assert dialog.errors.message_for("code") == "harus 3 sampai 8 digit (tertulis 12)"

    panel.select_code("2111")
    panel.active_button.click()  # a savings control account stays active
    assert answers.shown == ["Kode akun: akun 2111 adalah akun kontrol simpanan"]


def test_users_can_be_added(qtbot: QtBot, ui: UiContext) -> None:
    page = _page(qtbot, ui)
    panel = page.users
    panel.name.setText("Wati")
    panel.role.setCurrentIndex(panel.role.findData("kasir"))
    panel.add_button.click()
    assert [(u.name, u.role) for u in users.all_users(ui.app)] == [("admin", "administrator"), ("Wati", "kasir")]
    assert panel.model.index(1, 1).data() == "Kasir"
    panel.name.setText("Wati")
    panel.add_button.click()
    assert panel.errors.message_for("name") == "pengguna Wati sudah ada"
