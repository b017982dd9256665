"""Message boxes with translated buttons (the Qt wheels ship no Indonesian for them).

Pages call these through the module (``messages.confirm(...)``) so tests can replace
them instead of clicking a modal box.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk.domain.errors import ValidationError
from coopdesk.ui.error_texts import error_with_field

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # the name lupdate looks for


def confirm(parent: QWidget, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(no or translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok


def info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def error(parent: QWidget | None, exc: ValidationError) -> None:
    """A user's error shown away from its field (e.g. a reversal refused by the books)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Messages", "Cannot do that"), error_with_field(exc),
                      QMessageBox.StandardButton.NoButton, parent)
    box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def environment_error(parent: QWidget | None, exc: Exception) -> None:
    """The database could not be used (locked by another program, disk full, file gone):
    the user can fix it, so say what to do rather than show a traceback."""
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    log.warning("database unavailable: %s", reason)
    text = translate("Messages", "CoopDesk could not read or write the books: {reason}.\n\nClose other "
                     "programs that use the file, check that the disk is not full, and try again.")
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Messages", "The books cannot be used right now"),
                      text.format(reason=reason), QMessageBox.StandardButton.NoButton, parent)
    box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def bug(parent: QWidget | None, exc: BaseException) -> None:
    """Our bug: say so plainly, with the details a developer needs."""
    details = "".join(traceback.format_exception(exc))
    log.error("unexpected error\n%s", details)
    text = translate("Messages", "Something went wrong inside CoopDesk. Nothing was half-saved: a posting is "
                     "saved completely or not at all.\n\nPlease report this with the details below.")
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Messages", "Unexpected error"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setDetailedText(details)
    box.addButton(translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
