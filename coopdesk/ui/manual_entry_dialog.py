"""Jurnal umum: a general-journal entry typed by the treasurer (expenses, bank transfers ...).

Lines are typed in a grid; the account cell completes on code or name.  The running
difference is always visible and the entry cannot be saved until it balances.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from coopdesk.db.models import Account, SavingsProduct
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.journal import LineSpec
from coopdesk.domain.money import format_rupiah, parse_rupiah
from coopdesk.services import ledger
from coopdesk.services.ledger import PostedEntry
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import DateEdit, ErrorLabel, FormErrors, hint, page_title

ACCOUNT, DEBIT, CREDIT, MEMO = range(4)
_SEP = " · "


@dataclass(frozen=True)
class AccountChoice:
    code: str
    name: str

    @property
    def text(self) -> str:
        return f"{self.code}{_SEP}{self.name}"


def account_choices(ui: UiContext) -> list[AccountChoice]:
    """Accounts a manual entry may use: active, postable, and not a savings or loan control
    account (those move only with a member's savings or loans, so they stay reconciled;
    post_manual refuses them, so offering them would only lead to an error)."""
    with ui.app.reading() as session:
        protected = set(session.scalars(select(SavingsProduct.account_code))) | {ledger.LOAN_CONTROL_ACCOUNT}
        rows = session.scalars(select(Account).where(Account.active, Account.postable).order_by(Account.code))
        return [AccountChoice(a.code, a.name) for a in rows if a.code not in protected]


def resolve_account(text: str, choices: list[AccountChoice]) -> AccountChoice | None:
    """What the clerk typed → one account: the exact choice, a code, or a unique part of a name."""
    text = text.strip()
    if not text:
        return None
    by_code = {c.code: c for c in choices}
    code = text.split(_SEP)[0].split()[0]
    if code in by_code:
        return by_code[code]
    matches = [c for c in choices if text.lower() in c.text.lower()]
    return matches[0] if len(matches) == 1 else None


class _AccountDelegate(QStyledItemDelegate):
    """Edits the account cell with a completer that matches anywhere in "code · name"."""

    def __init__(self, choices: list[AccountChoice], parent: QWidget) -> None:
        super().__init__(parent)
        self._texts = [c.text for c in choices]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        edit = QLineEdit(parent)
        completer = QCompleter(self._texts, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        edit.setCompleter(completer)
        return edit


class ManualEntryDialog(QDialog):
    posted = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.entry: PostedEntry | None = None
        self._choices = account_choices(ui)
        self._updating = False
        self.setWindowTitle(self.tr("General journal entry"))
        self.resize(820, 520)

        self.day = DateEdit(ui.app.today())
        self.memo = QLineEdit()
        self.memo.setPlaceholderText(self.tr("e.g. Bought paper and ink for the office"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Account (code or name)"), self.tr("Debit"), self.tr("Credit"),
                                              self.tr("Line note")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ACCOUNT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((DEBIT, 130), (CREDIT, 130), (MEMO, 200)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setItemDelegateForColumn(ACCOUNT, _AccountDelegate(self._choices, self.table))
        self.add_button = QPushButton(self.tr("Add line (Ctrl+L)"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.totals = QLabel()
        self.totals.setObjectName("hint")

        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        for field, label, widget in (("date", self.tr("Date"), self.day), ("memo", self.tr("Description"), self.memo)):
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(field, widget, error)

        self.save_button = QPushButton(self.tr("Save entry (Ctrl+S)"))
        for _ in range(2):
            self.add_line()
        set_primary(self.save_button)
        self.save_button.setAutoDefault(False)  # Enter edits cells; saving is a deliberate Ctrl+S or click
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.totals)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("General journal entry")))
        layout.addWidget(hint(self.tr("Savings accounts (pokok, wajib, sukarela) are not offered here: they change "
                                      "only through deposits, withdrawals and month end.")))
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_buttons)
        layout.addWidget(general)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.save_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.table.itemChanged.connect(self._item_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.submit)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.add_line)
        self._update_totals()
        self.memo.setFocus()

    # --- the grid ---
    def add_line(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._updating = True
        for column in range(4):
            item = QTableWidgetItem("")
            if column in (DEBIT, CREDIT):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self._updating = False
        if row >= 2:
            self.table.setCurrentCell(row, ACCOUNT)
        self._update_totals()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 2:
            self.table.removeRow(row)
            self._update_totals()

    def set_line(self, row: int, account: str, debit: str = "", credit: str = "", memo: str = "") -> None:
        """Fill a line as if typed (used by tests and by nothing else)."""
        while self.table.rowCount() <= row:
            self.add_line()
        for column, text in ((ACCOUNT, account), (DEBIT, debit), (CREDIT, credit), (MEMO, memo)):
            self.table.item(row, column).setText(text)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        self._updating = True
        try:
            if item.column() == ACCOUNT:
                choice = resolve_account(item.text(), self._choices)
                if choice is not None:
                    item.setText(choice.text)
            elif item.column() in (DEBIT, CREDIT):
                try:
                    amount = parse_rupiah(item.text(), allow_zero=True) if item.text().strip() else 0
                except ValidationError:
                    amount = None
                if amount:
                    item.setText(format_rupiah(amount, prefix=False))
                    other = CREDIT if item.column() == DEBIT else DEBIT
                    self.table.item(item.row(), other).setText("")  # a line is a debit or a credit
        finally:
            self._updating = False
        self._update_totals()

    def _amount(self, row: int, column: int) -> int | None:
        text = self._text(row, column)
        if not text:
            return 0
        try:
            return parse_rupiah(text, allow_zero=True)
        except ValidationError:
            return None

    def _update_totals(self) -> None:
        debit = credit = 0
        for row in range(self.table.rowCount()):
            debit += self._amount(row, DEBIT) or 0
            credit += self._amount(row, CREDIT) or 0
        difference = debit - credit
        text = self.tr("Debit {debit} · Credit {credit} · Difference {difference}").format(
            debit=format_rupiah(debit), credit=format_rupiah(credit), difference=format_rupiah(abs(difference)))
        self.totals.setText(text)
        self.totals.setStyleSheet("color: #14532d;" if difference == 0 and debit else "color: #b3261e;")
        self.balanced = difference == 0 and debit > 0
        self.save_button.setEnabled(self.balanced)

    # --- saving ---
    def lines(self) -> list[LineSpec]:
        """The typed lines, numbered as the services number them (empty rows skipped)."""
        specs: list[LineSpec] = []
        for row in range(self.table.rowCount()):
            if not any(self._text(row, c) for c in range(4)):
                continue
            number = len(specs) + 1
            field = f"line {number}"
            account_text = self._text(row, ACCOUNT)
            if not account_text:
                raise ValidationError(field, "choose an account")
            choice = resolve_account(account_text, self._choices)
            if choice is None:
                raise ValidationError(field, "unknown account: {value}", value=account_text)
            debit = parse_rupiah(self._text(row, DEBIT) or "0", field, allow_zero=True)
            credit = parse_rupiah(self._text(row, CREDIT) or "0", field, allow_zero=True)
            specs.append(LineSpec(choice.code, debit, credit, memo=self._text(row, MEMO)))
        return specs

    def submit(self) -> None:
        self.errors.clear()
        try:
            specs = self.lines()
            debit = sum(s.debit for s in specs)
            credit = sum(s.credit for s in specs)
            if debit != credit:
                raise ValidationError("lines", "the entry does not balance: the difference is {difference}",
                                      difference=format_rupiah(abs(debit - credit)))
            self.entry = ledger.post_manual(self._ui.app, self.day.value(), self.memo.text(), specs)
        except ValidationError as exc:
            self.errors.show(exc)
            if exc.field.startswith("line "):
                self._select_line(exc.field)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.posted.emit(self.entry.voucher)
        self.accept()

    def _select_line(self, field: str) -> None:
        try:
            number = int(field.split()[1])
        except (IndexError, ValueError):
            return
        nonempty = [r for r in range(self.table.rowCount()) if any(self._text(r, c) for c in range(4))]
        if 1 <= number <= len(nonempty):
            self.table.setCurrentCell(nonempty[number - 1], ACCOUNT)
            self.table.setFocus()
