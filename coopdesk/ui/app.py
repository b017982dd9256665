"""Starting the desktop app: open the books, first-start set-up, language, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from coopdesk.db.location import default_database, user_data_dir
from coopdesk.db.schema import Database, open_database
from coopdesk.domain.errors import ValidationError
from coopdesk.services.books import is_initialised
from coopdesk.services.context import DEFAULT_ADMIN, AppContext
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.first_start import FirstStartDialog
from coopdesk.ui.i18n import Translations, chosen_language
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pyside_workaround import protect_singletons
from coopdesk.ui.style import STYLE_SHEET
from coopdesk.ui.worker import DbWorker

log = logging.getLogger(__name__)


def register_fonts() -> None:
    """Bundled DejaVu, so every glyph draws even on a machine without fonts."""
    from coopdesk.resources import resource

    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = resource("fonts", name)
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))


class AppShell:
    """Holds what lives as long as the app: the translator and the current main window.

    Switching the language builds a new main window (every text is set when a widget is
    built), which is simpler and more reliable than re-translating each widget in place.
    """

    def __init__(self, qapp: QApplication, ui: UiContext, translations: Translations) -> None:
        self.qapp = qapp
        self.ui = ui
        self.translations = translations
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        window = MainWindow(self.ui)
        window.language_change_requested.connect(self.switch_language)
        if self.window is not None:
            window.setGeometry(self.window.geometry())
            old = self.window
            self.window = window
            old.close()
            old.deleteLater()
        self.window = window
        window.show()
        return window

    def switch_language(self, lang: str) -> MainWindow:
        self.ui.lang = lang
        self.translations.apply(lang)
        window = self.show()
        window.show_page(window.pages.indexOf(window.settings))
        return window


def make_ui_context(ctx: AppContext, settings: QSettings, lang: str, receipts_dir: Path | None = None) -> UiContext:
    return UiContext(app=ctx, settings=settings, worker=DbWorker(), receipts_dir=receipts_dir or
                     user_data_dir() / "receipts", lang=lang)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Errors that escape a slot: the user's environment (database locked, disk full), or our bug."""
    if isinstance(exc, OperationalError):
        messages.environment_error(None, exc)
    else:
        messages.bug(None, exc.with_traceback(tb))


def run_app(db: str | None, user: str | None, lang: str | None) -> int:
    """Entry point of ``coopdesk`` without a command."""
    logging.basicConfig(level=logging.WARNING)
    if protect_singletons():
        log.warning("PySide6 %s has a reference-counting bug on Python 3.11; guarded (see pyside_workaround.py)",
                    PySide6.__version__)
    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setOrganizationName("CoopDesk")
    qapp.setApplicationName("CoopDesk")
    qapp.setWindowIcon(QIcon())
    register_fonts()
    qapp.setStyleSheet(STYLE_SHEET)
    settings = QSettings()
    language = chosen_language(settings, lang)
    translations = Translations(qapp)
    translations.apply(language)  # so the first-start dialog and errors are in the right language

    target = db or default_database()
    try:
        database: Database = open_database(target)
    except OperationalError as exc:
        messages.environment_error(None, exc)
        return 3
    ctx = AppContext(database, user_name=user)
    if not is_initialised(database):
        # Without --user the books' administrator is called "admin", as with `coopdesk init`.
        first = FirstStartDialog(database, user or DEFAULT_ADMIN, ctx.today())
        if first.exec() != FirstStartDialog.DialogCode.Accepted:
            database.dispose()
            return 1
    try:
        with ctx.reading() as session:
            ctx.actor(session)  # an unknown --user would fail only at the first posting
    except ValidationError as exc:
        messages.error(None, exc)
        database.dispose()
        return 2
    ui = make_ui_context(ctx, settings, language)
    shell = AppShell(qapp, ui, translations)
    sys.excepthook = _excepthook
    shell.show()
    code = qapp.exec()
    ui.worker.wait()
    database.dispose()
    return int(code)
