"""The journal: every posted entry, its lines, and corrections by reversal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.reports.journal_list import EntryRow, list_entries
from coopdesk.services import ledger, settings
from coopdesk.services.context import AppContext
from coopdesk.ui.context import UiContext
from coopdesk.ui.loan_widgets import DocumentsDialog
from coopdesk.ui.manual_entry_dialog import ManualEntryDialog
from coopdesk.ui.models import Column, RowsModel
from coopdesk.ui.reverse_dialog import ReverseDialog
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import DateEdit, format_date, page_title


@dataclass(frozen=True)
class LineRow:
    code: str
    name: str
    debit: int
    credit: int
    memo: str


class JournalPage(QWidget):
    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.dialog: QDialog | None = None
        self.loading = False
        today = ui.app.today()
        # This month by default: a busy year has hundreds of thousands of entries.
        self.start = DateEdit(date(today.year, today.month, 1))
        self.end = DateEdit(today)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Voucher or description"))
        self.search.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("Show"))
        self.new_button = QPushButton(self.tr("New general journal entry…"))
        self.export_button = QPushButton(self.tr("Export journal…"))
        self.export_button.setToolTip(self.tr("Every journal line of the period shown, for the auditors, as CSV "
                                              "or Excel"))
        set_primary(self.new_button)
        self.count = QLabel()
        self.count.setObjectName("hint")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.start)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_button)
        filters.addStretch(0)
        filters.addWidget(self.export_button)
        filters.addWidget(self.new_button)

        self.entries_model = RowsModel([
            Column(self.tr("Date"), lambda r: r.date, "date"),
            Column(self.tr("Voucher"), lambda r: r.voucher),
            Column(self.tr("Description"), lambda r: r.memo),
            Column(self.tr("Amount"), lambda r: r.amount, "money"),
            Column(self.tr("By"), lambda r: r.user),
            Column(self.tr("Note"), self._note),
        ], self)
        self.entries_model.set_muted(lambda r: r.reversed_by is not None)
        self.entries = setup_table(QTableView(), self.entries_model, stretch=2)
        fit_columns(self.entries, {0: 95, 1: 145, 3: 125, 4: 80, 5: 240})

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_model = RowsModel([
            Column(self.tr("Account"), lambda r: r.code),
            Column(self.tr("Account name"), lambda r: r.name),
            Column(self.tr("Debit"), lambda r: r.debit, "money", blank_zero=True),
            Column(self.tr("Credit"), lambda r: r.credit, "money", blank_zero=True),
            Column(self.tr("Line note"), lambda r: r.memo),
        ], self)
        self.lines = setup_table(QTableView(), self.lines_model, stretch=1)
        fit_columns(self.lines, {0: 80, 2: 130, 3: 130, 4: 220})
        self.reverse_button = QPushButton(self.tr("Correct (reverse) with a reason…"))
        self.reverse_button.setEnabled(False)
        detail = QGroupBox(self.tr("Entry"))
        detail_layout = QVBoxLayout(detail)
        head = QHBoxLayout()
        head.addWidget(self.detail_title, 1)
        head.addWidget(self.reverse_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(head)
        detail_layout.addWidget(self.lines)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.entries)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Journal")))
        title_row.addStretch(1)
        title_row.addWidget(self.count)
        layout.addLayout(title_row)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.show_button.clicked.connect(self.reload)
        self.search.returnPressed.connect(self.reload)
        self.new_button.clicked.connect(self.open_manual_entry)
        self.export_button.clicked.connect(self.choose_export_file)
        self.reverse_button.clicked.connect(self.open_reverse_dialog)
        self.entries.selectionModel().currentRowChanged.connect(self._show_detail)
        self._show_detail()

    def _note(self, row: EntryRow) -> str:
        if row.reversed_by:
            return self.tr("reversed by {voucher}").format(voucher=row.reversed_by)
        if row.reverses:
            return self.tr("reverses {voucher}").format(voucher=row.reverses)
        return ""

    def activate(self) -> None:
        with self._ui.app.reading() as session:
            start = settings.books_start(session)
        if start is not None and self.start.value() < start:
            self.start.set_value(start)
        self.end.set_value(max(self.end.value(), self._ui.app.today()))
        self.reload()

    # --- loading (in the background: a busy year has tens of thousands of entries) ---
    def reload(self, select_voucher: str | None = None) -> None:
        start, end, text, ctx = self.start.value(), self.end.value(), self.search.text(), self._ui.app
        current = select_voucher or self._current_voucher()

        def load() -> list[EntryRow]:
            with ctx.reading() as session:
                return list_entries(session, start, end, text)

        self.loading = True
        self._ui.worker.submit(load, lambda rows: self._loaded(rows, current), owner=self,
                               label=self.tr("Reading the journal…"))

    def _loaded(self, rows: list[EntryRow], select_voucher: str | None) -> None:
        self.loading = False
        self.entries_model.set_rows(rows)
        self.count.setText(self.tr("{count} entries").format(count=f"{len(rows):,}".replace(",", ".")))
        target = len(rows) - 1
        if select_voucher:
            target = next((i for i, r in enumerate(rows) if r.voucher == select_voucher), target)
        if target >= 0:
            self.entries.selectRow(target)
            self.entries.scrollTo(self.entries_model.index(target, 0))
        self._show_detail()

    def _current_voucher(self) -> str | None:
        row = self.selected_entry()
        return row.voucher if row else None

    def selected_entry(self) -> EntryRow | None:
        index = self.entries.currentIndex()
        return self.entries_model.row_value(index.row()) if index.isValid() else None

    def select_voucher(self, voucher: str) -> bool:
        for i, row in enumerate(self.entries_model.rows):
            if row.voucher == voucher:
                self.entries.selectRow(i)
                return True
        return False

    def _show_detail(self) -> None:
        row = self.selected_entry()
        if row is None:
            self.detail_title.setText(self.tr("Select an entry to see its lines."))
            self.lines_model.set_rows([])
            self.reverse_button.setEnabled(False)
            return
        with self._ui.app.reading() as session:
            entry = ledger.entry_by_voucher(session, row.voucher)
            lines = [LineRow(l.account.code, l.account.name, l.debit, l.credit, l.memo) for l in entry.lines]
            reason = entry.reason
        parts = [f"<b>{row.voucher}</b> · {format_date(row.date)} · {row.user}", row.memo]
        if reason:
            parts.append(self.tr("Reason: {reason}").format(reason=reason))
        note = self._note(row)
        if note:
            parts.append(f"<i>{note}</i>")
        self.detail_title.setText("<br>".join(parts))
        total = LineRow("", self.tr("Total"), sum(l.debit for l in lines), sum(l.credit for l in lines), "")
        self.lines_model.set_rows(lines, total=total)
        self.reverse_button.setEnabled(row.reverses is None and row.reversed_by is None)

    # --- actions ---
    def open_reverse_dialog(self) -> ReverseDialog | None:
        row = self.selected_entry()
        if row is None or not self.reverse_button.isEnabled():
            return None
        dialog = ReverseDialog(self._ui, row, self)
        dialog.accepted.connect(lambda: self.reload(row.voucher))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_manual_entry(self) -> ManualEntryDialog:
        dialog = ManualEntryDialog(self._ui, self)
        dialog.posted.connect(self._manual_posted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _manual_posted(self, voucher: str) -> None:
        self.search.clear()
        self.reload(voucher)

    # --- export for the auditors ---
    def choose_export_file(self) -> DocumentsDialog | None:
        """Ask where to save the period's journal (CSV or Excel, by the filter chosen)."""
        start, end = self.start.value(), self.end.value()
        self._ui.receipts_dir.mkdir(parents=True, exist_ok=True)
        suggested = self._ui.receipts_dir / f"jurnal-{start.isoformat()}-{end.isoformat()}.xlsx"
        excel, csv_filter = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, comma separated (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the journal"), str(suggested),
                                                   f"{excel};;{csv_filter}")
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
        return self.export_journal(target)

    def export_journal(self, path: Path) -> DocumentsDialog:
        """Write the period's journal lines to ``path`` on the worker; a dialog says when it is
        there and opens it."""
        ctx, start, end, lang = self._ui.app, self.start.value(), self.end.value(), self._ui.lang
        title = self.tr("Journal {start} to {end}").format(start=format_date(start), end=format_date(end))
        dialog = DocumentsDialog(self._ui, title, [(path.name, lambda: export_journal_file(ctx, start, end, path,
                                                                                            lang), False)], self)
        self.dialog = dialog
        dialog.open()
        return dialog


def export_journal_file(ctx: AppContext, start: date, end: date, path: Path, lang: str) -> Path:
    """The journal lines of a period as CSV or Excel, by the path's suffix (runs on the worker)."""
    from coopdesk.reports.journal_export import write_journal_csv, write_journal_xlsx

    writer = write_journal_csv if path.suffix.lower() == ".csv" else write_journal_xlsx
    with ctx.reading() as session:
        return writer(session, start, end, path, lang).path
