"""The chart of accounts in Settings: list, add, rename, deactivate (never delete once used)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.statement_groups import ReportGroup
from coopdesk.services import accounts
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.labels import ACCOUNT_KINDS, account_kind_label
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import ErrorLabel, FormErrors, hint


@dataclass(frozen=True)
class AccountRow:
    code: str
    name: str
    kind: str
    participation: str | None
    postable: bool
    active: bool


class AccountDialog(QDialog):
    """Add an account, or rename one (``code`` given)."""

    def __init__(self, ui: UiContext, row: AccountRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._row = row
        self.setWindowTitle(self.tr("Rename account") if row else self.tr("New account"))
        self.setMinimumWidth(460)
        self.code = QLineEdit(row.code if row else "")
        self.code.setEnabled(row is None)
        self.name = QLineEdit(row.name if row else "")
        self.kind = QComboBox()
        for kind in ACCOUNT_KINDS:
            self.kind.addItem(account_kind_label(kind), kind)
        self.participation = QComboBox()
        self.participation.addItem(self.tr("— not applicable —"), "")
        for value, label in ((ReportGroup.MEMBER, self.tr("Members (partisipasi anggota)")),
                             (ReportGroup.NONMEMBER, self.tr("Non-members")),
                             (ReportGroup.OPERATING, self.tr("Operating expense (beban usaha)")),
                             (ReportGroup.COOPERATIVE, self.tr("Cooperative expense (beban perkoperasian)")),
                             (ReportGroup.OTHER, self.tr("Other income/expense")),
                             (ReportGroup.TAX, self.tr("Income tax"))):
            self.participation.addItem(label, value.value)
        if row:
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
            self.participation.setCurrentIndex(max(0, self.participation.findData(row.participation or "")))
            self.kind.setEnabled(False)
            self.participation.setEnabled(False)

        general = ErrorLabel()
        self.errors = FormErrors(general)
        form = QFormLayout()
        for field, label, widget in (("code", self.tr("Code"), self.code), ("name", self.tr("Name"), self.name),
                                     ("kind", self.tr("Kind"), self.kind),
                                     ("participation", self.tr("Income statement group"), self.participation)):
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(field, widget, error)
        save = QPushButton(self.tr("Save"))
        set_primary(save)
        save.setDefault(True)
        save.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addLayout(buttons)
        (self.name if row else self.code).setFocus()

    def submit(self) -> None:
        self.errors.clear()
        try:
            if self._row is None:
                accounts.add(self._ui.app, self.code.text(), self.name.text(), self.kind.currentData(),
                             self.participation.currentData() or None)
            else:
                accounts.rename(self._ui.app, self._row.code, self.name.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.accept()


class AccountsPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.dialog: AccountDialog | None = None
        self.model = RowsModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: account_kind_label(r.kind)),
            Column(self.tr("Status"), lambda r: self.tr("active") if r.active else self.tr("inactive")),
        ], self)
        self.model.set_muted(lambda r: not r.active)
        self.table = setup_table(QTableView(), self.model, stretch=1)
        fit_columns(self.table, {0: 80, 2: 130, 3: 100})
        self.add_button = QPushButton(self.tr("New account…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Accounts that were used cannot be deleted, only deactivated. Savings control "
                                      "accounts stay active.")))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.open_add)
        self.rename_button.clicked.connect(self.open_rename)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)

    def reload(self) -> None:
        current = self.selected()
        rows = [AccountRow(a.code, a.name, a.kind, a.participation, a.postable, a.active)
                for a in accounts.all_accounts(self._ui.app)]
        self.model.set_rows(rows)
        if current is not None:
            self.select_code(current.code)
        self._selection_changed()

    def selected(self) -> AccountRow | None:
        index = self.table.currentIndex()
        return self.model.row_value(index.row()) if index.isValid() else None

    def select_code(self, code: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.code == code:
                self.table.selectRow(i)
                return

    def _selection_changed(self) -> None:
        row = self.selected()
        self.rename_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(self.tr("Activate") if row is not None and not row.active
                                   else self.tr("Deactivate"))

    def open_add(self) -> AccountDialog:
        return self._open(AccountDialog(self._ui, None, self))

    def open_rename(self) -> AccountDialog | None:
        row = self.selected()
        return self._open(AccountDialog(self._ui, row, self)) if row else None

    def _open(self, dialog: AccountDialog) -> AccountDialog:
        dialog.accepted.connect(self.reload)
        self.dialog = dialog
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            accounts.set_active(self._ui.app, row.code, not row.active)
        except ValidationError as exc:
            messages.error(self, exc)
            return
        self.reload()
