"""Members list, registration dialog and the lazy members model."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coopdesk.ui.context import UiContext
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.members_page import MembersPage
from coopdesk.ui.models import MemberTableModel
from tests.gui.helpers import NIKS, add_member


def _window(qtbot: QtBot, ui: UiContext) -> MainWindow:
    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts (Esc, F2, Ctrl+N) work only in the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.show_widget(window.members)  # the app opens on the dashboard
    return window


def test_register_member_through_dialog_appears_in_list(qtbot: QtBot, ui: UiContext) -> None:
    window = _window(qtbot, ui)
    page = window.members.list
    dialog = page.open_new_member_dialog()
    qtbot.keyClicks(dialog.name, "Siti Rahmawati")
    qtbot.keyClicks(dialog.nik, "3374015506800002")
    # The NIK says: a woman (day + 40) born 15/06/1980.
    assert dialog.gender.currentData() == "P"
    assert dialog.birth_date.optional_value() == date(1980, 6, 15)
    qtbot.keyClicks(dialog.phone, "0812 3456 7890")
    dialog.save_button.click()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.number == "00001"
    qtbot.waitUntil(lambda: not page.search_pending)
    assert page.model.rowCount() == 1
    assert page.model.index(0, MemberTableModel.NAME).data() == "Siti Rahmawati"
    assert page.model.index(0, MemberTableModel.GENDER).data() == "P"
    assert page.model.index(0, MemberTableModel.STATUS).data() == "Aktif"
    assert "00001" in page.notice.text()
    page.search.clear()
    page.search_now()
    qtbot.waitUntil(lambda: not page.search_pending)
    assert page.model.rowCount() == 1
    assert page.count.text() == "1 anggota"


def test_registration_errors_appear_next_to_the_field_and_save_nothing(qtbot: QtBot, ui: UiContext) -> None:
    page = MembersPage(ui)
    qtbot.addWidget(page)
    dialog = page.open_new_member_dialog()
    dialog.name.setText("Budi Santoso")
    dialog.nik.setText("337401120375")  # 12 digits
    dialog.gender.setCurrentIndex(dialog.gender.findData("L"))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.errors.message_for("nik") == "harus tepat 16 digit (tertulis 12)"
    assert dialog.errors.message_for("name") == ""
    assert dialog.nik.property("invalid") is True
    page.search_now()
    qtbot.waitUntil(lambda: not page.search_pending)
    assert page.model.rowCount() == 0

    add_member(ui.app, "Agus Permata", NIKS[0])
    dialog.nik.setText(NIKS[0])
    dialog.save_button.click()
    assert dialog.errors.message_for("nik") == "sudah terdaftar atas nama anggota lain"
    assert dialog.nik.property("invalid") is True


def test_search_as_you_type_by_number_name_or_nik(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app, "Budi Santoso", NIKS[0])
    add_member(ui.app, "Siti Rahmawati", NIKS[1], "P")
    add_member(ui.app, "Sri Susanti", NIKS[2], "P")
    page = MembersPage(ui)
    qtbot.addWidget(page)
    page.activate()
    qtbot.waitUntil(lambda: not page.search_pending)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "ti")
    qtbot.waitUntil(lambda: not page.search_pending)
    assert page.model.rowCount() == 2  # Siti Rahmawati, Sri Susanti (by name)
    assert page.count.text() == "2 dari 3 anggota"
    page.search.setText("0120019")  # part of the third NIK
    qtbot.waitUntil(lambda: not page.search_pending)
    assert page.model.rowCount() == 1
    assert page.model.number_at(0) == "00003"
    page.search.setText("00002")
    qtbot.waitUntil(lambda: not page.search_pending)
    assert page.model.rowCount() == 1
    assert page.model.index(0, MemberTableModel.NAME).data() == "Siti Rahmawati"


def test_enter_in_the_search_box_opens_the_member_page(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app, "Budi Santoso", NIKS[0])
    add_member(ui.app, "Siti Rahmawati", NIKS[1], "P")
    window = _window(qtbot, ui)
    page = window.members.list
    page.search.setText("siti")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # before the search has even run: it opens when found
    qtbot.waitUntil(lambda: window.members.currentWidget() is window.members.member)
    assert window.members.member.title.text() == "00002 · Siti Rahmawati"
    qtbot.keyClick(window.members.member, Qt.Key.Key_Escape)
    assert window.members.currentWidget() is page


def test_double_click_opens_the_member_page(qtbot: QtBot, ui: UiContext) -> None:
    add_member(ui.app, "Budi Santoso", NIKS[0])
    window = _window(qtbot, ui)
    qtbot.waitUntil(lambda: not window.members.list.search_pending)
    table = window.members.list.table
    rect = table.visualRect(window.members.list.model.index(0, 1))
    # Item views see a double click only after the press of the first click (as a real mouse sends).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.members.currentWidget() is window.members.member
    assert window.members.member.number == "00001"


def test_members_model_passes_the_model_tester(qtmodeltester: ModelTester, ui: UiContext) -> None:
    for i, nik in enumerate(NIKS):
        add_member(ui.app, f"Anggota {i}", nik)
    model = MemberTableModel(ui.app)
    model.search("")
    qtmodeltester.check(model, force_py=True)
    model.search("anggota 1")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1


def test_members_model_reads_rows_a_page_at_a_time(ui: UiContext) -> None:
    for i, nik in enumerate(NIKS):
        add_member(ui.app, f"Anggota {i}", nik)
    model = MemberTableModel(ui.app)
    model.PAGE = 2  # small pages to see the paging
    model.search("")
    assert model._pages == {}  # nothing read until something is shown
    assert model.index(3, 1).data() == "Anggota 3"
    assert list(model._pages) == [1]
    assert model.index(0, 0).data() == "00001"
    assert sorted(model._pages) == [0, 1]


def test_the_excel_import_opens_from_the_members_page(qtbot: QtBot, ui: UiContext) -> None:
    page = MembersPage(ui)
    qtbot.addWidget(page)
    dialog = page.open_import_dialog()
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Impor anggota dari Excel"
    dialog.reject()
