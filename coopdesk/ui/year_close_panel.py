"""Steps 1 and 2 of the year end: the checklist with a way to fix each item, the dry run of the
closing entry, closing the books, re-opening (administrator, with a reason) and the history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from coopdesk.db.models import Account
from coopdesk.domain.calendar import Month
from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.services import ledger, year_end
from coopdesk.services.context import AppContext
from coopdesk.services.year_end import CheckItem, CloseResult, HistoryEvent
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import error_with_field
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.month_end_page import month_name
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import banner, format_date, hint, set_tone
from coopdesk.ui.year_end_dialogs import ReopenDialog


@dataclass(frozen=True)
class YearState:
    """Everything steps 1 and 2 show for one year, read in one go on the worker."""

    year: int
    closed: bool
    items: list[CheckItem]
    dry_run: CloseResult | None  # what closing would post; None when the year is closed or cannot be closed
    refusal: ValidationError | None  # why closing is refused, when it is
    closing: CloseResult | None  # the entry in force for a closed year
    names: dict[str, str]  # account code -> name, for the lines
    history: list[HistoryEvent]


@dataclass(frozen=True)
class _Line:
    code: str
    name: str
    debit: int
    credit: int


def read_state(ctx: AppContext, year: int) -> YearState:
    items = year_end.checklist(ctx, year)
    with ctx.reading() as session:
        closed = year_end.is_closed(session, year)
        names = dict(session.execute(select(Account.code, Account.name)).tuples().all())
        closing = None
        if closed:
            entry = year_end.closing_entry(session, year)
            if entry is not None:
                lines = ledger.line_specs(entry)
                closing = CloseResult(year, entry.date, entry.voucher, lines, year_end.shu_of(lines), False)
    dry_run, refusal = None, None
    if not closed:
        try:
            dry_run = year_end.close(ctx, year, dry_run=True)
        except ValidationError as exc:
            refusal = exc
    return YearState(year, closed, items, dry_run, refusal, closing, names, year_end.history(ctx, year))


class YearClosePanel(QWidget):
    """Checklist → dry run → close; re-open and the history of the year below."""

    # "month_end:2025-03", "cash_count", "assets", "accounts", "year:2024": the main window follows it.
    fix_requested = Signal(str)
    changed = Signal(int)  # a year was closed or re-opened

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.year: int | None = None
        self.state: YearState | None = None
        self.busy = False

        self.status = banner()
        self.checks_box = QGroupBox(self.tr("1. Checklist"))
        box_layout = QVBoxLayout(self.checks_box)
        self.checks = QGridLayout()
        self.checks.setColumnStretch(2, 1)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.clicked.connect(self.reload)
        box_layout.addLayout(self.checks)
        again = QHBoxLayout()
        again.addStretch(1)
        again.addWidget(self.recheck_button)
        box_layout.addLayout(again)

        self.lines_model = RowsModel([
            Column(self.tr("Account"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Debit"), lambda r: r.debit, "money", blank_zero=True),
            Column(self.tr("Credit"), lambda r: r.credit, "money", blank_zero=True),
        ], self)
        self.lines = setup_table(QTableView(), self.lines_model, stretch=1)
        fit_columns(self.lines, {0: 80, 2: 150, 3: 150})
        self.lines_title = QLabel()
        self.lines_title.setWordWrap(True)
        self.close_button = QPushButton()
        set_primary(self.close_button)
        self.close_button.clicked.connect(self.close_year)
        self.reopen_button = QPushButton(self.tr("Re-open the year…"))
        self.reopen_button.clicked.connect(self.reopen_year)
        self.history_model = RowsModel([
            Column(self.tr("When"), lambda r: r.at.strftime("%d-%m-%Y %H:%M")),
            Column(self.tr("User"), lambda r: r.user),
            Column(self.tr("What"), lambda r: self.tr("closed") if r.action == "close" else self.tr("re-opened")),
            Column(self.tr("Voucher"), lambda r: r.voucher),
            Column(self.tr("SHU or reason"), lambda r: r.note),
        ], self)
        self.history = setup_table(QTableView(), self.history_model, stretch=4)
        fit_columns(self.history, {0: 130, 1: 110, 2: 90, 3: 110})
        self.history.setMaximumHeight(140)

        close_box = QGroupBox(self.tr("2. Close the books"))
        close_layout = QVBoxLayout(close_box)
        close_layout.addWidget(hint(self.tr(
            "Closing brings every income and expense account of the year to zero in one memorial entry dated "
            "31 December and puts the year's result in 3180 SHU Tahun Berjalan. After that nothing can be "
            "posted into the year. Only an administrator can re-open it, with a reason.")))
        close_layout.addWidget(self.lines_title)
        close_layout.addWidget(self.lines, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        close_layout.addLayout(buttons)
        close_layout.addWidget(QLabel(self.tr("History of this year")))
        close_layout.addWidget(self.history)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.checks_box)
        layout.addWidget(close_box, 1)

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        if self.year is None or self.busy:
            return
        ctx, year = self._ui.app, self.year
        self.busy = True
        self._ui.worker.submit(lambda: read_state(ctx, year), self._show, on_error=self._failed, owner=self,
                               label=self.tr("Checking the year…"))

    def _failed(self, exc: CoopDeskError) -> None:
        self.busy = False
        if isinstance(exc, ValidationError):
            self.status.setText(error_with_field(exc))
            set_tone(self.status, "badBanner")

    def _show(self, state: YearState) -> None:
        self.busy = False
        if state.year != self.year:  # the year was changed while this one was read
            self.reload()
            return
        self.state = state
        self._show_status(state)
        self._show_checks(state)
        result = state.closing if state.closed else state.dry_run
        lines = result.lines if result else []
        self.lines_model.set_rows(
            [_Line(l.account_code, state.names.get(l.account_code, ""), l.debit, l.credit) for l in lines],
            total=_Line("", self.tr("Total"), sum(l.debit for l in lines), sum(l.credit for l in lines))
            if lines else None)
        if state.closed:
            self.lines_title.setText(self.tr("The closing entry <b>{voucher}</b> posted on 31 December:").format(
                voucher=result.voucher if result and result.voucher else "-"))
        elif state.dry_run is not None:
            self.lines_title.setText(self.tr("Dry run: closing would post this entry (nothing is saved yet). "
                                             "SHU of the year: <b>{shu}</b>").format(
                shu=format_rupiah(state.dry_run.shu)))
        else:
            self.lines_title.setText(self.tr("Closing is not possible yet: {reason}").format(
                reason=error_with_field(state.refusal) if state.refusal else ""))
        self.close_button.setText(self.tr("Close the books of {year}").format(year=state.year))
        self.close_button.setEnabled(not state.closed and state.dry_run is not None)
        self.reopen_button.setEnabled(state.closed)
        self.history_model.set_rows(state.history)

    def _show_status(self, state: YearState) -> None:
        if state.closed:
            shu = state.closing.shu if state.closing else 0
            self.status.setText(self.tr("{year} is closed. SHU of the year: {shu}. Nothing can be posted into it.")
                                .format(year=state.year, shu=format_rupiah(shu)))
            set_tone(self.status, "okBanner")
        elif state.dry_run is not None:
            self.status.setText(self.tr("{year} is open and ready to close: every required item is done.")
                                .format(year=state.year))
            set_tone(self.status, "banner")
        else:
            self.status.setText(self.tr("{year} is open. Put right the items marked ✗ before closing.")
                                .format(year=state.year))
            set_tone(self.status, "badBanner")

    def _show_checks(self, state: YearState) -> None:
        while self.checks.count():
            widget = self.checks.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for row, item in enumerate(state.items):
            mark = QLabel("✓" if item.ok else ("✗" if item.blocking else "!"))
            mark.setObjectName("checkOk" if item.ok else ("checkBad" if item.blocking else "checkWarn"))
            color = "#2e7d32" if item.ok else ("#c62828" if item.blocking else "#ef6c00")
            mark.setStyleSheet(f"font-weight: bold; font-size: 15px; color: {color};")
            title = QLabel(f"<b>{self.item_label(item)}</b>" + ("" if item.blocking else
                                                                 " <i>" + self.tr("(advice)") + "</i>"))
            detail = QLabel(self.item_detail(item))
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.checks.addWidget(mark, row, 0)
            self.checks.addWidget(title, row, 1)
            self.checks.addWidget(detail, row, 2)
            target, text = self.fix_target(item)
            if target and not item.ok:
                button = QPushButton(text)
                button.setObjectName(f"fix_{item.key}")
                button.clicked.connect(lambda _checked=False, t=target: self.fix_requested.emit(t))
                self.checks.addWidget(button, row, 3)

    def item_label(self, item: CheckItem) -> str:
        labels = {
            "not_closed": self.tr("Year not closed yet"),
            "previous_closed": self.tr("Previous year closed"),
            "month_ends": self.tr("Every month end run"),
            "accounts": self.tr("Income and expense accounts can be closed"),
            "ledgers_agree": self.tr("Books balance and subledgers agree with their accounts"),
            "cash_count": self.tr("Cash counted in December"),
            "allowance": self.tr("Loans classified and allowance posted for December"),
            "depreciation": self.tr("Depreciation posted for every month due"),
        }
        return labels.get(item.key, item.label)

    def item_detail(self, item: CheckItem) -> str:
        p = item.params
        if item.key == "not_closed":
            return self.tr("{year} is already closed").format(year=p["year"]) if not item.ok else \
                self.tr("{year} is open").format(year=p["year"])
        if item.key == "previous_closed":
            return self.tr("{year} is closed").format(year=p["previous"]) if item.ok else \
                self.tr("{year} is still open: close it first").format(year=p["previous"])
        if item.key == "month_ends":
            text = self.tr("{done} of {wanted} months run").format(done=p["done"], wanted=p["wanted"])
            missing = p["missing"]
            if isinstance(missing, list) and missing:
                text += " · " + self.tr("missing: {months}").format(
                    months=", ".join(month_name(Month.parse(m)) for m in missing))
            return text
        if item.key == "accounts":
            inactive = p["inactive"]
            return self.tr("inactive accounts with a balance: {codes}").format(
                codes=", ".join(inactive)) if isinstance(inactive, list) and inactive else self.tr("all active")
        if item.key == "ledgers_agree" and item.ok:
            return self.tr("debit = credit; members' savings and loans agree with 3110, 3120, 2111 and 1141")
        if item.key == "cash_count":
            counted = p["counted"]
            return self.tr("last count on {date}").format(date=format_date(counted)) if isinstance(counted, date) \
                else self.tr("no cash count in {month}").format(month=month_name(Month.parse(str(p["month"]))))
        if item.key == "allowance":
            needed = p["needed"]
            return self.tr("allowance needed {amount}").format(amount=format_rupiah(int(needed))) \
                if isinstance(needed, int) else self.tr("month end {month} not run").format(
                    month=month_name(Month.parse(str(p["month"]))))
        if item.key == "depreciation":
            count, amount = p["count"], p["amount"]
            if isinstance(count, int) and count and isinstance(amount, int):
                return self.tr("{count} asset-months still due, {amount}").format(count=count,
                                                                                  amount=format_rupiah(amount))
            return self.tr("nothing due")
        return item.detail

    def fix_target(self, item: CheckItem) -> tuple[str, str]:
        """Where the item's "fix it" button leads, and its text."""
        p = item.params
        if item.key == "previous_closed":
            return f"year:{p['previous']}", self.tr("Go to {year}").format(year=p["previous"])
        if item.key == "month_ends":
            missing = p["missing"]
            first = missing[0] if isinstance(missing, list) and missing else ""
            return f"month_end:{first}", self.tr("Open month end")
        if item.key == "allowance":
            return f"month_end:{p['month']}", self.tr("Open month end")
        if item.key == "cash_count":
            return "cash_count", self.tr("Count the cash…")
        if item.key == "depreciation":
            return "assets", self.tr("Open fixed assets")
        if item.key == "accounts":
            return "accounts", self.tr("Open the chart of accounts")
        return "", ""

    def close_year(self) -> None:
        state = self.state
        if state is None or state.closed or state.dry_run is None or self.busy:
            return
        question = self.tr("Close the books of {year}? The income and expense accounts are closed into 3180 "
                           "(SHU {shu}) and nothing can be posted into {year} afterwards.").format(
            year=state.year, shu=format_rupiah(state.dry_run.shu))
        if not messages.confirm(self, self.tr("Close the books"), question, self.tr("Close the books")):
            return
        ctx, year = self._ui.app, state.year
        self.busy = True
        self._ui.worker.submit(lambda: year_end.close(ctx, year), self._closed, on_error=self._close_failed,
                               owner=self, label=self.tr("Closing the books…"))

    def _closed(self, _result: CloseResult) -> None:
        self.busy = False
        if self.year is not None:
            self.changed.emit(self.year)
        self.reload()

    def _close_failed(self, exc: CoopDeskError) -> None:
        self.busy = False
        if isinstance(exc, ValidationError):
            messages.error(self, exc)
        self.reload()

    def reopen_year(self) -> None:
        if self.state is None or not self.state.closed:
            return
        dialog = ReopenDialog(self._ui, self.state.year, self)
        if dialog.exec():
            self.changed.emit(self.state.year)
            self.reload()
