"""pytest-qt: the SHU panel on tests/shu/coop.py's books (sort, search, export, posting dialog)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from coopdesk.db.schema import Database
from coopdesk.resources import resource
from coopdesk.services import shu
from coopdesk.ui.context import UiContext
from coopdesk.ui.i18n import Translations
from coopdesk.ui.pyside_workaround import protect_singletons
from coopdesk.ui.shu_panel import ShuPanel
from coopdesk.ui.style import STYLE_SHEET
from coopdesk.ui.worker import DbWorker

from .coop import context

protect_singletons()
OFFSCREEN_LIMITS = r"^This plugin does not support (propagateSizeHints|raise)\(\)$"
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)]
SHOTS = os.environ.get("SHU_SHOTS")  # a folder: save screenshots there to look at them


# The app's own fixtures (tests/gui/conftest.py) import the whole main window; these are the
# same few lines without it.
@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resource("fonts", name)))
    qapp.setFont(QFont("DejaVu Sans", 9))
    qapp.setStyleSheet(STYLE_SHEET)
    return qapp


@pytest.fixture
def translations(app: QApplication) -> Iterator[Translations]:
    tr = Translations(app)
    tr.apply("id")
    yield tr
    tr.apply("en")


def settle(ui: UiContext, qtbot: object) -> None:
    qtbot.waitUntil(lambda: not ui.worker.busy, timeout=10_000)  # type: ignore[attr-defined]
    QApplication.processEvents()


def _ui(db: Database, tmp_path: Path) -> UiContext:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return UiContext(app=context(db), settings=settings, worker=DbWorker(), receipts_dir=tmp_path / "receipts",
                     lang="id")


@pytest.fixture
def closed_ui(app: QApplication, translations: object, closed_db: Database, tmp_path: Path) -> Iterator[UiContext]:
    ui = _ui(closed_db, tmp_path)
    yield ui
    ui.worker.wait()


def _shot(widget: ShuPanel, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_sort_search_export_and_post(closed_ui: UiContext, qtbot: object) -> None:
    panel = ShuPanel(closed_ui)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1280, 760)
    panel.show()
    panel.set_year(2025)
    settle(closed_ui, qtbot)
    assert panel.sheet is not None and panel.stack.currentIndex() == 0
    assert panel.visible_rows() == [("00001", "Ani Lestari"), ("00002", "Budi Santoso"), ("00003", "Citra Dewi"),
                                    ("00004", "Dewi Anggraini")]
    assert panel.allocation_model.rowCount() == 7
    assert "Rp 3.600.000" in panel.totals.text()
    _shot(panel, "panel")

    panel.table.sortByColumn(10, Qt.SortOrder.DescendingOrder)  # total SHU, largest first
    assert [n for n, _ in panel.visible_rows()] == ["00002", "00001", "00003", "00004"]
    panel.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # exact jasa modal (Decimals)
    assert [n for n, _ in panel.visible_rows()] == ["00004", "00003", "00002", "00001"]

    panel.search.setText("dewi")
    assert [n for n, _ in panel.visible_rows()] == ["00004", "00003"]  # Dewi Anggraini, Citra Dewi
    assert "2 dari 4" in panel.totals.text() or "2 of 4" in panel.totals.text()
    panel.search.setText("00002")
    assert panel.visible_rows() == [("00002", "Budi Santoso")]
    panel.search.clear()

    dialog = panel.export(".xlsx")
    assert dialog is not None
    settle(closed_ui, qtbot)
    xlsx = closed_ui.receipts_dir / "perhitungan-shu-2025.xlsx"
    assert xlsx.is_file() and xlsx.stat().st_size > 0
    dialog.accept()
    dialog = panel.print_slips()
    settle(closed_ui, qtbot)
    assert (closed_ui.receipts_dir / "slip-shu-2025.pdf").read_bytes().startswith(b"%PDF")
    assert dialog is not None
    dialog.accept()

    post = panel.open_post_dialog()
    assert post is not None
    post.rat_date.set_value(date(2025, 12, 20))  # not after the year: refused next to the field
    post.submit()
    settle(closed_ui, qtbot)
    assert post.isVisible() and "2025" in post.errors.message_for("rat_date")
    if SHOTS:
        post.grab().save(str(Path(SHOTS) / "post_dialog.png"))
    post.rat_date.set_value(date(2026, 3, 14))
    post.sukarela.setChecked(True)
    post.submit()
    settle(closed_ui, qtbot)
    settle(closed_ui, qtbot)
    assert post.result_value is not None and post.result_value.paid_members == 4
    assert panel.sheet is not None and panel.sheet.distribution is not None
    assert panel.sheet.distribution.pay_mode == "sukarela"
    assert not panel.post_button.isEnabled()
    _shot(panel, "panel_posted")


def test_open_year_shows_a_message(app: QApplication, translations: object, open_db: Database,
                                   tmp_path: Path, qtbot: object) -> None:
    ui = _ui(open_db, tmp_path)
    panel = ShuPanel(ui)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(1000, 500)
    panel.set_year(2025)
    settle(ui, qtbot)
    assert panel.stack.currentIndex() == 1 and "2025" in panel.message.text()
    assert not panel.export_pdf.isEnabled() and not panel.post_button.isEnabled()
    _shot(panel, "panel_open_year")
    with context(open_db).reading() as session:
        assert shu.distribution(session, 2025) is None
    ui.worker.wait()


def test_settings_panel(closed_ui: UiContext, qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.services import settings
    from coopdesk.ui import messages
    from coopdesk.ui.shu_settings_panel import ShuSettingsPanel

    shown: list[str] = []
    monkeypatch.setattr(messages, "info", lambda _parent, _title, text: shown.append(text))
    panel = ShuSettingsPanel(closed_ui)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(800, 640)
    panel.reload()
    assert panel.table.rowCount() == 7 and panel.total.text().endswith("100 %")
    panel.table.item(0, 1).setText("39")  # Cadangan 39 %: the table totals 99
    assert "99" in panel.total.text()
    panel.save()
    assert "100" in panel.errors.message_for("allocation") and not shown
    if SHOTS:
        panel.grab().save(str(Path(SHOTS) / "settings_panel.png"))
    panel.table.item(6, 1).setText("3,5")  # Dana Sosial 3,5 %: back to 100
    panel.capital_basis.setCurrentIndex(panel.capital_basis.findData("average"))
    panel.save()
    assert shown and panel.errors.message_for("allocation") == ""
    with closed_ui.app.reading() as session:
        values = settings.get_all(session)
        posts = shu.allocation_table(session)
    assert values["shu_capital_basis"] == "average"
    assert [(p.name, str(p.percent)) for p in posts][::6] == [("Cadangan", "39"), ("Dana Sosial", "3.5")]
