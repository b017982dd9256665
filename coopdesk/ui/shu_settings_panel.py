"""The SHU section of the settings: the allocation table from the bylaws (name, %, account,
kind; must total exactly 100 %) and the bases of jasa modal and jasa usaha."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.shu import (
    DEFAULT_ALLOCATION,
    FUND,
    JASA_MODAL,
    JASA_USAHA,
    KINDS,
    RESERVE,
    AllocationPost,
    parse_allocation,
)
from coopdesk.services import settings
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import ErrorLabel, FormErrors, hint

NAME, PERCENT, ACCOUNT, KIND = range(4)


class ShuSettingsPanel(QWidget):
    saved = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Post"), self.tr("%"), self.tr("Account"), self.tr("Kind")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PERCENT, 70), (ACCOUNT, 90), (KIND, 230)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setMinimumHeight(32 + 30 * 8)  # the usual seven posts and one more without scrolling
        self.total = QLabel()
        self.add_button = QPushButton(self.tr("Add post"))
        self.remove_button = QPushButton(self.tr("Remove post"))
        self.default_button = QPushButton(self.tr("Default table"))

        self.capital_basis = QComboBox()
        self.capital_basis.addItem(self.tr("At 31 December"), "year_end")
        self.capital_basis.addItem(self.tr("Average of the 12 month ends"), "average")
        self.capital_sukarela = QComboBox()
        self.capital_sukarela.addItem(self.tr("Simpanan pokok + wajib"), "0")
        self.capital_sukarela.addItem(self.tr("Simpanan pokok + wajib + sukarela"), "1")
        self.business_basis = QComboBox()
        self.business_basis.addItem(self.tr("Loan interest paid in the year"), "interest")
        self.business_basis.addItem(self.tr("Loan principal disbursed in the year"), "principal")

        general = ErrorLabel()
        self.errors = FormErrors(general)
        allocation_error = ErrorLabel()
        self.errors.add("allocation", self.table, allocation_error)
        self.errors.add("shu_allocation", self.table, allocation_error)
        form = QFormLayout()
        for key, label, combo in (("shu_capital_sukarela", self.tr("Capital for jasa modal"), self.capital_sukarela),
                                  ("shu_capital_basis", self.tr("Capital measured"), self.capital_basis),
                                  ("shu_business_basis", self.tr("Business for jasa usaha"), self.business_basis)):
            error = ErrorLabel()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(combo)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors.add(key, combo, error)

        self.save_button = QPushButton(self.tr("Save"))
        set_primary(self.save_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.default_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        inner = QWidget()
        inner.setMaximumWidth(760)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("SHU allocation (from the bylaws)"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(hint(self.tr(
            "The percentages must total exactly 100. Exactly one post is shared to members by capital (jasa modal) "
            "and one by business (jasa usaha); their account is usually 2121. Only the SHU from business with "
            "members goes to members: the non-members' part of these two posts is added to the reserve.")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(allocation_error)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr(
            "Average of the month ends: a member who joined during the year counts 0 for the months before joining, "
            "one who left counts 0 for the months after leaving.")))
        layout.addWidget(general)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addWidget(inner)
        outer.addStretch(1)

        self.add_button.clicked.connect(lambda: self._add_row(AllocationPost("", Decimal(0), "212", FUND)))
        self.remove_button.clicked.connect(self._remove_row)
        self.default_button.clicked.connect(lambda: self._fill(DEFAULT_ALLOCATION))
        self.save_button.clicked.connect(self.save)
        self.table.itemChanged.connect(lambda _item: self._show_total())

    def _kind_names(self) -> dict[str, str]:
        return {RESERVE: self.tr("Reserve (cadangan)"), JASA_MODAL: self.tr("Jasa modal (by capital)"),
                JASA_USAHA: self.tr("Jasa usaha (by business)"), FUND: self.tr("Fund")}

    def reload(self) -> None:
        with self._ui.app.reading() as session:
            values = settings.get_all(session)
        try:
            posts = parse_allocation(values["shu_allocation"])
        except ValidationError:
            posts = DEFAULT_ALLOCATION
        self._fill(posts)
        for combo, key in ((self.capital_basis, "shu_capital_basis"), (self.capital_sukarela, "shu_capital_sukarela"),
                           (self.business_basis, "shu_business_basis")):
            combo.setCurrentIndex(max(combo.findData(values[key]), 0))
        self.errors.clear()

    def _fill(self, posts: tuple[AllocationPost, ...] | list[AllocationPost]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for post in posts:
            self._add_row(post)
        self.table.blockSignals(False)
        self._show_total()

    def _add_row(self, post: AllocationPost) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(post.name))
        self.table.setItem(row, PERCENT, QTableWidgetItem(_percent(post.percent)))
        self.table.setItem(row, ACCOUNT, QTableWidgetItem(post.account))
        kind = QComboBox()
        for key in KINDS:
            kind.addItem(self._kind_names()[key], key)
        kind.setCurrentIndex(max(kind.findData(post.kind), 0))
        self.table.setCellWidget(row, KIND, kind)
        self._show_total()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._show_total()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def posts(self) -> list[dict[str, str]]:
        """The table as typed (the service checks it)."""
        out = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, KIND)
            out.append({"name": self._cell(row, NAME), "percent": self._cell(row, PERCENT).replace(",", "."),
                        "account": self._cell(row, ACCOUNT),
                        "kind": kind.currentData() if isinstance(kind, QComboBox) else FUND})
        return out

    def _show_total(self) -> None:
        total = Decimal(0)
        for row in range(self.table.rowCount()):
            try:
                total += Decimal(self._cell(row, PERCENT).replace(",", ".") or "0")
            except InvalidOperation:
                self.total.setText(self.tr("Total: ?"))
                return
        self.total.setText(self.tr("Total: {total} %").format(total=_percent(total)))
        self.total.setObjectName("" if total == 100 else "fieldError")
        self.total.style().unpolish(self.total)
        self.total.style().polish(self.total)

    def save(self) -> None:
        self.errors.clear()
        changes = {"shu_allocation": json.dumps(self.posts(), ensure_ascii=False),
                   "shu_capital_basis": str(self.capital_basis.currentData()),
                   "shu_capital_sukarela": str(self.capital_sukarela.currentData()),
                   "shu_business_basis": str(self.business_basis.currentData())}
        try:
            parse_allocation(changes["shu_allocation"])  # the table's own message, before anything is saved
            settings.update(self._ui.app, changes)
        except ValidationError as exc:
            self.errors.show(exc)
            return
        except OperationalError as exc:
            messages.environment_error(self, exc)
            return
        self.saved.emit()
        messages.info(self, self.tr("Settings"), self.tr("The SHU settings were saved."))


def _percent(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",") if value else ""

