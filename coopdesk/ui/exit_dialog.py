"""A member leaves: preview what is paid back, confirm, post, print receipt and statement."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.terbilang import terbilang
from coopdesk.services import member_exit, members
from coopdesk.services.member_exit import ExitSettlement
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel, render_exit_statement, render_receipt
from coopdesk.ui.labels import EXIT_REASONS, status_label
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import DateEdit, ErrorLabel, FormErrors, banner, hint, page_title


class ExitDialog(QDialog):
    exited = Signal(str)  # member number

    def __init__(self, ui: UiContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._number = number
        self.settlement: ExitSettlement | None = None
        member = members.get(ui.app, number)
        self._member_label = f"{member.number} · {member.name}"
        self.setWindowTitle(self.tr("End of membership"))
        self.setMinimumWidth(580)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form_page())
        self.stack.addWidget(self._done_page())
        QVBoxLayout(self).addWidget(self.stack)
        self.refresh_preview()

    def _form_page(self) -> QWidget:
        page = QWidget()
        self.day = DateEdit(self._ui.app.today())
        self.reason = QComboBox()
        for code in EXIT_REASONS:
            self.reason.addItem(status_label(code), code)
        self.preview_model = RowsModel([Column(self.tr("Savings"), lambda r: r[0]),
                                        Column(self.tr("Paid back"), lambda r: r[1], "money")], self)
        self.preview = setup_table(QTableView(), self.preview_model, stretch=0)
        fit_columns(self.preview, {1: 170})
        self.preview.setMinimumHeight(140)
        self.preview.setMaximumHeight(170)
        self.total = QLabel()
        self.total.setObjectName("amountWords")
        self.total.setWordWrap(True)

        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("Member"), QLabel(f"<b>{self._member_label}</b>"))
        for field, label, widget in (("date", self.tr("Date"), self.day), ("reason", self.tr("Reason"), self.reason)):
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(field, widget, error)

        self.submit_button = QPushButton(self.tr("Pay back and end membership"))
        set_primary(self.submit_button)
        self.submit_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setDefault(True)  # ending a membership must be a deliberate click
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("End of membership")))
        layout.addWidget(hint(self.tr("All savings (pokok, wajib and sukarela) are paid back in cash in one entry. "
                                      "This cannot be undone except by a correction in the journal.")))
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("To be paid back")))
        layout.addWidget(self.preview)
        layout.addWidget(self.total)
        layout.addWidget(general)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.day.dateChanged.connect(self.refresh_preview)
        return page

    def refresh_preview(self) -> None:
        rows = member_exit.preview(self._ui.app, self._number, self.day.value())
        total = sum(amount for _, amount in rows)
        self.preview_model.set_rows(rows, total=(self.tr("Total"), total))
        if total:
            self.total.setText(self.tr("In words: {words}").format(words=terbilang(total)))
        else:
            self.total.setText(self.tr("Nothing to pay back: the member has no savings."))

    def submit(self) -> None:
        self.errors.clear()
        total = sum(amount for _, amount in self.preview_model.rows)
        question = self.tr("End the membership of {member} and pay back {amount}?").format(
            member=self._member_label, amount=format_rupiah(total))
        if not messages.confirm(self, self.tr("End of membership"), question, self.tr("Pay back and end")):
            return
        try:
            self.settlement = member_exit.exit_member(self._ui.app, self._number, self.day.value(),
                                                      self.reason.currentData())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self._show_done(self.settlement)

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_banner = banner("okBanner")
        self.done_holder = QVBoxLayout()
        close = QPushButton(self.tr("Done"))
        set_primary(close)
        close.clicked.connect(self.accept)
        self.close_button = close
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Membership ended")))
        layout.addWidget(self.done_banner)
        layout.addLayout(self.done_holder)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_done(self, result: ExitSettlement) -> None:
        if result.voucher:
            text = self.tr("{member} has left. Paid back {amount} with voucher {voucher}.").format(
                member=self._member_label, amount=format_rupiah(result.cash_paid), voucher=result.voucher)
        else:
            text = self.tr("{member} has left. There was nothing to pay back.").format(member=self._member_label)
        self.done_banner.setText(text)
        ctx, lang, number = self._ui.app, self._ui.lang, self._number
        self.documents: list[DocumentPanel] = []
        if result.voucher:
            voucher = result.voucher
            path = self._ui.receipt_path(voucher)
            self.documents.append(DocumentPanel(self._ui, self.tr("Receipt for the money paid back"),
                                                lambda: render_receipt(ctx, voucher, path, lang)))
        statement_path = self._ui.receipt_path(f"keluar-{number}")
        self.documents.append(DocumentPanel(self._ui, self.tr("Settlement statement"),
                                            lambda: render_exit_statement(ctx, number, statement_path, lang)))
        for panel in self.documents:
            self.done_holder.addWidget(panel)
            panel.start()
        self.stack.setCurrentIndex(1)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.exited.emit(number)
