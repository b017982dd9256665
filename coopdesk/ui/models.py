"""Table models.  Models only present data; they never open dialogs or post anything."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.db.models import Member
from coopdesk.domain.money import format_rupiah
from coopdesk.services import members
from coopdesk.services.context import AppContext
from coopdesk.ui.labels import status_label
from coopdesk.ui.widgets import format_date

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_MUTED = QBrush(QColor("#8a8f98"))


@dataclass(frozen=True)
class MemberRow:
    """What the list shows of a member (a plain value: no live ORM object in the model)."""

    id: int
    number: str
    name: str
    nik: str
    gender: str
    joined: date
    status: str

    @classmethod
    def of(cls, m: Member) -> MemberRow:
        return cls(m.id, m.number, m.name, m.nik, m.gender, m.joined, m.status)


class MemberTableModel(QAbstractTableModel):
    """All members matching a search, holding only their ids.

    Rows are read from the database a page at a time when the view first paints them
    and kept in a small cache, so 20.000 members cost 20.000 integers, not 20.000 objects.
    """

    PAGE = 200
    MAX_PAGES = 50  # at most 10.000 cached rows; older pages are dropped first
    COLUMNS = 6
    NUMBER, NAME, NIK, GENDER, JOINED, STATUS = range(COLUMNS)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, MemberRow]] = OrderedDict()
        self._text = ""

    # --- loading ---
    def search(self, text: str) -> None:
        """Replace the rows by the members matching ``text`` (number, name or NIK)."""
        with self._ctx.reading() as session:
            ids = members.search_ids(session, text)
        self.set_ids(ids, text)

    def set_ids(self, ids: list[int], text: str = "") -> None:
        """Show these members (a search made elsewhere, e.g. on the worker thread)."""
        self._text = text
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.search(self._text)

    def _page(self, page_no: int) -> dict[int, MemberRow]:
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * self.PAGE:(page_no + 1) * self.PAGE]
            with self._ctx.reading() as session:
                page = {i: MemberRow.of(m) for i, m in members.rows_by_ids(session, ids).items()}
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page

    def row_at(self, row: int) -> MemberRow | None:
        if not 0 <= row < len(self._ids):
            return None
        return self._page(row // self.PAGE).get(self._ids[row])

    def number_at(self, row: int) -> str | None:
        found = self.row_at(row)
        return found.number if found else None

    # --- Qt model interface ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER if col == self.GENDER else _LEFT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.row_at(index.row())
        if row is None:  # deleted meanwhile; members are never deleted, but be safe
            return None
        if role == Qt.ItemDataRole.ForegroundRole:  # former members in grey
            return _MUTED if row.status != "aktif" else None
        if role == Qt.ItemDataRole.UserRole:
            return row.number
        return (row.number, row.name, row.nik, row.gender, format_date(row.joined), status_label(row.status))[col]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Number"), self.tr("Name"), self.tr("NIK"), self.tr("L/P"), self.tr("Joined"),
                  self.tr("Status"))
        return titles[section] if 0 <= section < len(titles) else None


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowsModel`: a title, how to get the value, and its kind."""

    title: str
    get: Callable[[Any], Any]
    kind: str = "text"  # text, money, date, count
    blank_zero: bool = False  # debit/credit columns: a zero is left empty, as on paper

    def display(self, row: Any) -> str:
        value = self.get(row)
        if value is None or value == "" or (self.blank_zero and value == 0):
            return ""
        if self.kind == "money":
            return format_rupiah(int(value))
        if self.kind == "date":
            return format_date(value)
        if self.kind == "count":
            return f"{int(value):,}".replace(",", ".")
        return str(value)


class RowsModel(QAbstractTableModel):
    """A read-only table over a list of values (history, journal, trial balance ...).

    Money is shown with format_rupiah and right-aligned; ``UserRole`` gives the raw value.
    An optional total row is drawn bold at the bottom.
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._total: Any | None = None
        self._muted: Callable[[Any], bool] = lambda _row: False

    def set_rows(self, rows: Sequence[Any], total: Any | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self.endResetModel()

    def set_muted(self, muted: Callable[[Any], bool]) -> None:
        """Rows for which ``muted(row)`` is true are drawn grey (e.g. reversed entries)."""
        self._muted = muted

    def row_value(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def _all(self) -> int:
        return len(self._rows) + (1 if self._total is not None else 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._all()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._all():
            return None
        column = self._columns[index.column()]
        is_total = index.row() == len(self._rows)
        row = self._total if is_total else self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text":
            text = column.display(row)
            return text if len(text) > 30 else None  # long descriptions are cut off in the cell
        if role == Qt.ItemDataRole.UserRole:
            return column.get(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.kind in ("money", "count") else _LEFT
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not is_total and self._muted(row):
            return _MUTED
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if self._columns[section].kind in ("money", "count") else _LEFT
        return None
