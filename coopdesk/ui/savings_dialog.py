"""Deposit (setoran) and withdrawal (penarikan) dialogs, usable with the keyboard alone.

Tab moves product → amount → date → button; Enter posts; Esc cancels.  After posting the
same dialog shows the voucher and offers the receipt, so the next key press can print it.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.domain.savings import SavingsKind
from coopdesk.domain.terbilang import terbilang
from coopdesk.services import savings
from coopdesk.services.ledger import PostedEntry
from coopdesk.services.members import by_number
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel, render_receipt
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import AmountEdit, DateEdit, ErrorLabel, FormErrors, banner, page_title

Mode = Literal["deposit", "withdraw"]


class SavingsDialog(QDialog):
    posted = Signal(str)  # voucher, as soon as the posting is saved

    def __init__(self, ui: UiContext, number: str, mode: Mode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._number = number
        self._mode = mode
        self.entry: PostedEntry | None = None
        self.receipt: DocumentPanel | None = None
        deposit = mode == "deposit"
        self.setWindowTitle(self.tr("Deposit") if deposit else self.tr("Withdrawal"))
        self.setMinimumWidth(580)

        with ui.app.reading() as session:
            member = by_number(session, number)
            self._member_id = member.id
            self._member_label = f"{member.number} · {member.name}"
            products = [p for p in savings.products(session)
                        if deposit or p.kind == SavingsKind.SUKARELA.value]
            self._products = {p.code: (p.name, p.kind, p.fixed_amount) for p in products}

        self.stack = QStackedWidget()
        self.stack.addWidget(self._form_page(deposit))
        self.stack.addWidget(self._done_page(deposit))
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._suggested = ""
        self._choose_default_product()
        self._product_changed()
        self.amount.setFocus()

    def _choose_default_product(self) -> None:
        # The likely product first: unpaid pokok, then wajib in arrears, else sukarela.
        if self._mode != "deposit":
            return
        with self._ui.app.reading() as session:
            balances = savings.balances(session, self._member_id)
            owed = savings.arrears(session, self._member_id)
        wanted = "sukarela"
        for code, (_name, kind, fixed) in self._products.items():
            if kind == SavingsKind.POKOK.value and fixed and balances.get(code, 0) < fixed:
                wanted = code
                break
            if kind == SavingsKind.WAJIB.value and owed.months:
                wanted = code
        index = self.product.findData(wanted)
        if index >= 0:
            self.product.setCurrentIndex(index)

    # --- the form ---
    def _form_page(self, deposit: bool) -> QWidget:
        page = QWidget()
        title = self.tr("Savings deposit") if deposit else self.tr("Savings withdrawal")
        self.product = QComboBox()
        for code, (name, _kind, _fixed) in self._products.items():
            self.product.addItem(name, code)
        self.product_info = QLabel()
        self.product_info.setObjectName("hint")
        self.product_info.setWordWrap(True)
        self.amount = AmountEdit()
        self.day = DateEdit(self._ui.app.today())

        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        form.addRow(self.tr("Member"), QLabel(f"<b>{self._member_label}</b>"))
        rows = (("product", self.tr("Savings product"), self.product),
                ("amount", self.tr("Amount (Rp)"), self.amount),
                ("date", self.tr("Date"), self.day))
        for field, label, widget in rows:
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            if field == "product":
                box.addWidget(self.product_info)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(field, widget, error)

        self.submit_button = QPushButton(self.tr("Save deposit") if deposit else self.tr("Save withdrawal"))
        set_primary(self.submit_button)
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.submit_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(page)
        layout.addWidget(page_title(title))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.product.currentIndexChanged.connect(self._product_changed)
        QWidget.setTabOrder(self.product, self.amount.edit)
        QWidget.setTabOrder(self.amount.edit, self.day)
        QWidget.setTabOrder(self.day, self.submit_button)
        QWidget.setTabOrder(self.submit_button, cancel)
        return page

    def _product_changed(self) -> None:
        code = self.product.currentData()
        if code is None:
            self.product_info.setText(self.tr("This member has no product that can be withdrawn."))
            self.submit_button.setEnabled(False)
            return
        _name, kind, fixed = self._products[code]
        with self._ui.app.reading() as session:
            product = savings.product_by_code(session, code)
            balance = savings.balance(session, self._member_id, product.id)
            owed = savings.arrears(session, self._member_id) if kind == SavingsKind.WAJIB.value else None
        suggestion: int | None = None
        if self._mode == "withdraw":
            info = self.tr("Available balance: {balance}").format(balance=format_rupiah(balance))
        elif kind == SavingsKind.POKOK.value and fixed:
            info = self.tr("Simpanan pokok is {fixed}; paid so far {paid}.").format(
                fixed=format_rupiah(fixed), paid=format_rupiah(balance))
            suggestion = max(fixed - balance, 0) or None
        elif kind == SavingsKind.WAJIB.value:
            if owed and owed.months:
                info = self.tr("Wajib arrears: {months} month(s), {amount}. Balance {balance}.").format(
                    months=len(owed.months), amount=format_rupiah(owed.total), balance=format_rupiah(balance))
            else:
                info = self.tr("No wajib arrears. Balance {balance}.").format(balance=format_rupiah(balance))
            suggestion = fixed or None
        else:
            info = self.tr("Balance: {balance}").format(balance=format_rupiah(balance))
        self.product_info.setText(info)
        # Replace the amount only if the clerk has not typed one of their own.
        if self.amount.text().strip() in ("", self._suggested):
            self.amount.set_value(suggestion)
            self._suggested = self.amount.text()

    def submit(self) -> None:
        self.errors.clear()
        try:
            amount = self.amount.value()
            code = self.product.currentData()
            if self._mode == "deposit":
                entry = savings.deposit(self._ui.app, self._number, code, amount, self.day.value())
            else:
                entry = savings.withdraw(self._ui.app, self._number, code, amount, self.day.value())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self._show_done(entry)

    # --- after posting ---
    def _done_page(self, deposit: bool) -> QWidget:
        page = QWidget()
        self.done_banner = banner("okBanner")
        self.done_member = QLabel()
        self.done_product = QLabel()
        self.done_amount = QLabel()
        self.done_amount.setObjectName("bigAmount")
        self.done_words = QLabel()
        self.done_words.setObjectName("amountWords")
        self.done_words.setWordWrap(True)
        details = QFormLayout()
        details.addRow(self.tr("Member"), self.done_member)
        details.addRow(self.tr("Savings product"), self.done_product)
        details.addRow(self.tr("Amount"), self.done_amount)
        details.addRow("", self.done_words)
        self.done_holder = QVBoxLayout()
        self.close_button = QPushButton(self.tr("Done"))
        set_primary(self.close_button)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(page_title(self.tr("Deposit saved") if deposit else self.tr("Withdrawal saved")))
        layout.addWidget(self.done_banner)
        layout.addLayout(details)
        layout.addLayout(self.done_holder)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _show_done(self, entry: PostedEntry) -> None:
        self.entry = entry
        product_name = self._products[self.product.currentData()][0]
        self.done_banner.setText(self.tr("Voucher {voucher} posted on {date}.").format(
            voucher=entry.voucher, date=entry.date.strftime("%d/%m/%Y")))
        self.done_member.setText(self._member_label)
        self.done_product.setText(product_name)
        self.done_amount.setText(format_rupiah(entry.amount))
        self.done_words.setText(terbilang(entry.amount))
        path = self._ui.receipt_path(entry.voucher)
        lang = self._ui.lang
        ctx = self._ui.app
        self.receipt = DocumentPanel(self._ui, self.tr("Receipt for the member"),
                                     lambda: render_receipt(ctx, entry.voucher, path, lang))
        self.done_holder.addWidget(self.receipt)
        self.stack.setCurrentIndex(1)
        self.submit_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.receipt.start()
        self.posted.emit(entry.voucher)
