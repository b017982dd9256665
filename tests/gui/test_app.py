"""First start, the background worker and the main window's navigation."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.db.schema import open_database
from coopdesk.domain.errors import ValidationError
from coopdesk.services import settings
from coopdesk.services.books import is_initialised
from coopdesk.ui.context import UiContext
from coopdesk.ui.first_start import FirstStartDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.worker import DbWorker


def test_first_start_creates_the_books(qtbot: QtBot, app: QApplication, translations: object,
                                       sqlite_template: Path, tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "new.db"))
    try:
        dialog = FirstStartDialog(db, "admin", date(2026, 3, 4))
        qtbot.addWidget(dialog)
        assert dialog.start.value() == date(2026, 1, 1)
        assert dialog.pokok.text() == "100.000" and dialog.wajib.text() == "50.000"
        dialog.create_button.click()
        assert dialog.errors.message_for("name") == "wajib diisi"
        assert not is_initialised(db)
        dialog.name.setText("KSP Maju Bersama")
        dialog.wajib.setText("Rp 25.000")
        dialog.create_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert is_initialised(db)
        with db.sessions() as session:
            assert settings.get(session, "coop_name") == "KSP Maju Bersama"
            assert settings.books_start(session) == date(2026, 1, 1)
    finally:
        db.dispose()


def test_navigation_with_ctrl_numbers(qtbot: QtBot, ui: UiContext) -> None:
    window = MainWindow(ui)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.windowTitle() == "KSP Sejahtera · CoopDesk"
    assert window.pages.currentWidget() is window.dashboard  # the home page comes first
    for number, page in ((2, window.members), (3, window.loans), (4, window.cash_book), (5, window.journal),
                         (6, window.statements), (7, window.trial_balance), (8, window.assets),
                         (9, window.month_end), (0, window.year_end), (1, window.dashboard)):
        qtbot.keyClick(window, str(number), modifier=Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: not ui.worker.busy)


def test_worker_reports_results_and_user_errors_on_the_ui_thread(qtbot: QtBot, app: QApplication) -> None:
    import threading

    worker = DbWorker()
    owner = QWidget()
    qtbot.addWidget(owner)
    seen: list[object] = []
    main = threading.get_ident()
    worker.submit(lambda: threading.get_ident(), lambda r: seen.append((r != main, threading.get_ident() == main)),
                  owner=owner)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen == [(True, True)]  # ran elsewhere, reported here

    def refuse() -> None:
        raise ValidationError("amount", "must be more than zero")

    worker.submit(refuse, seen.append, on_error=lambda e: seen.append(e.message), owner=owner)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[1] == "must be more than zero"
    assert worker.wait()


def test_progress_dialog_only_for_slow_work(qtbot: QtBot, app: QApplication) -> None:
    worker = DbWorker()
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    done: list[str] = []
    worker.submit(lambda: "fast", done.append, owner=owner, label="Sebentar…")
    qtbot.waitUntil(lambda: done == ["fast"])
    qtbot.wait(600)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    def slow() -> str:
        time.sleep(1.0)
        return "slow"

    worker.submit(slow, done.append, owner=owner, label="Menjalankan tutup bulan…")
    qtbot.waitUntil(lambda: any(isinstance(w, QProgressDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=2000)
    qtbot.waitUntil(lambda: done == ["fast", "slow"], timeout=5000)
    qtbot.waitUntil(lambda: not any(isinstance(w, QProgressDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))


def test_a_bug_in_background_work_is_not_swallowed(qtbot: QtBot, app: QApplication) -> None:
    worker = DbWorker()

    def broken() -> None:
        raise ZeroDivisionError("our bug")

    with qtbot.capture_exceptions() as exceptions:
        worker.submit(broken, lambda _r: None, on_error=lambda _e: None)
        qtbot.waitUntil(lambda: not worker.busy)
        qtbot.wait(50)
    assert [type(e[1]) for e in exceptions] == [ZeroDivisionError]
