"""Small loan dialogs: reject an application (with a reason), write a loan off (hapus buku,
with a reason), and receive money on a written-off loan (recovery)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.loan_quality import Collectibility
from coopdesk.domain.money import format_rupiah
from coopdesk.services import loan_repayments, loans
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_labels import class_label
from coopdesk.ui.loan_queries import LoanSummary
from coopdesk.ui.loan_widgets import LiveErrors, field_box
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import AmountEdit, DateEdit, ErrorLabel, banner, hint, page_title, submit_row


class RejectDialog(QDialog):
    """Reject an application: the reason is kept with the loan."""

    saved = Signal(str)

    def __init__(self, ui: UiContext, loan: LoanSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._loan = loan
        self.setWindowTitle(self.tr("Reject application"))
        self.setMinimumWidth(520)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. income too small for the installment"))
        general = ErrorLabel()
        self.errors = LiveErrors(general)
        error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Application"), QLabel(f"<b>{loan.number}</b> · {loan.member_number} · "
                                                   f"{loan.member_name} · {format_rupiah(loan.principal)}"))
        form.addRow(self.tr("Reason"), field_box(self.reason, error))
        self.errors.add("reason", self.reason, error)
        self.submit_button, buttons = submit_row(self, self.tr("Reject"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Reject application")))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        try:
            loans.reject(self._ui.app, self._loan.number, self.reason.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.saved.emit(self._loan.number)
        self.accept()


class WriteOffDialog(QDialog):
    """Hapus buku: Dr 1149 / Cr 1141 the outstanding principal.  The member still owes it."""

    saved = Signal(str)

    def __init__(self, ui: UiContext, loan: LoanSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._loan = loan
        self.voucher: str | None = None
        self.setWindowTitle(self.tr("Write off loan"))
        self.setMinimumWidth(560)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. Macet over a year, decision of the pengurus meeting 12/11"))
        self.day = DateEdit(ui.app.today())
        general = ErrorLabel()
        self.errors = LiveErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Loan"), QLabel(f"<b>{loan.number}</b> · {loan.member_number} · {loan.member_name}"))
        form.addRow(self.tr("Outstanding principal"), QLabel(f"<b>{format_rupiah(loan.outstanding)}</b>"))
        for field, label, widget in (("reason", self.tr("Reason"), self.reason), ("date", self.tr("Date"), self.day)):
            error = ErrorLabel()
            form.addRow(label, field_box(widget, error))
            self.errors.add(field, widget, error)
        self.submit_button = QPushButton(self.tr("Write off"))
        set_primary(self.submit_button)
        self.submit_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setDefault(True)  # a write-off is a deliberate click
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Write off loan {number}").format(number=loan.number)))
        layout.addWidget(hint(self.tr("The outstanding principal is taken off the books against the allowance "
                                      "(Dr 1149 / Cr 1141). The member still owes it: money received later is "
                                      "booked as a recovery. Usually done for a Macet loan after a decision of the "
                                      "pengurus.")))
        if loan.collectibility is not None and loan.collectibility is not Collectibility.MACET:
            warning = banner("banner")
            warning.setText(self.tr("This loan is {cls}, not Macet: usually only a Macet loan is written off.").format(
                cls=class_label(loan.collectibility)))
            layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)
        self.reason.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        question = self.tr("Write off {amount} of loan {number}?").format(
            amount=format_rupiah(self._loan.outstanding), number=self._loan.number)
        if not messages.confirm(self, self.tr("Write off loan"), question, self.tr("Write off")):
            return
        try:
            entry = loan_repayments.write_off(self._ui.app, self._loan.number, self.day.value(), self.reason.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.voucher = entry.voucher
        self.saved.emit(entry.voucher)
        self.accept()


class RecoveryDialog(QDialog):
    """Money received on a written-off loan: Dr Kas / Cr 4290 other income."""

    saved = Signal(str)

    def __init__(self, ui: UiContext, loan: LoanSummary, left: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._loan = loan
        self.voucher: str | None = None
        self.setWindowTitle(self.tr("Recovery on a written-off loan"))
        self.setMinimumWidth(560)
        self.amount = AmountEdit()
        self.day = DateEdit(ui.app.today())
        general = ErrorLabel()
        self.errors = LiveErrors(general)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Loan"), QLabel(f"<b>{loan.number}</b> · {loan.member_number} · {loan.member_name}"))
        form.addRow(self.tr("Still to recover"), QLabel(f"<b>{format_rupiah(left)}</b>"))
        for field, label, widget in (("amount", self.tr("Amount received (Rp)"), self.amount),
                                     ("date", self.tr("Date"), self.day)):
            error = ErrorLabel()
            form.addRow(label, field_box(widget, error))
            self.errors.add(field, widget, error)
        self.submit_button, buttons = submit_row(self, self.tr("Save recovery"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Recovery on loan {number}").format(number=loan.number)))
        layout.addWidget(hint(self.tr("Money received on a loan that was written off is other income (Dr Kas / "
                                      "Cr 4290); the loan stays written off.")))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)
        self.amount.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        try:
            entry = loan_repayments.recover(self._ui.app, self._loan.number, self.amount.value(), self.day.value())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.voucher = entry.voucher
        self.saved.emit(entry.voucher)
        self.accept()
