"""The RAPB: next year's budget per income and expense account, beside the previous year's actual."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah, parse_rupiah
from coopdesk.services import budget
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import translate_error
from coopdesk.ui.style import set_primary
from coopdesk.ui.widgets import ErrorLabel, hint

BUDGET_COLUMN = 3


class BudgetPanel(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._year: int | None = None
        self._codes: list[str] = []
        self._kinds: list[str] = []
        self.heading = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.totals = QLabel()
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save"))
        set_primary(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.table.itemChanged.connect(lambda _item: self._show_totals())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(hint(self.tr("Type the budget in the last column (e.g. 12.000.000); an empty or 0 "
                                      "amount removes the line.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def set_year(self, year: int) -> None:
        """``year`` is the year BUDGETED (the RAPB year); the actual shown is the year before."""
        self._year = year
        self.reload()

    def reload(self) -> None:
        if self._year is None:
            return
        year = self._year
        with self._ui.app.reading() as session:
            accounts = budget.budget_accounts(session)
            plan = budget.budget(session, year)
            actual = budget.actuals(session, year - 1)
        self.heading.setText(self.tr("RAPB {year} (budget) beside the actual of {previous}").format(
            year=year, previous=year - 1))
        self.table.blockSignals(True)
        self.table.setHorizontalHeaderLabels([self.tr("Account"), self.tr("Name"),
                                              self.tr("Actual {year}").format(year=year - 1),
                                              self.tr("Budget {year}").format(year=year)])
        self.table.setRowCount(len(accounts))
        self._codes = [a[0] for a in accounts]
        self._kinds = [a[2] for a in accounts]
        for i, (code, name, _kind) in enumerate(accounts):
            for col, text in enumerate((code, name, format_rupiah(budget.under(code, actual)))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
            cell = QTableWidgetItem(format_rupiah(plan[code]) if plan.get(code) else "")
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, BUDGET_COLUMN, cell)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.error.setText("")
        self._show_totals()

    def _amounts(self) -> dict[str, int]:
        amounts: dict[str, int] = {}
        for i, code in enumerate(self._codes):
            item = self.table.item(i, BUDGET_COLUMN)
            text = item.text().strip() if item is not None else ""
            try:
                amounts[code] = parse_rupiah(text) if text else 0
            except ValidationError as exc:
                self.table.setCurrentCell(i, BUDGET_COLUMN)
                raise ValidationError(f"amount:{code}", exc.template, **exc.params) from None
        return amounts

    def _show_totals(self) -> None:
        try:
            amounts = self._amounts()
        except ValidationError:
            return
        income = sum(v for c, k, v in zip(self._codes, self._kinds, amounts.values(), strict=True) if k == "income")
        expense = sum(v for c, k, v in zip(self._codes, self._kinds, amounts.values(), strict=True) if k == "expense")
        self.totals.setText(self.tr("Income {income}   Expenses {expense}   SHU {shu}").format(
            income=format_rupiah(income), expense=format_rupiah(expense), shu=format_rupiah(income - expense)))

    def save(self) -> bool:
        if self._year is None:
            return False
        self.error.setText("")
        try:
            budget.set_budget(self._ui.app, self._year, self._amounts())
        except ValidationError as exc:
            code = exc.field.partition(":")[2]
            self.error.setText(f"{code}: {translate_error(exc)}" if code else translate_error(exc))
            return False
        self.reload()
        return True
