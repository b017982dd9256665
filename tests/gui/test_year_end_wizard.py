"""The year end through the app on a small cooperative, from the checklist to the RAT book:
close the books, post the SHU after the RAT, type the pengurus' report, make the book."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coopdesk.db.schema import Database
from coopdesk.services import shu, year_end, year_texts
from coopdesk.services.books import BooksSetup, init_books
from coopdesk.ui.app import make_ui_context
from coopdesk.ui.context import UiContext
from coopdesk.ui.i18n import Translations
from coopdesk.ui.year_end_page import BOOK, CLOSE, SHU, TEXTS, YearEndPage
from tests.conftest import make_ctx
from tests.gui.conftest import Answers
from tests.gui.helpers import settle
from tests.year_end.coop import SHU_2025, books_2025


@pytest.fixture
def march_ui(app: QApplication, translations: Translations, empty_sqlite: Database,
             tmp_path: Path) -> Iterator[UiContext]:
    """The treasurer at the end of March 2026: 2025 has ended, the RAT was held on 14 March."""
    init_books(empty_sqlite, BooksSetup("KSP Sejahtera", date(2025, 1, 1)))
    ctx = make_ctx(empty_sqlite, today=date(2026, 3, 31))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = make_ui_context(ctx, settings, "id", receipts_dir=tmp_path / "documents")
    yield context
    context.worker.wait()


def test_from_the_checklist_to_the_rat_book(qtbot: QtBot, march_ui: UiContext, answers: Answers) -> None:
    ui = march_ui
    books_2025(ui.app)
    page = YearEndPage(ui)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    page.activate()
    settle(ui, qtbot)
    assert page.year == 2025  # the newest year that has ended and is still open

    # 1. Checklist and closing.
    assert page.tabs.currentIndex() == CLOSE
    assert page.closing.close_button.isEnabled()
    page.closing.close_button.click()
    settle(ui, qtbot)
    settle(ui, qtbot)
    with ui.app.reading() as session:
        assert year_end.is_closed(session, 2025)

    # 2. SHU: the working sheet of the closed year, posted after the RAT, paid in cash.
    page.show_step(SHU)
    settle(ui, qtbot)
    assert page.shu.sheet is not None and page.shu.sheet.shu == SHU_2025
    dialog = page.shu.open_post_dialog()
    assert dialog is not None
    dialog.rat_date.set_value(date(2026, 3, 14))
    dialog.cash.setChecked(True)
    dialog.submit_button.click()
    settle(ui, qtbot)
    settle(ui, qtbot)
    with ui.app.reading() as session:
        posted = shu.distribution(session, 2025)
        assert posted is not None and posted.rat_date == date(2026, 3, 14)

    # 3. The pengurus' report, typed in the app and saved.
    page.show_step(TEXTS)
    settle(ui, qtbot)
    page.texts.pengurus_report.setPlainText("Tahun 2025 koperasi tumbuh dengan sehat.")
    page.texts.save_button.click()
    settle(ui, qtbot)
    with ui.app.reading() as session:
        assert year_texts.get_text(session, 2025, "pengurus_report") == "Tahun 2025 koperasi tumbuh dengan sehat."

    # 7. The RAT book, made on the worker with its progress, then offered to open.
    page.show_step(BOOK)
    with qtbot.waitSignal(page.book.finished, timeout=120_000) as made:
        page.book.build_button.click()
    result = made.args[0]
    settle(ui, qtbot)
    assert result.pdf_path.exists() and result.xlsx_path is not None and result.xlsx_path.exists()
    assert page.book.open_pdf.isVisible() and not page.book.bar.isVisible()
    assert str(result.pages) in page.book.status.text()
    reader = PdfReader(str(result.pdf_path))
    assert len(reader.pages) == result.pages
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Tahun 2025 koperasi tumbuh dengan sehat." in text
    assert "500.000" in text  # the year's SHU
    # What the treasurer has not filled in yet is listed, the pengurus' report no longer.
    assert not any("pengurus" in item.lower() and "laporan umum" in item.lower() for item in result.missing)
