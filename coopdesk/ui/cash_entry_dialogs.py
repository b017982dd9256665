"""Quick forms for the everyday cash entries: an expense paid in cash, other income received,
money moved between the cash box and the bank.

Each asks only what the clerk knows (which expense, how much, what for) and posts an ordinary
journal entry through :mod:`coopdesk.services.cash_entries`; the debit and credit sides are
the service's business.  Accounts are picked in a combo that searches code and name as
one types ("atk", "5220", "listrik").  Errors appear under the field they are about.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.exc import OperationalError

from coopdesk.domain.accounts import AccountKind
from coopdesk.domain.errors import ValidationError
from coopdesk.services import cash_entries
from coopdesk.services.cash_entries import AccountOption
from coopdesk.services.ledger import PostedEntry
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.manual_entry_dialog import AccountChoice, resolve_account
from coopdesk.ui.widgets import AmountEdit, DateEdit, ErrorLabel, FormErrors, hint, page_title, submit_row

Kind = Literal["expense", "income", "transfer"]


class AccountPicker(QComboBox):
    """A combo of "code · name" the clerk can type into: the list narrows to the accounts
    whose code or name contains what was typed."""

    def __init__(self, options: list[AccountOption], placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = [AccountChoice(o.code, o.name) for o in options]
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self.setMinimumWidth(340)
        for choice in self._choices:
            self.addItem(choice.text, choice.code)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
        if placeholder:
            self.lineEdit().setPlaceholderText(placeholder)

    def select_code(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def code(self, field: str) -> str:
        """The chosen account's code; a ValidationError for ``field`` if nothing fits."""
        text = self.currentText().strip()
        if not text:
            raise ValidationError(field, "choose an account")
        choice = resolve_account(text, self._choices)
        if choice is not None:
            return choice.code
        if text.isdigit():
            # A code not offered here (4290 typed as an expense): the service says why.
            return text
        raise ValidationError(field, "unknown account: {value}", value=text)


class CashEntryDialog(QDialog):
    """One of the three quick forms, by ``kind``: "expense", "income" or "transfer"."""

    posted = Signal(str)  # voucher

    def __init__(self, ui: UiContext, kind: Kind, cash_code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.kind = kind
        self.entry: PostedEntry | None = None
        with ui.app.reading() as session:
            cash = cash_entries.cash_accounts(session)
            box = cash_entries.cash_account_code(session)
            expense = cash_entries.accounts_of_kind(session, AccountKind.EXPENSE)
            income = cash_entries.accounts_of_kind(session, AccountKind.INCOME)
        cash_code = cash_code or box
        bank = next((o.code for o in cash if o.code != box), None)
        titles = {"expense": self.tr("Cash expense"), "income": self.tr("Cash income"),
                  "transfer": self.tr("Transfer between cash and bank")}
        self.setWindowTitle(titles[kind])
        self.setMinimumWidth(560)
        search = self.tr("Type a code or part of the name")
        self.account: AccountPicker | None = None
        rows: list[tuple[str, str, QWidget]] = []
        if kind == "expense":
            self.account = AccountPicker(expense, search)
            self.source = AccountPicker(cash)
            self.target = None
            rows += [("account", self.tr("Expense account"), self.account),
                     ("from", self.tr("Paid from"), self.source)]
            explanation = self.tr("Money paid out for the cooperative's costs (ATK, electricity, rent …). "
                                  "Posted as a cash-out voucher (BKK).")
        elif kind == "income":
            self.account = AccountPicker(income, search)
            self.source = None
            self.target = AccountPicker(cash)
            rows += [("account", self.tr("Income account"), self.account),
                     ("to", self.tr("Received into"), self.target)]
            explanation = self.tr("Money received that is not a member's savings or loan payment (bank interest, "
                                  "other income). Posted as a cash-in voucher (BKM).")
        else:
            self.source = AccountPicker(cash)
            self.target = AccountPicker(cash)
            rows += [("from", self.tr("From"), self.source), ("to", self.tr("To"), self.target)]
            explanation = self.tr("Cash taken to the bank is a cash-out voucher (BKK), cash fetched from the bank "
                                  "a cash-in voucher (BKM); a move between bank accounts a general-journal entry.")
        if self.account is not None:
            self.account.select_code(None)
        if self.source is not None:
            self.source.select_code(cash_code)
        if self.target is not None:
            # A transfer from the cash box goes to the bank by default, from a bank to the box.
            if kind == "transfer":
                self.target.select_code(bank if cash_code == box else box)
            else:
                self.target.select_code(cash_code)
        self.amount = AmountEdit()
        self.day = DateEdit(ui.app.today())
        self.memo = QLineEdit()
        self.memo.setPlaceholderText({"expense": self.tr("e.g. Paper and ink for the office"),
                                      "income": self.tr("e.g. Sold old boxes"),
                                      "transfer": self.tr("e.g. Cash deposited at the bank")}[kind])
        rows += [("amount", self.tr("Amount (Rp)"), self.amount), ("date", self.tr("Date"), self.day),
                 ("memo", self.tr("Description"), self.memo)]

        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        for field, label, widget in rows:
            error = ErrorLabel()
            box_layout = QVBoxLayout()
            box_layout.setSpacing(1)
            box_layout.addWidget(widget)
            box_layout.addWidget(error)
            form.addRow(label, box_layout)
            self.errors.add(field, widget, error)
        self.submit_button, buttons = submit_row(self, self.tr("Save"))

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(titles[kind]))
        layout.addWidget(hint(explanation))
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addStretch(1)
        layout.addLayout(buttons)
        first = self.account if self.account is not None else self.amount
        first.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        app = self._ui.app
        try:
            if self.kind == "expense":
                assert self.account is not None and self.source is not None
                code = self.account.code("account")
                source = self.source.code("from")
                amount = self.amount.value()
                self.entry = cash_entries.cash_expense(app, self.day.value(), code, amount, self.memo.text(),
                                                       source)
            elif self.kind == "income":
                assert self.account is not None and self.target is not None
                code = self.account.code("account")
                target = self.target.code("to")
                amount = self.amount.value()
                self.entry = cash_entries.cash_income(app, self.day.value(), code, amount, self.memo.text(),
                                                      target)
            else:
                assert self.source is not None and self.target is not None
                source = self.source.code("from")
                target = self.target.code("to")
                amount = self.amount.value()
                self.entry = cash_entries.transfer(app, self.day.value(), source, target, amount, self.memo.text())
        except ValidationError as exc:
            self.errors.show(exc)
            # The error line takes room; grow rather than squeeze the fields.
            if self.height() < self.sizeHint().height():
                self.resize(self.width(), self.sizeHint().height())
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.posted.emit(self.entry.voucher)
        self.accept()
