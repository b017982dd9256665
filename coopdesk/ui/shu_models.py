"""Table models of the SHU panel: the allocation table and the per-member working sheet.

The member model formats only the cells the view asks for (a cooperative of 20.000 members
scrolls without formatting 240.000 cells up front); sorting uses the raw values (SORT_ROLE)
and the search proxy matches member number or name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from coopdesk.domain.money import format_rupiah
from coopdesk.reports.shu_sheet import decimal_text, residue_text
from coopdesk.services.shu import AllocationLine, ShuRow

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_MUTED = QColor("#777777")


def _money(value: int) -> str:
    return format_rupiah(value)


def _capital(value: int | Decimal) -> str:
    return "Rp " + decimal_text(value)


class _Col:
    def __init__(self, title: str, get: Callable[[Any], Any], show: Callable[[Any], str], right: bool = True) -> None:
        self.title, self.get, self.show, self.right = title, get, show, right


class _ListModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[_Col], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._muted: Callable[[Any], bool] = lambda _r: False

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_value(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted in Python by the raw value (one key per row): 20.000 members sort in a blink,
        where Qt's proxy would call data() twice per comparison."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].get
        self.beginResetModel()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column, row = self._columns[index.column()], self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(row)
        if role in (SORT_ROLE, Qt.ItemDataRole.UserRole):
            return column.get(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.right else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and self._muted(row):
            return _MUTED
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if self._columns[section].right else _LEFT
        return None


class AllocationModel(_ListModel):
    """Post, %, account, share by the table, amount posted."""

    def __init__(self, kind_label: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__([
            _Col(self.tr("Post"), lambda l: l.name, lambda l: f"{l.name} · {kind_label(l.kind)}", right=False),
            _Col(self.tr("%"), lambda l: l.percent, lambda l: f"{l.percent.normalize():f}".replace(".", ",")
                 if l.percent else ""),
            _Col(self.tr("Account"), lambda l: l.account, lambda l: l.account, right=False),
            _Col(self.tr("By the table"), lambda l: l.table_amount, lambda l: _money(l.table_amount)),
            _Col(self.tr("Posted"), lambda l: l.amount, lambda l: _money(l.amount)),
        ], parent)

    def lines(self) -> list[AllocationLine]:
        return list(self._rows)


class ShuSheetModel(_ListModel):
    """One member a row: number, name, capital, jasa modal (exact, rounded, residue), business,
    jasa usaha (exact, rounded, residue), total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            _Col(self.tr("Number"), lambda r: r.number, lambda r: r.number, right=False),
            _Col(self.tr("Name"), lambda r: r.name.casefold(), lambda r: r.name, right=False),
            _Col(self.tr("Capital"), lambda r: r.capital, lambda r: _capital(r.capital)),
            _Col(self.tr("Jasa modal (exact)"), lambda r: r.jasa_modal.exact,
                 lambda r: decimal_text(r.jasa_modal.exact)),
            _Col(self.tr("Jasa modal"), lambda r: r.jasa_modal.rounded, lambda r: _money(r.jasa_modal.rounded)),
            _Col(self.tr("Residue"), lambda r: r.jasa_modal.residue, lambda r: residue_text(r.jasa_modal.residue)),
            _Col(self.tr("Business"), lambda r: r.business, lambda r: _money(r.business)),
            _Col(self.tr("Jasa usaha (exact)"), lambda r: r.jasa_usaha.exact,
                 lambda r: decimal_text(r.jasa_usaha.exact)),
            _Col(self.tr("Jasa usaha"), lambda r: r.jasa_usaha.rounded, lambda r: _money(r.jasa_usaha.rounded)),
            _Col(self.tr("Residue"), lambda r: r.jasa_usaha.residue, lambda r: residue_text(r.jasa_usaha.residue)),
            _Col(self.tr("Total SHU"), lambda r: r.total, lambda r: _money(r.total)),
        ], parent)
        self._muted = lambda r: r.left  # former members in grey, as on the member list

    def set_business_title(self, title: str) -> None:
        self._columns[6].title = title
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 6, 6)

    def members(self) -> list[ShuRow]:
        return list(self._rows)


class MemberFilter(QSortFilterProxyModel):
    """Rows whose member number or name contains the search text (case-insensitive)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts itself; the proxy keeps its order and only filters.
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.10; invalidateRowsFilter() is deprecated there
            self.beginFilterChange()
            self._text = text.strip().casefold()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._text = text.strip().casefold()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._text:
            return True
        model = self.sourceModel()
        row = model.row_value(source_row) if isinstance(model, _ListModel) else None
        return row is not None and (self._text in row.number.casefold() or self._text in row.name.casefold())
