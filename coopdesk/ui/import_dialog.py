"""Import the member list from the cooperative's Excel file, with opening savings balances.

The clerk chooses the file; the dialog shows every member row as CoopDesk understood it, marks
each cell with a problem (red: must be fixed in the file; yellow: worth a look), lists the
problems with their row and column, and compares the totals per product with the file's JUMLAH
row.  Import stays disabled while a problem must be fixed: the clerk fixes the Excel file, saves
it and presses "Check again".  Reading the file and importing run on the database worker thread
(the sample of 40 members takes 0.1–0.3 s; a list of thousands, seconds).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.money import format_rupiah
from coopdesk.services import member_import
from coopdesk.services.member_import import PRODUCTS, ImportRefused, ImportResult, ParsedRow, Preview, Problem
from coopdesk.ui import messages
from coopdesk.ui.context import UiContext
from coopdesk.ui.error_texts import translate_error
from coopdesk.ui.style import set_primary, setup_table
from coopdesk.ui.widgets import format_date, hint, page_title

BLOCKING_BG = QColor("#f9d0cc")
BLOCKING_FG = QColor("#8c1d18")
WARNING_BG = QColor("#fff0c2")
OK_FG = QColor("#14532d")

# Preview columns: (key, the problem fields shown in it)
_COLUMN_FIELDS: list[tuple[str, set[str]]] = [
    ("row", set()),
    ("number", {"number"}),
    ("name", {"name"}),
    ("nik", {"nik"}),
    ("gender", {"gender"}),
    ("birth", {"birth", "birth_place", "birth_date"}),
    ("joined", {"joined"}),
    ("phone", {"phone"}),
    ("pokok", {"pokok"}),
    ("wajib", {"wajib"}),
    ("sukarela", {"sukarela"}),
]
_MONEY = {"pokok", "wajib", "sukarela"}


def problem_text(problem: Problem) -> str:
    """The problem's message in the user's language (Qt context "errors"), parameters filled in."""
    text = QCoreApplication.translate("errors", problem.template)
    try:
        return text.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        return problem.message


class PreviewModel(QAbstractTableModel):
    """The parsed member rows; cells with a problem are coloured and explain it in a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParsedRow] = []
        self._headers = [self.tr("Excel row"), self.tr("Number"), self.tr("Name"), self.tr("NIK"), self.tr("L/P"),
                         self.tr("Place, date of birth"), self.tr("Joined"), self.tr("Phone"),
                         self.tr("Pokok (Rp)"), self.tr("Wajib (Rp)"), self.tr("Sukarela (Rp)")]

    def set_rows(self, rows: list[ParsedRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMN_FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return self.tr("The row number in the Excel file, to find the member there")
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            key = _COLUMN_FIELDS[section][0]
            return int((Qt.AlignmentFlag.AlignRight if key in _MONEY else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def cell_problems(self, row: ParsedRow, column: int) -> list[Problem]:
        key, fields = _COLUMN_FIELDS[column]
        if key == "row":
            return row.problems
        return [p for p in row.problems if p.field in fields]

    def _display(self, r: ParsedRow, key: str, problems: list[Problem]) -> str:
        if key == "row":
            return str(r.row)
        if any(p.blocking for p in problems):  # show what the file says, so the clerk can find it
            raw_key = key if key != "birth" else next((k for k in ("birth", "birth_date") if k in r.cells), "birth")
            return r.cells.get(raw_key, "")
        if key == "birth":
            return ", ".join(t for t in (r.birth_place, format_date(r.birth_date)) if t)
        if key == "joined":
            return format_date(r.joined)
        if key in _MONEY:
            return format_rupiah(r.amount(key), prefix=False)
        return str(getattr(r, key))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        key = _COLUMN_FIELDS[index.column()][0]
        problems = self.cell_problems(r, index.column())
        blocking = any(p.blocking for p in problems)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, key, problems)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if key in _MONEY else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            return QBrush(BLOCKING_BG if blocking else WARNING_BG)
        if role == Qt.ItemDataRole.ForegroundRole and blocking:
            return QBrush(BLOCKING_FG)
        if role == Qt.ItemDataRole.FontRole and key == "row" and problems:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problem_text(p) for p in problems)
            if key == "name":
                details = [r.address, r.occupation]
                return "\n".join(d for d in details if d) or None
        return None


class _ProblemRowsFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, value: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateRowsFilter() is deprecated there
            self.beginFilterChange()
            self.only_problems = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_problems = value
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.only_problems:
            return True
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        return bool(model.rows[source_row].problems)


class ImportMembersDialog(QDialog):
    """Choose the Excel member list, check it, import it in one go."""

    imported = Signal(object)  # ImportResult

    def __init__(self, ui: UiContext, parent: QWidget | None = None, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.preview: Preview | None = None
        self.result: ImportResult | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Import members from Excel"))
        self.resize(1200, 780)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen yet"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.recheck_button = QPushButton(self.tr("Check again"))
        self.recheck_button.setToolTip(self.tr("Read the file again after fixing it in Excel"))
        self.recheck_button.clicked.connect(self.recheck)
        self.recheck_button.setEnabled(False)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Excel file")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.recheck_button)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.info = hint("")
        self.info.setTextFormat(Qt.TextFormat.RichText)

        self.model = PreviewModel(self)
        self.proxy = _ProblemRowsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = setup_table(QTableView(), self.proxy, stretch=2)
        self.table.setMinimumHeight(220)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        for column, width in {0: 78, 1: 72, 3: 140, 4: 36, 5: 175, 6: 84, 7: 116, 8: 86, 9: 96, 10: 104}.items():
            # Never narrower than the title ("Baris Excel" did not fit in 78 px).
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.only_problems = QCheckBox(self.tr("Show only rows with problems"))
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.legend = QLabel(self.tr("<span style='background:#f9d0cc'>&nbsp;red&nbsp;</span> must be fixed in the "
                                     "file &nbsp; <span style='background:#fff0c2'>&nbsp;yellow&nbsp;</span> check, "
                                     "does not stop the import &nbsp; Point at a cell to read its problem."))
        self.legend.setObjectName("hint")
        table_tools = QHBoxLayout()
        table_tools.addWidget(self.legend, 1)
        table_tools.addWidget(self.only_problems)

        self.problems_table = QTableWidget(0, 4)
        self.problems_table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Row"), self.tr("Column"),
                                                       self.tr("Problem")])
        self._plain_table(self.problems_table, stretch=3)
        self.problems_table.setWordWrap(True)
        self.problems_table.setColumnWidth(0, 90)
        self.problems_table.setColumnWidth(1, 50)
        self.problems_table.setColumnWidth(2, 150)
        self.problems_table.cellClicked.connect(self._go_to_problem)
        self.problems_title = QLabel(self.tr("Problems"))
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_title)
        problems_layout.addWidget(self.problems_table)

        self.totals_table = QTableWidget(4, 4)
        self.totals_table.setHorizontalHeaderLabels([self.tr("Savings"), self.tr("Sum of the rows"),
                                                     self.tr("JUMLAH row in the file"), self.tr("Check")])
        self._plain_table(self.totals_table, stretch=None)
        widths = {0: 135, 1: 128, 2: 172, 3: 180}
        for column, width in widths.items():
            self.totals_table.setColumnWidth(column, width)
        self.totals_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frame = 2 * self.totals_table.frameWidth()
        self.totals_table.setFixedSize(sum(widths.values()) + frame,
                                       self.totals_table.horizontalHeader().sizeHint().height() + 4 * 24 + frame)
        totals_box = QWidget()
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.addWidget(QLabel(self.tr("Totals per product")))
        totals_layout.addWidget(self.totals_table)
        totals_layout.addStretch(1)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(problems_box)
        bottom.addWidget(totals_box)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 0)
        bottom.setChildrenCollapsible(False)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(table_tools)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(table_box)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([520, 170])

        self.import_button = QPushButton(self.tr("Import"))
        set_primary(self.import_button)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Import members from Excel")))
        layout.addWidget(hint(self.tr(
            "Brings over the member list the cooperative kept in Excel, with each member's savings balances "
            "at the day before the books start. Nothing is saved until you press Import, and a file with "
            "problems is not imported at all: fix the file in Excel, save it and press Check again.")))
        layout.addLayout(file_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.info)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._set_banner("", "banner")
        if path is not None:
            self.load(path)

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _plain_table(table: QTableWidget, stretch: int | None) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setWordWrap(False)
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if stretch is not None:
            table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _set_banner(self, text: str, kind: str) -> None:
        self.banner.setObjectName(kind)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        done = self.result is not None
        self.choose_button.setEnabled(not busy and not done)
        self.recheck_button.setEnabled(not busy and not done and bool(self.path_edit.text()))
        self.import_button.setEnabled(not busy and not done and self.preview is not None and self.preview.can_import)

    # ------------------------------------------------------------------ reading the file

    def choose_file(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the member list"), start,
                                              self.tr("Excel workbooks (*.xlsx *.xlsm)"))
        if path:
            self.load(path)

    def recheck(self) -> None:
        if self.path_edit.text():
            self.load(self.path_edit.text())

    def load(self, path: str | Path) -> None:
        """Read and check the file in the background; the preview appears when done."""
        self.path_edit.setText(str(path))
        self.preview = None
        self.model.set_rows([])
        self.problems_table.setRowCount(0)
        self._fill_totals(None)
        self.info.setText("")
        self._set_banner(self.tr("Reading {file}…").format(file=Path(path).name), "banner")
        self._set_busy(True)
        ctx = self._ui.app
        self._ui.worker.submit(lambda: member_import.preview_file(ctx, path), self._show_preview,
                               on_error=self._failed, owner=self, label=self.tr("Reading the member list…"))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ImportRefused):
            self._show_preview(exc.preview)
            return
        text = translate_error(exc) if isinstance(exc, ValidationError) else str(exc)
        self.preview = None  # whatever was shown can no longer be imported without checking again
        self._set_banner(self.tr("The file cannot be used: {reason}").format(reason=text), "badBanner")
        self._set_busy(False)

    def _show_preview(self, preview: Preview) -> None:
        self.preview = preview
        self.model.set_rows(preview.rows)
        self._fill_problems(preview)
        self._fill_totals(preview)
        self._fill_info(preview)
        blocking = len(preview.blocking_problems)
        warnings = len(preview.warnings)
        rows_bad = len({p.row for p in preview.blocking_problems})
        if blocking:
            text = self.tr("<b>Nothing can be imported yet:</b> {count} problem(s) on {rows} row(s) must be fixed "
                           "in the Excel file (red below). Fix them, save the file and press Check again.").format(
                count=blocking, rows=rows_bad)
            self._set_banner(text, "badBanner")
        elif not preview.rows:
            self._set_banner(self.tr("The file has no member rows to import."), "badBanner")
        else:
            if warnings:
                text = self.tr("<b>Ready to import {count} members.</b> Nothing must be fixed; {warnings} warning(s) "
                               "in yellow are worth checking but do not stop the import.").format(
                    count=len(preview.rows), warnings=warnings)
            else:
                text = self.tr("<b>Ready to import {count} members.</b> No problems found.").format(
                    count=len(preview.rows))
            self._set_banner(text, "okBanner" if not warnings else "banner")
        self._set_busy(False)

    def _fill_info(self, preview: Preview) -> None:
        if preview.header_row is None:
            self.info.setText("")
            return
        parts = [self.tr("Sheet <b>{sheet}</b>, header on row {header}, {count} member rows").format(
            sheet=preview.sheet, header=preview.header_row, count=len(preview.rows))]
        if preview.total_row:
            parts[0] += self.tr(", JUMLAH on row {row}").format(row=preview.total_row)
        if preview.rows and preview.as_of and preview.entry_date:
            numbers = [r.number for r in preview.rows if r.number]
            if numbers and preview.next_number:
                parts.append(self.tr("Members keep their numbers ({first} to {last}); the next new member gets "
                                     "{next}").format(first=numbers[0], last=numbers[-1], next=preview.next_number))
            parts.append(self.tr("Balances at {as_of} become opening balances in one journal entry dated "
                                 "{day}, the first day of the books").format(
                as_of=format_date(preview.as_of), day=format_date(preview.entry_date)))
        self.info.setText(". ".join(parts) + ".")

    def _fill_problems(self, preview: Preview) -> None:
        problems = sorted(preview.problems, key=lambda p: (not p.blocking, p.row or 0))
        self.problems_table.setRowCount(len(problems))
        for i, problem in enumerate(problems):
            kind = QTableWidgetItem(self.tr("Must fix") if problem.blocking else self.tr("Check"))
            kind.setBackground(QBrush(BLOCKING_BG if problem.blocking else WARNING_BG))
            kind.setData(Qt.ItemDataRole.UserRole, problem.row)
            row = QTableWidgetItem("" if problem.row is None else str(problem.row))
            column = QTableWidgetItem(f"{problem.column} ({problem.letter})" if problem.letter else problem.column)
            message = problem_text(problem)
            text = QTableWidgetItem(message[:1].upper() + message[1:])
            text.setToolTip(message)
            for col, item in enumerate((kind, row, column, text)):
                item.setData(Qt.ItemDataRole.UserRole + 1, problem.field)
                self.problems_table.setItem(i, col, item)
        self.problems_table.resizeRowsToContents()
        to_fix = sum(1 for p in problems if p.blocking)
        self.problems_title.setText(self.tr("Problems: {fix} to fix, {check} to check").format(
            fix=to_fix, check=len(problems) - to_fix) if problems else self.tr("Problems: none"))

    def _fill_totals(self, preview: Preview | None) -> None:
        names = {"pokok": self.tr("Simpanan pokok"), "wajib": self.tr("Simpanan wajib"),
                 "sukarela": self.tr("Simpanan sukarela")}
        for i, product in enumerate([*PRODUCTS, "total"]):
            if product == "total":
                label = self.tr("Total")
                ours = sum(preview.totals.values()) if preview and preview.totals else None
                stated_values = [preview.file_totals.get(p) for p in PRODUCTS] if preview else []
                stated = sum(v for v in stated_values if v is not None) \
                    if stated_values and all(v is not None for v in stated_values) else None
            else:
                label = names[product]
                ours = preview.totals.get(product) if preview else None
                stated = preview.file_totals.get(product) if preview else None
            items = [QTableWidgetItem(label),
                     QTableWidgetItem("" if ours is None else format_rupiah(ours)),
                     QTableWidgetItem("" if stated is None else format_rupiah(stated))]
            if preview is None or ours is None:
                check = QTableWidgetItem("")
            elif stated is None:
                check = QTableWidgetItem(self.tr("no JUMLAH in file"))
            elif stated == ours:
                check = QTableWidgetItem(self.tr("✓ same"))
                check.setForeground(QBrush(OK_FG))
            else:
                check = QTableWidgetItem(self.tr("✗ differs by {amount}").format(amount=format_rupiah(stated - ours)))
                check.setBackground(QBrush(BLOCKING_BG))
                check.setForeground(QBrush(BLOCKING_FG))
            items.append(check)
            for col, item in enumerate(items):
                if col in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if product == "total":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.totals_table.setItem(i, col, item)

    def _go_to_problem(self, table_row: int, _column: int) -> None:
        item = self.problems_table.item(table_row, 0)
        if item is None:
            return
        row_number = item.data(Qt.ItemDataRole.UserRole)
        field = item.data(Qt.ItemDataRole.UserRole + 1)
        for i, r in enumerate(self.model.rows):
            if r.row == row_number:
                column = next((c for c, (_, fields) in enumerate(_COLUMN_FIELDS) if field in fields), 0)
                index = self.proxy.mapFromSource(self.model.index(i, column))
                if index.isValid():
                    self.table.setCurrentIndex(index)
                    self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                return

    # ------------------------------------------------------------------ importing

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not preview.can_import or self._busy:
            return
        total = sum(preview.totals.values())
        question = self.tr("Register {count} members and post their opening balances of {amount} in one entry "
                           "dated {day}? This cannot be undone except by a correction in the journal.").format(
            count=len(preview.rows), amount=format_rupiah(total), day=format_date(preview.entry_date))
        if not messages.confirm(self, self.tr("Import members"), question, self.tr("Import")):
            return
        self._set_banner(self.tr("Importing {count} members…").format(count=len(preview.rows)), "banner")
        self._set_busy(True)
        ctx, path, sha = self._ui.app, preview.path, preview.sha256
        self._ui.worker.submit(lambda: member_import.import_members(ctx, path, expected_sha256=sha), self._imported,
                               on_error=self._failed, owner=self, label=self.tr("Importing members…"))

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        total = sum(result.totals.values())
        if result.voucher:
            text = self.tr("<b>Imported {count} members</b> ({first} to {last}). Opening balances of {amount} were "
                           "posted as {voucher} on {day}.").format(
                count=result.members, first=result.first_number, last=result.last_number,
                amount=format_rupiah(total), voucher=result.voucher, day=format_date(result.entry_date))
        else:
            text = self.tr("<b>Imported {count} members</b> ({first} to {last}). They had no savings balances, so "
                           "no journal entry was posted.").format(
                count=result.members, first=result.first_number, last=result.last_number)
        self._set_banner(text, "okBanner")
        self._set_busy(False)
        self.close_button.setText(self.tr("Done"))
        set_primary(self.close_button)
        self.close_button.style().unpolish(self.close_button)
        self.close_button.style().polish(self.close_button)
        self.close_button.setDefault(True)
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.imported.emit(result)
