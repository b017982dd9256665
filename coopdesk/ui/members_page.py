"""The members list: search as you type, open a member, register a new one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget
from sqlalchemy import func, select

from coopdesk.db.models import Member
from coopdesk.ui.context import UiContext
from coopdesk.ui.member_dialog import MemberDialog
from coopdesk.ui.models import MemberTableModel
from coopdesk.ui.style import fit_columns, set_primary, setup_table
from coopdesk.ui.widgets import banner, page_title

SEARCH_DELAY_MS = 120  # wait for a pause in typing; a search itself takes a few ms


class MembersPage(QWidget):
    member_opened = Signal(str)

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.dialog: MemberDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by number, name or NIK  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.new_button = QPushButton(self.tr("New member (Ctrl+N)"))
        set_primary(self.new_button)

        self.model = MemberTableModel(ui.app, self)
        self.table = setup_table(QTableView(), self.model, stretch=MemberTableModel.NAME)
        fit_columns(self.table, {0: 110, 2: 170, 3: 50, 4: 100, 5: 110})

        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        self.notice = banner("okBanner")
        self.notice.hide()
        layout.addWidget(page_title(self.tr("Members")))
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._open_current)
        self.search.installEventFilter(self)
        self.table.activated.connect(self._open_index)
        self.new_button.clicked.connect(self.open_new_member_dialog)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_new_member_dialog)

    def activate(self) -> None:
        """Called when the page is shown: reload (someone may have registered members)."""
        self.search_now()
        self._focus_search()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @property
    def search_pending(self) -> bool:
        """Typed text not yet searched (the search waits for a pause in typing)."""
        return self._timer.isActive()

    def search_now(self) -> None:
        self._timer.stop()
        if self.search.text().strip() != (self.dialog.number if self.dialog else None):
            self.notice.hide()
        self.model.search(self.search.text())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        with self._ui.app.reading() as session:
            total = int(session.scalar(select(func.count()).select_from(Member)) or 0)
        if self.search.text().strip():
            self.count.setText(self.tr("{shown} of {total} members").format(shown=_n(shown), total=_n(total)))
        else:
            self.count.setText(self.tr("{total} members").format(total=_n(total)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the search box move through the list, so the hands stay on the keyboard.
        moves = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in moves:
            if self._timer.isActive():
                self.search_now()
            self.table.setFocus()
            if not self.table.currentIndex().isValid() and self.model.rowCount():
                self.table.selectRow(0)
            return False
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        if self._timer.isActive():
            self.search_now()
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._open_index(index)

    def _open_index(self, index: QModelIndex) -> None:
        number = self.model.number_at(index.row())
        if number:
            self.member_opened.emit(number)

    def open_new_member_dialog(self) -> MemberDialog:
        self.dialog = MemberDialog(self._ui, parent=self)
        self.dialog.accepted.connect(self._registered)
        self.dialog.open()
        return self.dialog

    def _registered(self) -> None:
        assert self.dialog is not None
        number = self.dialog.number
        self.search.setText(number or "")
        self.search_now()
        if number:
            self.select_number(number)
            name = self.dialog.name.text().strip()
            self.notice.setText(self.tr("Member {number} {name} is registered. Press Enter to open the member's page "
                                        "and take the simpanan pokok.").format(number=number, name=name))
            self.notice.show()
        self.table.setFocus()

    def select_number(self, number: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.number_at(row) == number:
                self.table.selectRow(row)
                return True
        return False


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")
