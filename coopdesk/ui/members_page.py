"""The members list: search as you type, open a member, register a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget
from sqlalchemy import func, select

from coopdesk.db.models import Member
from coopdesk.services import members
from coopdesk.ui.context import UiContext
from coopdesk.ui.import_dialog import ImportMembersDialog
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
        self.import_dialog: ImportMembersDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by number, name or NIK  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.new_button = QPushButton(self.tr("New member (Ctrl+N)"))
        set_primary(self.new_button)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.setToolTip(self.tr("Bring over the member list kept in Excel, with opening balances"))

        self.model = MemberTableModel(ui.app, self)
        self.table = setup_table(QTableView(), self.model, stretch=MemberTableModel.NAME)
        fit_columns(self.table, {0: 110, 2: 170, 3: 50, 4: 100, 5: 110})

        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(self.count, 1)
        top.addWidget(self.import_button)
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
        self._generation = 0
        self._shown_generation = 0
        self._after_search: list[Callable[[], None]] = []
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._open_current)
        self.search.installEventFilter(self)
        self.table.activated.connect(self._open_index)
        self.new_button.clicked.connect(self.open_new_member_dialog)
        self.import_button.clicked.connect(self.open_import_dialog)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_new_member_dialog)

    def activate(self) -> None:
        """Called when the page is shown: reload (someone may have registered members)."""
        self.search_now()
        self._focus_search()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- searching ---
    # The search runs on the database worker: with 20.000 members listing every id takes
    # 0.1-0.25 s, which would stall typing.  Each search has a generation number; a result
    # that arrives after a newer search was started is dropped.
    @property
    def search_pending(self) -> bool:
        """Typed text whose results are not shown yet (waiting for a pause in typing, or running)."""
        return self._timer.isActive() or self._shown_generation != self._generation

    def search_now(self, then: Callable[[], None] | None = None) -> None:
        """Search for the text in the box now; ``then`` runs once its results are shown."""
        self._timer.stop()
        text = self.search.text()
        if text.strip() != (self.dialog.number if self.dialog else None):
            self.notice.hide()
        self._generation += 1
        generation = self._generation
        if then is not None:
            self._after_search.append(then)
        ctx = self._ui.app

        def find() -> tuple[list[int], int]:
            with ctx.reading() as session:
                ids = members.search_ids(session, text)
                total = len(ids) if not text.strip() else int(
                    session.scalar(select(func.count()).select_from(Member)) or 0)
            return ids, total

        self._ui.worker.submit(find, lambda found: self._found(generation, text, *found), owner=self)

    def _found(self, generation: int, text: str, ids: list[int], total: int) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self._shown_generation = generation
        self.model.set_ids(ids, text)
        if self.model.rowCount():
            self.table.selectRow(0)
        if text.strip():
            self.count.setText(self.tr("{shown} of {total} members").format(shown=_n(len(ids)), total=_n(total)))
        else:
            self.count.setText(self.tr("{total} members").format(total=_n(total)))
        callbacks, self._after_search = self._after_search, []
        for callback in callbacks:
            callback()

    def _when_searched(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` now, or once the search being typed has its results."""
        if self._timer.isActive():
            self.search_now(callback)
        elif self.search_pending:
            self._after_search.append(callback)
        else:
            callback()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Arrow keys in the search box move through the list, so the hands stay on the keyboard.
        moves = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in moves:
            self.table.setFocus()
            self._when_searched(self._select_first_if_none)
            return False
        return super().eventFilter(watched, event)

    def _select_first_if_none(self) -> None:
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def _open_current(self) -> None:
        self._when_searched(self._open_selected)

    def _open_selected(self) -> None:
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

    def open_import_dialog(self) -> ImportMembersDialog:
        dialog = ImportMembersDialog(self._ui, self)
        dialog.imported.connect(lambda _result: self.search_now())
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def _registered(self) -> None:
        assert self.dialog is not None
        number = self.dialog.number
        if not number:
            return
        name = self.dialog.name.text().strip()
        self.search.setText(number)

        def show() -> None:
            self.select_number(number)
            self.notice.setText(self.tr("Member {number} {name} is registered. Press Enter to open the member's page "
                                        "and take the simpanan pokok.").format(number=number, name=name))
            self.notice.show()
            self.table.setFocus()

        self.search_now(show)

    def select_number(self, number: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.number_at(row) == number:
                self.table.selectRow(row)
                return True
        return False


def _n(count: int) -> str:
    return f"{count:,}".replace(",", ".")
