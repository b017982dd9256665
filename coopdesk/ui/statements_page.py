"""Laporan keuangan: the four statements, the buku besar and the neraca lajur, on screen.

A statement is built on the worker (a year of a large cooperative is a million journal lines
to add up) and shown as the printed statement reads: headings, indented accounts, bold
subtotals with a rule above, negatives in parentheses, this year next to last year, the checks
it must satisfy in green (red if one fails) and its notes.  Every figure that comes from
accounts opens the journal lines behind it (double-click or Enter); the buku besar is the
same view on its own.  Print, PDF and Excel use the same statement values as the screen.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from coopdesk.db.models import Account
from coopdesk.domain.calendar import add_months
from coopdesk.domain.errors import CoopDeskError, ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.reports.ledger_pages import LedgerIndex, drill_down_index, figure_period, ledger_index
from coopdesk.reports.statement import LineKind, Period, Statement, StatementLine, day_before
from coopdesk.reports.statement_format import check_lines, format_amount, period_heading
from coopdesk.reports.worksheet import Worksheet, WorksheetRow
from coopdesk.services import cash_entries, settings
from coopdesk.services.cash_entries import AccountOption
from coopdesk.ui.cash_entry_dialogs import AccountPicker
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import error_with_field
from coopdesk.ui.ledger_view import LedgerDialog, LedgerView
from coopdesk.ui.loan_widgets import DocumentsDialog, document_path, fit_header_columns
from coopdesk.ui.manual_entry_dialog import AccountChoice
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.statement_documents import (
    BALANCE_SHEET,
    LEDGER,
    REPORTS,
    WORKSHEET,
    ReportRequest,
    build_worksheet,
    render_all_statements,
    render_report,
    statement,
)
from coopdesk.ui.style import setup_table
from coopdesk.ui.widgets import DateEdit, banner, format_date, hint, page_title, set_tone

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_HEADING_INK = QBrush(QColor("#1f3a5f"))
_TOTAL_FILL = QBrush(QColor("#e9eff7"))
_INDENT = "\u2003\u2003"  # two em spaces a level: the indentation of the printed statement
CURRENT, PREVIOUS = 1, 2  # the figure columns

# Quick periods (keys); "custom" is shown when the dates were typed.
THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR, CUSTOM = "this_month", "last_month", "this_year", "last_year", "custom"


def quick_period(key: str, today: date) -> Period:
    first_of_month = today.replace(day=1)
    if key == THIS_MONTH:
        return Period(first_of_month, today)
    if key == LAST_MONTH:
        return Period(add_months(first_of_month, -1), day_before(first_of_month))
    if key == LAST_YEAR:
        return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    return Period(date(today.year, 1, 1), today)


class StatementModel(QAbstractTableModel):
    """A statement's lines: description, this period, the comparative period."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statement: Statement | None = None

    def set_statement(self, value: Statement | None) -> None:
        self.beginResetModel()
        self.statement = value
        self.endResetModel()

    def line_at(self, row: int) -> StatementLine | None:
        if self.statement is None or not 0 <= row < len(self.statement.lines):
            return None
        return self.statement.lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() or self.statement is None else len(self.statement.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return _INDENT * line.level + line.label
            if line.kind is LineKind.HEADING:
                return ""
            value = line.amount if col == CURRENT else line.previous
            return format_amount(value or 0)
        if role == Qt.ItemDataRole.UserRole:
            return line
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if col == 0 else _RIGHT
        if role == Qt.ItemDataRole.FontRole and line.kind is not LineKind.ACCOUNT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and line.kind is LineKind.HEADING:
            return _HEADING_INK
        if role == Qt.ItemDataRole.BackgroundRole and line.kind is LineKind.TOTAL:
            return _TOTAL_FILL
        if role == Qt.ItemDataRole.ToolTipRole and line.codes and line.kind is not LineKind.HEADING:
            return self.tr("Double-click to see the journal lines behind this figure (accounts {codes})").format(
                codes=_codes(line.codes))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == 0 else _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Description")
        if self.statement is None:
            return ""
        # "1 Januari 2025 – 30 Juni 2025" on two lines: the column stays as narrow as its figures.
        return self.statement.column_labels[section - 1].replace(" – ", " –\n")


def _codes(codes: tuple[str, ...], limit: int = 6) -> str:
    return ", ".join(codes) if len(codes) <= limit else ", ".join(codes[:limit]) + f" … (+{len(codes) - limit})"


class _RuleDelegate(QStyledItemDelegate):
    """Draws the rule above a subtotal's or total's figures, as on the printed statement."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        line = index.data(Qt.ItemDataRole.UserRole)
        if index.column() == 0 or not isinstance(line, StatementLine):
            return
        if line.kind in (LineKind.SUBTOTAL, LineKind.TOTAL):
            painter.save()
            painter.setPen(QPen(QColor("#333333"), 1))
            rect = option.rect  # type: ignore[attr-defined]
            painter.drawLine(rect.left() + 12, rect.top() + 1, rect.right() - 4, rect.top() + 1)
            painter.restore()


class _AccountPicker(AccountPicker):
    """The cash forms' account picker (searches code and name), over every postable account."""

    def set_options(self, options: list[AccountOption]) -> None:
        self.clear()
        self._choices = [AccountChoice(o.code, o.name) for o in options]
        for choice in self._choices:
            self.addItem(choice.text, choice.code)


class StatementsPage(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.dialog: QDialog | None = None
        self.loading = False
        self.statement: Statement | None = None
        self.worksheet: Worksheet | None = None
        self._request = 0
        self._coop_name = ""
        today = ui.app.today()

        self.report = QComboBox()
        names = {
            "balance_sheet": self.tr("Statement of financial position"),
            "income_statement": self.tr("Statement of operating results (SHU)"),
            "cash_flow": self.tr("Statement of cash flows"),
            "equity_changes": self.tr("Statement of changes in equity"),
            "general_ledger": self.tr("General ledger (per account)"),
            "worksheet": self.tr("Worksheet: balances before and after adjustments"),
        }
        for key in REPORTS:
            self.report.addItem(names[key], key)
        self.quick = QComboBox()
        self.from_label = QLabel(self.tr("From"))
        self.to_label = QLabel(self.tr("to"))
        self.start = DateEdit(date(today.year, 1, 1))
        self.end = DateEdit(today)
        self.account_label = QLabel(self.tr("Account"))
        self.account = _AccountPicker([], self.tr("Code or name"))
        self.show_button = QPushButton(self.tr("Show"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save Excel…"))
        self.all_button = QPushButton(self.tr("All statements…"))
        self.all_button.setToolTip(self.tr("The four statements of the period in one PDF or Excel workbook"))
        menu = QMenu(self.all_button)
        self.all_pdf_action = menu.addAction(self.tr("As one PDF…"))
        self.all_xlsx_action = menu.addAction(self.tr("As one Excel workbook…"))
        self.all_button.setMenu(menu)

        # --- the statement ---
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = StatementModel(self)
        self.table = setup_table(QTableView(), self.model, stretch=0)
        self.table.setAlternatingRowColors(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(23)  # a whole balance sheet on one screen, nearly
        self.table.setItemDelegate(_RuleDelegate(self.table))
        for column in (CURRENT, PREVIOUS):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, 190)
        # Room for a period heading on two lines (the header does not grow when the statement changes).
        header = self.table.horizontalHeader()
        header.setMinimumHeight(2 * header.fontMetrics().lineSpacing() + 12)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.notes = hint("")
        self.help = hint(self.tr("Double-click a figure (or select it and press Enter) to see the journal lines "
                                 "behind it."))
        statement_panel = QWidget()
        box = QVBoxLayout(statement_panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.table, 1)
        box.addWidget(self.checks)
        box.addWidget(self.notes)
        box.addWidget(self.help)

        # --- the general ledger ---
        self.ledger = LedgerView(ui)

        # --- the worksheet ---
        self.worksheet_status = banner("okBanner")
        self.worksheet_model = RowsModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Account"), lambda r: r.name),
            Column(self.tr("Before adjustments\nDebit"), lambda r: r.before_debit, "money", blank_zero=True),
            Column(self.tr("Before adjustments\nCredit"), lambda r: r.before_credit, "money", blank_zero=True),
            Column(self.tr("Adjustments\nDebit"), lambda r: r.adjust_debit, "money", blank_zero=True),
            Column(self.tr("Adjustments\nCredit"), lambda r: r.adjust_credit, "money", blank_zero=True),
            Column(self.tr("After adjustments\nDebit"), lambda r: r.after_debit, "money", blank_zero=True),
            Column(self.tr("After adjustments\nCredit"), lambda r: r.after_credit, "money", blank_zero=True),
        ], self)
        self.worksheet_table = setup_table(QTableView(), self.worksheet_model, stretch=1)
        fit_header_columns(self.worksheet_table, {0: 60, **{c: 130 for c in range(2, 8)}})
        worksheet_panel = QWidget()
        box = QVBoxLayout(worksheet_panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.worksheet_status)
        box.addWidget(self.worksheet_table, 1)
        box.addWidget(hint(self.tr("Adjustments are the month-end entries of the period (interest on savings and "
                                   "its tax, loan-loss allowance, depreciation). Double-click an account to see "
                                   "its ledger.")))

        self.stack = QStackedWidget()
        self.stack.addWidget(statement_panel)
        self.stack.addWidget(self.ledger)
        self.stack.addWidget(worksheet_panel)
        self.error = banner("badBanner")
        self.error.hide()

        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Financial statements")))
        title_row.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.xlsx_button, self.all_button):
            title_row.addWidget(button)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Report")))
        choose.addWidget(self.report)
        choose.addSpacing(10)
        choose.addWidget(QLabel(self.tr("Period")))
        choose.addWidget(self.quick)
        choose.addWidget(self.from_label)
        choose.addWidget(self.start)
        choose.addWidget(self.to_label)
        choose.addWidget(self.end)
        choose.addWidget(self.show_button)
        choose.addStretch(1)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_label)
        account_row.addWidget(self.account)
        account_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(choose)
        layout.addLayout(account_row)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)

        self.report.currentIndexChanged.connect(self._report_changed)
        self.quick.activated.connect(self._quick_chosen)
        self.start.dateChanged.connect(self._dates_typed)
        self.end.dateChanged.connect(self._dates_typed)
        self.show_button.clicked.connect(self.reload)
        self.account.activated.connect(lambda _i: self.reload())
        self.account.lineEdit().returnPressed.connect(self.reload)
        self.table.activated.connect(lambda index: self.drill_down(index.row(), index.column()))
        self.worksheet_table.activated.connect(lambda index: self.drill_worksheet(index.row()))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.save_report(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_report(".xlsx"))
        self.all_pdf_action.triggered.connect(lambda: self.save_all(".pdf"))
        self.all_xlsx_action.triggered.connect(lambda: self.save_all(".xlsx"))
        self._accounts_loaded = False
        self._report_changed(reload=False)

    # --- choosing ---
    def key(self) -> str:
        return str(self.report.currentData())

    def period(self) -> Period:
        if self.key() == BALANCE_SHEET:
            return Period(None, self.end.value())
        return Period(self.start.value(), self.end.value())

    def request(self) -> ReportRequest:
        codes: tuple[str, ...] = ()
        if self.key() == LEDGER:
            try:
                codes = (self.account.code("account"),)
            except ValidationError:
                codes = ()
        return ReportRequest(self.key(), self.period(), codes)

    def _fill_quick(self, as_of: bool) -> None:
        """The quick periods; for a balance at a date they name the date instead."""
        if as_of:
            choices = ((THIS_MONTH, self.tr("Today")), (LAST_MONTH, self.tr("End of last month")),
                       (LAST_YEAR, self.tr("End of last year")), (CUSTOM, self.tr("Date chosen")))
        else:
            choices = ((THIS_MONTH, self.tr("This month")), (LAST_MONTH, self.tr("Last month")),
                       (THIS_YEAR, self.tr("This year to date")), (LAST_YEAR, self.tr("Last year")),
                       (CUSTOM, self.tr("Dates chosen")))
        self.quick.blockSignals(True)
        self.quick.clear()
        for key, label in choices:
            self.quick.addItem(label, key)
        self.quick.blockSignals(False)
        self._dates_typed()

    def _report_changed(self, _index: int = 0, *, reload: bool = True) -> None:
        key = self.key()
        as_of = key == BALANCE_SHEET
        self._fill_quick(as_of)
        self.from_label.setVisible(not as_of)
        self.start.setVisible(not as_of)
        self.to_label.setText(self.tr("At") if as_of else self.tr("to"))
        for widget in (self.account_label, self.account):
            widget.setVisible(key == LEDGER)
        self.stack.setCurrentIndex(1 if key == LEDGER else 2 if key == WORKSHEET else 0)
        if reload:
            self.reload()

    def _quick_chosen(self, _index: int = 0) -> None:
        key = str(self.quick.currentData())
        if key == CUSTOM:
            return
        self.set_period(quick_period(key, self._ui.app.today()))
        self.reload()

    def set_period(self, period: Period) -> None:
        """Put ``period`` in the date fields (and the quick choice that names it, if any)."""
        for edit in (self.start, self.end):
            edit.blockSignals(True)
        if period.start is not None:
            self.start.set_value(period.start)
        self.end.set_value(period.end)
        for edit in (self.start, self.end):
            edit.blockSignals(False)
        self._dates_typed()

    def _dates_typed(self) -> None:
        today = self._ui.app.today()
        current = self.period()
        match = CUSTOM
        for key in (THIS_MONTH, LAST_MONTH, THIS_YEAR, LAST_YEAR):
            if self.quick.findData(key) < 0:
                continue
            candidate = quick_period(key, today)
            if current.end == candidate.end and (current.start is None or current.start == candidate.start):
                match = key
                break
        self.quick.setCurrentIndex(self.quick.findData(match))

    def _load_accounts(self) -> None:
        with self._ui.app.reading() as session:
            options = [AccountOption(code, name) for code, name in session.execute(
                select(Account.code, Account.name).where(Account.postable).order_by(Account.code))]
            cash = cash_entries.cash_account_code(session)
            self._coop_name = settings.get(session, "coop_name") or ""
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.set_options(options)
        self.account.select_code(current or cash)
        self.account.blockSignals(False)
        self._accounts_loaded = True

    def activate(self) -> None:
        self._load_accounts()
        self.reload()

    def show_statement(self, key: str, period: Period | None = None) -> None:
        """Open report ``key`` (see statement_documents.REPORTS), over ``period`` if given
        (for the balance sheet only its end counts)."""
        if not self._accounts_loaded:
            self._load_accounts()
        if period is not None:
            self.set_period(period)
        self.report.blockSignals(True)
        self.report.setCurrentIndex(self.report.findData(key))
        self.report.blockSignals(False)
        self._report_changed(reload=False)
        self._dates_typed()
        self.reload()

    def show_ledger(self, code: str, period: Period) -> None:
        """Open the buku besar of account ``code`` over ``period``."""
        if not self._accounts_loaded:
            self._load_accounts()
        self.account.select_code(code)
        self.show_statement(LEDGER, period)

    # --- loading ---
    def reload(self) -> None:
        self.error.hide()
        request = self.request()
        if request.period.start is not None and request.period.start > request.period.end:
            self._show_error(self.tr("The period starts after it ends: choose a start date before {end}.").format(
                end=format_date(request.period.end)))
            return
        if request.key == LEDGER:
            if not request.codes:
                self._show_error(self.tr("Choose an account: type part of its code or name."))
                return
            period = request.period
            assert period.start is not None
            self.ledger.load(request.codes, period.start, period.end)
            return
        ctx, lang = self._ui.app, self._ui.lang
        self._request += 1
        number = self._request

        def work() -> Statement | Worksheet:
            with ctx.reading() as session:
                if request.key == WORKSHEET:
                    return build_worksheet(session, request.period)
                return statement(session, request.key, request.period, lang)

        self.loading = True
        self.show_button.setEnabled(False)
        self._ui.worker.submit(work, lambda result: self._loaded(result, number),
                               on_error=lambda exc: self._failed(exc, number), owner=self,
                               label=self.tr("Adding up the ledger for the report…"))

    @property
    def busy(self) -> bool:
        return self.loading or self.ledger.loading

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _failed(self, exc: CoopDeskError, number: int) -> None:
        if number != self._request:
            return
        self.loading = False
        self.show_button.setEnabled(True)
        self._show_error(error_with_field(exc) if isinstance(exc, ValidationError) else str(exc))

    def _loaded(self, result: Statement | Worksheet, number: int) -> None:
        if number != self._request:
            return  # the reader has asked for another report meanwhile
        self.loading = False
        self.show_button.setEnabled(True)
        if isinstance(result, Worksheet):
            self._show_worksheet(result)
        else:
            self._show_statement(result)

    def _show_statement(self, value: Statement) -> None:
        self.statement = value
        self.model.set_statement(value)
        name = f"{self._coop_name} · " if self._coop_name else ""
        self.title.setText(f"{name}{value.title} · {period_heading(value.period, value.lang)}")
        parts = []
        for text, holds in check_lines(value):
            colour, mark = ("#14532d", "✓") if holds else ("#b3261e", "✗")
            parts.append(f'<span style="color:{colour}; font-weight:bold">{mark} {_html(text)}</span>')
        self.checks.setText("<br>".join(parts))
        self.checks.setVisible(bool(parts))
        self.notes.setText("\n".join(value.notes))
        self.notes.setVisible(bool(value.notes))

    def _show_worksheet(self, sheet: Worksheet) -> None:
        self.worksheet = sheet
        total = WorksheetRow("", self.tr("Total"), "", *(sheet.total(c) for c in (
            "before_debit", "before_credit", "adjust_debit", "adjust_credit", "after_debit", "after_credit")))
        self.worksheet_model.set_rows(sheet.rows, total=total)
        start, end = sheet.period.start, sheet.period.end
        when = self.tr("{start} to {end}").format(start=format_date(start), end=format_date(end))
        if sheet.balanced:
            self.worksheet_status.setText(self.tr("✓ Balanced, {period}: debit equals credit before the adjustments "
                                                  "({before}), in the adjustments ({adjust}) and after them "
                                                  "({after}).").format(
                period=when, before=format_rupiah(total.before_debit), adjust=format_rupiah(total.adjust_debit),
                after=format_rupiah(total.after_debit)))
            set_tone(self.worksheet_status, "okBanner")
        else:
            self.worksheet_status.setText(self.tr("✗ NOT balanced, {period}: a pair of columns has different debit "
                                                  "and credit totals. Report this: the books should always "
                                                  "balance.").format(period=when))
            set_tone(self.worksheet_status, "badBanner")

    # --- drill-down ---
    def drill_down(self, row: int, column: int = CURRENT) -> LedgerDialog | None:
        """The journal lines behind the figure in ``row`` (the comparative one for column 2)."""
        line = self.model.line_at(row)
        value = self.statement
        if line is None or value is None or not line.codes or line.kind is LineKind.HEADING:
            return None
        previous = column == PREVIOUS
        period = figure_period(line, value.previous_period if previous else value.period)
        amount = (line.previous if previous else line.amount) or 0
        ctx = self._ui.app
        dialog = LedgerDialog(self._ui, self.tr("Journal lines behind: {line}").format(line=line.label), "", self)
        dialog.figure.setText(self.tr("<b>{line}</b> in the {statement}, {period}: <b>{amount}</b>").format(
            line=_html(line.label), statement=_html(value.title), period=_html(period.label(value.lang)),
            amount=format_amount(amount)))

        def work() -> LedgerIndex:
            with ctx.reading() as session:
                return drill_down_index(session, line, period)

        dialog.view.submit(work)
        self.dialog = dialog
        dialog.open()
        return dialog

    def drill_worksheet(self, row: int) -> LedgerDialog | None:
        sheet = self.worksheet
        value = self.worksheet_model.row_value(row)
        if sheet is None or value is None or sheet.period.start is None:
            return None
        code, start, end = value.code, sheet.period.start, sheet.period.end
        dialog = LedgerDialog(self._ui, f"{code} {value.name}", self.tr("<b>{code} {name}</b>, {start} to {end}")
                              .format(code=code, name=_html(value.name), start=format_date(start),
                                      end=format_date(end)), self)
        ctx = self._ui.app

        def work() -> LedgerIndex:
            with ctx.reading() as session:
                return ledger_index(session, (code,), start, end, include_closing=False)

        dialog.view.submit(work)
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- print and export ---
    def _title(self, request: ReportRequest) -> str:
        name = self.report.itemText(self.report.findData(request.key))
        if request.key == LEDGER:
            name = f"{name}: {self.account.currentText()}"
        return f"{name}, {request.period.label(self._ui.lang)}"

    def _documents(self, title: str, name: str, render: Any, printable: bool) -> DocumentsDialog:
        dialog = DocumentsDialog(self._ui, title, [(name, render, printable)], self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def print_report(self) -> DocumentsDialog | None:
        """Make the PDF next to the receipts, then offer Print and Open."""
        request = self.request()
        if request.key == LEDGER and not request.codes:
            return None
        path = document_path(self._ui, request.file_stem(), ".pdf")
        return self._export(request, path)

    def save_report(self, suffix: str) -> DocumentsDialog | None:
        request = self.request()
        if request.key == LEDGER and not request.codes:
            return None
        path = self._ask_path(request.file_stem(), suffix)
        return self._export(request, path) if path is not None else None

    def _export(self, request: ReportRequest, path: Path) -> DocumentsDialog:
        ctx, lang = self._ui.app, self._ui.lang
        title = self._title(request)
        name = title + (" (PDF)" if path.suffix == ".pdf" else " (Excel)")
        return self._documents(title, name, lambda: render_report(ctx, request, path, lang), path.suffix == ".pdf")

    def save_all(self, suffix: str) -> DocumentsDialog | None:
        period = self.request().full_period
        stem = f"laporan-keuangan-{period.start}-{period.end}"
        path = self._ask_path(stem, suffix)
        if path is None:
            return None
        ctx, lang = self._ui.app, self._ui.lang
        title = self.tr("Financial statements, {period}").format(period=period.label(lang))
        name = title + (" (PDF)" if suffix == ".pdf" else " (Excel)")
        return self._documents(title, name, lambda: render_all_statements(ctx, period, path, lang), suffix == ".pdf")

    def _ask_path(self, stem: str, suffix: str) -> Path | None:
        self._ui.receipts_dir.mkdir(parents=True, exist_ok=True)
        suggested = self._ui.receipts_dir / f"{stem}{suffix}"
        kind = self.tr("PDF document (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbook (*.xlsx)")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"), str(suggested), kind)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    # --- for tests and the reader ---
    def rows(self) -> list[tuple[str, str, str]]:
        """The statement as shown: (description without indentation, current, previous)."""
        out = []
        for row in range(self.model.rowCount()):
            cells = [str(self.model.index(row, c).data() or "") for c in range(3)]
            out.append((cells[0].strip(_INDENT[0]), cells[1], cells[2]))
        return out

    def row_of(self, key: str) -> int:
        assert self.statement is not None
        return next(i for i, line in enumerate(self.statement.lines) if line.key == key)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

