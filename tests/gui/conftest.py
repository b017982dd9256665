"""GUI test fixtures: a Qt app with a fixed font and the app's style, a UiContext on a
fresh SQLite file, and the Indonesian translation installed (the app's default).

Every GUI test fails on a Qt warning (``qt_log_level_fail``): a warning is a bug here.
The one exception is the offscreen platform saying it cannot pass window size hints to a
window system (it has none): that is the test platform, not the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from coopdesk.services.context import AppContext
from coopdesk.ui import messages
from coopdesk.ui.app import make_ui_context, register_fonts
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import error_with_field
from coopdesk.ui.i18n import Translations
from coopdesk.ui.pyside_workaround import protect_singletons
from coopdesk.ui.style import STYLE_SHEET

# Before any test runs (conftests are imported at collection): with PySide6 6.12 on Python
# 3.11 a long Qt test session would otherwise abort at exit ("bool_dealloc").
protect_singletons()

OFFSCREEN_LIMITS = r"^This plugin does not support (propagateSizeHints|raise)\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    register_fonts()
    qapp.setFont(QFont("DejaVu Sans", 9))
    qapp.setStyleSheet(STYLE_SHEET)
    return qapp


@pytest.fixture
def translations(app: QApplication) -> Iterator[Translations]:
    tr = Translations(app)
    tr.apply("id")
    yield tr
    tr.apply("en")


@pytest.fixture
def ui(app: QApplication, translations: Translations, sqlite_ctx: AppContext, tmp_path: Path) -> Iterator[UiContext]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = make_ui_context(sqlite_ctx, settings, "id", receipts_dir=tmp_path / "receipts")
    yield context
    context.worker.wait()


class Answers:
    """Replaces the modal message boxes: records what was asked, answers as told."""

    def __init__(self) -> None:
        self.confirm_answer = True
        self.asked: list[str] = []
        self.shown: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    recorded = Answers()

    def confirm(parent: object, title: str, text: str, yes: str, no: str | None = None) -> bool:
        recorded.asked.append(text)
        return recorded.confirm_answer

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "info", lambda parent, title, text: recorded.shown.append(text))
    monkeypatch.setattr(messages, "error", lambda parent, exc: recorded.shown.append(error_with_field(exc)))
    return recorded
