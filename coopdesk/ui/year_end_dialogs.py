"""Re-opening a closed year: administrator only, with a reason that is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.services import year_end
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.widgets import ErrorLabel, FormErrors, hint, page_title, submit_row


class ReopenDialog(QDialog):
    def __init__(self, ui: UiContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._year = year
        self.voucher: str | None = None
        self.setWindowTitle(self.tr("Re-open {year}").format(year=year))
        self.setMinimumWidth(520)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the auditor found an expense booked in the wrong year"))
        general = ErrorLabel()
        self.errors = FormErrors(general)
        error = ErrorLabel()
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(self.reason)
        box.addWidget(error)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), box)
        self.errors.add("reason", self.reason, error)
        self.submit_button, buttons = submit_row(self, self.tr("Re-open the year"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Re-open {year}").format(year=year)))
        layout.addWidget(hint(self.tr(
            "Re-opening reverses the closing entry and lets postings into {year} again. Only an administrator "
            "can do it; who did it, when and why is kept in the year's history. Close the year again when the "
            "correction is made.").format(year=year)))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        try:
            self.voucher = year_end.reopen(self._ui.app, self._year, self.reason.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.accept()
