"""The list of loans: search by loan number, member number or name; filter by state.
Read on the worker (positions of hundreds of running loans take a moment)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from coopdesk.domain.money import format_rupiah
from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_labels import (
    CLASS_COLOURS,
    CLASS_SEVERITY,
    class_label,
    class_short,
    days_text,
    loan_status_label,
)
from coopdesk.ui.loan_models import SORT_ROLE, Col, StyledRowsModel
from coopdesk.ui.loan_queries import LoanSummary, list_loans
from coopdesk.ui.loan_widgets import fit_header_columns
from coopdesk.ui.style import set_primary, setup_table

SEARCH_DELAY_MS = 150


class LoanListPage(QWidget):
    loan_opened = Signal(str)
    new_application = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._generation = 0
        self.loading = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by loan number, member number or name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(340)
        self.filter = QComboBox()
        for code, label in (("all", self.tr("All loans")), ("open", self.tr("Open (not yet closed)")),
                            ("applied", self.tr("Waiting for approval")), ("approved", self.tr("Approved, to pay out")),
                            ("disbursed", self.tr("Running")), ("late", self.tr("Running and late")),
                            ("paid_off", self.tr("Paid off")), ("written_off", self.tr("Written off")),
                            ("closed", self.tr("Rejected or cancelled"))):
            self.filter.addItem(label, code)
        self.filter.setCurrentIndex(self.filter.findData("open"))
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.new_button = QPushButton(self.tr("New application…"))
        set_primary(self.new_button)

        self.model = StyledRowsModel([
            Col(self.tr("Loan"), lambda r: r.number),
            Col(self.tr("Member"), lambda r: r.member_name, show=lambda r: f"{r.member_number} · {r.member_name}"),
            Col(self.tr("Principal"), lambda r: r.principal, "money"),
            Col(self.tr("Applied"), lambda r: r.applied_on, "date"),
            Col(self.tr("Status"), lambda r: r.status, show=lambda r: loan_status_label(r.status)),
            Col(self.tr("Outstanding"), lambda r: r.outstanding, "money",
                show=lambda r: format_rupiah(r.outstanding) if r.disbursed_on else ""),
            Col(self.tr("Days late"), lambda r: r.dpd, "count",
                show=lambda r: days_text(r.dpd) if r.dpd else ("0" if r.running else "")),
            Col(self.tr("Class"), lambda r: r.collectibility, key=lambda r: CLASS_SEVERITY.get(r.collectibility, -1),
                show=lambda r: class_short(r.collectibility) if r.collectibility else ""),
        ], self)
        self.model.set_colours(lambda r, c: CLASS_COLOURS[r.collectibility]
                               if c == 7 and r.collectibility is not None else (None, None))
        self.model.set_tooltip(lambda r: f"{r.product_name} · {class_label(r.collectibility)}" if r.collectibility
                               else r.product_name)
        self.model.set_muted(lambda r: r.status in ("rejected", "cancelled", "paid_off"))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = setup_table(QTableView(), self.proxy, stretch=1)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        fit_header_columns(self.table, {0: 118, 2: 118, 3: 88, 4: 165, 5: 118, 6: 90, 7: 110})

        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(self.filter)
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._open_first)
        self.filter.currentIndexChanged.connect(self.reload)
        self.table.activated.connect(self._open_index)
        self.new_button.clicked.connect(self.new_application)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        ctx, day, text, status = self._ui.app, self._ui.app.today(), self.search.text(), self.filter.currentData()
        self._generation += 1
        generation = self._generation

        def load() -> list[LoanSummary]:
            with ctx.reading() as session:
                return list_loans(session, day, text, status)

        self.loading = True
        self._ui.worker.submit(load, lambda rows: self._loaded(generation, rows), owner=self,
                               label=self.tr("Reading the loans…"))

    def _loaded(self, generation: int, rows: list[LoanSummary]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.model.set_rows(rows)
        outstanding = sum(r.outstanding for r in rows)
        self.count.setText(self.tr("{n} loans · outstanding {amount}").format(n=len(rows),
                                                                              amount=format_rupiah(outstanding)))
        if rows:
            self.table.selectRow(0)

    def number_at(self, row: int) -> str | None:
        source = self.proxy.mapToSource(self.proxy.index(row, 0))
        value = self.model.row_value(source.row())
        return value.number if value else None

    def _open_index(self, index: QModelIndex) -> None:
        number = self.number_at(index.row())
        if number:
            self.loan_opened.emit(number)

    def _open_first(self) -> None:
        if self.loading or self._timer.isActive():
            return
        index = self.table.currentIndex()
        if index.isValid():
            self._open_index(index)
        elif self.proxy.rowCount():
            self._open_index(self.proxy.index(0, 0))

    def select_number(self, number: str) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.number_at(row) == number:
                self.table.selectRow(row)
                return True
        return False
