"""Neraca saldo: every account's balance on its normal side at a chosen date."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from coopdesk.domain.money import format_rupiah
from coopdesk.reports.trial_balance import TrialBalance, trial_balance
from coopdesk.ui.context import UiContext
from coopdesk.ui.labels import account_kind_label
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.style import fit_columns, setup_table
from coopdesk.ui.widgets import DateEdit, banner, format_date, page_title, set_tone


@dataclass(frozen=True)
class _Row:
    code: str
    name: str
    kind: str
    debit: int
    credit: int


class TrialBalancePage(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.result: TrialBalance | None = None
        self.loading = False
        self.day = DateEdit(ui.app.today())
        self.include_zero = QCheckBox(self.tr("Show accounts with no balance"))
        self.show_button = QPushButton(self.tr("Show"))
        self.status = banner("okBanner")
        self.status.hide()
        self.model = RowsModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Account"), lambda r: r.name),
            Column(self.tr("Kind"), lambda r: account_kind_label(r.kind) if r.kind else ""),
            Column(self.tr("Debit"), lambda r: r.debit, "money", blank_zero=True),
            Column(self.tr("Credit"), lambda r: r.credit, "money", blank_zero=True),
        ], self)
        self.table = setup_table(QTableView(), self.model, stretch=1)
        fit_columns(self.table, {0: 70, 2: 120, 3: 150, 4: 150})

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Balances at the end of")))
        top.addWidget(self.day)
        top.addWidget(self.show_button)
        top.addWidget(self.include_zero)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Trial balance")))
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

        self.show_button.clicked.connect(self.reload)
        self.include_zero.toggled.connect(self.reload)

    def activate(self) -> None:
        self.reload()

    def reload(self) -> None:
        day, zero, ctx = self.day.value(), self.include_zero.isChecked(), self._ui.app

        def load() -> TrialBalance:
            with ctx.reading() as session:
                return trial_balance(session, day, include_zero=zero)

        self.loading = True
        self.show_button.setEnabled(False)
        self._ui.worker.submit(load, self._loaded, owner=self, label=self.tr("Adding up the ledger…"))

    def _loaded(self, tb: TrialBalance) -> None:
        self.loading = False
        self.show_button.setEnabled(True)
        self.result = tb
        rows = [_Row(r.code, r.name, r.kind, r.debit, r.credit) for r in tb.rows]
        self.model.set_rows(rows, total=_Row("", self.tr("Total"), "", tb.total_debit, tb.total_credit))
        when = format_date(tb.date)
        self.status.show()
        if tb.balanced:
            self.status.setText(self.tr("Balanced at {date}: debits and credits are both {amount}.").format(
                date=when, amount=format_rupiah(tb.total_debit)))
            set_tone(self.status, "okBanner")
        else:
            self.status.setText(self.tr("NOT balanced at {date}: debits {debit}, credits {credit}, difference "
                                        "{difference}. Report this: the books should always balance.").format(
                date=when, debit=format_rupiah(tb.total_debit), credit=format_rupiah(tb.total_credit),
                difference=format_rupiah(abs(tb.total_debit - tb.total_credit))))
            set_tone(self.status, "badBanner")
