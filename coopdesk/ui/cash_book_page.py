"""Buku kas / buku bank: the movements of the cash box or a bank account over a period, with
the running balance, and the quick forms a treasurer uses every day.

The book is read on the worker (a month of a big cooperative's cash is tens of thousands of
vouchers); the printout and the Excel sheet are made from the same report function, so the
screen and the paper agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.reports.cash_book import (
    CashBook,
    CashBookRow,
    cash_book,
    render_cash_book_pdf,
    write_cash_book_xlsx,
)
from coopdesk.services import cash_entries, settings
from coopdesk.services.context import AppContext
from coopdesk.services.ledger import entry_by_voucher
from coopdesk.ui.cash_entry_dialogs import CashEntryDialog, Kind
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import error_with_field
from coopdesk.ui.loan_widgets import DocumentsDialog, FigureCard, document_path, fit_header_columns
from coopdesk.ui.manual_entry_dialog import ManualEntryDialog
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.style import set_primary, setup_table
from coopdesk.ui.widgets import DateEdit, banner, format_date, page_title, set_tone


@dataclass(frozen=True)
class _Total:
    """The bold row under the table: the period's totals and the closing balance."""

    date: date | None
    voucher: str
    memo: str
    counter: str
    money_in: int
    money_out: int
    balance: int


def render_cash_book(ctx: AppContext, code: str, start: date, end: date, path: Path, lang: str) -> Path:
    """The cash book as PDF or Excel, by the path's suffix (runs on the worker)."""
    with ctx.reading() as session:
        book = cash_book(session, code, start, end, printed_at=ctx.now())
    if path.suffix == ".xlsx":
        return write_cash_book_xlsx(book, path, lang)
    return render_cash_book_pdf(book, path, lang)


class CashBookPage(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.book: CashBook | None = None
        self.dialog: QDialog | None = None
        self.loading = False
        today = ui.app.today()
        self.account = QComboBox()
        self.account.setMinimumWidth(220)
        self.start = DateEdit(date(today.year, today.month, 1))
        self.end = DateEdit(today)
        self.show_button = QPushButton(self.tr("Show"))
        self.pdf_button = QPushButton(self.tr("Print / PDF…"))
        self.xlsx_button = QPushButton(self.tr("Excel…"))
        self.xlsx_button.setToolTip(self.tr("The cash book as an Excel workbook"))

        self.expense_button = QPushButton(self.tr("Cash expense…"))
        self.income_button = QPushButton(self.tr("Cash income…"))
        self.transfer_button = QPushButton(self.tr("Transfer cash/bank…"))
        self.journal_button = QPushButton(self.tr("General journal…"))
        set_primary(self.expense_button)
        # The button row; public so other modules can add their own (e.g. the cash count).
        self.actions = QHBoxLayout()
        for button in (self.expense_button, self.income_button, self.transfer_button, self.journal_button):
            self.actions.addWidget(button)
        self.actions.addStretch(1)

        self.cards = {"opening": FigureCard(self.tr("Opening balance")), "in": FigureCard(self.tr("In")),
                      "out": FigureCard(self.tr("Out")), "closing": FigureCard(self.tr("Closing balance"))}
        self.status = banner("okBanner")
        self.status.hide()

        self.model = RowsModel([
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Voucher"), lambda r: r.voucher),
            Column(self.tr("Description"), lambda r: r.memo),
            Column(self.tr("Counter account"), lambda r: r.counter),
            Column(self.tr("In"), lambda r: r.money_in, "money", blank_zero=True),
            Column(self.tr("Out"), lambda r: r.money_out, "money", blank_zero=True),
            Column(self.tr("Balance"), lambda r: r.balance, "money"),
        ], self)
        self.table = setup_table(QTableView(), self.model, stretch=2)
        fit_header_columns(self.table, {0: 95, 1: 140, 3: 210, 4: 125, 5: 125, 6: 135})
        self.count = QLabel()
        self.count.setObjectName("hint")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Account")))
        top.addWidget(self.account)
        top.addSpacing(8)
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.end)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Cash and bank book")))
        title_row.addStretch(1)
        title_row.addWidget(self.count)

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(top)
        layout.addLayout(self.actions)
        layout.addWidget(self.status)
        layout.addLayout(cards)
        layout.addWidget(self.table, 1)

        self.show_button.clicked.connect(self.reload)
        self.account.currentIndexChanged.connect(self._account_changed)
        self.expense_button.clicked.connect(lambda: self.open_entry("expense"))
        self.income_button.clicked.connect(lambda: self.open_entry("income"))
        self.transfer_button.clicked.connect(lambda: self.open_entry("transfer"))
        self.journal_button.clicked.connect(self.open_general_journal)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self._active = False

    # --- accounts and loading ---
    def _load_accounts(self) -> None:
        current = self.account.currentData()
        with self._ui.app.reading() as session:
            options = cash_entries.cash_accounts(session)
            box = cash_entries.cash_account_code(session)
            start = settings.books_start(session)
        if start is not None and self.start.value() < start:
            self.start.set_value(start)
        self.account.blockSignals(True)
        self.account.clear()
        for option in options:
            self.account.addItem(f"{option.code} · {option.name}", option.code)
        index = self.account.findData(current or box)
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)

    def activate(self) -> None:
        self._load_accounts()
        self._active = True
        self.reload()

    def show_account(self, code: str) -> None:
        """Show the book of ``code`` (the dashboard's cash and bank figures lead here)."""
        self._load_accounts()
        index = self.account.findData(code)
        if index >= 0 and index != self.account.currentIndex():
            self.account.setCurrentIndex(index)  # reloads through _account_changed

    def _account_changed(self) -> None:
        if self._active:
            self.reload()

    def account_code(self) -> str | None:
        code = self.account.currentData()
        return str(code) if code is not None else None

    def reload(self, select_voucher: str | None = None) -> None:
        code, start, end, ctx = self.account_code(), self.start.value(), self.end.value(), self._ui.app
        if code is None:
            return

        def load() -> CashBook:
            with ctx.reading() as session:
                return cash_book(session, code, start, end, printed_at=ctx.now())

        self.loading = True
        self.show_button.setEnabled(False)
        self._ui.worker.submit(load, lambda book: self._loaded(book, select_voucher), on_error=self._failed,
                               owner=self, label=self.tr("Reading the cash book…"))

    def _failed(self, exc: CoopDeskError) -> None:
        self.loading = False
        self.show_button.setEnabled(True)
        self.status.setText(error_with_field(exc) if isinstance(exc, ValidationError) else str(exc))
        set_tone(self.status, "badBanner")
        self.status.show()

    def _loaded(self, book: CashBook, select_voucher: str | None) -> None:
        self.loading = False
        self.show_button.setEnabled(True)
        self.book = book
        if select_voucher is None:
            self.status.hide()
        rows: list[CashBookRow | _Total] = [
            _Total(book.start, "", self.tr("Opening balance"), "", 0, 0, book.opening), *book.rows]
        total = _Total(book.end, "", self.tr("Total / closing balance"), "", book.total_in, book.total_out,
                       book.closing)
        self.model.set_rows(rows, total=total)
        self.cards["opening"].set(format_rupiah(book.opening), self.tr("on {date}").format(
            date=format_date(book.start)))
        self.cards["in"].set(format_rupiah(book.total_in))
        self.cards["out"].set(format_rupiah(book.total_out))
        self.cards["closing"].set(format_rupiah(book.closing), self.tr("on {date}").format(
            date=format_date(book.end)))
        self.count.setText(self.tr("{count} vouchers").format(count=f"{len(book.rows):,}".replace(",", ".")))
        target = len(rows) - 1
        if select_voucher:
            target = next((i for i, r in enumerate(rows) if r.voucher == select_voucher), target)
        if target >= 0:
            self.table.selectRow(target)
            self.table.scrollTo(self.model.index(target, 0))

    def voucher_rows(self) -> list[CashBookRow]:
        """The vouchers shown (without the opening row): for tests and for the reader."""
        return [r for r in self.model.rows if isinstance(r, CashBookRow)]

    # --- the quick forms ---
    def open_entry(self, kind: Kind) -> CashEntryDialog:
        dialog = CashEntryDialog(self._ui, kind, self.account_code(), self)
        dialog.posted.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_general_journal(self) -> ManualEntryDialog:
        dialog = ManualEntryDialog(self._ui, self)
        dialog.posted.connect(self._posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _posted(self, voucher: str) -> None:
        self.status.setText(self.tr("Voucher {voucher} saved.").format(voucher=voucher))
        set_tone(self.status, "okBanner")
        self.status.show()
        # A voucher dated outside the period shown would not appear: widen the period to it.
        with self._ui.app.reading() as session:
            day = entry_by_voucher(session, voucher).date
        if day > self.end.value():
            self.end.set_value(day)
        if day < self.start.value():
            self.start.set_value(day)
        self.reload(voucher)

    # --- print and export ---
    def export(self, suffix: str) -> DocumentsDialog | None:
        code = self.account_code()
        if code is None:
            return None
        ctx, lang, start, end = self._ui.app, self._ui.lang, self.start.value(), self.end.value()
        path = document_path(self._ui, f"buku-kas-{code}-{start.isoformat()}-{end.isoformat()}", suffix)
        title = self.tr("Cash book {account}, {start} to {end}").format(
            account=self.account.currentText(), start=format_date(start), end=format_date(end))
        name = title + (" (Excel)" if suffix == ".xlsx" else " (PDF)")

        def render() -> Path:
            return render_cash_book(ctx, code, start, end, path, lang)

        dialog = DocumentsDialog(self._ui, title, [(name, render, suffix == ".pdf")], self)
        self.dialog = dialog
        dialog.open()
        return dialog
