"""The "Posting SHU" dialog: the RAT date and how members are paid (cash, credited to their
simpanan sukarela, or later), posted on the worker thread; a refusal shows next to its field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.services import shu
from coopdesk.services.shu import PostResult, ShuSheet
from coopdesk.ui.context import UiContext
from coopdesk.ui.widgets import DateEdit, ErrorLabel, FormErrors, hint, page_title, submit_row


class PostShuDialog(QDialog):
    posted = Signal(object)  # PostResult

    def __init__(self, ui: UiContext, sheet: ShuSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._sheet = sheet
        self.result_value: PostResult | None = None
        pay_only = sheet.distribution is not None and not sheet.distribution.pay_mode
        self._pay_only = pay_only
        self.setWindowTitle(self.tr("Posting SHU"))
        self.setMinimumWidth(520)

        today = ui.app.today()
        self.rat_date = DateEdit(sheet.distribution.rat_date if pay_only and sheet.distribution
                                 else today)
        self.rat_date.setEnabled(not pay_only)
        self.cash = QRadioButton(self.tr("Pay in cash"))
        self.sukarela = QRadioButton(self.tr("Credit to the members' simpanan sukarela"))
        self.later = QRadioButton(self.tr("Pay later (shares wait in 2121)"))
        self.group = QButtonGroup(self)
        for i, button in enumerate((self.cash, self.sukarela, self.later)):
            self.group.addButton(button, i)
        self.cash.setChecked(True)
        if pay_only:
            self.later.setEnabled(False)
        pay_box = QWidget()
        pay_layout = QVBoxLayout(pay_box)
        pay_layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.cash, self.sukarela, self.later):
            pay_layout.addWidget(button)
        pay_layout.addWidget(hint(self.tr("Members who have left are paid in cash either way.")))

        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("SHU {year}").format(year=sheet.year), QLabel(f"<b>{format_rupiah(sheet.shu)}</b>"))
        form.addRow(self.tr("To members"), QLabel(self.tr("{amount} to {count} members").format(
            amount=format_rupiah(sheet.total_to_members()), count=sum(1 for r in sheet.rows if r.total > 0))))
        for field, label, widget in (("rat_date", self.tr("RAT date"), self.rat_date),
                                     ("pay", self.tr("Members' shares"), pay_box)):
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(field, widget, error)

        self.submit_button, buttons = submit_row(self, self.tr("Pay the members") if pay_only else self.tr("Post"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Pay the SHU of {year}").format(year=sheet.year) if pay_only
                                    else self.tr("Post the SHU of {year}").format(year=sheet.year)))
        layout.addWidget(hint(self.tr(
            "Post after the RAT approved the allocation: one entry dated the RAT day moves the SHU from 3180 to the "
            "reserve, the funds and 2121 (the members' shares). Posted SHU cannot be reversed and the year can no "
            "longer be re-opened.")))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)

    def pay_mode(self) -> str | None:
        if self.cash.isChecked():
            return "cash"
        if self.sukarela.isChecked():
            return "sukarela"
        return None

    def submit(self) -> None:
        self.errors.clear()
        ctx, year, rat_date, pay = self._ui.app, self._sheet.year, self.rat_date.value(), self.pay_mode()
        self.submit_button.setEnabled(False)
        self._ui.worker.submit(lambda: shu.post(ctx, year, rat_date, pay), self._done, on_error=self._failed,
                               owner=self, label=self.tr("Posting the SHU…"))

    def _done(self, result: PostResult) -> None:
        self.result_value = result
        self.posted.emit(result)
        self.accept()

    def _failed(self, exc: CoopDeskError) -> None:
        self.submit_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        else:
            self.errors.show(ValidationError("", str(exc)))
