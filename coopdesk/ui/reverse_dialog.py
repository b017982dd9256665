"""Correct a posted entry the only way the books allow: a reversing entry with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.reports.journal_list import EntryRow
from coopdesk.services import corrections
from coopdesk.services.ledger import PostedEntry
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.widgets import DateEdit, ErrorLabel, FormErrors, format_date, hint, page_title, submit_row


class ReverseDialog(QDialog):
    def __init__(self, ui: UiContext, entry: EntryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._entry = entry
        self.reversal: PostedEntry | None = None
        self.setWindowTitle(self.tr("Correct entry {voucher}").format(voucher=entry.voucher))
        self.setMinimumWidth(520)

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. amount typed wrongly, member paid 50.000 not 500.000"))
        self.day = DateEdit(ui.app.today())
        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("Entry"), QLabel(f"<b>{entry.voucher}</b> · {format_date(entry.date)} · "
                                             f"{format_rupiah(entry.amount)}"))
        memo = QLabel(entry.memo)
        memo.setWordWrap(True)
        form.addRow(self.tr("Description"), memo)
        for field, label, widget in (("reason", self.tr("Reason"), self.reason),
                                     ("date", self.tr("Date of the correction"), self.day)):
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(field, widget, error)

        self.submit_button, buttons = submit_row(self, self.tr("Post the correction"))

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Reverse with a reason")))
        layout.addWidget(hint(self.tr("Posted entries are never changed. A correcting entry with the opposite "
                                      "amounts cancels this one, and savings it moved are moved back. Post the "
                                      "right entry afterwards if needed.")))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        try:
            self.reversal = corrections.reverse(self._ui.app, self._entry.voucher, self.reason.text(),
                                                self.day.value())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.accept()
