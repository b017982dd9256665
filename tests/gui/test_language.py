"""Bahasa Indonesia by default, English when chosen; the choice is remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopdesk.ui.app import AppShell
from coopdesk.ui.context import UiContext
from coopdesk.ui.i18n import SETTINGS_KEY, Translations, chosen_language


def _nav(window: object) -> list[str]:
    nav = window.nav  # type: ignore[attr-defined]
    return [nav.item(i).text() for i in range(nav.count())]


def test_indonesian_by_default_and_english_when_selected(
        qtbot: QtBot, app: QApplication, ui: UiContext, translations: Translations) -> None:
    assert chosen_language(ui.settings) == "id"
    shell = AppShell(app, ui, translations)
    window = shell.show()
    qtbot.addWidget(window)
    assert _nav(window) == ["Beranda", "Anggota", "Pinjaman", "Kas & Bank", "Jurnal", "Laporan Keuangan",
                            "Neraca Saldo", "Aset Tetap", "Tutup Bulan", "Tutup Buku & RAT", "Pengaturan"]
    assert window.members.list.new_button.text() == "Anggota baru (Ctrl+N)"

    settings_page = window.settings
    settings_page.language.setCurrentIndex(settings_page.language.findData("en"))
    english = shell.window
    assert english is not None and english is not window
    qtbot.addWidget(english)
    assert _nav(english) == ["Home", "Members", "Loans", "Cash and bank", "Journal", "Financial statements",
                             "Trial balance", "Fixed assets", "Month end", "Year end & RAT", "Settings"]
    assert english.members.list.new_button.text() == "New member (Ctrl+N)"
    assert english.pages.currentWidget() is english.settings  # the clerk stays where they were
    assert ui.settings.value(SETTINGS_KEY) == "en"
    assert chosen_language(ui.settings) == "en"

    english.settings.language.setCurrentIndex(english.settings.language.findData("id"))
    assert shell.window is not None
    qtbot.addWidget(shell.window)
    assert _nav(shell.window)[1] == "Anggota"


def test_lang_option_overrides_the_saved_choice(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings) == "id"
    assert chosen_language(settings, "en") == "en"
    settings.setValue(SETTINGS_KEY, "en")
    assert chosen_language(settings) == "en"
    assert chosen_language(settings, "id") == "id"
    settings.setValue(SETTINGS_KEY, "fr")  # not a language we have: the default
    assert chosen_language(settings) == "id"


def test_errors_follow_the_language(qtbot: QtBot, app: QApplication, translations: Translations) -> None:
    from coopdesk.domain.errors import ValidationError
    from coopdesk.ui.error_texts import error_with_field, translate_error

    exc = ValidationError("amount", "is more than the balance ({balance})", balance="Rp 200.000")
    assert translate_error(exc) == "melebihi saldo (Rp 200.000)"
    assert error_with_field(exc) == "Jumlah: melebihi saldo (Rp 200.000)"
    translations.apply("en")
    assert translate_error(exc) == "is more than the balance (Rp 200.000)"
    assert error_with_field(exc) == "Amount: is more than the balance (Rp 200.000)"
