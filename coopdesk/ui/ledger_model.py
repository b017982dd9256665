"""The table model of a general ledger (buku besar) that may run to hundreds of thousands of lines.

It holds a :class:`~coopdesk.reports.ledger_pages.LedgerIndex` (each line's id and running
balance) and reads the lines the view paints a page at a time, keeping a few pages: a year of
Kas costs a few MB, not a few hundred.  The first row is the opening balance, the last (bold)
the period's totals and the closing balance.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from coopdesk.domain.money import format_rupiah
from coopdesk.reports.general_ledger import LedgerRow
from coopdesk.reports.ledger_pages import LedgerIndex, ledger_rows
from coopdesk.services.context import AppContext
from coopdesk.ui.widgets import format_date

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class LedgerTableModel(QAbstractTableModel):
    PAGE = 200
    MAX_PAGES = 20  # at most 4.000 lines held; older pages are dropped first
    COLUMNS = 8
    DATE, VOUCHER, MEMO, ACCOUNT, MEMBER, DEBIT, CREDIT, BALANCE = range(COLUMNS)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.index_data: LedgerIndex | None = None
        self._pages: OrderedDict[int, list[LedgerRow]] = OrderedDict()

    def set_index(self, index: LedgerIndex | None) -> None:
        self.beginResetModel()
        self.index_data = index
        self._pages.clear()
        self.endResetModel()

    @property
    def line_count(self) -> int:
        return len(self.index_data) if self.index_data is not None else 0

    @property
    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def line_at(self, row: int) -> LedgerRow | None:
        """The journal line shown in table row ``row`` (None for the opening and the total row)."""
        line = row - 1
        if self.index_data is None or not 0 <= line < self.line_count:
            return None
        page_no = line // self.PAGE
        page = self._pages.get(page_no)
        if page is None:
            with self._ctx.reading() as session:
                page = ledger_rows(session, self.index_data, page_no * self.PAGE, self.PAGE)
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[line - page_no * self.PAGE]

    # --- Qt model interface ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        if parent.isValid() or self.index_data is None:
            return 0
        return self.line_count + 2

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def _values(self, row: int) -> tuple[date | None, str, str, str, str, int, int, int]:
        ledger = self.index_data
        assert ledger is not None
        if row == 0:
            return ledger.period.start, "", self.tr("Opening balance"), "", "", 0, 0, ledger.opening
        if row == self.line_count + 1:
            return (ledger.period.end, "", self.tr("Total / closing balance"), "", "", ledger.total_debit,
                    ledger.total_credit, ledger.closing)
        line = self.line_at(row)
        assert line is not None
        return (line.date, line.voucher, line.memo, line.account_code, line.member_number or "", line.debit,
                line.credit, line.balance)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        col, row = index.column(), index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col >= self.DEBIT else _LEFT
        if role == Qt.ItemDataRole.FontRole and row in (0, self.line_count + 1):
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = self._values(row)
        value = values[col]
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return value if col == self.MEMO and isinstance(value, str) and len(value) > 40 else None
        if col == self.DATE:
            return format_date(value)  # type: ignore[arg-type]
        if col in (self.DEBIT, self.CREDIT):
            return format_rupiah(int(value)) if value else ""  # type: ignore[arg-type]
        if col == self.BALANCE:
            return format_rupiah(int(value))  # type: ignore[arg-type]
        return value

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section >= self.DEBIT else _LEFT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("Voucher"), self.tr("Description"), self.tr("Account"), self.tr("Member"),
                self.tr("Debit"), self.tr("Credit"), self.tr("Balance"))[section]
