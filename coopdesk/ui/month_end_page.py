"""Tutup bulan: wajib obligations, sukarela interest with final tax, and the arrears list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.services import month_end, settings
from coopdesk.services.month_end import MonthEndResult
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.documents import DocumentPanel, render_withholding_slips
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import banner, hint, page_title, set_tone


@dataclass(frozen=True)
class _InterestRow:
    number: str
    name: str
    basis: int | None
    gross: int
    tax: int
    net: int


@dataclass(frozen=True)
class _ArrearsRow:
    number: str
    name: str
    amount: int


def month_name(month: Month) -> str:
    """"Maret 2025" / "March 2025", in the app's language."""
    return f"{QLocale().standaloneMonthName(month.month)} {month.year}"


class MonthEndPage(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.result: MonthEndResult | None = None
        self.running = False
        self._done: set[str] = set()

        self.month = QComboBox()
        self.month.setMinimumWidth(260)
        self.run_button = QPushButton()
        set_primary(self.run_button)
        # PPh final withholding slips (bukti potong), one page per member, issued even at 0%.
        self.slips_button = QPushButton(self.tr("Withholding slips (bukti potong)"))
        self.slips_button.setEnabled(False)
        self.slips: DocumentPanel | None = None
        self.banner = banner()
        self.banner.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The loan allowance (PPAP) brought to what the portfolio needs at the month's last day.
        self.allowance = QLabel()
        self.allowance.setWordWrap(True)
        self.allowance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allowance.hide()
        # Fixed assets: the month's straight-line depreciation (Dr 5270 / Cr 1325, 1335, 1345).
        self.depreciation = QLabel()
        self.depreciation.setWordWrap(True)
        self.depreciation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.depreciation.hide()

        self.interest_model = RowsModel([
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Balance for interest"), lambda r: r.basis, "money"),
            Column(self.tr("Gross interest"), lambda r: r.gross, "money"),
            Column(self.tr("Final tax (PPh)"), lambda r: r.tax, "money"),
            Column(self.tr("Credited"), lambda r: r.net, "money"),
        ], self)
        self.interest = setup_table(QTableView(), self.interest_model, stretch=1)
        fit_columns(self.interest, {0: 90, 2: 170, 3: 150, 4: 150, 5: 170})
        self.arrears_model = RowsModel([
            Column(self.tr("Number"), lambda r: r.number),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Wajib owed"), lambda r: r.amount, "money"),
        ], self)
        self.arrears = setup_table(QTableView(), self.arrears_model, stretch=1)
        fit_columns(self.arrears, {0: 90, 2: 170})

        self.tabs = QTabWidget()
        self.tabs.addTab(self.interest, self.tr("Sukarela interest per member"))
        self.tabs.addTab(self.arrears, self.tr("Members in wajib arrears"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.run_button)
        top.addWidget(self.slips_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Month end")))
        layout.addWidget(hint(self.tr("Month end bills simpanan wajib for every member, posts the interest on "
                                      "sukarela savings (lowest balance of the month) with the final tax withheld, "
                                      "brings the loan allowance (PPAP) to what the loans' collectibility needs, "
                                      "and lists who is behind with wajib. Run it once a month, in order; running "
                                      "it again for the same month changes nothing and shows what was done.")))
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.summary)
        layout.addWidget(self.allowance)
        layout.addWidget(self.depreciation)
        self.slips_holder = QVBoxLayout()
        layout.addLayout(self.slips_holder)
        layout.addWidget(self.tabs, 1)

        self.month.currentIndexChanged.connect(self._month_changed)
        self.run_button.clicked.connect(self.run)
        self.slips_button.clicked.connect(self.make_slips)

    def activate(self) -> None:
        self._fill_months()

    def _fill_months(self) -> None:
        with self._ui.app.reading() as session:
            start = settings.books_start(session)
        self._done = set(month_end.runs(self._ui.app))
        last = Month.of(self._ui.app.today())
        first = Month.of(start) if start else last
        months: list[Month] = []
        current = first
        while current < last:  # only months that have ended
            months.append(current)
            current = current.next()
        keep = self.month.currentData()
        self.month.blockSignals(True)
        self.month.clear()
        for m in reversed(months):  # newest first: that is the one usually wanted
            label = month_name(m)
            if str(m) in self._done:
                label = self.tr("{month}  (done)").format(month=label)
            self.month.addItem(label, str(m))
        pending = [str(m) for m in months if str(m) not in self._done]
        wanted = keep if keep is not None else (pending[0] if pending else (str(months[-1]) if months else None))
        index = self.month.findData(wanted) if wanted else -1
        self.month.setCurrentIndex(max(index, 0))
        self.month.blockSignals(False)
        self._month_changed()

    def _month_changed(self) -> None:
        period = self.month.currentData()
        self.run_button.setEnabled(period is not None and not self.running)
        if period in self._done:
            self.run_button.setText(self.tr("Show what was done"))
            if self.result is None or self.result.period != period:
                self.run()  # a month already run: showing its results changes nothing
        else:
            self.run_button.setText(self.tr("Run month end"))
            self._clear()

    def make_slips(self) -> None:
        """Write the month's withholding slips as one PDF, then offer Print / Open PDF."""
        if self.result is None or not self.result.interest:
            return
        self._drop_slips()
        ctx, period, lang = self._ui.app, self.result.period, self._ui.lang
        path = self._ui.receipt_path(f"bukti-potong-{period}")
        self.slips = DocumentPanel(self._ui, self.tr("Withholding slips for {month}").format(
            month=month_name(Month.parse(period))), lambda: render_withholding_slips(ctx, period, path, lang))
        self.slips_holder.addWidget(self.slips)
        self.slips.start()

    def _drop_slips(self) -> None:
        if self.slips is not None:
            self.slips.setParent(None)
            self.slips.deleteLater()
            self.slips = None

    def _clear(self) -> None:
        self._drop_slips()
        self.slips_button.setEnabled(False)
        self.result = None
        self.banner.hide()
        self.summary.setText(self.tr("This month has not been run yet."))
        self.allowance.hide()
        self.depreciation.hide()
        self.interest_model.set_rows([])
        self.arrears_model.set_rows([])
        self._tab_titles(None)

    def _tab_titles(self, result: MonthEndResult | None) -> None:
        interest, arrears = self.tr("Sukarela interest per member"), self.tr("Members in wajib arrears")
        if result is not None:
            interest = f"{interest} ({len(result.interest)})"
            arrears = f"{arrears} ({len(result.arrears)})"
        self.tabs.setTabText(0, interest)
        self.tabs.setTabText(1, arrears)

    def select_month(self, period: str) -> bool:
        index = self.month.findData(period)
        if index >= 0:
            self.month.setCurrentIndex(index)
        return index >= 0

    def run(self) -> None:
        period = self.month.currentData()
        if period is None or self.running:
            return
        if period not in self._done:
            question = self.tr("Run month end for {month}? This bills wajib, posts sukarela interest and adjusts "
                               "the loan allowance; it is done once per month.").format(
                month=month_name(Month.parse(period)))
            if not messages.confirm(self, self.tr("Month end"), question, self.tr("Run month end")):
                return
        ctx = self._ui.app
        self.running = True
        self.run_button.setEnabled(False)
        self._ui.worker.submit(lambda: month_end.run(ctx, period), self._finished, on_error=self._failed,
                               owner=self, label=self.tr("Running month end…"))

    def _failed(self, exc: CoopDeskError) -> None:
        self.running = False
        self._month_changed()
        if isinstance(exc, ValidationError):
            messages.error(self, exc)

    def _finished(self, result: MonthEndResult) -> None:
        self.running = False
        self.result = result
        name = month_name(Month.parse(result.period))
        if result.already_done:
            self.banner.setText(self.tr("Month end for {month} had already been run; nothing was changed. These are "
                                        "the results of that run.").format(month=name))
            set_tone(self.banner, "banner")
        else:
            self.banner.setText(self.tr("Month end for {month} is done.").format(month=name))
            set_tone(self.banner, "okBanner")
        self.banner.show()
        self._tab_titles(result)
        net = result.gross_total - result.tax_total
        self.summary.setText(self.tr(
            "Wajib obligations created: <b>{created}</b> · Interest voucher: <b>{voucher}</b><br>Gross interest "
            "{gross} · final tax withheld {tax} · credited to members {net} · members in arrears: {arrears}").format(
            created=result.obligations_created, voucher=result.voucher or "-",
            gross=format_rupiah(result.gross_total), tax=format_rupiah(result.tax_total), net=format_rupiah(net),
            arrears=len(result.arrears)))
        self._show_allowance(result)
        self._show_depreciation(result)
        self.slips_button.setEnabled(bool(result.interest))
        rows = [_InterestRow(i.number, i.name, i.result.basis, i.result.gross, i.result.tax, i.result.net)
                for i in result.interest]
        self.interest_model.set_rows(rows, total=_InterestRow("", self.tr("Total"), None, result.gross_total,
                                                              result.tax_total, net))
        owed = [_ArrearsRow(n, name, a) for n, name, a in result.arrears]
        self.arrears_model.set_rows(owed, total=_ArrearsRow("", self.tr("Total"), sum(r.amount for r in owed)))
        self._fill_months()

    def _show_allowance(self, result: MonthEndResult) -> None:
        """Loan allowance: needed at the month's last day, booked before, and the entry made."""
        adjustment = result.allowance_adjustment
        if not result.allowance_needed and not result.allowance_booked_before:
            self.allowance.setText(self.tr("<b>Loan allowance (PPAP):</b> no loans were running; nothing to book."))
            self.allowance.show()
            return
        if adjustment > 0:
            change = self.tr("{amount} more booked (Dr 5290 / Cr 1149)").format(amount=format_rupiah(adjustment))
        elif adjustment < 0:
            change = self.tr("{amount} released (Dr 1149 / Cr 5290)").format(amount=format_rupiah(-adjustment))
        else:
            change = self.tr("no adjustment needed")
        self.allowance.setText(self.tr(
            "<b>Loan allowance (PPAP):</b> needed {needed} · booked before {booked} · {change} · voucher "
            "<b>{voucher}</b>").format(needed=format_rupiah(result.allowance_needed),
                                       booked=format_rupiah(result.allowance_booked_before), change=change,
                                       voucher=result.allowance_voucher or "-"))
        self.allowance.show()

    def _show_depreciation(self, result: MonthEndResult) -> None:
        """Fixed assets: depreciation posted by this month end (months still due included)."""
        dep = result.depreciation
        if dep is None or not dep.lines:
            self.depreciation.setText(self.tr("<b>Depreciation of fixed assets:</b> nothing due this month."))
        else:
            self.depreciation.setText(self.tr(
                "<b>Depreciation of fixed assets:</b> {amount} for {assets} asset(s) (Dr 5270) · voucher "
                "<b>{voucher}</b>").format(amount=format_rupiah(dep.total),
                                           assets=len({line.asset_number for line in dep.lines}),
                                           voucher=dep.voucher or "-"))
        self.depreciation.show()
