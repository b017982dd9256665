"""Tutup Buku & RAT: the year end as numbered steps, from the checklist to the RAT book.

One year is chosen at the top; every step works on it: 1 checklist and closing, 2 SHU, 3 the texts
of the RAT book, 4 organisation, 5 next year's budget (RAPB), 6 the book.
The steps are tabs rather than a modal wizard because a treasurer goes back and forth over weeks
(the supervisor's report arrives late, the RAPB is argued over); the numbers show the order.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from coopdesk.services import settings, year_end
from coopdesk.ui.budget_panel import BudgetPanel
from coopdesk.ui.context import UiContext
from coopdesk.ui.organisation_panel import OrganisationPanel
from coopdesk.ui.rat_book_panel import RatBookPanel
from coopdesk.ui.shu_panel import ShuPanel
from coopdesk.ui.widgets import hint, page_title
from coopdesk.ui.year_close_panel import YearClosePanel
from coopdesk.ui.year_texts_panel import YearTextsPanel

CLOSE, SHU, TEXTS, ORGANISATION, BUDGET, BOOK = range(6)


class YearEndPage(QWidget):
    fix_requested = Signal(str)  # forwarded from the checklist: the main window opens the page that fixes it

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self.year_box = QComboBox()
        self.year_box.setMinimumWidth(160)
        self.closing = YearClosePanel(ui)
        self.shu = ShuPanel(ui)
        self.texts = YearTextsPanel(ui)
        self.organisation = OrganisationPanel(ui)
        self.budget = BudgetPanel(ui)
        self.book = RatBookPanel(ui)
        self.tabs = QTabWidget()
        for widget in (self.closing, self.shu, self.texts, self.organisation, self.budget, self.book):
            self.tabs.addTab(widget, "")
        self._loaded: set[int] = set()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Financial year")))
        top.addWidget(self.year_box)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Year end & RAT")))
        layout.addWidget(hint(self.tr(
            "Work through the steps in order: check and close the books, compute and post the SHU after the RAT "
            "approves it, type the reports, the organisation and next year's budget, then make the RAT book.")))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.closing.fix_requested.connect(self._fix)
        self.closing.changed.connect(self._year_closed_or_opened)

    def activate(self) -> None:
        self._fill_years()

    @property
    def year(self) -> int | None:
        data = self.year_box.currentData()
        return int(data) if data is not None else None

    def _fill_years(self) -> None:
        ctx = self._ui.app
        today = ctx.today()
        with ctx.reading() as session:
            start = settings.books_start(session)
            closed = {y for y in range((start or today).year, today.year + 1) if year_end.is_closed(session, y)}
        first = (start or today).year
        years = list(range(today.year, first - 1, -1))  # newest first
        keep = self.year
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in years:
            label = str(y) + ("  " + self.tr("(closed)") if y in closed else "")
            self.year_box.addItem(label, y)
        # The year usually wanted: the newest that has ended and is still open, else the newest closed.
        ended = [y for y in years if date(y, 12, 31) < today]
        wanted = keep if keep in years else next((y for y in ended if y not in closed), ended[0] if ended else years[0])
        self.year_box.setCurrentIndex(max(self.year_box.findData(wanted), 0))
        self.year_box.blockSignals(False)
        self._year_changed()

    def select_year(self, year: int) -> bool:
        index = self.year_box.findData(year)
        if index >= 0:
            self.year_box.setCurrentIndex(index)
        return index >= 0

    def _year_changed(self) -> None:
        year = self.year
        if year is None:
            return
        titles = (self.tr("1. Checklist && closing"), self.tr("2. SHU"), self.tr("3. Reports && texts"),
                  self.tr("4. Organisation"), self.tr("5. RAPB {year}").format(year=year + 1),
                  self.tr("6. RAT book"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._loaded.clear()
        self._tab_changed(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        """Load a step when it is first shown for the year: nothing slow for tabs nobody opens."""
        year = self.year
        if year is None or index in self._loaded:
            return
        self._loaded.add(index)
        if index == CLOSE:
            self.closing.set_year(year)
        elif index == SHU:
            self.shu.set_year(year)
        elif index == TEXTS:
            self.texts.set_year(year)
        elif index == ORGANISATION:
            self.organisation.reload()
        elif index == BUDGET:
            self.budget.set_year(year + 1)  # the RAPB is next year's budget, set against this year's actuals
        elif index == BOOK:
            self.book.set_year(year)

    def show_step(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _year_closed_or_opened(self, _year: int) -> None:
        self._fill_years()  # re-labels the years; every step re-reads the year when next shown

    def _fix(self, target: str) -> None:
        if target.startswith("year:"):
            self.select_year(int(target.partition(":")[2]))
        else:
            self.fix_requested.emit(target)
