"""A read-only table model for the loan screens: money and dates formatted, rows coloured
by state or class, a sort key per column (so a proxy sorts Rupiah as numbers and classes by
severity), and an optional bold total row.  Models only present data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.domain.money import format_rupiah
from coopdesk.ui.widgets import format_date

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_MUTED = "#8a8f98"

Colours = tuple[str | None, str | None]  # background, text


@dataclass(frozen=True)
class Col:
    """One column: a title, the raw value, its kind (text, money, date, count, center), and
    optionally the text shown (``show``) and a sort key (``key``) other than the value."""

    title: str
    get: Callable[[Any], Any]
    kind: str = "text"
    show: Callable[[Any], str] | None = None
    key: Callable[[Any], Any] | None = None
    blank_zero: bool = False

    def display(self, row: Any) -> str:
        if self.show is not None:
            return self.show(row)
        value = self.get(row)
        if value is None or value == "" or (self.blank_zero and value == 0):
            return ""
        if self.kind == "money":
            return format_rupiah(int(value))
        if self.kind == "date":
            return format_date(value)
        if self.kind in ("count", "center") and isinstance(value, int):
            return f"{value:,}".replace(",", ".")
        return str(value)

    def sort_key(self, row: Any) -> Any:
        value = self.key(row) if self.key is not None else self.get(row)
        if isinstance(value, date):
            return value.toordinal()
        if value is None:
            return -1 if self.kind in ("money", "count", "date", "center") else ""
        if isinstance(value, str):
            return value.casefold()
        return value


class StyledRowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Col], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._total: Any | None = None
        self._colours: Callable[[Any, int], Colours] = lambda _row, _column: (None, None)
        self._muted: Callable[[Any], bool] = lambda _row: False
        self._tip: Callable[[Any], str | None] = lambda _row: None

    # --- what to show ---
    def set_rows(self, rows: Sequence[Any], total: Any | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self.endResetModel()

    def set_colours(self, colours: Callable[[Any, int], Colours]) -> None:
        """``colours(row, column)`` gives (background, text) as "#rrggbb" or None."""
        self._colours = colours

    def set_muted(self, muted: Callable[[Any], bool]) -> None:
        self._muted = muted

    def set_tooltip(self, tip: Callable[[Any], str | None]) -> None:
        self._tip = tip

    def row_value(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def column_title(self, column: int) -> str:
        return self._columns[column].title

    # --- Qt model interface ---
    def _all(self) -> int:
        return len(self._rows) + (1 if self._total is not None else 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._all()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._all() or index.column() >= len(self._columns):
            return None
        column = self._columns[index.column()]
        is_total = index.row() == len(self._rows)
        row = self._total if is_total else self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.UserRole:
            return None if is_total else column.get(row)
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind in ("money", "count"):
                return _RIGHT
            return _CENTER if column.kind == "center" else _LEFT
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if is_total:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tip(row)
            if tip:
                return tip
            text = column.display(row)
            return text if column.kind == "text" and len(text) > 28 else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = self._colours(row, index.column())
            if role == Qt.ItemDataRole.ForegroundRole and self._muted(row):
                foreground = _MUTED
            colour = background if role == Qt.ItemDataRole.BackgroundRole else foreground
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                kind = self._columns[section].kind
                return _RIGHT if kind in ("money", "count") else _CENTER if kind == "center" else _LEFT
        return None
