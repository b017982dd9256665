"""The import dialog, offscreen: preview of the sample file, a broken file, the import itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coopdesk.db.models import Member
from coopdesk.services.context import AppContext
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.import_dialog import BLOCKING_BG, WARNING_BG, ImportMembersDialog
from coopdesk.ui.worker import DbWorker
from tests.imports.conftest import edited_copy

pytestmark = pytest.mark.gui


@pytest.fixture
def ui(qtbot: QtBot, sqlite_ctx: AppContext, tmp_path: Path) -> Iterator[UiContext]:
    worker = DbWorker()
    yield UiContext(sqlite_ctx, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), worker,
                    tmp_path / "receipts", lang="en")
    worker.wait()


def open_dialog(qtbot: QtBot, ui: UiContext, path: Path) -> ImportMembersDialog:
    dialog = ImportMembersDialog(ui, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None or "cannot be used" in dialog.banner.text(), timeout=20_000)
    return dialog


def cell(dialog: ImportMembersDialog, row: int, column: int, role: Qt.ItemDataRole) -> object:
    return dialog.model.data(dialog.model.index(row, column), role)


def test_preview_of_the_sample(qtbot: QtBot, ui: UiContext, sample: Path) -> None:
    dialog = open_dialog(qtbot, ui, sample)
    assert dialog.model.rowCount() == 40
    assert dialog.import_button.isEnabled()
    assert "Ready to import 40 members" in dialog.banner.text()
    assert "header on row 4" in dialog.info.text() and "0041" in dialog.info.text()
    # first member as the clerk sees it
    shown = [cell(dialog, 0, c, Qt.ItemDataRole.DisplayRole) for c in range(dialog.model.columnCount())]
    assert shown == ["5", "0001", "Hj. Rudi Nasution", "6107140404749953", "L", "Tegal, 04/04/1974", "27/01/2020",
                     "0839-1500-0806", "100.000", "1.100.000", "0"]
    # the one warning: the NIK cell of row 15 is yellow and explains itself
    row15 = next(i for i, r in enumerate(dialog.model.rows) if r.row == 15)
    background = cell(dialog, row15, 3, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == WARNING_BG
    assert "15 digits" in str(cell(dialog, row15, 3, Qt.ItemDataRole.ToolTipRole))
    assert cell(dialog, 0, 3, Qt.ItemDataRole.BackgroundRole) is None
    # totals per product against the JUMLAH row
    totals = [[dialog.totals_table.item(r, c).text() for c in range(4)] for r in range(4)]
    assert totals == [
        ["Simpanan pokok", "Rp 4.000.000", "Rp 4.000.000", "✓ same"],
        ["Simpanan wajib", "Rp 45.200.000", "Rp 45.200.000", "✓ same"],
        ["Simpanan sukarela", "Rp 38.316.000", "Rp 38.316.000", "✓ same"],
        ["Total", "Rp 87.516.000", "Rp 87.516.000", "✓ same"],
    ]
    assert dialog.problems_table.rowCount() == 1
    dialog.only_problems.setChecked(True)
    assert dialog.proxy.rowCount() == 1


def test_broken_file_disables_import_and_marks_cells(qtbot: QtBot, ui: UiContext, broken_file: Path) -> None:
    dialog = open_dialog(qtbot, ui, broken_file)
    assert not dialog.import_button.isEnabled()
    assert "Nothing can be imported yet" in dialog.banner.text()
    rows = {r.row: i for i, r in enumerate(dialog.model.rows)}
    nik_bg = cell(dialog, rows[7], 3, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(nik_bg, QBrush) and nik_bg.color() == BLOCKING_BG
    assert cell(dialog, rows[7], 3, Qt.ItemDataRole.DisplayRole) == "332518570360898"  # as in the file
    assert "16 digits" in str(cell(dialog, rows[7], 3, Qt.ItemDataRole.ToolTipRole))
    assert cell(dialog, rows[12], 9, Qt.ItemDataRole.DisplayRole) == "Rp 5OO.OOO"
    assert cell(dialog, rows[12], 8, Qt.ItemDataRole.BackgroundRole) is None  # pokok of that row is fine
    listed = {(dialog.problems_table.item(i, 1).text(), dialog.problems_table.item(i, 2).text())
              for i in range(dialog.problems_table.rowCount()) if dialog.problems_table.item(i, 0).text() == "Must fix"}
    assert listed == {("5", "NIK (D)"), ("7", "NIK (D)"), ("9", "NIK (D)"), ("12", "SIMP. WAJIB (L)"),
                      ("48", "SIMP. WAJIB (L)")}
    assert "differs by" in dialog.totals_table.item(1, 3).text()
    # clicking a problem takes the clerk to the cell
    index = next(i for i in range(dialog.problems_table.rowCount()) if dialog.problems_table.item(i, 1).text() == "12")
    dialog._go_to_problem(index, 0)
    current = dialog.proxy.mapToSource(dialog.table.currentIndex())
    assert (dialog.model.rows[current.row()].row, current.column()) == (12, 9)


def test_import_from_the_dialog(qtbot: QtBot, ui: UiContext, sample: Path, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    copy = edited_copy(tmp_path / "daftar.xlsx", {})
    dialog = open_dialog(qtbot, ui, copy)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text, yes, no=None: asked.append(text) or True)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Register 40 members" in asked[0] and "Rp 87.516.000" in asked[0]
    assert signal.args[0].voucher == "JM-2025-000001"
    assert "JM-2025-000001" in dialog.banner.text()
    assert not dialog.import_button.isEnabled() and dialog.close_button.text() == "Done"
    with ui.app.reading() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 40

    # the same file again: refused, shown as problems, nothing imported
    again = open_dialog(qtbot, ui, copy)
    assert not again.import_button.isEnabled()
    assert again.preview is not None and len(again.preview.blocking_problems) == 81


def test_the_file_changed_between_preview_and_import(qtbot: QtBot, ui: UiContext, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    copy = edited_copy(tmp_path / "daftar.xlsx", {})
    dialog = open_dialog(qtbot, ui, copy)
    edited_copy(copy, {"M5": 5000})
    monkeypatch.setattr(messages, "confirm", lambda *args, **kwargs: True)
    dialog.start_import()
    qtbot.waitUntil(lambda: "cannot be used" in dialog.banner.text(), timeout=20_000)
    assert "changed since it was checked" in dialog.banner.text()
    assert not dialog.import_button.isEnabled()  # only after checking the file again
    with ui.app.reading() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0
